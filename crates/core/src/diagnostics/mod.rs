//! What a clerk's PC can tell whoever supports it, offline and without the office's
//! work in it: a log of what the program did (never answers, notes, names or file
//! contents), and one diagnostics ZIP with that log, the versions, the OS and the
//! database's health, for the office to e-mail. The app and `gecc diagnostics` write the
//! same file.

mod log;
mod report;

pub use crate::store::DatabaseHealth;
pub use log::{log_error, log_import, start_logging, LOG_FILES_KEPT, LOG_FOLDER};
pub use report::{diagnostics_file_name, write_diagnostics, Diagnostics};
