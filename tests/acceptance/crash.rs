//! The crash harness: a worker (src/bin/gecc-crash-worker.rs) saves, attaches, exports
//! and imports until it is killed with SIGKILL at a random moment, 200 times per run,
//! seeded and reproducible (GECC_CRASH_SEED, GECC_CRASH_KILLS). After every kill the
//! program must start normally with an intact database holding every acknowledged save,
//! no evidence row may name a missing file, and no bundle may stand under its final name
//! unless it verifies.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use gecc_core::bundle::{verify_paths, ExportOptions};
use gecc_core::evidence::{stored_path, CopyControl};
use gecc_core::model::AnswerStatus;
use gecc_core::Store;

use crate::bundle_support::Office;

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// What the worker said it had done, as the harness reads it back.
#[derive(Default)]
struct Acknowledged {
    saves: BTreeMap<String, u64>,
    attaches: Vec<String>,
}

fn read_acknowledged(data: &Path) -> Acknowledged {
    let text = std::fs::read_to_string(data.join("acknowledged.txt")).unwrap_or_default();
    let mut acknowledged = Acknowledged::default();
    // A kill can cut the last line short: only whole lines count.
    for line in text.split_inclusive('\n').filter(|l| l.ends_with('\n')) {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["save", item, counter] => {
                let counter: u64 = counter.parse().unwrap();
                let entry = acknowledged.saves.entry(item.to_string()).or_default();
                *entry = (*entry).max(counter);
            }
            ["attach", sha256] => acknowledged.attaches.push(sha256.to_string()),
            _ => {}
        }
    }
    acknowledged
}

/// Every rule the harness holds the program to after a kill.
fn check_after_kill(data: &Path, verified: &mut HashSet<PathBuf>, context: &str) {
    let store = Store::open(gecc_core::data_dir::database_path(data))
        .unwrap_or_else(|e| panic!("{context}: the program starts normally: {e}"));
    let integrity: String = rusqlite::Connection::open(store.path())
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(integrity, "ok", "{context}: the database is intact");

    let round_id = store
        .list_rounds()
        .unwrap()
        .into_iter()
        .find(|r| r.office_is_local)
        .unwrap()
        .id;
    let acknowledged = read_acknowledged(data);
    for (item, counter) in &acknowledged.saves {
        let saved: u64 = store
            .answer(round_id, item)
            .unwrap()
            .and_then(|a| {
                a.content
                    .note
                    .strip_prefix("n=")
                    .and_then(|n| n.parse().ok())
            })
            .unwrap_or(0);
        assert!(
            saved >= *counter,
            "{context}: acknowledged save {item} n={counter} is kept (found n={saved})"
        );
    }
    for sha256 in &acknowledged.attaches {
        assert!(
            store.evidence_received(sha256).unwrap(),
            "{context}: acknowledged file {sha256} is kept"
        );
    }
    for file in store.evidence_files().unwrap() {
        if store.evidence_received(&file.sha256).unwrap()
            || file_is_marked_received(&store, &file.sha256)
        {
            let path = stored_path(&store.evidence_dir(), &file.sha256);
            assert!(
                path.is_file(),
                "{context}: evidence row {} names a file that exists",
                file.sha256
            );
        }
    }
    let exports = data.join("exports");
    for entry in std::fs::read_dir(&exports).into_iter().flatten().flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || verified.contains(&path) {
            continue;
        }
        let verdicts =
            verify_paths(std::slice::from_ref(&path), &mut |_| CopyControl::Continue).unwrap();
        assert!(
            verdicts.iter().all(|v| v.verdict.ok),
            "{context}: {name} stands under its final name, so it must verify: {:?}",
            verdicts
                .iter()
                .map(|v| v.verdict.first_problem_en())
                .collect::<Vec<_>>()
        );
        verified.insert(path);
    }
}

/// Whether the store's row says the file was received (whatever the disk says).
fn file_is_marked_received(store: &Store, sha256: &str) -> bool {
    rusqlite::Connection::open(store.path())
        .unwrap()
        .query_row(
            "SELECT received FROM evidence_files WHERE sha256 = ?1",
            [sha256],
            |row| row.get::<_, bool>(0),
        )
        .unwrap_or(false)
}

#[test]
fn two_hundred_kills_at_random_moments_lose_nothing_acknowledged_and_leave_no_unverified_bundle() {
    let seed = setting("GECC_CRASH_SEED", 20_261_122);
    let kills = setting("GECC_CRASH_KILLS", 200);
    let office = Office::new("ที่ว่าการอำเภอทดสอบ", "ทดสอบ");
    let mut other = Office::new("ที่ว่าการอำเภออื่น", "อื่น");
    other.save("physical.service-hours", AnswerStatus::Met, "ครบ");
    let (bundles, _files) = other.export(&ExportOptions::default());
    let data = office.data.path().to_path_buf();
    drop(office.store);

    let mut random = seed | 1;
    let mut verified = HashSet::new();
    for kill in 0..kills {
        let context = format!("seed {seed}, kill {kill} (rerun with GECC_CRASH_SEED={seed})");
        let mut worker = crate::support::start(
            Command::new(env!("CARGO_BIN_EXE_gecc-crash-worker"))
                .arg(&data)
                .arg((seed + kill).to_string())
                .arg(bundles.path()),
        )
        .unwrap_or_else(|error| panic!("{context}: start the worker: {error}"));
        random ^= random << 13;
        random ^= random >> 7;
        random ^= random << 17;
        std::thread::sleep(Duration::from_millis(5 + random % 300));
        let exited_early = worker.try_wait().unwrap();
        assert!(
            exited_early.is_none(),
            "{context}: the worker runs until killed: {exited_early:?}"
        );
        worker.kill().expect("SIGKILL the worker");
        worker.wait().unwrap();
        check_after_kill(&data, &mut verified, &context);
    }
    let acknowledged = read_acknowledged(&data);
    assert!(
        acknowledged.saves.values().sum::<u64>() > kills,
        "the run did real work between kills: {:?}",
        acknowledged.saves
    );
    eprintln!(
        "crash harness: {kills} kills, seed {seed}, {} saves, {} attaches, {} bundles verified",
        acknowledged.saves.values().sum::<u64>(),
        acknowledged.attaches.len(),
        verified.len()
    );
}
