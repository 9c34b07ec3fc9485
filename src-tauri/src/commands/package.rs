//! The province package in the app: the province writes one into a folder it picks; an
//! office picks a file, sees who signed it and what changes, and takes it in. The file
//! chosen is held here: the UI never passes a path.

use gecc_core::package::PackageRequest;
use gecc_core::store::{PackagePreview, PackageWritten};
use tauri::{AppHandle, Manager};

use super::bundles::{pick_bundles, pick_folder};
use super::CommandResult;
use crate::state::AppState;

/// Writes the package into a folder the province picks; none when the dialog was cancelled.
#[tauri::command]
pub async fn export_province_package(
    app: AppHandle,
    request: PackageRequest,
) -> CommandResult<Option<PackageWritten>> {
    tauri::async_runtime::spawn_blocking(move || {
        let Some(folder) = pick_folder(
            &app,
            "เลือกโฟลเดอร์ที่จะบันทึกชุดเกณฑ์จังหวัด (Choose where to save the package)",
        ) else {
            return Ok(None);
        };
        let state = app.state::<AppState>();
        let written = state.with_store(|store| store.export_province_package(&request, &folder))?;
        state.remember_export_folder(folder);
        Ok(Some(written))
    })
    .await
    .map_err(|_| {
        crate::state::shell_error("การส่งออกหยุดกลางคัน", "The export stopped unexpectedly.")
    })?
}

/// Asks for a package file, holds it, and says what taking it in would do (nothing is
/// written); none when the dialog was cancelled.
#[tauri::command]
pub async fn choose_province_package(app: AppHandle) -> CommandResult<Option<PackagePreview>> {
    tauri::async_runtime::spawn_blocking(move || {
        let Some(path) = pick_bundles(&app, false).into_iter().next() else {
            return Ok(None);
        };
        let state = app.state::<AppState>();
        state.hold_package(path.clone());
        state
            .with_store(|store| store.preview_province_package(&path))
            .map(Some)
    })
    .await
    .map_err(|_| crate::state::shell_error("การตรวจหยุดกลางคัน", "The check stopped unexpectedly."))?
}

/// Takes in the package held by `choose_province_package` (`accept_new_key` once a person
/// checked the fingerprint with the province).
#[tauri::command]
pub async fn import_province_package(
    app: AppHandle,
    accept_new_key: bool,
) -> CommandResult<PackagePreview> {
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        let Some(path) = state.held_package() else {
            return Err(crate::state::shell_error(
                "ยังไม่ได้เลือกไฟล์ชุดเกณฑ์",
                "No package file is chosen.",
            ));
        };
        let actor = state.actor();
        state.with_store(|store| store.import_province_package(&path, accept_new_key, &actor))
    })
    .await
    .map_err(|_| {
        crate::state::shell_error("การนำเข้าหยุดกลางคัน", "The import stopped unexpectedly.")
    })?
}
