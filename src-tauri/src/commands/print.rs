//! Printing from the app: a form rendered to PDF in Rust (the same bytes as
//! `gecc report`), then either opened with the system's PDF viewer to print, or saved
//! where the supervisor chooses. The UI names a document and options; paths never come
//! from it.

use std::path::PathBuf;

use gecc_core::file_names::windows_safe_name;
use gecc_core::files::write_file_atomically;
use gecc_core::model::RoundKind;
use gecc_core::{Error, ErrorPayload};
use gecc_forms::{Digits, Document, PageNumbers, PrintOptions};
use tauri::{AppHandle, Manager};

use super::{ask_save_path, CommandResult};
use crate::opening::open_with_system;
use crate::state::{shell_error, AppState};

/// What to print from: one round (its documents, or forms 1 and 2 for its office), or
/// the province's offices for a fiscal year and kind of round (forms 1 and 2).
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PrintSource {
    round_id: Option<i64>,
    fiscal_year_be: Option<i32>,
    kind: Option<RoundKind>,
}

/// Renders `document` and opens it with the system's PDF viewer (`save` false), or
/// saves it where the user picks (`save` true). Returns the file written; none when
/// the save dialog was cancelled.
#[tauri::command]
pub async fn print_document(
    app: AppHandle,
    source: PrintSource,
    document: String,
    arabic_digits: bool,
    page_numbers: String,
    save: bool,
) -> CommandResult<Option<String>> {
    let document = Document::parse(&document).ok_or_else(|| {
        ErrorPayload::from(Error::invalid(
            format!("ไม่รู้จักเอกสาร \"{document}\""),
            format!("\"{document}\" is not a document this program prints."),
        ))
    })?;
    let options = PrintOptions {
        digits: if arabic_digits {
            Digits::Arabic
        } else {
            Digits::Thai
        },
        page_numbers: PageNumbers::parse(&page_numbers).unwrap_or_default(),
    };
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        let today = state.today();
        let (pdf, subject) = state.with_store(|store| {
            let (data, subject) = match (document.is_province_form(), source) {
                (
                    false,
                    PrintSource {
                        round_id: Some(round),
                        ..
                    },
                ) => (
                    gecc_forms::round_data(store, round, today)?,
                    round_subject(store, round)?,
                ),
                (
                    true,
                    PrintSource {
                        round_id: Some(round),
                        ..
                    },
                ) => (
                    gecc_forms::province_data_for_round(store, round, today)?,
                    round_subject(store, round)?,
                ),
                (
                    true,
                    PrintSource {
                        fiscal_year_be: Some(year),
                        kind: Some(kind),
                        ..
                    },
                ) => (
                    gecc_forms::province_data(store, year, kind, today)?,
                    year.to_string(),
                ),
                _ => {
                    return Err(Error::invalid(
                        "ไม่ได้ระบุว่าจะพิมพ์จากรอบใด",
                        "No round (or fiscal year and kind) was given to print from.",
                    ))
                }
            };
            Ok((gecc_forms::render(document, &data, &options)?, subject))
        })?;
        let named = [document.title(), subject.as_str()]
            .iter()
            .filter(|part| !part.trim().is_empty())
            .map(|part| part.trim())
            .collect::<Vec<_>>()
            .join(" ");
        let file_name = windows_safe_name(&format!("{named}.pdf"));
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

/// The round named in a file name: office and fiscal year.
fn round_subject(store: &gecc_core::Store, round_id: i64) -> gecc_core::Result<String> {
    let round = store.round(round_id)?;
    Ok(format!("{} {}", round.office_name, round.fiscal_year_be))
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
