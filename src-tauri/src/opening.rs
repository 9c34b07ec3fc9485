//! Opening a file or a folder with the PC's own program (the PDF viewer, the file
//! manager) through the opener plugin. Debug builds list the path in
//! `GECC_TEST_OPENED_FILES` instead when it is set: no viewer runs under test.

use std::path::{Component, Path, Prefix};

use gecc_core::ErrorPayload;
use tauri::AppHandle;
use tauri_plugin_opener::OpenerExt;

use crate::state::shell_error;

/// Opens `path`; `missing` is what to say when no program opens it.
pub fn open_with_system(
    app: &AppHandle,
    path: &Path,
    missing: (&str, &str),
) -> Result<(), ErrorPayload> {
    #[cfg(debug_assertions)]
    if let Some(list) = std::env::var_os("GECC_TEST_OPENED_FILES") {
        use std::io::Write;
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&list)
            .map_err(|error| ErrorPayload::from(gecc_core::Error::io("write", &list, error)))?;
        let _ = writeln!(file, "{}", path.display());
        return Ok(());
    }
    app.opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|_| shell_error(missing.0, missing.1))
}

/// A folder the app may open in the file manager: a folder of this PC (a full path to
/// a directory that exists), never a network share (`\\server\share`) or anything that
/// is not a folder, which the file manager would run or fetch.
pub fn local_folder(folder: &Path) -> bool {
    let network = folder.components().next().is_some_and(|first| {
        matches!(first, Component::Prefix(prefix) if matches!(prefix.kind(), Prefix::UNC(..) | Prefix::VerbatimUNC(..)))
    }) || folder.to_string_lossy().starts_with("\\\\")
        || folder.to_string_lossy().starts_with("//");
    folder.is_absolute() && !network && folder.is_dir()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_existing_folder_of_this_pc_is_opened() {
        let folder = tempfile::tempdir().unwrap();
        assert!(local_folder(folder.path()), "the folder an export wrote to");
        let file = folder.path().join("GECC ปัตตานี 2570.zip");
        std::fs::write(&file, b"PK").unwrap();
        assert!(!local_folder(&file), "a file would be run, not shown");
        assert!(
            !local_folder(&folder.path().join("gone")),
            "a folder that is no longer there"
        );
        assert!(!local_folder(Path::new("relative/folder")));
        assert!(
            !local_folder(Path::new("//server/share/gecc")),
            "a network share"
        );
        assert!(
            !local_folder(Path::new("\\\\server\\share\\gecc")),
            "a network share, Windows' way"
        );
    }
}
