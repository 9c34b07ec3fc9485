//! The bundles someone picked: files as given, and each folder replaced by the ZIP files
//! in it (a province office picks the stick's folder). One function for the app and the
//! CLI, because their two copies had drifted: one skipped a folder it could not read, so
//! the province saw fewer bundles than the stick held and was not told.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// `paths` with every folder replaced by the ZIP files directly inside it, in name order
/// (not sub-folders, nor a folder whose name ends in `.zip`). A folder that cannot be
/// listed is an error that names it: skipping it would lose bundles without a word.
pub fn expand_folders(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    expand_with(paths, |folder| {
        std::fs::read_dir(folder)?
            .map(|entry| entry.map(|entry| entry.path()))
            .collect()
    })
}

/// [`expand_folders`] with the listing given, so a folder that cannot be listed can be
/// tested on any PC (an administrator reads every folder).
fn expand_with(
    paths: &[PathBuf],
    list: impl Fn(&Path) -> std::io::Result<Vec<PathBuf>>,
) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            // A missing or unreadable file is the verifier's to report, per bundle.
            files.push(path.clone());
            continue;
        }
        let mut found: Vec<PathBuf> = list(path)
            .map_err(|error| Error::io("list", path, error))?
            .into_iter()
            .filter(|p| p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip")))
            .collect();
        found.sort();
        files.extend(found);
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_becomes_the_zip_files_directly_in_it_in_name_order() {
        let dir = tempfile::tempdir().unwrap();
        let stick = dir.path().join("stick");
        std::fs::create_dir_all(stick.join("old.zip")).unwrap();
        for name in ["b.ZIP", "a.zip", "notes.txt"] {
            std::fs::write(stick.join(name), b"x").unwrap();
        }
        let loose = dir.path().join("loose.zip");
        let files = expand_folders(&[stick.clone(), loose.clone()]).unwrap();
        assert_eq!(files, vec![stick.join("a.zip"), stick.join("b.ZIP"), loose]);
    }

    #[test]
    fn regression_a_folder_that_cannot_be_listed_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let denied = || std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let error = expand_with(&[dir.path().to_path_buf()], |_| Err(denied())).unwrap_err();
        assert!(
            error
                .message()
                .en
                .contains(&dir.path().display().to_string()),
            "{error}"
        );
        let error = expand_folders(&[dir.path().join("gone")]);
        assert!(error.is_ok(), "a missing file is left to the verifier");
    }
}
