//! Where the program keeps its data: the operating system's per-user application data
//! folder, unless `GECC_DATA_DIR` (or the CLI's `--data-dir`) says otherwise.

use std::path::{Path, PathBuf};

use crate::store::DATABASE_FILE_NAME;

/// The application identifier; the Tauri shell uses the same one, so the app and the
/// CLI find the same database by default.
pub const APP_IDENTIFIER: &str = "th.gecc.desk";

/// The environment variable that overrides the data folder (tests use it).
pub const DATA_DIR_VARIABLE: &str = "GECC_DATA_DIR";

/// The data folder: an explicit choice first, then `GECC_DATA_DIR`, then the OS default
/// (`~/.local/share/th.gecc.desk` on Linux, `%APPDATA%\th.gecc.desk` on Windows).
pub fn resolve_data_dir(explicit: Option<&Path>) -> PathBuf {
    if let Some(dir) = explicit {
        return dir.to_path_buf();
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_VARIABLE).filter(|v| !v.is_empty()) {
        return PathBuf::from(dir);
    }
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join(APP_IDENTIFIER)
}

/// The database file inside a data folder.
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join(DATABASE_FILE_NAME)
}
