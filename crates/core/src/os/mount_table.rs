//! Linux's mount table, read for the one thing statfs cannot say: which file system a
//! FUSE driver serves (a FAT32 stick mounted by fusefat, exFAT by exfat-fuse), so a stick
//! is held to FAT's 4 GiB file limit however it was mounted.

use std::path::Path;

use super::FileSystem;

/// The file-system type (`fuse.fusefat`, `ext4`...) of the mount holding `path` (an
/// absolute, canonical path), from `/proc/self/mountinfo`'s text: the mount whose mount
/// point is the longest leading part of the path, the last one listed when mounts stack.
pub fn type_of(mountinfo: &str, path: &Path) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for line in mountinfo.lines() {
        let Some((before, after)) = line.split_once(" - ") else {
            continue;
        };
        let (Some(mount_point), Some(kind)) = (before.split(' ').nth(4), after.split(' ').next())
        else {
            continue;
        };
        let mount_point = unescape(mount_point);
        if !path.starts_with(&mount_point) {
            continue;
        }
        let depth = Path::new(&mount_point).components().count();
        if best.as_ref().is_none_or(|(known, _)| depth >= *known) {
            best = Some((depth, kind.to_string()));
        }
    }
    best.map(|(_, kind)| kind)
}

/// What a FUSE mount's type says of its limits: FAT drivers (fusefat, vfat, msdos) hold
/// no file of 4 GiB; exFAT, NTFS and the rest hold what a bundle needs.
pub fn fuse_file_system(kind: &str) -> FileSystem {
    let driver = kind.rsplit('.').next().unwrap_or(kind).to_lowercase();
    if driver.contains("exfat") {
        FileSystem::Other
    } else if driver.contains("fat") || driver.contains("msdos") {
        FileSystem::Fat
    } else {
        FileSystem::Other
    }
}

/// The table writes a space, tab, newline and backslash in a path as `\040`, `\011`,
/// `\012` and `\134`.
fn unescape(field: &str) -> String {
    let bytes = field.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let octal = bytes
            .get(i + 1..i + 4)
            .filter(|digits| bytes[i] == b'\\' && digits.iter().all(|d| (b'0'..=b'7').contains(d)));
        match octal.and_then(|d| u8::from_str_radix(std::str::from_utf8(d).ok()?, 8).ok()) {
            Some(byte) => {
                out.push(byte);
                i += 4;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "\
22 1 253:0 / / rw,relatime - ext4 /dev/vda rw
45 22 0:40 / /media/clerk/USB\\040STICK rw,nosuid,nodev - fuse.fusefat fusefat rw,user_id=0
46 22 0:41 / /media/clerk/big rw,nosuid,nodev - fuse.exfat /dev/sdc1 rw
47 22 0:42 / /media/clerk/ntfs rw,nosuid,nodev - fuseblk /dev/sdd1 rw
48 22 0:43 / /media/clerk/USB rw - vfat /dev/sde1 rw
";

    #[test]
    fn the_mount_holding_a_path_is_the_longest_mount_point_that_leads_to_it() {
        let kind = |path: &str| type_of(TABLE, Path::new(path));
        assert_eq!(
            kind("/media/clerk/USB STICK/งาน").as_deref(),
            Some("fuse.fusefat")
        );
        assert_eq!(kind("/media/clerk/USB").as_deref(), Some("vfat"));
        assert_eq!(
            kind("/media/clerk/USBX").as_deref(),
            Some("ext4"),
            "not a mere prefix"
        );
        assert_eq!(kind("/home/clerk").as_deref(), Some("ext4"));
    }

    #[test]
    fn fuse_drivers_for_fat_are_held_to_fat_and_exfat_and_ntfs_are_not() {
        assert_eq!(fuse_file_system("fuse.fusefat"), FileSystem::Fat);
        assert_eq!(fuse_file_system("fuse.vfat"), FileSystem::Fat);
        assert_eq!(fuse_file_system("fuse.exfat"), FileSystem::Other);
        assert_eq!(fuse_file_system("fuse.exfat-fuse"), FileSystem::Other);
        assert_eq!(fuse_file_system("fuseblk"), FileSystem::Other);
        assert_eq!(fuse_file_system("fuse.sshfs"), FileSystem::Other);
    }

    #[test]
    fn escaped_characters_in_mount_points_are_read_back() {
        assert_eq!(unescape("USB\\040STICK\\134x"), "USB STICK\\x");
        assert_eq!(unescape("a\\9b"), "a\\9b");
    }
}
