//! The diagnostics ZIP: `diagnostics.json` (program, OS, the database's health, how much
//! evidence and how many backups, the log files) and the log files themselves. Nothing
//! the office typed or named goes in: answers, notes, people and file names stay home.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;
use time::OffsetDateTime;
use zip::write::SimpleFileOptions;
use zip::ZipWriter;

use super::log::LOG_FOLDER;
use crate::data_dir::database_path;
use crate::error::{Error, Result};
use crate::store::{database_health, DatabaseHealth, BACKUP_FOLDER};

/// What `diagnostics.json` says.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostics {
    pub program: String,
    pub version: String,
    pub os: String,
    pub arch: String,
    /// The OS's own name for itself where it says one (Linux's os-release).
    pub os_name: Option<String>,
    pub written_at: String,
    /// Whether the data folder sits beside the program (a portable copy on a stick).
    pub portable: bool,
    pub database: DatabaseHealth,
    pub evidence_files: u64,
    pub evidence_bytes: u64,
    pub backups: u64,
    /// The log files in the ZIP, with their sizes.
    pub logs: Vec<(String, u64)>,
}

/// The name a diagnostics file is given: `gecc-diagnostics-YYYYMMDD-HHMMSS.zip` (UTC).
pub fn diagnostics_file_name(now: OffsetDateTime) -> String {
    let stamp = now
        .to_offset(time::UtcOffset::UTC)
        .format(time::macros::format_description!(
            "[year][month][day]-[hour][minute][second]"
        ))
        .unwrap_or_default();
    format!("gecc-diagnostics-{stamp}.zip")
}

/// Writes the diagnostics of the data folder `data_dir`, as `program` sees it, to the
/// file `target` (atomically, read back).
pub fn write_diagnostics(
    data_dir: &Path,
    program: &str,
    target: &Path,
    now: OffsetDateTime,
) -> Result<()> {
    let logs = log_files(data_dir);
    let (evidence_files, evidence_bytes) = count_files(&data_dir.join("evidence"));
    let diagnostics = Diagnostics {
        program: program.into(),
        version: crate::PROGRAM_VERSION.into(),
        os: std::env::consts::OS.into(),
        arch: std::env::consts::ARCH.into(),
        os_name: os_name(),
        written_at: crate::timestamp::format_utc(now),
        portable: crate::data_dir::executable_folder()
            .is_some_and(|folder| crate::data_dir::is_portable(&folder)),
        database: database_health(&database_path(data_dir)),
        evidence_files,
        evidence_bytes,
        backups: count_files(&data_dir.join(BACKUP_FOLDER)).0,
        logs: logs
            .iter()
            .map(|path| {
                (
                    file_name(path),
                    std::fs::metadata(path).map_or(0, |m| m.len()),
                )
            })
            .collect(),
    };
    tracing::info!(logs = logs.len(), "writing diagnostics");
    let bytes = zip_bytes(&diagnostics, &logs)?;
    if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(|e| Error::io("create folder", folder, e))?;
    }
    crate::files::write_file_atomically(target, &bytes)
}

fn zip_bytes(diagnostics: &Diagnostics, logs: &[PathBuf]) -> Result<Vec<u8>> {
    let zip_error =
        |e: zip::result::ZipError| Error::io("write", Path::new("diagnostics.zip"), e.into());
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default();
    zip.start_file("diagnostics.json", options)
        .map_err(zip_error)?;
    let json = serde_json::to_vec_pretty(diagnostics).unwrap_or_default();
    zip.write_all(&json)
        .map_err(|e| Error::io("write", Path::new("diagnostics.json"), e))?;
    for path in logs {
        // A log that cannot be read now (being rotated, say) is left out, not fatal.
        let Ok(text) = std::fs::read(path) else {
            continue;
        };
        zip.start_file(format!("{LOG_FOLDER}/{}", file_name(path)), options)
            .map_err(zip_error)?;
        zip.write_all(&text)
            .map_err(|e| Error::io("write", path, e))?;
    }
    Ok(zip.finish().map_err(zip_error)?.into_inner())
}

/// The log files, oldest first.
fn log_files(data_dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data_dir.join(LOG_FOLDER))
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// How many files a folder holds (however deep) and their bytes.
fn count_files(folder: &Path) -> (u64, u64) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return (0, 0);
    };
    entries
        .filter_map(|entry| entry.ok())
        .fold((0, 0), |(files, bytes), entry| match entry.file_type() {
            Ok(kind) if kind.is_dir() => {
                let (more, more_bytes) = count_files(&entry.path());
                (files + more, bytes + more_bytes)
            }
            Ok(_) => (files + 1, bytes + entry.metadata().map_or(0, |m| m.len())),
            Err(_) => (files, bytes),
        })
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn os_name() -> Option<String> {
    let release = std::fs::read_to_string("/etc/os-release").ok()?;
    release
        .lines()
        .find_map(|line| line.strip_prefix("PRETTY_NAME="))
        .map(|name| name.trim_matches('"').to_string())
}
