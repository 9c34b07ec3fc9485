//! Opening a database: durable settings, upgrades that keep people's work, and files
//! that are refused without being touched.

use gecc_core::model::Language;
use gecc_core::store::migrations::LATEST_SCHEMA_VERSION;
use gecc_core::{Error, ErrorCode, Store};

use crate::support::*;

#[test]
fn a_new_database_is_durable_wal_with_foreign_keys_and_a_busy_timeout() {
    let data = DataDir::new();
    let store = data.open();
    let durability = store.durability().unwrap();
    assert_eq!(
        durability.journal_mode, "wal",
        "saves use write-ahead logging"
    );
    assert_eq!(
        durability.synchronous, "2",
        "every commit is synced (FULL) before it is acknowledged"
    );
    assert!(durability.foreign_keys, "foreign keys are enforced");
    assert!(
        durability.busy_timeout_ms >= 1000,
        "a second writer waits instead of failing at once"
    );
    assert_eq!(store.schema_version().unwrap(), LATEST_SCHEMA_VERSION);
    assert!(
        data.database().exists(),
        "the database is a real file on disk"
    );
}

#[test]
fn a_database_made_by_migration_1_is_upgraded_and_keeps_its_data() {
    let data = DataDir::new();
    std::fs::copy(fixture("db/schema-v1.sqlite3"), data.database()).unwrap();
    let mut store = Store::open(data.database()).expect("a version 1 database opens");
    assert_eq!(
        store.schema_version().unwrap(),
        LATEST_SCHEMA_VERSION,
        "upgraded to the latest schema"
    );

    let office = store.local_office().unwrap();
    assert_eq!(
        office.profile.name, "สำนักทะเบียนอำเภอทดสอบ",
        "the office profile survives the upgrade"
    );
    let rounds = store.list_rounds().unwrap();
    assert_eq!(rounds.len(), 1, "the round survives the upgrade");
    let answer = store
        .answer(rounds[0].id, "physical.service-hours")
        .unwrap()
        .expect("answer kept");
    assert_eq!(
        answer.content.note, "ป้ายเวลาเปิด-ปิดติดแล้ว",
        "Thai notes survive the upgrade"
    );
    assert_eq!(
        store
            .history(rounds[0].id, "physical.service-hours")
            .unwrap()
            .len(),
        1
    );

    // Migration 2 added the settings table: it must work on the upgraded file.
    assert_eq!(
        store.set_language(Language::En).unwrap().language,
        Language::En
    );
    assert_eq!(
        store.list_packs().unwrap().len(),
        BUILTIN_PACKS,
        "the built-in packs are not installed twice"
    );
}

#[test]
fn a_database_from_a_newer_program_is_refused_and_left_untouched() {
    let data = DataDir::new();
    drop(data.open());
    {
        let conn = rusqlite::Connection::open(data.database()).unwrap();
        conn.pragma_update(None, "user_version", LATEST_SCHEMA_VERSION + 7)
            .unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = sha256_of_file(&data.database());
    let error = Store::open(data.database())
        .err()
        .expect("a newer database is refused");
    assert!(
        matches!(error, Error::DatabaseTooNew { .. }),
        "refused as too new: {error}"
    );
    assert_eq!(error.code(), ErrorCode::DatabaseTooNew);
    let message = error.message();
    assert!(
        message.th.contains("รุ่นใหม่กว่า"),
        "the Thai message says the file is newer: {}",
        message.th
    );
    assert!(
        message.en.contains("newer GECC Desk"),
        "the English message says so too: {}",
        message.en
    );
    assert_eq!(
        sha256_of_file(&data.database()),
        before,
        "the refused file is byte-for-byte unchanged"
    );
    assert!(
        !data.database().with_extension("sqlite3-wal").exists(),
        "no write-ahead log was created beside the refused file"
    );
}

#[test]
fn another_programs_sqlite_file_is_refused_and_left_untouched() {
    let data = DataDir::new();
    {
        let conn = rusqlite::Connection::open(data.database()).unwrap();
        conn.execute_batch("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'x');")
            .unwrap();
    }
    let before = sha256_of_file(&data.database());
    let error = Store::open(data.database())
        .err()
        .expect("a foreign database is refused");
    assert_eq!(error.code(), ErrorCode::NotADatabase);
    assert_eq!(
        sha256_of_file(&data.database()),
        before,
        "the foreign file is unchanged"
    );
}

#[test]
fn a_file_that_is_not_sqlite_at_all_is_refused_and_left_untouched() {
    let data = DataDir::new();
    std::fs::write(data.database(), "รายงานผล GECC ไม่ใช่ฐานข้อมูล\n".repeat(100)).unwrap();
    let before = sha256_of_file(&data.database());
    let error = Store::open(data.database())
        .err()
        .expect("a text file is refused");
    assert_eq!(error.code(), ErrorCode::NotADatabase);
    assert_eq!(sha256_of_file(&data.database()), before);
}

#[test]
fn opening_twice_installs_nothing_twice() {
    let data = DataDir::new();
    drop(data.open());
    let store = data.open();
    assert_eq!(
        store.list_packs().unwrap().len(),
        BUILTIN_PACKS,
        "each built-in pack once"
    );
    assert_eq!(store.local_office().unwrap().id, 1, "one local office");
}

#[test]
fn the_data_folder_is_created_when_missing() {
    let data = DataDir::new();
    let nested = data
        .path()
        .join("ข้อมูล GECC")
        .join("ปี 2569")
        .join("gecc.sqlite3");
    Store::open(&nested).expect("the store creates missing folders, Thai names included");
    assert!(nested.exists());
}
