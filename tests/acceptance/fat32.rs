//! Exports onto a real FAT32 stick (a vfat image mounted through the kernel's loop device,
//! in a private mount namespace; needs root, as CI has): Thai names land and verify, and a
//! bundle with a file of 4 GiB or more, which FAT32 cannot hold, is refused before
//! anything is written, with a message that names the way out.

use std::path::Path;
use std::process::{Command, Output};

use gecc_core::model::AnswerStatus;

use crate::bundle_support::Office;

/// Makes a 64 MB FAT32 image and runs `script` with it mounted on `$STICK`.
fn on_fat32_stick(script: &str) -> Output {
    let work = tempfile::tempdir().unwrap();
    let image = work.path().join("stick.img");
    let stick = work.path().join("แฟลชไดรฟ์");
    std::fs::create_dir(&stick).unwrap();
    std::fs::File::create(&image)
        .unwrap()
        .set_len(64 << 20)
        .unwrap();
    let made = Command::new("mkfs.vfat")
        .args(["-F", "32", "-n", "GECC"])
        .arg(&image)
        .env("PATH", "/usr/sbin:/sbin:/usr/bin:/bin")
        .output()
        .expect("mkfs.vfat (dosfstools) is installed by cargo xtask setup");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let script = format!(
        "mount -o loop,utf8 '{image}' '{stick}' && STICK='{stick}' && {script}; status=$?; umount '{stick}'; exit $status",
        image = image.display(),
        stick = stick.display(),
    );
    Command::new("unshare")
        .args(["-m", "sh", "-c", &script])
        .output()
        .unwrap()
}

fn gecc_words(data: &Path, args: &str) -> String {
    format!(
        "'{}' --data-dir '{}' {args}",
        env!("CARGO_BIN_EXE_gecc"),
        data.display()
    )
}

#[test]
fn a_bundle_with_thai_names_lands_on_a_fat32_stick_and_verifies_there() {
    let mut office = Office::new("ที่ว่าการอำเภอเมืองปัตตานี", "เมืองปัตตานี");
    office.save("physical.service-hours", AnswerStatus::Met, "ครบ");
    office.attach(
        "physical.service-hours",
        "ภาพถ่าย ป้ายเวลาทำการ.jpg",
        200_000,
        3,
    );
    let round = office.round.id;
    let script = format!(
        "{} && {} && ls \"$STICK\"",
        gecc_words(office.data.path(), &format!("export {round} -o \"$STICK\"")),
        gecc_words(office.data.path(), "verify \"$STICK\""),
    );
    let output = on_fat32_stick(&script);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "export and verify on FAT32: {stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("ที่ว่าการอำเภอเมืองปัตตานี") && stdout.contains(".zip"),
        "the bundle's Thai name is on the stick: {stdout}"
    );
}

#[test]
fn a_bundle_too_large_for_fat32_is_refused_before_anything_is_written() {
    let mut office = Office::new("ที่ว่าการอำเภอเมือง", "เมือง");
    office.attach("physical.service-hours", "วิดีโอ การให้บริการ.mp4", 100_000, 4);
    // The store says the video is 5 GB: a bundle with it cannot be one FAT32 file.
    let database = office.data.path().join("gecc-desk.sqlite3");
    let connection = rusqlite::Connection::open(&database).unwrap();
    connection
        .execute("UPDATE evidence_files SET size = 5000000000", [])
        .unwrap();
    drop(connection);
    let round = office.round.id;
    let script = format!(
        "{}; status=$?; ls -A \"$STICK\"; exit $status",
        gecc_words(office.data.path(), &format!("export {round} -o \"$STICK\"")),
    );
    let output = on_fat32_stick(&script);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let listing = String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success(), "the export is refused: {stderr}");
    assert!(
        stderr.contains("FAT32") && stderr.contains("exFAT") && stderr.contains("อีเมล"),
        "the message names FAT32 and the ways out (e-mail parts, exFAT/NTFS): {stderr}"
    );
    assert!(listing.trim().is_empty(), "nothing was written: {listing}");
}
