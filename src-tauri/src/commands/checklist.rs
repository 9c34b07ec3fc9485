//! Settings, the office, rounds, the checklist and its answers.

use gecc_core::model::{
    AnswerInput, AnswerSaved, Checklist, ItemHistory, Language, NewRoundInput, Office,
    OfficeProfile, Round, Settings,
};
use tauri::{AppHandle, State};

use super::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn get_settings(state: State<'_, AppState>) -> CommandResult<Settings> {
    state.with_store(|store| store.settings())
}

#[tauri::command]
pub async fn set_language(
    state: State<'_, AppState>,
    language: Language,
) -> CommandResult<Settings> {
    state.with_store(|store| store.set_language(language))
}

#[tauri::command]
pub async fn get_office(state: State<'_, AppState>) -> CommandResult<Office> {
    state.with_store(|store| store.local_office())
}

#[tauri::command]
pub async fn set_office(state: State<'_, AppState>, input: OfficeProfile) -> CommandResult<Office> {
    state.with_store(|store| store.save_local_office(input))
}

#[tauri::command]
pub async fn list_rounds(state: State<'_, AppState>) -> CommandResult<Vec<Round>> {
    state.with_store(|store| store.list_rounds())
}

#[tauri::command]
pub async fn create_round(
    state: State<'_, AppState>,
    input: NewRoundInput,
) -> CommandResult<Round> {
    let today = state.today();
    state.with_store(|store| store.create_round(input, today))
}

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

/// The UI has finished its saves after a close request: close now.
#[tauri::command]
pub async fn close_when_saved(app: AppHandle) -> CommandResult<()> {
    app.exit(0);
    Ok(())
}
