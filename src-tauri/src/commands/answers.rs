//! The checklist of a round and its answers: read it, save an answer, an item's history.

use gecc_core::model::{AnswerInput, AnswerSaved, Checklist, ItemHistory};
use tauri::State;

use super::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn get_checklist(state: State<'_, AppState>, round_id: i64) -> CommandResult<Checklist> {
    state.with_store(|store| store.checklist(round_id))
}

#[tauri::command]
pub async fn save_answer(
    state: State<'_, AppState>,
    round_id: i64,
    item_id: String,
    input: AnswerInput,
) -> CommandResult<AnswerSaved> {
    let actor = state.actor();
    state.with_store(|store| store.save_answer(round_id, &item_id, input, &actor))
}

#[tauri::command]
pub async fn item_history(
    state: State<'_, AppState>,
    round_id: i64,
    item_id: String,
) -> CommandResult<ItemHistory> {
    state.with_store(|store| store.item_history(round_id, &item_id))
}
