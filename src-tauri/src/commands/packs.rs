//! Criteria packs: the installed ones, importing a pack file, moving a round to a newer
//! version of its pack, and the pack editor (start from an installed pack, check and save
//! an edition, export a pack file to share; the dialogs are opened here, in Rust).

use gecc_core::file_names::windows_safe_name;
use gecc_core::files::write_file_atomically;
use gecc_core::model::{PackMove, PackSummary};
use gecc_core::pack::CriteriaPack;
use gecc_core::store::draft_to_file;
use gecc_core::{Error, ErrorPayload};
use tauri::{AppHandle, State};

use super::evidence::pick_files;
use super::{ask_save_path, CommandResult};
use crate::state::AppState;

#[tauri::command]
pub async fn list_packs(state: State<'_, AppState>) -> CommandResult<Vec<PackSummary>> {
    state.with_store(|store| store.list_packs())
}

/// Asks for a pack file with the system's dialog and imports it; `None` if none was chosen.
#[tauri::command]
pub async fn import_pack(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<Option<PackSummary>> {
    let Some(path) = pick_files(&app, false).into_iter().next() else {
        return Ok(None);
    };
    state
        .with_store(|store| store.import_pack_file(&path))
        .map(Some)
}

#[tauri::command]
pub async fn preview_pack_move(
    state: State<'_, AppState>,
    round_id: i64,
    pack_id: String,
    pack_version: u32,
) -> CommandResult<PackMove> {
    state.with_store(|store| store.preview_pack_move(round_id, &pack_id, pack_version))
}

#[tauri::command]
pub async fn move_round_to_pack(
    state: State<'_, AppState>,
    round_id: i64,
    pack_id: String,
    pack_version: u32,
) -> CommandResult<PackMove> {
    let actor = state.actor();
    state.with_store(|store| store.move_round_to_pack(round_id, &pack_id, pack_version, &actor))
}

#[tauri::command]
pub async fn get_pack(
    state: State<'_, AppState>,
    pack_id: String,
    pack_version: u32,
) -> CommandResult<CriteriaPack> {
    state.with_store(|store| store.pack(&pack_id, pack_version))
}

#[tauri::command]
pub async fn next_pack_version(state: State<'_, AppState>, pack_id: String) -> CommandResult<u32> {
    state.with_store(|store| store.next_pack_version(&pack_id))
}

/// Every problem that would stop the draft from saving; empty when it would save.
#[tauri::command]
pub async fn check_pack_draft(draft: CriteriaPack) -> CommandResult<Vec<String>> {
    match draft_to_file(&draft) {
        Ok(_) => Ok(Vec::new()),
        Err(Error::PackInvalid { problems }) => Ok(problems),
        Err(error) => Err(ErrorPayload::from(error)),
    }
}

#[tauri::command]
pub async fn save_pack_draft(
    state: State<'_, AppState>,
    draft: CriteriaPack,
) -> CommandResult<PackSummary> {
    state.with_store(|store| store.save_pack_draft(&draft))
}

/// Writes an installed pack's exact bytes where the user chooses; the path, or none.
#[tauri::command]
pub async fn export_pack(
    app: AppHandle,
    state: State<'_, AppState>,
    pack_id: String,
    pack_version: u32,
) -> CommandResult<Option<String>> {
    let bytes = state.with_store(|store| store.pack_bytes(&pack_id, pack_version))?;
    let Some(path) = ask_save_path(
        &app,
        "ส่งออกชุดเกณฑ์ (Export the criteria pack)",
        &windows_safe_name(&format!("{pack_id}-v{pack_version}.json")),
        ("GECC criteria pack (JSON)", &["json"]),
    ) else {
        return Ok(None);
    };
    write_file_atomically(&path, &bytes).map_err(ErrorPayload::from)?;
    Ok(Some(path.display().to_string()))
}
