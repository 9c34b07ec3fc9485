//! Photos reduced for e-mail (issue 17): 100 camera-like photos of about 4 MB, exported
//! with reduction to 1,600 px in a child process (so its peak memory is the export's
//! own), against ImageMagick's `convert -resize 1600x1600` of the same files.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use gecc_core::bundle::{export_round, ExportOptions};
use gecc_core::evidence::{CopyControl, DEFAULT_MAX_SIDE};

use crate::seed::CAMERA_PHOTOS as PHOTOS;
use crate::Row;

/// Runs in a child process: attaches the photos, then exports with reduction and prints
/// the seconds it took, the bundle's bytes, and the peak resident memory (KiB) before and
/// after the export.
pub fn reduce_child(work: &Path) {
    let paths = crate::seed::camera_photos(work);
    let (_store_folder, mut store, round_id) = crate::bundles::round_with(work, &paths);
    let out = tempfile::tempdir_in(work).expect("an output folder");
    let before = crate::bundles::peak_rss_kib();
    let started = Instant::now();
    let result = export_round(
        &mut store,
        round_id,
        &ExportOptions {
            photo_max_side: Some(DEFAULT_MAX_SIDE),
            ..ExportOptions::default()
        },
        Vec::new(),
        out.path(),
        &mut |_| CopyControl::Continue,
    )
    .expect("export with reduced photos");
    let seconds = started.elapsed().as_secs_f64();
    assert_eq!(result.reduced_photos, PHOTOS);
    println!(
        "{seconds} {} {before} {}",
        result.bytes,
        crate::bundles::peak_rss_kib()
    );
}

/// ImageMagick on the same files, one `convert` after another (it uses every core
/// itself), at the same JPEG quality; GNU time gives each one's peak memory.
fn imagemagick(paths: &[PathBuf], out: &Path) -> (f64, u64, u64) {
    let started = Instant::now();
    let (mut peak_kib, mut bytes) = (0u64, 0u64);
    for (n, path) in paths.iter().enumerate() {
        let target = out.join(format!("{n:03}.jpg"));
        let output = Command::new("/usr/bin/time")
            .args(["-f", "%M", "convert"])
            .arg(path)
            .args(["-resize", "1600x1600", "-quality", "85"])
            .arg(&target)
            .output()
            .expect("run ImageMagick's convert under /usr/bin/time");
        assert!(output.status.success(), "convert failed: {output:?}");
        let kib = String::from_utf8_lossy(&output.stderr)
            .lines()
            .last()
            .and_then(|l| l.trim().parse().ok())
            .unwrap_or(0);
        peak_kib = peak_kib.max(kib);
        bytes += fs::metadata(&target).map(|m| m.len()).unwrap_or(0);
    }
    (started.elapsed().as_secs_f64(), peak_kib, bytes)
}

pub fn reduce_against_imagemagick(work: &Path) -> Vec<Row> {
    let paths = crate::seed::camera_photos(work);
    let originals: u64 = paths.iter().map(|p| fs::metadata(p).unwrap().len()).sum();
    let output = Command::new(std::env::current_exe().expect("the bench binary"))
        .arg(work)
        .arg("reduce-photos")
        .output()
        .expect("run the child");
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8_lossy(&output.stdout);
    let figures: Vec<f64> = text
        .split_whitespace()
        .filter_map(|v| v.parse().ok())
        .collect();
    let [seconds, bundle, before, after] = figures[..] else {
        panic!("the child said {text}");
    };
    let out = tempfile::tempdir_in(work).expect("an ImageMagick folder");
    let (im_seconds, im_kib, im_bytes) = imagemagick(&paths, out.path());
    let mb = |bytes: f64| bytes / 1_000_000.0;
    vec![
        Row {
            what: format!(
                "reduce {PHOTOS} photos of {:.1} MB to 1,600 px (export)",
                mb(originals as f64) / f64::from(PHOTOS)
            ),
            ours: format!("{seconds:.2} s"),
            baseline: format!("convert -resize {im_seconds:.2} s"),
            ratio: Some(seconds / im_seconds),
        },
        Row {
            what: format!(
                "  bundle size ({:.0} MB of photos as attached)",
                mb(originals as f64)
            ),
            ours: format!("{:.1} MB", mb(bundle)),
            baseline: format!("convert's JPEGs {:.1} MB", mb(im_bytes as f64)),
            ratio: Some(bundle / im_bytes as f64),
        },
        Row {
            what: "  peak memory while reducing (whole process)".into(),
            ours: format!("{:.0} MiB", after / 1024.0),
            baseline: format!("one convert {:.0} MiB", im_kib as f64 / 1024.0),
            ratio: Some(after / im_kib as f64),
        },
        Row {
            what: "  of which the export added".into(),
            ours: format!("{:.0} MiB", (after - before).max(0.0) / 1024.0),
            baseline: String::new(),
            ratio: None,
        },
    ]
}
