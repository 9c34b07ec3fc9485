//! Every name the program writes into a bundle, and every bundle file it writes, can be
//! created on Windows, whatever the evidence and the office were called: checked by a
//! Windows naming checker written here, apart from the code that makes the names.

use std::collections::HashSet;
use std::path::Path;

use gecc_core::bundle::safe_zip::{SafeZip, UnsafeNameReason, ZipLimits, ZipProblem};
use gecc_core::bundle::{evidence_bag_paths, ExportOptions, ImportOptions, ImportStatus};
use gecc_core::evidence::{ingest_file, CopyControl};
use gecc_core::file_names::{windows_safe_name, windows_safe_name_within};
use gecc_core::model::AnswerStatus;

use crate::bundle_support::*;

const SIGN: &str = "physical.wayfinding-signs";

/// Names evidence can have (a file from Linux may hold anything but `/` and NUL, and a
/// name in a bundle anything at all), each breaking a Windows rule: device names in every
/// spelling, forbidden and control characters, trailing dots and spaces, names equal
/// ignoring case, very long names.
fn hostile_names() -> Vec<String> {
    [
        "CON.txt",
        "nul",
        "Com1.jpg",
        "com0.png",
        "LPT¹.pdf",
        "lpt9",
        "CONIN$.log",
        "conout$",
        "aux .tar.gz",
        "PRN.",
        "รายงาน. . ",
        "  ภาพหน้าศูนย์.jpg",
        "คำสั่ง: ที่ 1\\2568 <ใหม่> \"ด่วน\" |ฉบับ?| *.docx",
        "ป้ายศูนย์.jpg",
        "ป้ายศูนย์.JPG",
        "ป้ายศูนย์.Jpg",
        "บรรทัด\nใหม่\tแท็บ.pdf",
        "หลักฐาน/ภาพ.jpg",
        "..\\..\\Windows\\system32.dll",
        "100% ผล.pdf",
        "...",
        "ภาพถ่าย 🙂 ศูนย์ราชการสะดวก.jpg",
    ]
    .iter()
    .map(|name| name.to_string())
    .chain([
        // As long as a Linux file name can be (255 bytes): Thai is three bytes a letter.
        format!("{}.pdf", "ภ".repeat(83)),
        format!("{}.jpeg", "x".repeat(250)),
        format!("{}.pdf", "🙂".repeat(60)),
    ])
    .collect()
}

/// Attaches a generated file of `size` bytes whose original name is `name`. The name is
/// given as data, the way it arrives from another computer or a bundle, rather than made
/// on this file system, which (on Windows) could not hold most of these names.
fn attach_named(office: &mut Office, name: &str, size: usize, seed: u8) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("evidence.jpg");
    let mut content = JPEG_HEAD.to_vec();
    content.extend((0..size - JPEG_HEAD.len()).map(|i| ((i * 7) as u8) ^ seed));
    std::fs::write(&path, &content).unwrap();
    let mut ingested = ingest_file(&office.store.evidence_dir(), &path, &mut |_, _| {
        CopyControl::Continue
    })
    .unwrap();
    ingested.original_name = name.to_string();
    office
        .store
        .attach_ingested(office.round.id, SIGN, &ingested, "clerk")
        .unwrap();
}

/// The device names Windows reserves, as its documentation lists them.
const DEVICES: [&str; 32] = [
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "COM0", "COM1", "COM2", "COM3", "COM4",
    "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³", "LPT0", "LPT1", "LPT2", "LPT3",
    "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
];

/// Why Windows would refuse to create a file or folder of this name, if it would.
fn windows_refuses(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("it is empty".into());
    }
    if let Some(c) = name.chars().find(|c| "<>:\"/\\|?*".contains(*c)) {
        return Some(format!("it holds {c:?}"));
    }
    if name.chars().any(|c| (c as u32) < 32) {
        return Some("it holds a control character".into());
    }
    if name.ends_with('.') || name.ends_with(' ') {
        return Some("it ends in a dot or a space".into());
    }
    let before_dot = name.split('.').next().unwrap_or("").trim_end_matches(' ');
    if DEVICES.iter().any(|d| d.eq_ignore_ascii_case(before_dot)) {
        return Some("it is a device name".into());
    }
    if name.encode_utf16().count() > 255 {
        return Some("it is longer than 255 UTF-16 units".into());
    }
    if name.len() > 255 {
        return Some("it is longer than 255 bytes, so Linux cannot create it".into());
    }
    None
}

fn assert_windows_creates(name: &str, what: &str) {
    if let Some(reason) = windows_refuses(name) {
        panic!("{what} {name:?} cannot be created on Windows: {reason}");
    }
}

/// Where Windows' "Extract All" puts an entry of `zip_file`, from a Downloads folder of
/// the longest user name Windows allows.
fn extracted_path(zip_file: &Path, entry: &str) -> String {
    let folder = zip_file.file_stem().unwrap().to_string_lossy().into_owned();
    format!(
        "C:\\Users\\{}\\Downloads\\{folder}\\{}",
        "u".repeat(20),
        entry.replace('/', "\\")
    )
}

#[test]
fn every_name_core_makes_safe_passes_an_independent_windows_check() {
    for name in hostile_names() {
        assert_windows_creates(&windows_safe_name(&name), "the safe form of a name");
        for room in [8, 50, 64, 80] {
            let safe = windows_safe_name_within(&name, room);
            assert_windows_creates(&safe, "a shortened safe name");
            assert!(safe.encode_utf16().count() <= room, "{safe:?} fits {room}");
        }
    }
}

#[test]
fn a_bundle_of_hostile_names_writes_only_names_windows_creates_and_imports_them_intact() {
    let mut office = Office::new("อบต. <บานา>: \"CON\" | ศูนย์/ราชการ\\สะดวก? * ", "เมืองปัตตานี");
    office.save(SIGN, AnswerStatus::Met, "ติดป้ายครบ");
    let names = hostile_names();
    for (seed, name) in names.iter().enumerate() {
        attach_named(&mut office, name, 200_000, seed as u8);
    }
    for options in [
        ExportOptions::default(),
        ExportOptions {
            part_size_mb: Some(1),
            ..ExportOptions::default()
        },
    ] {
        let (_folder, files) = office.export(&options);
        assert_eq!(
            files.len() > 1,
            options.part_size_mb.is_some(),
            "parts only when asked for"
        );
        let mut evidence_seen = HashSet::new();
        for file in &files {
            let file_name = file.file_name().unwrap().to_string_lossy().into_owned();
            assert_windows_creates(&file_name, "the bundle file");
            let mut in_this_zip = HashSet::new();
            for (entry, _) in read_zip(file) {
                assert!(!entry.contains('\\'), "{entry:?}: ZIP paths use '/'");
                assert!(!entry.starts_with('/'), "{entry:?} is relative");
                for part in entry.split('/') {
                    assert_windows_creates(part, "a ZIP entry's part");
                }
                assert!(
                    in_this_zip.insert(entry.to_lowercase()),
                    "{entry:?} collides with another entry of the ZIP on Windows"
                );
                if entry.contains("/data/evidence/") {
                    assert!(
                        evidence_seen.insert(entry.to_lowercase()),
                        "{entry:?} collides with evidence of another part on Windows"
                    );
                }
                let path = extracted_path(file, &entry);
                assert!(
                    path.encode_utf16().count() < 260,
                    "{path:?} is {} characters, past Windows' 259",
                    path.encode_utf16().count()
                );
            }
        }
        assert_eq!(
            evidence_seen.len(),
            names.len(),
            "every file is in the bag once, under a name of its own"
        );

        let mut province = Office::new("สำนักงานจังหวัดปัตตานี", "เมืองปัตตานี");
        let outcomes = province.import(&files, &ImportOptions::default());
        assert_eq!(
            outcomes[0].status,
            ImportStatus::Imported,
            "our own safe ZIP reader accepts every name we write: {:?}",
            outcomes[0].verdict.problems
        );
        let arrived = province
            .store
            .checklist(outcomes[0].round_id.unwrap())
            .unwrap();
        let mut kept: Vec<String> = arrived
            .evidence
            .iter()
            .map(|e| e.original_name.clone())
            .collect();
        let mut expected = names.clone();
        kept.sort();
        expected.sort();
        assert_eq!(
            kept, expected,
            "the original names travel exactly, as data, whatever they hold"
        );
    }
}

#[test]
fn names_equal_ignoring_case_in_any_script_get_numbers_so_none_overwrites_another() {
    let names = [
        "ป้ายศูนย์.jpg",
        "ป้ายศูนย์.JPG",
        "CON.txt",
        "con.TXT",
        "Отчёт.pdf",
        "ОТЧЁТ.PDF",
        "Ärende.docx",
        "ärende.DOCX",
    ];
    let hashes: Vec<String> = (0..names.len()).map(|n| format!("{n:064}")).collect();
    let paths = evidence_bag_paths(hashes.iter().map(String::as_str).zip(names));
    let folded: HashSet<String> = paths.values().map(|path| path.to_lowercase()).collect();
    assert_eq!(
        folded.len(),
        names.len(),
        "every file keeps a name of its own on a case-blind disk: {paths:?}"
    );
    for path in paths.values() {
        for part in path.split('/') {
            assert_windows_creates(part, "an evidence path's part");
        }
    }
    assert_eq!(paths[&hashes[1]], "data/evidence/ป้ายศูนย์ (2).JPG");
    assert_eq!(paths[&hashes[5]], "data/evidence/ОТЧЁТ (2).PDF");
}

#[test]
fn a_bundle_rezipped_with_backslashes_is_refused_before_anything_is_read() {
    let mut office = Office::new("ที่ว่าการอำเภอเมืองปัตตานี", "เมืองปัตตานี");
    attach_named(&mut office, "ป้ายศูนย์.jpg", 10_000, 1);
    let (_folder, files) = office.export(&ExportOptions::default());
    // What an old Windows zip tool writes when it packs the extracted folder again.
    let rezipped = tampered(&files[0], "rezipped.zip", |entries| {
        for (name, _) in entries.iter_mut() {
            *name = name.replace('/', "\\");
        }
    });
    let refused = SafeZip::open(&rezipped, &ZipLimits::default()).err();
    assert!(
        matches!(
            refused,
            Some(ZipProblem::UnsafeName {
                reason: UnsafeNameReason::Backslash,
                ..
            })
        ),
        "a backslash is a folder on Windows and a character elsewhere, so it is refused: {refused:?}"
    );
    let mut province = Office::new("สำนักงานจังหวัดปัตตานี", "เมืองปัตตานี");
    let outcomes = province.import(&[rezipped], &ImportOptions::default());
    assert_eq!(outcomes[0].status, ImportStatus::Refused);
}
