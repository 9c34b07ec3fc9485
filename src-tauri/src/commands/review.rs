//! Review and sign-off of a round.

use gecc_core::model::{ApprovalInput, Round};
use tauri::State;

use super::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn submit_round(state: State<'_, AppState>, round_id: i64) -> CommandResult<Round> {
    let actor = state.actor();
    state.with_store(|store| store.submit_round(round_id, &actor))
}

#[tauri::command]
pub async fn approve_round(
    state: State<'_, AppState>,
    round_id: i64,
    approval: ApprovalInput,
) -> CommandResult<Round> {
    let actor = state.actor();
    state.with_store(|store| store.approve_round(round_id, approval, &actor))
}

#[tauri::command]
pub async fn unlock_round(
    state: State<'_, AppState>,
    round_id: i64,
    reason: String,
) -> CommandResult<Round> {
    let actor = state.actor();
    state.with_store(|store| store.unlock_round(round_id, &reason, &actor))
}
