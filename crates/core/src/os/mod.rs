//! What the operating system decides about the files we write on a clerk's PC or USB
//! stick (free space, the stick's file system, hidden files, durable renames, files held
//! open by another program), one function per question, so the rest of core asks once
//! and the Windows and Linux answers sit side by side.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;
use std::time::Duration;

#[cfg(target_os = "linux")]
mod mount_table;
mod read_back;
#[cfg(unix)]
mod unix;
#[cfg(windows)]
mod windows;

#[cfg(unix)]
use unix as native;
#[cfg(windows)]
use windows as native;

pub use read_back::ReadBackFile;

/// The largest file FAT and FAT32 can hold: 4 GiB less one byte. Most USB sticks are
/// formatted FAT32.
pub const FAT_MAX_FILE_BYTES: u64 = (4 << 30) - 1;

/// The file system of the volume holding a folder, as far as it matters to us.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileSystem {
    /// FAT12/16/32 (vfat on Linux): no file may reach 4 GiB.
    Fat,
    /// Anything else we can name (NTFS, exFAT, ext4, tmpfs...): no limit that concerns us.
    Other,
}

impl FileSystem {
    /// The largest single file the file system holds, where that is a limit a bundle meets.
    pub fn max_file_bytes(&self) -> Option<u64> {
        match self {
            FileSystem::Fat => Some(FAT_MAX_FILE_BYTES),
            FileSystem::Other => None,
        }
    }
}

/// Bytes this user may still write on the volume holding `folder`; `None` if the OS
/// would not say.
pub fn available_space(folder: &Path) -> Option<u64> {
    native::available_space(folder)
}

/// The file system of the volume holding `folder`; `None` if the OS would not say.
pub fn file_system(folder: &Path) -> Option<FileSystem> {
    native::file_system(folder)
}

/// Creates (or truncates) a temporary file that a person browsing the folder should not
/// see: a leading dot hides it on Linux, the hidden attribute on Windows, where a dot
/// means nothing and Explorer would show half-written files.
pub fn create_hidden(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    native::hide_on_create(&mut options);
    options.open(path)
}

/// Renames `from` to `to` so that the rename survives a power cut (the folder synced on
/// Linux, a write-through move on Windows), shows the file (clears the hidden attribute it
/// was created with) and, on Windows, waits a little for another program (antivirus, a
/// viewer) that holds either file open. `replace` allows an existing `to` to be replaced.
pub fn rename_durably(from: &Path, to: &Path, replace: bool) -> io::Result<()> {
    native::unhide(from)?;
    retry_while_in_use(|| native::rename_write_through(from, to, replace))?;
    if let Some(folder) = to.parent() {
        native::sync_folder(folder);
    }
    Ok(())
}

/// How long a rename waits for a file another program holds open, in total; an antivirus
/// scan of a fresh file usually ends well within it.
pub const IN_USE_PATIENCE: Duration = Duration::from_millis(3_000);

/// Runs `attempt` again after short pauses while it fails because a file is in use by
/// another program, for [`IN_USE_PATIENCE`] at most; then returns the last error.
fn retry_while_in_use(mut attempt: impl FnMut() -> io::Result<()>) -> io::Result<()> {
    let started = std::time::Instant::now();
    let mut pause = Duration::from_millis(25);
    loop {
        match attempt() {
            Err(error) if is_in_use(&error) && started.elapsed() < IN_USE_PATIENCE => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(400));
            }
            other => return other,
        }
    }
}

/// Whether an error means another program holds the file open (Windows: access denied,
/// sharing or lock violation). Linux lets a held file be renamed, so never there.
pub fn is_in_use(error: &io::Error) -> bool {
    native::is_in_use(error)
}

/// Opens a SQLite database at `path`, however deep: on Windows through SQLite's long-path
/// file layer with the path in its `\\?\` form, since a user profile plus a Thai data
/// folder passes the 260 characters the default layer takes.
pub fn open_database(
    path: &Path,
    flags: rusqlite::OpenFlags,
) -> rusqlite::Result<rusqlite::Connection> {
    native::open_database(path, flags)
}

#[cfg(test)]
mod tests;
