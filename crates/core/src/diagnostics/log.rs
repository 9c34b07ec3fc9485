//! The program's log: daily files in the data folder's `logs/` (the newest 14 kept),
//! written as each event happens so that a crash leaves what led to it. What goes in is
//! chosen at each call site: codes, counts, sizes, durations and ids, never what an office
//! typed or the names of its files.

use std::path::Path;
use std::time::Duration;

use tracing_appender::rolling::{RollingFileAppender, Rotation};

use crate::error::{Error, ErrorCode};

/// The folder under the data folder that holds the log files.
pub const LOG_FOLDER: &str = "logs";

/// How many daily files are kept: two weeks, enough to reach back to when a problem began.
pub const LOG_FILES_KEPT: usize = 14;

/// Starts logging `program`'s events (`gecc-desk`, `gecc`) to daily files under
/// `data_dir/logs/`, for every thread of the process, and logs the start: version, OS,
/// data folder. False when the folder cannot be written (a read-only stick) or a log is
/// already started: the program works on either way.
pub fn start_logging(data_dir: &Path, program: &str) -> bool {
    start(data_dir, program).is_some()
}

fn start(data_dir: &Path, program: &str) -> Option<()> {
    let folder = data_dir.join(LOG_FOLDER);
    std::fs::create_dir_all(&folder).ok()?;
    let appender = RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix(program)
        .filename_suffix("log")
        .max_log_files(LOG_FILES_KEPT)
        .build(&folder)
        .ok()?;
    let subscriber = tracing_subscriber::fmt()
        .with_writer(appender)
        .with_ansi(false)
        .with_target(false)
        .with_max_level(tracing::Level::INFO)
        .finish();
    tracing::subscriber::set_global_default(subscriber).ok()?;
    tracing::info!(
        program,
        version = crate::PROGRAM_VERSION,
        os = std::env::consts::OS,
        arch = std::env::consts::ARCH,
        data_dir = %data_dir.display(),
        "start"
    );
    Some(())
}

/// Logs an error on its way to the clerk: the unexpected ones (the database, the disk, a
/// stored file that changed) with their cause, the expected ones (a refused input, a
/// locked round) with their code only. Paths are left out: outside the data folder they
/// are the office's own file names.
pub fn log_error(error: &Error) {
    let code = error.code();
    match code {
        ErrorCode::Storage | ErrorCode::Internal | ErrorCode::EvidenceCorrupt => {
            tracing::error!(?code, cause = %cause(error), "internal error")
        }
        ErrorCode::Io
        | ErrorCode::DiskFull
        | ErrorCode::NotADatabase
        | ErrorCode::DatabaseTooNew => {
            tracing::warn!(?code, cause = %cause(error), "error")
        }
        _ => tracing::info!(?code, "refused"),
    }
}

/// Logs an import: how many bundles and bytes, each outcome's status, how long.
pub fn log_import(outcomes: &[crate::bundle::ImportOutcome], bytes: u64, took: Duration) {
    let statuses: Vec<String> = outcomes
        .iter()
        .map(|outcome| format!("{:?}", outcome.status))
        .collect();
    tracing::info!(
        bundles = outcomes.len(),
        bytes,
        statuses = statuses.join(","),
        millis = took.as_millis() as u64,
        "import"
    );
}

/// What caused an error, without the office's words or file names.
fn cause(error: &Error) -> String {
    match error {
        Error::Storage(error) => error.to_string(),
        Error::Io { action, source, .. } => format!("could not {action}: {source}"),
        Error::DatabaseTooNew { found, supported } => {
            format!("schema {found}, this program reads up to {supported}")
        }
        Error::EvidenceCorrupt { sha256 } => format!("stored file {sha256} changed"),
        _ => String::new(),
    }
}
