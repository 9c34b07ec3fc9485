//! The Unix (Linux) answers to `os`'s questions, through rustix's safe system calls.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

use super::FileSystem;

pub fn available_space(folder: &Path) -> Option<u64> {
    let stats = rustix::fs::statvfs(folder).ok()?;
    Some(stats.f_bavail.saturating_mul(stats.f_frsize))
}

/// The kernel's magic number for vfat/msdos (FAT12, FAT16, FAT32).
#[cfg(target_os = "linux")]
const MSDOS_SUPER_MAGIC: i64 = 0x4d44;

/// The kernel's magic number for a FUSE file system, whose driver is a program: the
/// mount table names it (`fuse.fusefat`, `fuse.exfat`...).
#[cfg(target_os = "linux")]
const FUSE_SUPER_MAGIC: i64 = 0x6573_5546;

#[cfg(target_os = "linux")]
#[allow(clippy::unnecessary_cast)] // the field's type differs between libcs
pub fn file_system(folder: &Path) -> Option<FileSystem> {
    let stats = rustix::fs::statfs(folder).ok()?;
    Some(match stats.f_type as i64 {
        MSDOS_SUPER_MAGIC => FileSystem::Fat,
        FUSE_SUPER_MAGIC => {
            let folder = std::fs::canonicalize(folder).ok()?;
            let table = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
            super::mount_table::fuse_file_system(&super::mount_table::type_of(&table, &folder)?)
        }
        _ => FileSystem::Other,
    })
}

#[cfg(not(target_os = "linux"))]
pub fn file_system(_folder: &Path) -> Option<FileSystem> {
    None
}

/// A leading dot in the name already hides the file.
pub fn hide_on_create(_options: &mut OpenOptions) {}

pub fn unhide(_path: &Path) -> io::Result<()> {
    Ok(())
}

/// `rename` replaces an existing target; callers that must not replace check first.
pub fn rename_write_through(from: &Path, to: &Path, _replace: bool) -> io::Result<()> {
    std::fs::rename(from, to)
}

pub fn is_in_use(_error: &io::Error) -> bool {
    false
}

pub fn sync_folder(folder: &Path) {
    if let Ok(handle) = File::open(folder) {
        let _ = handle.sync_all();
    }
}

pub fn open_database(
    path: &Path,
    flags: rusqlite::OpenFlags,
) -> rusqlite::Result<rusqlite::Connection> {
    rusqlite::Connection::open_with_flags(path, flags)
}
