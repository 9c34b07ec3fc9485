//! Rounds and packs: the calendar of a round, importing a pack, moving a round to a
//! newer version of its pack.

use gecc_core::model::{Deadline, DeadlineInput, PackMove, PackSummary};
use tauri::{AppHandle, State};

use super::evidence::pick_files;
use super::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn save_deadline(
    state: State<'_, AppState>,
    round_id: i64,
    input: DeadlineInput,
) -> CommandResult<Deadline> {
    state.with_store(|store| store.save_deadline(round_id, input))
}

#[tauri::command]
pub async fn delete_deadline(
    state: State<'_, AppState>,
    round_id: i64,
    deadline_id: i64,
) -> CommandResult<()> {
    state.with_store(|store| store.delete_deadline(round_id, deadline_id))
}

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
