//! Printing from the app: a form rendered to PDF in Rust (the same bytes as
//! `gecc report`), then either opened with the system's PDF viewer to print, or saved
//! where the supervisor chooses. The UI names a document and options; paths never come
//! from it.

use std::path::PathBuf;

use gecc_core::files::write_file_atomically;
use gecc_core::{Error, ErrorPayload};
use gecc_forms::{Digits, Document, PageNumbers, PrintOptions, PrintSource};
use tauri::{AppHandle, Manager};

use super::{ask_save_path, CommandResult};
use crate::opening::open_with_system;
use crate::state::{shell_error, AppState};

/// Renders `document` and opens it with the system's PDF viewer (`save` false), or
/// saves it where the user picks (`save` true). Returns the file written; none when
/// the save dialog was cancelled.
#[tauri::command]
pub async fn print_document(
    app: AppHandle,
    source: PrintSource,
    document: Document,
    arabic_digits: bool,
    page_numbers: PageNumbers,
    save: bool,
) -> CommandResult<Option<String>> {
    let options = PrintOptions {
        digits: if arabic_digits {
            Digits::Arabic
        } else {
            Digits::Thai
        },
        page_numbers,
    };
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        let today = state.local_day();
        // The store only while the data is read: rendering takes seconds on an old PC.
        let job = state
            .with_store(|store| Ok(gecc_forms::prepare_print(store, document, &source, today)?))?;
        let pdf = job.render(&options).map_err(Error::from)?;
        let file_name = job.file_name();
        let path = if save {
            match ask_save_path(
                &app,
                "บันทึกเป็น PDF (Save as PDF)",
                &file_name,
                ("PDF", &["pdf"]),
            ) {
                Some(path) => path,
                None => return Ok(None),
            }
        } else {
            print_folder().join(&file_name)
        };
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|error| ErrorPayload::from(Error::io("write", folder, error)))?;
        }
        write_file_atomically(&path, &pdf).map_err(ErrorPayload::from)?;
        if !save {
            open_for_printing(&app, &path)?;
        }
        Ok(Some(path.display().to_string()))
    })
    .await
    .map_err(|_| shell_error("การพิมพ์หยุดกลางคัน", "Printing stopped unexpectedly."))?
}

/// A new folder for each print under the system's temporary folder: a PDF viewer on
/// Windows locks the file it shows, so printing again must not overwrite it. Folders
/// older than a day are removed on the way.
fn print_folder() -> PathBuf {
    let root = std::env::temp_dir().join("gecc-desk-print");
    let day = std::time::Duration::from_secs(24 * 60 * 60);
    for entry in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|age| age > day);
        if old {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    root.join(stamp.to_string())
}

/// Opens the PDF with the system's viewer, from which the user prints.
fn open_for_printing(app: &AppHandle, path: &std::path::Path) -> CommandResult<()> {
    open_with_system(
        app,
        path,
        (
            "ไม่มีโปรแกรมเปิดไฟล์ PDF ในเครื่องนี้ ให้ใช้ \"บันทึกเป็น PDF\" แล้วเปิดด้วยโปรแกรมอื่น",
            "No program on this computer opens PDF files. Use \"Save as PDF\" and open it with another program.",
        ),
    )
}
