//! A clerk's data and exports in folders deeper than Windows' old 260-character limit,
//! named in Thai: the whole round (database, evidence, backup, bundle) works there. On
//! Linux this holds trivially; `cargo xtask test` runs it under Wine too, where it is the
//! Windows rule being tested.

use std::path::{Path, PathBuf};

use crate::support::{gecc, stderr, stdout};

/// Thai and ASCII, so that 300 characters stay under the 512 bytes of UTF-8 that SQLite
/// takes for a database path on Linux (its Windows layer takes 32,767 characters), while
/// passing the 260 characters that matter on Windows.
const FOLDER: &str = "ข้อมูล GECC Desk data folder of the office";

/// A folder inside `root` whose path is longer than `characters`.
fn deeper_than(root: &Path, characters: usize) -> PathBuf {
    let mut deep = root.to_path_buf();
    while deep.as_os_str().to_string_lossy().chars().count() <= characters {
        deep.push(FOLDER);
    }
    std::fs::create_dir_all(&deep).unwrap();
    deep
}

fn ok(output: std::process::Output) -> String {
    assert!(
        output.status.success(),
        "{}\n{}",
        stdout(&output),
        stderr(&output)
    );
    stdout(&output)
}

#[test]
fn a_round_is_kept_evidenced_backed_up_and_exported_in_folders_deeper_than_260_characters() {
    let root = tempfile::tempdir().unwrap();
    let deep = deeper_than(root.path(), 262);
    let data = deep.join("ข้อมูล GECC");
    let outbox = deep.join("ส่งจังหวัด");
    std::fs::create_dir_all(&outbox).unwrap();
    let photo = deep.join("ภาพถ่าย ป้ายเวลาทำการ หน้าสำนักงาน.jpg");
    std::fs::write(&photo, include_bytes!("../fixtures/evidence/grey-8x8.jpg")).unwrap();

    ok(gecc(&data, &["rounds", "new", "--fiscal-year", "2569"]));
    let attach = [
        "attach",
        "1",
        "physical.service-hours",
        photo.to_str().unwrap(),
        "--kind",
        "photo",
    ];
    ok(gecc(&data, &attach));
    ok(gecc(&data, &["backups", "create"]));
    ok(gecc(
        &data,
        &["export", "1", "-o", outbox.to_str().unwrap()],
    ));
    ok(gecc(&data, &["verify", outbox.to_str().unwrap()]));

    let listed = ok(gecc(&data, &["evidence", "1"]));
    assert!(
        listed.contains("ภาพถ่าย ป้ายเวลาทำการ หน้าสำนักงาน.jpg"),
        "{listed}"
    );
    let bundles: Vec<_> = std::fs::read_dir(&outbox).unwrap().flatten().collect();
    assert_eq!(bundles.len(), 1, "one bundle, visible, in the deep folder");
    assert!(data.join("gecc-desk.sqlite3").is_file());
    assert!(
        data.to_string_lossy().chars().count() > 260,
        "the test is about paths past 260 characters"
    );
}
