//! Backups from the app: list them, make one now, restore one (the shell closes and
//! reopens the store around it).

use gecc_core::store::{BackupInfo, BackupReason, RestoreReport};
use tauri::State;

use super::CommandResult;
use crate::state::AppState;

/// The database's backups, newest first.
#[tauri::command]
pub fn list_backups(state: State<'_, AppState>) -> CommandResult<Vec<BackupInfo>> {
    state.with_store(|store| Ok(store.backups()))
}

/// Makes a backup now.
#[tauri::command]
pub fn create_backup(state: State<'_, AppState>) -> CommandResult<BackupInfo> {
    state.with_store(|store| store.back_up(BackupReason::Manual))
}

/// Restores a backup (the current data is backed up first).
#[tauri::command]
pub fn restore_backup(
    state: State<'_, AppState>,
    file_name: String,
) -> CommandResult<RestoreReport> {
    state.restore(&file_name)
}
