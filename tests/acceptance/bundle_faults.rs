//! Exports that meet a full stick or die half-way: the clerk is told, and no file ever
//! stands under a bundle's final name unless it verified.

use std::fs;
use std::path::Path;
use std::process::Command;

use gecc_core::model::AnswerStatus;

use crate::bundle_support::Office;

/// The files in `folder` a clerk would see (not hidden temporary ones).
fn visible_files(folder: &Path) -> Vec<String> {
    fs::read_dir(folder)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect()
}

fn office_with_two_megabytes() -> Office {
    let mut office = Office::new("ที่ว่าการอำเภอเมือง", "เมือง");
    office.save("physical.service-hours", AnswerStatus::Met, "ครบ");
    office.attach("physical.service-hours", "ภาพถ่ายจุดบริการ.jpg", 2_000_000, 5);
    office
}

/// The shell words that export the office's round onto `stick` with the real CLI.
fn export_command(office: &Office, stick: &Path) -> String {
    format!(
        "'{gecc}' --data-dir '{data}' export {round} -o '{stick}'",
        gecc = env!("CARGO_BIN_EXE_gecc"),
        data = office.data.path().display(),
        round = office.round.id,
        stick = stick.display(),
    )
}

/// Runs `script` after mounting a tmpfs with `options` on `stick`, in a private mount
/// namespace (as an unprivileged user), so the test gets a real small or read-only stick.
fn on_tmpfs(options: &str, stick: &Path, script: &str) -> std::process::Output {
    let script = format!(
        "mount -t tmpfs -o {options} tmpfs '{}' && {script}",
        stick.display()
    );
    Command::new("unshare")
        .args(["-rm", "sh", "-c", &script])
        .output()
        .unwrap()
}

#[test]
fn a_stick_without_room_is_refused_before_writing_and_the_clerk_is_told_what_is_needed() {
    let office = office_with_two_megabytes();
    let stick = tempfile::tempdir().unwrap();
    // A 1 MB stick.
    let script = format!(
        "{}; status=$?; ls -A '{}'; exit $status",
        export_command(&office, stick.path()),
        stick.path().display()
    );
    let output = on_tmpfs("size=1m", stick.path(), &script);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let listing = String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success(), "the export fails: {stderr}");
    assert!(
        stderr.contains("พื้นที่ว่าง") && stderr.contains("MB") && stderr.contains("free"),
        "the message says how much room there is and what is needed: {stderr}"
    );
    assert!(
        listing.trim().is_empty(),
        "nothing is left on the stick: {listing}"
    );
}

#[test]
fn an_export_killed_mid_write_leaves_no_file_under_its_final_name() {
    let office = office_with_two_megabytes();
    let stick = tempfile::tempdir().unwrap();
    // The file-size limit kills the process (SIGXFSZ) half-way through the ZIP.
    let output = Command::new("prlimit")
        .arg("--fsize=1000000")
        .arg(env!("CARGO_BIN_EXE_gecc"))
        .arg("--data-dir")
        .arg(office.data.path())
        .args(["export", &office.round.id.to_string(), "-o"])
        .arg(stick.path())
        .output()
        .unwrap();
    assert!(!output.status.success(), "the export dies");
    assert!(
        visible_files(stick.path()).is_empty(),
        "no bundle under a final name: {:?}",
        visible_files(stick.path())
    );

    // The next try on a healthy stick works, and its bundle is the first one of the round.
    let retry = crate::support::gecc(
        office.data.path(),
        &[
            "export",
            &office.round.id.to_string(),
            "-o",
            &stick.path().display().to_string(),
        ],
    );
    assert!(
        retry.status.success(),
        "{}",
        String::from_utf8_lossy(&retry.stderr)
    );
    let files = visible_files(stick.path());
    assert_eq!(files.len(), 1, "{files:?}");
    let all = fs::read_dir(stick.path()).unwrap().count();
    assert_eq!(
        all, 1,
        "the killed export's hidden temporary file was cleared away"
    );
    assert!(
        files[0].ends_with("ครั้งที่ 1.zip"),
        "a failed export used no sequence number: {files:?}"
    );
}

#[test]
fn a_write_refused_half_way_is_reported_and_leaves_no_half_file() {
    let office = office_with_two_megabytes();
    let stick = tempfile::tempdir().unwrap();
    // With SIGXFSZ ignored, the file-size limit makes a write fail (EFBIG) half-way, as a
    // stick that fills up does: the export must say so and clean up after itself.
    let script = format!(
        "trap '' XFSZ; exec prlimit --fsize=1000000 {}",
        export_command(&office, stick.path())
    );
    let output = Command::new("sh").args(["-c", &script]).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(1),
        "the export fails with a message: {stderr}"
    );
    assert!(
        stderr.contains("ไม่สำเร็จ") || stderr.contains("เต็ม"),
        "the message is in Thai: {stderr}"
    );
    assert_eq!(
        fs::read_dir(stick.path()).unwrap().count(),
        0,
        "no file, not even a hidden one"
    );
}

#[test]
fn a_read_only_stick_is_reported_and_nothing_is_written() {
    let office = office_with_two_megabytes();
    let stick = tempfile::tempdir().unwrap();
    let output = on_tmpfs(
        "ro,size=8m",
        stick.path(),
        &export_command(&office, stick.path()),
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the export fails");
    assert!(
        stderr.contains("Read-only") || stderr.contains("read-only"),
        "the reason is given: {stderr}"
    );
    assert!(
        office.store.bundles(office.round.id).unwrap().is_empty(),
        "a failed export is not logged"
    );
}

#[test]
fn a_stick_pulled_during_the_export_leaves_no_file_under_its_final_name() {
    let mut office = office_with_two_megabytes();
    let parent = tempfile::tempdir().unwrap();
    let stick = parent.path().join("USB");
    fs::create_dir(&stick).unwrap();
    let mut pulled = false;
    let error = gecc_core::bundle::export_round(
        &mut office.store,
        office.round.id,
        &gecc_core::bundle::ExportOptions::default(),
        Vec::new(),
        &stick,
        &mut |_| {
            // The stick goes away while the ZIP is being written, and another is put in.
            if !pulled {
                fs::remove_dir_all(&stick).unwrap();
                fs::create_dir(&stick).unwrap();
                pulled = true;
            }
            gecc_core::evidence::CopyControl::Continue
        },
    )
    .unwrap_err();
    assert_eq!(
        error.code(),
        gecc_core::ErrorCode::Io,
        "{}",
        error.message().en
    );
    assert!(
        visible_files(&stick).is_empty(),
        "nothing under a final name on the new stick"
    );
    assert!(office.store.bundles(office.round.id).unwrap().is_empty());
}
