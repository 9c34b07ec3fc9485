//! Bundles from the app: plan and write an export (the folder picked in the system's
//! dialog), pick bundles to verify and import (the paths stay in Rust), the province's
//! matrix, and this PC's key fingerprint. Long jobs run off the async runtime, emit
//! progress and can be cancelled.

use std::path::PathBuf;
use std::sync::atomic::Ordering;

use gecc_core::bundle::{
    expand_folders, export_round, import_paths, plan_export, total_bytes, verify_paths,
    BundleVerdict, ExportOptions, ExportPlan, ExportProgress, ExportResult, ImportOptions,
    ImportOutcome, ImportProgress, Verified,
};
use gecc_core::evidence::CopyControl;
use gecc_core::model::{BundleRecord, RoundKind};
use gecc_core::signing::KeyInfo;
use gecc_core::store::ProvinceStatus;
use tauri::{AppHandle, Emitter, Manager, State};
use tauri_plugin_dialog::DialogExt;

use super::CommandResult;
use crate::state::{shell_error, AppState, SharedStore};

/// This PC's key fingerprint, shown in the office profile and printed on forms.
#[tauri::command]
pub fn signing_key(state: State<'_, AppState>) -> CommandResult<KeyInfo> {
    state.with_store(|store| store.signing_key_info())
}

/// The size and parts an export will have, shown before it starts.
#[tauri::command]
pub fn plan_bundle(
    state: State<'_, AppState>,
    round_id: i64,
    options: ExportOptions,
) -> CommandResult<ExportPlan> {
    let today = state.local_day();
    state.with_store(|store| {
        plan_export(
            &contents_with_report(store, round_id, &options, today)?,
            &options,
        )
    })
}

/// The round's bundle contents with its self-assessment report PDF, which every bundle
/// carries so a receiver without GECC Desk can read it.
fn contents_with_report(
    store: &gecc_core::Store,
    round_id: i64,
    options: &ExportOptions,
    today: gecc_core::timestamp::LocalDay,
) -> gecc_core::Result<gecc_core::store::BundleContents> {
    let mut contents = store.bundle_contents(round_id, options.summary_only)?;
    contents.printed =
        gecc_forms::bundle_documents(store, round_id, today, options.remove_personal_data)?;
    Ok(contents)
}

/// The bundles this PC wrote or received for a round.
#[tauri::command]
pub fn round_bundles(
    state: State<'_, AppState>,
    round_id: i64,
) -> CommandResult<Vec<BundleRecord>> {
    state.with_store(|store| store.bundles(round_id))
}

/// A folder asked with the system's dialog. Debug builds take it from
/// `GECC_TEST_SAVE_DIALOG` when set, since WebDriver cannot drive the dialog.
pub(super) fn pick_folder(app: &AppHandle, title: &str) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(folder) = std::env::var_os("GECC_TEST_SAVE_DIALOG") {
        return Some(PathBuf::from(folder));
    }
    app.dialog()
        .file()
        .set_title(title)
        .blocking_pick_folder()
        .and_then(|p| p.into_path().ok())
}

/// Writes the round's bundle into a folder the clerk picks, emitting `bundle-progress`;
/// none when the dialog was cancelled.
#[tauri::command]
pub async fn export_bundle(
    app: AppHandle,
    round_id: i64,
    options: ExportOptions,
) -> CommandResult<Option<ExportResult>> {
    tauri::async_runtime::spawn_blocking(move || {
        let Some(folder) = pick_folder(
            &app,
            "เลือกโฟลเดอร์หรือแฟลชไดรฟ์ที่จะบันทึก (Choose where to save the bundle)",
        ) else {
            return Ok(None);
        };
        let state = app.state::<AppState>();
        state.bundle_cancel.store(false, Ordering::SeqCst);
        let today = state.local_day();
        let printed = state.with_store(|store| {
            Ok(gecc_forms::bundle_documents(
                store,
                round_id,
                today,
                options.remove_personal_data,
            )?)
        })?;
        let result = export_round(
            &mut SharedStore(&state),
            round_id,
            &options,
            printed,
            &folder,
            &mut progress_reporter(&app, &state, |p: &ExportProgress| p.done == p.total),
        )?;
        state.remember_export_folder(folder);
        Ok(Some(result))
    })
    .await
    .map_err(|_| shell_error("การส่งออกหยุดกลางคัน", "The export stopped unexpectedly."))?
}

/// Stops the export or import under way; it removes what it had written.
#[tauri::command]
pub fn cancel_bundle_job(state: State<'_, AppState>) {
    state.bundle_cancel.store(true, Ordering::SeqCst);
}

/// Bundle files (or a folder of them) picked in the system's dialog, held in Rust.
/// Debug builds take the picks from `GECC_TEST_BUNDLE_DIALOG` (one path per line).
pub(super) fn pick_bundles(app: &AppHandle, folder: bool) -> Vec<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(picks) = std::env::var_os("GECC_TEST_BUNDLE_DIALOG") {
        return picks.to_string_lossy().lines().map(PathBuf::from).collect();
    }
    let dialog = app
        .dialog()
        .file()
        .set_title("เลือกชุดข้อมูล GECC (Choose GECC bundles)");
    if folder {
        dialog
            .blocking_pick_folder()
            .and_then(|p| p.into_path().ok())
            .into_iter()
            .collect()
    } else {
        dialog
            .add_filter("GECC bundle (ZIP)", &["zip"])
            .blocking_pick_files()
            .unwrap_or_default()
            .into_iter()
            .filter_map(|p| p.into_path().ok())
            .collect()
    }
}

/// Asks which bundles to take in (files, or a whole folder for a province), holds
/// them, and verifies them without writing anything; empty when the dialog was cancelled.
#[tauri::command]
pub async fn choose_bundles(app: AppHandle, folder: bool) -> CommandResult<Vec<BundleVerdict>> {
    tauri::async_runtime::spawn_blocking(move || {
        let paths = expand_folders(&pick_bundles(&app, folder))?;
        let state = app.state::<AppState>();
        state.hold_bundles(paths);
        verify_held(&app, &state, &ImportOptions::default())
    })
    .await
    .map_err(|_| shell_error("การตรวจหยุดกลางคัน", "Verification stopped unexpectedly."))?
}

/// Emits `bundle-progress` a few times a second (and when `finished`), and says whether
/// the cancel button was pressed.
fn progress_reporter<'a, Progress: serde::Serialize + Clone + 'a>(
    app: &'a AppHandle,
    state: &'a AppState,
    finished: fn(&Progress) -> bool,
) -> impl FnMut(&Progress) -> CopyControl + 'a {
    let mut last_emit = std::time::Instant::now();
    move |progress| {
        if last_emit.elapsed().as_millis() >= 100 || finished(progress) {
            last_emit = std::time::Instant::now();
            let _ = app.emit("bundle-progress", progress);
        }
        if state.bundle_cancel.load(Ordering::SeqCst) {
            CopyControl::Cancel
        } else {
            CopyControl::Continue
        }
    }
}

/// Verifies the held bundles (nothing is written), reporting bytes checked of the whole.
fn verify_held_paths(
    state: &AppState,
    report: &mut dyn FnMut(&ImportProgress) -> CopyControl,
) -> CommandResult<Vec<Verified>> {
    state.bundle_cancel.store(false, Ordering::SeqCst);
    let paths = state.held_bundles();
    let total = total_bytes(&paths);
    let mut done = 0u64;
    verify_paths(&paths, &mut |bytes| {
        done += bytes;
        report(&ImportProgress {
            bundle_index: 0,
            bundle_count: 0,
            done,
            total: total.max(done),
        })
    })
    .map_err(gecc_core::ErrorPayload::from)
}

fn verify_held(
    app: &AppHandle,
    state: &AppState,
    options: &ImportOptions,
) -> CommandResult<Vec<BundleVerdict>> {
    let mut report = progress_reporter(app, state, |p: &ImportProgress| p.done == p.total);
    let mut verdicts = Vec::new();
    for item in verify_held_paths(state, &mut report)? {
        let mut verdict = item.verdict;
        if let Some(bundle) = &item.bundle {
            state.with_store(|store| store.prepare_import(bundle, &mut verdict, options))?;
        }
        verdicts.push(verdict);
    }
    Ok(verdicts)
}

/// Imports the held bundles with the choices made; each bundle is one transaction.
#[tauri::command]
pub async fn import_bundles(
    app: AppHandle,
    options: ImportOptions,
) -> CommandResult<Vec<ImportOutcome>> {
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        state.bundle_cancel.store(false, Ordering::SeqCst);
        let mut report = progress_reporter(&app, &state, |p: &ImportProgress| p.done == p.total);
        import_paths(
            &mut SharedStore(&state),
            &state.held_bundles(),
            &options,
            &state.actor(),
            &mut report,
        )
    })
    .await
    .map_err(|_| shell_error("การนำเข้าหยุดกลางคัน", "The import stopped unexpectedly."))?
}

/// The province's matrix for a fiscal year and kind of round.
#[tauri::command]
pub fn province_status(
    state: State<'_, AppState>,
    fiscal_year_be: i32,
    kind: RoundKind,
) -> CommandResult<ProvinceStatus> {
    state.with_store(|store| store.province_status(fiscal_year_be, kind, state.today()))
}
