//! Backups: made before imports and pack moves, the newest kept, restored only when whole
//! and ours, with the state they replace backed up first.

use std::fs;

use gecc_core::bundle::{ExportOptions, ImportOptions};
use gecc_core::model::AnswerStatus;
use gecc_core::store::{restore_backup, BackupReason, KEEP_BACKUPS};
use gecc_core::ErrorCode;

use crate::bundle_support::{answer, Office};
use crate::support::gecc;

const ITEM: &str = "physical.service-hours";

#[test]
fn an_import_is_preceded_by_a_backup_and_only_the_newest_backups_are_kept() {
    let mut office = Office::new("อำเภอเมือง", "เมือง");
    office.save(ITEM, AnswerStatus::Met, "ครบ");
    let (_folder, files) = office.export(&ExportOptions::default());
    let mut province = Office::new("จังหวัด", "เมือง");
    province.import(&files, &ImportOptions::default());
    let reasons: Vec<BackupReason> = province.store.backups().iter().map(|b| b.reason).collect();
    assert_eq!(
        reasons,
        [BackupReason::BeforeImport],
        "one backup before the import"
    );
    for _ in 0..KEEP_BACKUPS + 3 {
        province.store.back_up(BackupReason::Manual).unwrap();
    }
    assert_eq!(
        province.store.backups().len(),
        KEEP_BACKUPS,
        "the oldest go"
    );
}

#[test]
fn a_restore_brings_back_the_answers_and_keeps_what_it_replaced() {
    let mut office = Office::new("อำเภอเมือง", "เมือง");
    office.save(ITEM, AnswerStatus::Met, "ก่อนสำรอง");
    let backup = office.store.back_up(BackupReason::Manual).unwrap();
    office.save(ITEM, AnswerStatus::NotMet, "หลังสำรอง");
    let database = office.store.path().to_path_buf();
    drop(std::mem::replace(
        &mut office.store,
        crate::support::DataDir::new().open(),
    ));

    let report = restore_backup(&database, &backup.file_name).expect("restore");
    assert_eq!(report.previous.reason, BackupReason::BeforeRestore);
    let restored = gecc_core::Store::open(&database).unwrap();
    let note = restored
        .answer(office.round.id, ITEM)
        .unwrap()
        .unwrap()
        .content
        .note;
    assert_eq!(note, "ก่อนสำรอง", "the answer as it was at the backup");
    let check: String = rusqlite::Connection::open(&database)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");

    // And the state it replaced is itself a backup that can be restored.
    drop(restored);
    restore_backup(&database, &report.previous.file_name).unwrap();
    let again = gecc_core::Store::open(&database).unwrap();
    assert_eq!(
        again
            .answer(office.round.id, ITEM)
            .unwrap()
            .unwrap()
            .content
            .note,
        "หลังสำรอง"
    );
}

#[test]
fn a_damaged_or_foreign_backup_is_refused_and_the_database_is_untouched() {
    let mut office = Office::new("อำเภอเมือง", "เมือง");
    office.save(ITEM, AnswerStatus::Met, "ครบ");
    let backup = office.store.back_up(BackupReason::Manual).unwrap();
    let folder = office.store.backup_dir();
    let database = office.store.path().to_path_buf();
    drop(std::mem::replace(
        &mut office.store,
        crate::support::DataDir::new().open(),
    ));
    let before = fs::read(&database).unwrap();

    let damaged = folder.join(backup.file_name.replace("manual", "start"));
    let mut bytes = fs::read(folder.join(&backup.file_name)).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle..middle + 4096].fill(0xAA);
    fs::write(&damaged, bytes).unwrap();
    let error =
        restore_backup(&database, damaged.file_name().unwrap().to_str().unwrap()).unwrap_err();
    assert_eq!(
        error.code(),
        ErrorCode::InvalidInput,
        "{}",
        error.message().en
    );

    let foreign = folder.join("2026-01-01T00-00-00.000Z_manual.sqlite3");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE other (x); INSERT INTO other VALUES (1);")
        .unwrap();
    assert!(restore_backup(&database, "2026-01-01T00-00-00.000Z_manual.sqlite3").is_err());
    assert!(
        restore_backup(&database, "../gecc-desk.sqlite3").is_err(),
        "only files in the backup folder"
    );
    assert_eq!(
        fs::read(&database).unwrap(),
        before,
        "the database is untouched"
    );
}

#[test]
fn evidence_deleted_after_a_backup_is_marked_not_received_when_it_is_restored() {
    let mut office = Office::new("อำเภอเมือง", "เมือง");
    let sha256 = office.attach(ITEM, "ภาพ.jpg", 5_000, 1);
    let backup = office.store.back_up(BackupReason::Manual).unwrap();
    let evidence = office.store.checklist(office.round.id).unwrap().evidence[0].id;
    office
        .store
        .detach_evidence(office.round.id, ITEM, evidence, "clerk")
        .unwrap();
    office.store.delete_evidence(evidence).unwrap();
    let database = office.store.path().to_path_buf();
    drop(std::mem::replace(
        &mut office.store,
        crate::support::DataDir::new().open(),
    ));

    let report = restore_backup(&database, &backup.file_name).unwrap();
    assert_eq!(report.missing_evidence, 1);
    let store = gecc_core::Store::open(&database).unwrap();
    assert!(
        !store.evidence_received(&sha256).unwrap(),
        "no row claims a file that is gone"
    );
}

#[test]
fn the_cli_lists_makes_and_restores_backups() {
    let mut office = Office::new("อำเภอเมือง", "เมือง");
    office
        .store
        .save_answer(
            office.round.id,
            ITEM,
            answer(AnswerStatus::Met, "หนึ่ง"),
            "clerk",
        )
        .unwrap();
    let data = office.data.path().to_path_buf();
    let made = gecc(&data, &["--json", "backups", "create"]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let listed: serde_json::Value = serde_json::from_slice(&made.stdout).unwrap();
    let name = listed[0]["file_name"].as_str().unwrap().to_string();
    office.save(ITEM, AnswerStatus::NotMet, "สอง");
    drop(std::mem::replace(
        &mut office.store,
        crate::support::DataDir::new().open(),
    ));
    let restored = gecc(&data, &["backups", "restore", &name]);
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    let answers = gecc(&data, &["--json", "backups"]);
    let list: serde_json::Value = serde_json::from_slice(&answers.stdout).unwrap();
    assert_eq!(
        list[0]["reason"], "before-restore",
        "the newest backup is the replaced state"
    );
}

#[test]
fn the_oldest_of_a_full_set_of_backups_restores_and_no_side_files_are_left() {
    let mut office = Office::new("อำเภอเมือง", "เมือง");
    office.save(ITEM, AnswerStatus::Met, "แรกสุด");
    let oldest = office.store.back_up(BackupReason::Manual).unwrap();
    for _ in 1..KEEP_BACKUPS {
        office.store.back_up(BackupReason::Manual).unwrap();
    }
    let folder = office.store.backup_dir();
    let database = office.store.path().to_path_buf();
    drop(std::mem::replace(
        &mut office.store,
        crate::support::DataDir::new().open(),
    ));
    restore_backup(&database, &oldest.file_name).expect("the oldest backup restores");
    let store = gecc_core::Store::open(&database).unwrap();
    assert_eq!(
        store
            .answer(office.round.id, ITEM)
            .unwrap()
            .unwrap()
            .content
            .note,
        "แรกสุด"
    );
    let side_files: Vec<String> = fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".sqlite3"))
        .collect();
    assert!(
        side_files.is_empty(),
        "only backups in the folder: {side_files:?}"
    );
}
