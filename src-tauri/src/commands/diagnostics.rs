//! "ส่งข้อมูลวินิจฉัย": the diagnostics ZIP (core's, the same as `gecc diagnostics`) saved
//! where the clerk chooses, to e-mail to whoever supports the office.

use gecc_core::diagnostics::{diagnostics_file_name, write_diagnostics};
use tauri::{AppHandle, State};

use super::{ask_save_path, CommandResult};
use crate::state::AppState;

/// Asks where to save the file, writes it, and returns its path; `None` if the clerk
/// closed the dialog.
#[tauri::command]
pub async fn save_diagnostics(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<Option<String>> {
    let now = state.clock().now();
    let Some(target) = ask_save_path(
        &app,
        "บันทึกข้อมูลวินิจฉัย (Save diagnostics)",
        &diagnostics_file_name(now),
        ("ZIP", &["zip"]),
    ) else {
        return Ok(None);
    };
    write_diagnostics(&state.data_dir(), "gecc-desk", &target, now)?;
    Ok(Some(target.display().to_string()))
}
