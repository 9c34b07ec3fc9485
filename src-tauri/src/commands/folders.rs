//! "เปิดโฟลเดอร์" after an export (issue 15, point 11): the folder the export wrote to,
//! shown in the PC's file manager, so the clerk can attach the bundle to an e-mail. The
//! shell remembers the folder it wrote to; the UI never hands it a path.

use tauri::{AppHandle, State};

use super::CommandResult;
use crate::opening::{local_folder, open_with_system};
use crate::state::{shell_error, AppState};

#[tauri::command]
pub fn open_export_folder(app: AppHandle, state: State<'_, AppState>) -> CommandResult<()> {
    let folder = state
        .last_export_folder()
        .filter(|folder| local_folder(folder))
        .ok_or_else(|| {
            shell_error(
                "ไม่พบโฟลเดอร์ที่ส่งออกไว้ในเครื่องนี้ (อาจถอดแฟลชไดรฟ์ไปแล้ว)",
                "The folder of the last export is not on this PC (the USB stick may have been removed).",
            )
        })?;
    open_with_system(
        &app,
        &folder,
        (
            "เปิดโฟลเดอร์ไม่ได้: ไม่มีโปรแกรมจัดการไฟล์ในเครื่องนี้",
            "The folder could not be opened: no file manager on this computer.",
        ),
    )
}
