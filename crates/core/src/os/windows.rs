//! The Windows answers to `os`'s questions. Std has no call for free space, the volume's
//! file system, file attributes or a write-through move, so these few go straight to the
//! Win32 API; this is the one module where core allows `unsafe` (ARCHITECTURE.md says
//! why). Each call takes NUL-terminated UTF-16 buffers we own and writes only into
//! buffers whose length it is told.
#![allow(unsafe_code)]

use std::fs::OpenOptions;
use std::io;
use std::os::windows::ffi::OsStrExt;
use std::os::windows::fs::OpenOptionsExt;
use std::path::Path;

use windows_sys::Win32::Foundation::{
    ERROR_ACCESS_DENIED, ERROR_LOCK_VIOLATION, ERROR_SHARING_VIOLATION,
};
use windows_sys::Win32::Storage::FileSystem::{
    GetDiskFreeSpaceExW, GetFileAttributesW, GetVolumeInformationW, GetVolumePathNameW,
    MoveFileExW, SetFileAttributesW, FILE_ATTRIBUTE_HIDDEN, INVALID_FILE_ATTRIBUTES,
    MOVEFILE_REPLACE_EXISTING, MOVEFILE_WRITE_THROUGH,
};

use super::FileSystem;

/// `path` as the NUL-terminated UTF-16 the API takes; absolute paths in the `\\?\` form,
/// so that paths of 260 characters and more (deep user profiles) work as std's do.
fn wide(path: &Path) -> Vec<u16> {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let text = absolute.as_os_str();
    let mut units: Vec<u16> = Vec::with_capacity(text.len() + 8);
    let raw: Vec<u16> = text.encode_wide().collect();
    let starts = |prefix: &str| raw.starts_with(&prefix.encode_utf16().collect::<Vec<_>>());
    if starts(r"\\?\") || starts(r"\\.\") {
        units.extend(&raw);
    } else if starts(r"\\") {
        units.extend(r"\\?\UNC\".encode_utf16());
        units.extend(&raw[2..]);
    } else {
        units.extend(r"\\?\".encode_utf16());
        units.extend(&raw);
    }
    units.push(0);
    units
}

fn check(succeeded: i32) -> io::Result<()> {
    if succeeded != 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

pub fn available_space(folder: &Path) -> Option<u64> {
    let name = wide(folder);
    let mut available: u64 = 0;
    // SAFETY: `name` is NUL-terminated; the three outputs are ours or null.
    let ok = unsafe {
        GetDiskFreeSpaceExW(
            name.as_ptr(),
            &mut available,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
        )
    };
    check(ok).ok().map(|()| available)
}

pub fn file_system(folder: &Path) -> Option<FileSystem> {
    let name = wide(folder);
    let mut root = vec![0u16; name.len() + 1];
    // SAFETY: `root` is as long as the path itself plus one, which the call needs at most.
    let ok = unsafe { GetVolumePathNameW(name.as_ptr(), root.as_mut_ptr(), root.len() as u32) };
    check(ok).ok()?;
    let mut system = [0u16; 64];
    // SAFETY: `root` is NUL-terminated by the call above; `system` is told its length.
    let ok = unsafe {
        GetVolumeInformationW(
            root.as_ptr(),
            std::ptr::null_mut(),
            0,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            system.as_mut_ptr(),
            system.len() as u32,
        )
    };
    check(ok).ok()?;
    let end = system
        .iter()
        .position(|&unit| unit == 0)
        .unwrap_or(system.len());
    let name = String::from_utf16_lossy(&system[..end]).to_ascii_uppercase();
    Some(
        if name == "FAT" || name == "FAT32" || name == "FAT12" || name == "FAT16" {
            FileSystem::Fat
        } else {
            FileSystem::Other
        },
    )
}

pub fn hide_on_create(options: &mut OpenOptions) {
    options.attributes(FILE_ATTRIBUTE_HIDDEN);
}

pub fn unhide(path: &Path) -> io::Result<()> {
    let name = wide(path);
    // SAFETY: `name` is NUL-terminated.
    let attributes = unsafe { GetFileAttributesW(name.as_ptr()) };
    if attributes == INVALID_FILE_ATTRIBUTES {
        return Err(io::Error::last_os_error());
    }
    if attributes & FILE_ATTRIBUTE_HIDDEN == 0 {
        return Ok(());
    }
    // SAFETY: `name` is NUL-terminated.
    check(unsafe { SetFileAttributesW(name.as_ptr(), attributes & !FILE_ATTRIBUTE_HIDDEN) })
}

/// `MoveFileExW` with write-through: it returns only once the move is on the disk.
pub fn rename_write_through(from: &Path, to: &Path, replace: bool) -> io::Result<()> {
    let (from, to) = (wide(from), wide(to));
    let flags = MOVEFILE_WRITE_THROUGH
        | if replace {
            MOVEFILE_REPLACE_EXISTING
        } else {
            0
        };
    // SAFETY: both names are NUL-terminated.
    check(unsafe { MoveFileExW(from.as_ptr(), to.as_ptr(), flags) })
}

pub fn is_in_use(error: &io::Error) -> bool {
    matches!(
        error.raw_os_error().map(|code| code as u32),
        Some(ERROR_ACCESS_DENIED | ERROR_SHARING_VIOLATION | ERROR_LOCK_VIOLATION)
    )
}

/// The write-through move is already durable; Windows cannot sync a folder.
pub fn sync_folder(_folder: &Path) {}

/// SQLite's "win32-longpath" layer, with the verbatim path [`wide`] makes (less its NUL).
pub fn open_database(
    path: &Path,
    flags: rusqlite::OpenFlags,
) -> rusqlite::Result<rusqlite::Connection> {
    let mut units = wide(path);
    units.pop();
    let verbatim = String::from_utf16_lossy(&units);
    rusqlite::Connection::open_with_flags_and_vfs(verbatim, flags, "win32-longpath")
}
