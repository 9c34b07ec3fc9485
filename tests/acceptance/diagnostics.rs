//! Diagnosable: an internal error is in the program's log, and `gecc diagnostics` gives
//! one ZIP with the log, the versions and the database's health, holding nothing the office
//! typed or named: not its answers, its notes, its people or its file names.

use std::io::Read;

use crate::support::*;

const SECRET_NOTE: &str = "บันทึกลับของเสมียน ห้ามออกนอกสำนักงาน";
const SECRET_OWNER: &str = "นางสาวสมศรี ใจดี";
const SECRET_FILE: &str = "ภาพถ่ายห้องน้ำชั้นสอง ของคุณสมชาย.jpg";

/// Every entry of the ZIP at `path`, by name, as text.
fn entries(path: &std::path::Path) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..archive.len())
        .map(|index| {
            let mut entry = archive.by_index(index).unwrap();
            let mut text = String::new();
            entry.read_to_string(&mut text).unwrap();
            (entry.name().to_string(), text)
        })
        .collect()
}

fn diagnostics_zip(data: &std::path::Path, into: &std::path::Path) -> std::path::PathBuf {
    let output = gecc(
        data,
        &["diagnostics", "-o", into.to_str().unwrap(), "--json"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let said: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    std::path::PathBuf::from(said["path"].as_str().unwrap())
}

#[test]
fn a_forced_internal_error_is_in_the_log_and_the_diagnostics_zip_holds_no_answer_text() {
    let folder = tempfile::tempdir().unwrap();
    let data = folder.path().join("data");
    let run = |args: &[&str]| {
        let output = gecc(&data, args);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    };
    run(&["rounds", "new", "--fiscal-year", "2570"]);
    let item = "quality.needs-survey";
    run(&[
        "--by",
        SECRET_OWNER,
        "answer",
        "1",
        item,
        "--note",
        SECRET_NOTE,
        "--owner",
        SECRET_OWNER,
    ]);
    let photo = folder.path().join(SECRET_FILE);
    std::fs::write(
        &photo,
        [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F'],
    )
    .unwrap();
    run(&["attach", "1", item, photo.to_str().unwrap()]);

    // The internal error: a table the checklist reads is gone (a damaged database).
    let database = data.join("gecc-desk.sqlite3");
    rusqlite::Connection::open(&database)
        .unwrap()
        .execute_batch("DROP TABLE deadlines")
        .unwrap();
    let failed = gecc(&data, &["checklist", "1"]);
    assert!(
        !failed.status.success(),
        "the checklist cannot be read without its table"
    );

    let out = folder.path().join("ส่งผู้ดูแล");
    let zip = diagnostics_zip(&data, &out);
    assert_eq!(zip.parent(), Some(out.as_path()));
    assert!(zip
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("gecc-diagnostics-"));
    let entries = entries(&zip);
    let names: Vec<&str> = entries.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names[0], "diagnostics.json", "{names:?}");
    assert!(
        names.iter().any(|name| name.starts_with("logs/gecc.")),
        "{names:?}"
    );

    let logs: String = entries
        .iter()
        .filter(|(name, _)| name.starts_with("logs/"))
        .map(|(_, text)| text.as_str())
        .collect();
    assert!(
        logs.lines().any(|line| line.contains("ERROR")
            && line.contains("internal error")
            && line.contains("no such table: deadlines")),
        "the error is logged with its cause:\n{logs}"
    );
    assert!(logs.contains("start"), "each start is logged:\n{logs}");
    assert!(logs.contains("database opened"), "{logs}");

    let about: serde_json::Value = serde_json::from_str(&entries[0].1).unwrap();
    assert_eq!(about["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        about["database"]["integrity_check"],
        serde_json::json!(["ok"])
    );
    assert_eq!(about["database"]["table_rows"]["answers"], 1, "{about}");
    assert_eq!(
        about["database"]["table_rows"].get("deadlines"),
        None,
        "{about}"
    );
    assert_eq!(about["evidence_files"], 1, "{about}");

    for (name, text) in &entries {
        for secret in [SECRET_NOTE, SECRET_OWNER, SECRET_FILE, "ห้องน้ำ", "สมศรี"]
        {
            assert!(!text.contains(secret), "{name} holds {secret:?}:\n{text}");
        }
    }
}

#[test]
fn diagnostics_are_written_when_the_database_cannot_be_opened() {
    let folder = tempfile::tempdir().unwrap();
    let data = folder.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join("gecc-desk.sqlite3"),
        "a page of text, not a database",
    )
    .unwrap();
    assert!(
        !gecc(&data, &["rounds"]).status.success(),
        "the store refuses the file"
    );

    let zip = diagnostics_zip(&data, folder.path());
    let entries = entries(&zip);
    let about: serde_json::Value = serde_json::from_str(&entries[0].1).unwrap();
    assert!(about["database"]["unreadable"].is_string(), "{about}");
    let logs: String = entries
        .iter()
        .skip(1)
        .map(|(_, text)| text.as_str())
        .collect();
    assert!(
        logs.contains("NotADatabase"),
        "the refusal is logged:\n{logs}"
    );
    assert_eq!(
        std::fs::read_to_string(data.join("gecc-desk.sqlite3")).unwrap(),
        "a page of text, not a database",
        "looking changed nothing"
    );
}
