//! Evidence: attach through the system dialog or by dropping files (the paths stay in
//! Rust), with progress events and cancel; type, detach, delete, preview, open.

use std::path::PathBuf;
use std::sync::atomic::Ordering;

use gecc_core::evidence::{attach_to_item, thumbnail_jpeg, AttachReport, AttachRequest};
use gecc_core::file_names::windows_safe_name_within;
use gecc_core::model::EvidenceLink;
use tauri::ipc::Response;
use tauri::{AppHandle, Emitter, Manager, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use super::CommandResult;
use crate::state::{shell_error, AppState, SharedStore};

/// The longest name of the copy `open_evidence` makes (UTF-16 units). The copy sits in
/// `C:\Users\<20 letters>\AppData\Local\Temp\gecc-desk-open\<16 hex>\` (81
/// characters), so a name of at most 150 keeps the path under Windows' 260.
const OPEN_COPY_NAME_UNITS: usize = 150;

/// Copies and links `paths` off the async runtime, emitting `attach-progress`.
async fn attach_paths(
    app: AppHandle,
    round_id: i64,
    item_id: String,
    paths: Vec<PathBuf>,
) -> CommandResult<AttachReport> {
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        state.attach_cancel.store(false, Ordering::SeqCst);
        let actor = state.actor();
        let request = AttachRequest {
            round_id,
            item_id: &item_id,
            paths: &paths,
            kind: None,
            actor: &actor,
        };
        let mut last_emit = std::time::Instant::now();
        attach_to_item(
            &mut SharedStore(&state),
            &request,
            &state.attach_cancel,
            &mut |progress| {
                // A few updates a second are enough for a progress bar.
                if last_emit.elapsed().as_millis() >= 100 || progress.done == progress.total {
                    last_emit = std::time::Instant::now();
                    let _ = app.emit("attach-progress", progress);
                }
            },
        )
    })
    .await
    .map_err(|_| shell_error("การแนบไฟล์หยุดกลางคัน", "Attaching stopped unexpectedly."))?
}

/// The files the clerk picks in the system's dialog. WebDriver cannot drive a native
/// dialog, so debug builds (which the end-to-end tests run) take the picks from
/// `GECC_TEST_FILE_DIALOG` (one path per line) when it is set; release builds always
/// show the dialog.
pub(super) fn pick_files(app: &AppHandle, many: bool) -> Vec<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(picks) = std::env::var_os("GECC_TEST_FILE_DIALOG") {
        return picks.to_string_lossy().lines().map(PathBuf::from).collect();
    }
    let dialog = app.dialog().file();
    if many {
        let picked = dialog
            .set_title("แนบไฟล์หลักฐาน (Attach evidence)")
            .blocking_pick_files();
        picked
            .unwrap_or_default()
            .into_iter()
            .filter_map(|p| p.into_path().ok())
            .collect()
    } else {
        let picked = dialog
            .set_title("นำเข้าชุดเกณฑ์ (Import a criteria pack)")
            .add_filter("GECC criteria pack (JSON)", &["json"])
            .blocking_pick_file();
        picked
            .and_then(|p| p.into_path().ok())
            .into_iter()
            .collect()
    }
}

#[tauri::command]
pub async fn attach_with_dialog(
    app: AppHandle,
    round_id: i64,
    item_id: String,
) -> CommandResult<AttachReport> {
    let paths = pick_files(&app, true);
    attach_paths(app, round_id, item_id, paths).await
}

#[tauri::command]
pub async fn attach_dropped(
    app: AppHandle,
    state: State<'_, AppState>,
    drop_id: u64,
    round_id: i64,
    item_id: String,
) -> CommandResult<AttachReport> {
    let paths = state.take_drop(drop_id);
    attach_paths(app.clone(), round_id, item_id, paths).await
}

#[tauri::command]
pub async fn discard_drop(state: State<'_, AppState>, drop_id: u64) -> CommandResult<()> {
    state.take_drop(drop_id);
    Ok(())
}

#[tauri::command]
pub async fn cancel_attach(state: State<'_, AppState>) -> CommandResult<()> {
    state.attach_cancel.store(true, Ordering::SeqCst);
    Ok(())
}

#[tauri::command]
pub async fn set_evidence_type(
    state: State<'_, AppState>,
    round_id: i64,
    item_id: String,
    evidence_id: i64,
    evidence_type: String,
) -> CommandResult<EvidenceLink> {
    let actor = state.actor();
    state.with_store(|store| {
        store.set_evidence_type(round_id, &item_id, evidence_id, &evidence_type, &actor)
    })
}

#[tauri::command]
pub async fn detach_evidence(
    state: State<'_, AppState>,
    round_id: i64,
    item_id: String,
    evidence_id: i64,
) -> CommandResult<()> {
    let actor = state.actor();
    state.with_store(|store| store.detach_evidence(round_id, &item_id, evidence_id, &actor))
}

#[tauri::command]
pub async fn delete_evidence(state: State<'_, AppState>, evidence_id: i64) -> CommandResult<()> {
    state.with_store(|store| store.delete_evidence(evidence_id))
}

/// A JPEG preview as raw bytes (empty when the file has none).
#[tauri::command]
pub async fn evidence_thumbnail(
    state: State<'_, AppState>,
    evidence_id: i64,
) -> CommandResult<Response> {
    let (evidence_dir, file) =
        state.with_store(|store| Ok((store.evidence_dir(), store.evidence_file(evidence_id)?)))?;
    let bytes = tauri::async_runtime::spawn_blocking(move || {
        thumbnail_jpeg(&evidence_dir, &file.sha256, file.format)
    })
    .await
    .map_err(|_| shell_error("สร้างภาพตัวอย่างไม่ได้", "The preview could not be made."))?
    .map_err(gecc_core::ErrorPayload::from)?;
    Ok(Response::new(bytes.unwrap_or_default()))
}

/// Opens a copy of the file, under its original name, with the system's program for it.
#[tauri::command]
pub async fn open_evidence(
    app: AppHandle,
    state: State<'_, AppState>,
    evidence_id: i64,
) -> CommandResult<()> {
    let (stored, file) = state.with_store(|store| {
        Ok((
            store.evidence_path(evidence_id)?,
            store.evidence_file(evidence_id)?,
        ))
    })?;
    let folder = std::env::temp_dir()
        .join("gecc-desk-open")
        .join(&file.sha256[..16]);
    let copy = folder.join(windows_safe_name_within(
        &file.original_name,
        OPEN_COPY_NAME_UNITS,
    ));
    let copied = std::fs::create_dir_all(&folder).and_then(|()| std::fs::copy(&stored, &copy));
    copied.map_err(|error| {
        gecc_core::ErrorPayload::from(gecc_core::Error::io("copy", &copy, error))
    })?;
    app.opener()
        .open_path(copy.to_string_lossy(), None::<&str>)
        .map_err(|_| {
            shell_error(
                "ไม่มีโปรแกรมสำหรับเปิดไฟล์ชนิดนี้",
                "No program on this computer opens this kind of file.",
            )
        })
}
