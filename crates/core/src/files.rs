//! Writing a file the user will carry away (an exported pack now, bundles later): under a
//! temporary name beside the target, synced, renamed, then read back and compared, so a
//! file under its final name is always whole.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The hidden temporary name a file is written under beside its final name.
pub fn partial_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.part"))
}

/// Flushes a written file to the disk. The file is opened for writing because Windows
/// refuses to flush a handle opened only for reading ("Access denied").
pub fn sync_file(path: &Path) -> std::io::Result<()> {
    fs::OpenOptions::new().write(true).open(path)?.sync_all()
}

/// Moves a finished temporary file to its final name, durably and visibly (see
/// [`crate::os::rename_durably`]); a file another program holds open past the wait is
/// reported by name, as [`Error::FileInUse`].
pub fn rename_into_place(partial: &Path, target: &Path, replace: bool) -> Result<()> {
    crate::os::rename_durably(partial, target, replace).map_err(|error| {
        if crate::os::is_in_use(&error) {
            Error::FileInUse {
                path: target.to_path_buf(),
            }
        } else {
            Error::io("rename", target, error)
        }
    })
}

/// Writes `bytes` to `target` atomically and checks what landed on disk.
pub fn write_file_atomically(target: &Path, bytes: &[u8]) -> Result<()> {
    let partial = partial_path(target);
    let written = (|| -> std::io::Result<()> {
        let mut file = crate::os::create_hidden(&partial)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    if let Err(error) = written {
        let _ = fs::remove_file(&partial);
        return Err(if error.kind() == std::io::ErrorKind::StorageFull {
            Error::DiskFull {
                path: target.to_path_buf(),
            }
        } else {
            Error::io("write", target, error)
        });
    }
    rename_into_place(&partial, target, true).inspect_err(|_| {
        let _ = fs::remove_file(&partial);
    })?;
    let landed = fs::read(target).map_err(|e| Error::io("read back", target, e))?;
    if landed != bytes {
        let _ = fs::remove_file(target);
        return Err(Error::io(
            "verify",
            target,
            std::io::Error::other("the file read back differs from what was written"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_lands_whole_and_no_partial_file_remains() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("ชุดเกณฑ์ ปัตตานี.json");
        write_file_atomically(&target, "{\"ok\": true}".as_bytes()).unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "{\"ok\": true}");
        let names: Vec<_> = fs::read_dir(folder.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names.len(), 1, "only the final file is left: {names:?}");
    }

    #[test]
    fn a_file_written_earlier_is_flushed_through_a_handle_that_may_write() {
        // Regression: backups flushed through a read-only handle, which Windows refuses.
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("สำรอง.sqlite3");
        fs::write(&path, b"copy").unwrap();
        sync_file(&path).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"copy");
    }

    #[test]
    fn writing_into_a_missing_folder_fails_without_leftovers() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("ไม่มี").join("pack.json");
        assert_eq!(
            write_file_atomically(&target, b"x").unwrap_err().code(),
            crate::ErrorCode::Io
        );
        assert!(!target.exists());
    }
}
