//! A real FAT32 stick, since most USB sticks are FAT32 and FAT holds no file of 4 GiB: a
//! sparse image made by mkfs.vfat and mounted by fusefat (this kernel has no vfat driver)
//! in a private mount namespace, where the export's check refuses a file of 4 GiB before
//! anything is written. (fusefat cannot create a file with a Thai name, which every
//! bundle has, so the bundle itself is written on tmpfs sticks in `bundle_faults`.)

use std::fs;
use std::path::Path;
use std::process::Command;

use gecc_core::os::FileSystem;

const GIB: u64 = 1 << 30;

/// The variable naming the mounted stick for [`probe_on_the_mounted_stick`].
const PROBE_VARIABLE: &str = "GECC_TEST_FAT_STICK";

#[test]
fn a_real_fat32_stick_is_known_as_fat_and_a_file_of_4_gib_is_refused_before_writing() {
    let work = tempfile::tempdir().unwrap();
    let image = work.path().join("stick.img");
    let stick = work.path().join("USB");
    fs::create_dir(&stick).unwrap();
    // 6 GiB, sparse: room for 4 GiB, so only the file system's limit can refuse it.
    fs::File::create(&image).unwrap().set_len(6 * GIB).unwrap();
    let made = Command::new("mkfs.vfat")
        .args(["-F", "32", "-n", "GECC"])
        .arg(&image)
        .output()
        .expect("mkfs.vfat (dosfstools; cargo xtask setup installs it)");
    assert!(made.status.success(), "{made:?}");

    let script = format!(
        "fusefat -o rw+ '{image}' '{stick}' >/dev/null || exit 90
         {PROBE_VARIABLE}='{stick}' '{me}' --exact fat_stick::probe_on_the_mounted_stick --ignored
         status=$?
         umount '{stick}'
         exit $status",
        image = image.display(),
        stick = stick.display(),
        me = std::env::current_exe().unwrap().display(),
    );
    let output = Command::new("unshare")
        .args(["-rm", "sh", "-c", &script])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_ne!(
        output.status.code(),
        Some(90),
        "fusefat (cargo xtask setup installs it) could not mount the image: {stderr}"
    );
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("1 passed"),
        "the probe ran on the mounted stick: {stdout}"
    );
}

/// Run by the test above inside its mount namespace, on the mounted stick: what the OS
/// says of the stick, and the export's check against it.
#[test]
#[ignore = "run on the mounted stick by the test above"]
fn probe_on_the_mounted_stick() {
    let stick = std::env::var_os(PROBE_VARIABLE).expect("the stick's folder");
    let stick = Path::new(&stick);
    assert_eq!(gecc_core::os::file_system(stick), Some(FileSystem::Fat));
    let error = gecc_core::bundle::folder_takes(stick, &[4 * GIB]).unwrap_err();
    assert_eq!(error.code(), gecc_core::ErrorCode::FileTooLarge);
    assert!(
        error.message().th.contains("FAT32"),
        "{}",
        error.message().th
    );
    gecc_core::bundle::folder_takes(stick, &[4 * GIB - 1]).expect("one byte less fits");
    gecc_core::bundle::folder_takes(stick, &[25 << 20; 40]).expect("e-mail parts fit");
}
