//! Attaching 100 files (1 GiB) into a fresh evidence store, against `cp` of the same
//! files followed by `sha256sum` of the copies, both from a warm page cache.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use gecc_core::evidence::attach_files;
use gecc_core::ErrorPayload;

use crate::data::{evidence_files, fresh_round};
use crate::Row;

const FILES: usize = 100;
const TOTAL_BYTES: u64 = 1 << 30;

/// Reads every file once so both sides start from the same warm cache.
fn warm(paths: &[PathBuf]) {
    for path in paths {
        let _ = std::fs::read(path);
    }
}

fn run(command: &mut Command) -> f64 {
    let started = Instant::now();
    let status = command.status().expect("run a baseline tool");
    assert!(status.success(), "{command:?} failed");
    started.elapsed().as_secs_f64()
}

pub fn attach_against_cp_and_sha256sum(work: &Path) -> Vec<Row> {
    let paths = evidence_files(&work.join("evidence-files"), FILES, TOTAL_BYTES);
    let bytes: u64 = paths
        .iter()
        .map(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .sum();
    warm(&paths);

    let (_folder, mut store, round) = fresh_round(work);
    let evidence_dir = store.evidence_dir();
    let cancel = AtomicBool::new(false);
    let started = Instant::now();
    let report = attach_files(
        &evidence_dir,
        &paths,
        &cancel,
        &mut |_| {},
        &mut |ingested| {
            store
                .attach_ingested(round.id, "physical.service-hours", ingested, "bench")
                .map_err(ErrorPayload::from)
        },
    );
    let ours = started.elapsed().as_secs_f64();
    assert_eq!(
        report.attached.len(),
        FILES,
        "every file attached: {:?}",
        report.failed
    );

    warm(&paths);
    let copies = tempfile::tempdir_in(work).expect("a copy folder");
    let mut cp = Command::new("cp");
    cp.args(&paths).arg(copies.path());
    let copy_time = run(&mut cp);
    let copied: Vec<PathBuf> = std::fs::read_dir(copies.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    let mut sha = Command::new("sha256sum");
    sha.args(&copied).stdout(std::process::Stdio::null());
    let hash_time = run(&mut sha);
    let mut sync = Command::new("sync");
    let sync_time = run(&mut sync);
    let baseline = copy_time + hash_time;

    let mib = bytes as f64 / (1024.0 * 1024.0);
    vec![
        Row {
            what: format!("attach {FILES} files, {mib:.0} MiB (copy, hash, fsync, re-read)"),
            ours: format!("{ours:.2} s"),
            baseline: format!("cp+sha256sum {baseline:.2} s"),
            ratio: Some(ours / baseline),
        },
        Row {
            what: "  the same, baseline with `sync` after cp".into(),
            ours: format!("{:.0} MiB/s", mib / ours),
            baseline: format!("cp+sha256sum+sync {:.2} s", baseline + sync_time),
            ratio: Some(ours / (baseline + sync_time)),
        },
    ]
}
