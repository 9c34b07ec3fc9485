//! Bundles: export of 1 GiB of evidence against `zip -0 -r` of the same files, verify
//! against `sha256sum`, and peak memory while exporting 2 GiB (in a child process, so
//! the figure is the export's own).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use gecc_core::bundle::{export_round, verify_paths, ExportOptions};
use gecc_core::evidence::{attach_files, CopyControl};
use gecc_core::{ErrorPayload, Store};

use crate::data::{evidence_files, fresh_round};
use crate::Row;

pub fn timed<T>(work: impl FnOnce() -> T) -> (T, f64) {
    let started = Instant::now();
    let value = work();
    (value, started.elapsed().as_secs_f64())
}

fn run(command: &mut Command) -> f64 {
    let (status, seconds) = timed(|| command.status().expect("run a baseline tool"));
    assert!(status.success(), "{command:?} failed");
    seconds
}

/// A store whose round has `paths` attached, ready to export.
pub fn round_with(work: &Path, paths: &[PathBuf]) -> (tempfile::TempDir, Store, i64) {
    let (folder, mut store, round) = fresh_round(work);
    let evidence_dir = store.evidence_dir();
    let report = attach_files(
        &evidence_dir,
        paths,
        &AtomicBool::new(false),
        &mut |_| {},
        &mut |ingested| {
            store
                .attach_ingested(round.id, "physical.service-hours", ingested, "bench")
                .map_err(ErrorPayload::from)
        },
    );
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    (folder, store, round.id)
}

pub fn export_and_verify(work: &Path) -> Vec<Row> {
    let paths = evidence_files(&work.join("evidence-files"), 100, 1 << 30);
    let (_store_folder, mut store, round_id) = round_with(work, &paths);
    let out = tempfile::tempdir_in(work).expect("an output folder");
    let (result, ours) = timed(|| {
        export_round(
            &mut store,
            round_id,
            &ExportOptions::default(),
            Vec::new(),
            out.path(),
            &mut |_| CopyControl::Continue,
        )
        .expect("export")
    });
    let bundle = out.path().join(&result.files[0]);
    let mib = result.bytes as f64 / (1024.0 * 1024.0);

    let zip_out = tempfile::tempdir_in(work).expect("a zip folder");
    let mut zip = Command::new("zip");
    zip.current_dir(work)
        .args(["-0", "-r", "-q"])
        .arg(zip_out.path().join("baseline.zip"))
        .arg("evidence-files");
    let zip_time = run(&mut zip);
    let mut sync = Command::new("sync");
    let sync_time = run(&mut sync);

    let (verdicts, verify_time) = timed(|| {
        verify_paths(std::slice::from_ref(&bundle), &mut |_| {
            CopyControl::Continue
        })
        .expect("verify")
    });
    assert!(verdicts[0].verdict.ok, "{:?}", verdicts[0].verdict.problems);
    let mut sha = Command::new("sha256sum");
    sha.args(&paths).stdout(std::process::Stdio::null());
    let sha_time = run(&mut sha);

    vec![
        Row {
            what: format!("export {mib:.0} MiB bundle (write, fsync, read back, verify)"),
            ours: format!("{ours:.2} s"),
            baseline: format!("zip -0 -r + sync {:.2} s", zip_time + sync_time),
            ratio: Some(ours / (zip_time + sync_time)),
        },
        Row {
            what: format!("verify {mib:.0} MiB bundle (ZIP checks, SHA-256, signature)"),
            ours: format!("{verify_time:.2} s"),
            baseline: format!("sha256sum {sha_time:.2} s"),
            ratio: Some(verify_time / sha_time),
        },
    ]
}

/// Runs in a child process: exports 2 GiB and prints the process's peak resident memory.
pub fn export_peak_child(work: &Path) {
    let paths = evidence_files(&work.join("evidence-files-2g"), 100, 2 << 30);
    let (_store_folder, mut store, round_id) = round_with(work, &paths);
    let out = tempfile::tempdir_in(work).expect("an output folder");
    let before = peak_rss_kib();
    export_round(
        &mut store,
        round_id,
        &ExportOptions::default(),
        Vec::new(),
        out.path(),
        &mut |_| CopyControl::Continue,
    )
    .expect("export");
    println!("{before} {}", peak_rss_kib());
}

pub fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

pub fn export_peak_memory(work: &Path) -> Vec<Row> {
    let output = Command::new(std::env::current_exe().expect("the bench binary"))
        .arg(work)
        .arg("export-peak")
        .output()
        .expect("run the child");
    let text = String::from_utf8_lossy(&output.stdout);
    let numbers: Vec<u64> = text
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    let (before, after) = (
        numbers.first().copied().unwrap_or(0),
        numbers.get(1).copied().unwrap_or(0),
    );
    vec![Row {
        what: "peak memory while exporting 2 GiB (VmHWM)".into(),
        ours: format!("{:.0} MiB", after as f64 / 1024.0),
        baseline: format!("before export {:.0} MiB", before as f64 / 1024.0),
        ratio: None,
    }]
}
