//! This PC's settings and office, and closing once the UI has saved.

use gecc_core::model::{Language, Office, OfficeProfile, Settings};
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

/// The UI has finished its saves after a close request: close now.
#[tauri::command]
pub async fn close_when_saved(app: AppHandle) -> CommandResult<()> {
    app.exit(0);
    Ok(())
}
