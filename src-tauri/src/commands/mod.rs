//! The commands the UI may call. Each is a few lines: call core, map the error.

mod answers;
mod backups;
mod bundles;
mod diagnostics;
mod evidence;
mod folders;
mod office;
mod package;
mod packs;
mod print;
mod review;
mod roster;
mod rounds;
mod staff;

pub use answers::*;
pub use backups::*;
pub use bundles::*;
pub use diagnostics::*;
pub use evidence::*;
pub use folders::*;
pub use office::*;
pub use package::*;
pub use packs::*;
pub use print::*;
pub use review::*;
pub use roster::*;
pub use rounds::*;
pub use staff::*;

use std::path::PathBuf;

use gecc_core::ErrorPayload;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

pub type CommandResult<T> = Result<T, ErrorPayload>;

/// Where to save a file, asked with the system's dialog (`filter`: a label and the
/// extensions it shows). Debug builds take the folder from `GECC_TEST_SAVE_DIALOG` when
/// set, since WebDriver cannot drive the dialog.
fn ask_save_path(
    app: &AppHandle,
    title: &str,
    suggested: &str,
    filter: (&str, &[&str]),
) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(folder) = std::env::var_os("GECC_TEST_SAVE_DIALOG") {
        return Some(PathBuf::from(folder).join(suggested));
    }
    app.dialog()
        .file()
        .set_title(title)
        .set_file_name(suggested)
        .add_filter(filter.0, filter.1)
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
}
