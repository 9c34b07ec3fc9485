//! Specifications of the safe ZIP reader. Each hostile archive is built here, with
//! `zip::ZipWriter` where it can express the case and by hand where it refuses to.

use std::io::{Cursor, Write};
use std::path::PathBuf;

use encoding_rs::WINDOWS_874;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::*;

/// The general-purpose flag that says a name is UTF-8.
pub(crate) const UTF8_FLAG: u16 = 1 << 11;

/// One entry of a hand-written ZIP. Its bytes go in exactly as given, so a test can write
/// what `zip::ZipWriter` refuses to: unsafe or repeated names, legacy code pages, lying
/// sizes, encryption flags, unknown methods.
#[derive(Debug, Clone)]
pub(crate) struct RawEntry {
    pub name: Vec<u8>,
    /// Stored as is, whatever `method` says.
    pub data: Vec<u8>,
    pub flags: u16,
    pub method: u16,
    /// The upper 16 bits are the Unix mode, as the version-made-by says Unix.
    pub external_attributes: u32,
    /// The uncompressed size to declare instead of the data's length: a lie.
    pub declared_size: Option<u32>,
    /// The CRC-32 to declare instead of the data's true one.
    pub crc32: Option<u32>,
    /// Extra fields for the central directory record only.
    pub central_extra: Vec<u8>,
}

impl RawEntry {
    /// A stored, honest entry whose name carries the UTF-8 flag.
    pub(crate) fn new(name: impl AsRef<[u8]>, data: impl AsRef<[u8]>) -> RawEntry {
        RawEntry {
            name: name.as_ref().to_vec(),
            data: data.as_ref().to_vec(),
            flags: UTF8_FLAG,
            method: METHOD_STORED,
            external_attributes: 0o100_644 << 16,
            declared_size: None,
            crc32: None,
            central_extra: Vec::new(),
        }
    }
}

/// A minimal ZIP: each entry's local header and data, then the central directory, then
/// the end record. Sizes are 32-bit; nothing is checked.
pub(crate) fn raw_zip(entries: &[RawEntry]) -> Vec<u8> {
    // 1980-01-01 00:00, the earliest date a ZIP can hold.
    const TIME_AND_DATE: [u8; 4] = [0, 0, 0x21, 0];
    let mut bytes = Vec::new();
    let mut central = Vec::new();
    for entry in entries {
        let offset = bytes.len() as u32;
        let crc = entry.crc32.unwrap_or_else(|| crc32(&entry.data));
        let compressed = entry.data.len() as u32;
        let size = entry.declared_size.unwrap_or(compressed);
        let name_length = entry.name.len() as u16;
        bytes.extend(0x0403_4b50_u32.to_le_bytes());
        bytes.extend(20_u16.to_le_bytes());
        bytes.extend(entry.flags.to_le_bytes());
        bytes.extend(entry.method.to_le_bytes());
        bytes.extend(TIME_AND_DATE);
        for value in [crc, compressed, size] {
            bytes.extend(value.to_le_bytes());
        }
        bytes.extend(name_length.to_le_bytes());
        bytes.extend(0_u16.to_le_bytes());
        bytes.extend(&entry.name);
        bytes.extend(&entry.data);

        central.extend(CENTRAL_HEADER_SIGNATURE.to_le_bytes());
        central.extend(((3_u16 << 8) | 20).to_le_bytes());
        central.extend(20_u16.to_le_bytes());
        central.extend(entry.flags.to_le_bytes());
        central.extend(entry.method.to_le_bytes());
        central.extend(TIME_AND_DATE);
        for value in [crc, compressed, size] {
            central.extend(value.to_le_bytes());
        }
        central.extend(name_length.to_le_bytes());
        central.extend((entry.central_extra.len() as u16).to_le_bytes());
        central.extend([0_u8; 6]);
        central.extend(entry.external_attributes.to_le_bytes());
        central.extend(offset.to_le_bytes());
        central.extend(&entry.name);
        central.extend(&entry.central_extra);
    }
    let directory_start = bytes.len() as u32;
    let count = entries.len() as u16;
    bytes.extend(&central);
    bytes.extend(0x0605_4b50_u32.to_le_bytes());
    bytes.extend([0_u8; 4]);
    bytes.extend(count.to_le_bytes());
    bytes.extend(count.to_le_bytes());
    bytes.extend((central.len() as u32).to_le_bytes());
    bytes.extend(directory_start.to_le_bytes());
    bytes.extend(0_u16.to_le_bytes());
    bytes
}

/// A ZIP made by the zip crate's own writer.
fn written_zip(
    build: impl FnOnce(&mut ZipWriter<Cursor<Vec<u8>>>) -> zip::result::ZipResult<()>,
) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    build(&mut writer).expect("the zip crate writes the test archive");
    writer
        .finish()
        .expect("the test archive is finished")
        .into_inner()
}

fn deflated() -> SimpleFileOptions {
    SimpleFileOptions::default().compression_method(CompressionMethod::Deflated)
}

/// Writes `bytes` to a file in a fresh folder and opens it; the folder lives as long as
/// the returned guard.
fn open_bytes(
    bytes: &[u8],
    limits: &ZipLimits,
) -> (tempfile::TempDir, Result<SafeZip, ZipProblem>) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path: PathBuf = folder.path().join("bundle.zip");
    std::fs::write(&path, bytes).expect("the test archive is written");
    let opened = SafeZip::open(&path, limits);
    (folder, opened)
}

fn problem_of(bytes: &[u8]) -> ZipProblem {
    match open_bytes(bytes, &ZipLimits::default()).1 {
        Ok(zip) => panic!(
            "the archive must be refused, but it listed {:?}",
            zip.entries()
        ),
        Err(problem) => problem,
    }
}

fn read_all(zip: &mut SafeZip, index: usize) -> Result<Vec<u8>, ZipProblem> {
    let mut bytes = Vec::new();
    zip.read_entry(index, &mut |chunk| {
        bytes.extend_from_slice(chunk);
        Ok(())
    })?;
    Ok(bytes)
}

/// Where each central directory record starts in `bytes`.
fn central_records(bytes: &[u8]) -> Vec<usize> {
    bytes
        .windows(4)
        .enumerate()
        .filter(|(_, window)| *window == CENTRAL_HEADER_SIGNATURE.to_le_bytes())
        .map(|(at, _)| at)
        .collect()
}

fn put_u32(bytes: &mut [u8], at: usize, value: u32) {
    bytes[at..at + 4].copy_from_slice(&value.to_le_bytes());
}

#[test]
fn thai_names_with_the_utf8_flag_are_listed_decoded() {
    let content = "คำสั่งแต่งตั้งคณะทำงาน".repeat(50);
    let bytes = written_zip(|writer| {
        writer.set_comment("GECC bundle");
        writer.add_directory("หลักฐาน/", deflated())?;
        writer.start_file("หลักฐาน/คำสั่ง.pdf", deflated())?;
        writer.write_all(content.as_bytes())?;
        Ok(())
    });
    let (_folder, opened) = open_bytes(&bytes, &ZipLimits::default());
    let mut zip = opened.expect("an honest archive with Thai names opens");
    let names: Vec<(&str, bool)> = zip
        .entries()
        .iter()
        .map(|e| (e.name.as_str(), e.is_dir))
        .collect();
    assert_eq!(
        names,
        [("หลักฐาน", true), ("หลักฐาน/คำสั่ง.pdf", false)],
        "names are decoded from UTF-8 and folders lose their trailing '/'"
    );
    let file = zip.entries()[1].clone();
    assert_eq!(
        file.index, 1,
        "an entry's index is its place in the archive"
    );
    assert_eq!(file.encoding, NameEncoding::Utf8, "flagged names are UTF-8");
    assert_eq!(
        file.size,
        content.len() as u64,
        "the declared size is listed"
    );
    assert_eq!(
        file.crc32,
        crc32(content.as_bytes()),
        "the declared CRC-32 is listed"
    );
    assert_eq!(
        zip.comment(),
        "GECC bundle",
        "the archive comment is readable"
    );
    assert_eq!(
        read_all(&mut zip, 1).expect("an honest entry reads"),
        content.as_bytes(),
        "an entry reads back as written"
    );
}

#[test]
fn names_in_the_thai_windows_code_page_decode_to_thai() {
    let (encoded, _, unmappable) = WINDOWS_874.encode("หลักฐาน.pdf");
    assert!(!unmappable, "the Thai name fits the Thai Windows code page");
    assert!(
        std::str::from_utf8(&encoded).is_err(),
        "the test name must not be valid UTF-8"
    );
    let mut entry = RawEntry::new(&*encoded, b"%PDF-1.4");
    entry.flags = 0;
    let (_folder, opened) = open_bytes(&raw_zip(&[entry]), &ZipLimits::default());
    let zip = opened.expect("a name in the Thai code page is safe");
    assert_eq!(
        zip.entries()[0].name,
        "หลักฐาน.pdf",
        "CP874 bytes decode to the Thai name"
    );
    assert_eq!(
        zip.entries()[0].encoding,
        NameEncoding::Cp874,
        "the decoding is reported"
    );
}

#[test]
fn utf8_names_without_the_flag_are_still_utf8() {
    let mut entry = RawEntry::new("รูปถ่าย.jpg", b"jpeg");
    entry.flags = 0;
    let (_folder, opened) = open_bytes(&raw_zip(&[entry]), &ZipLimits::default());
    let zip = opened.expect("an unflagged UTF-8 name is safe");
    assert_eq!(
        zip.entries()[0].name,
        "รูปถ่าย.jpg",
        "bytes that are valid UTF-8 are read as UTF-8"
    );
    assert_eq!(
        zip.entries()[0].encoding,
        NameEncoding::Utf8,
        "and reported as UTF-8"
    );
}

#[test]
fn the_unicode_path_extra_field_names_the_entry() {
    let legacy = b"legacy.pdf";
    let unicode = "หลักฐาน.pdf";
    let mut entry = RawEntry::new(legacy, b"%PDF-1.4");
    entry.flags = 0;
    entry
        .central_extra
        .extend(UNICODE_PATH_EXTRA_FIELD.to_le_bytes());
    entry
        .central_extra
        .extend((5 + unicode.len() as u16).to_le_bytes());
    entry.central_extra.push(1);
    entry.central_extra.extend(crc32(legacy).to_le_bytes());
    entry.central_extra.extend(unicode.as_bytes());
    let (_folder, opened) = open_bytes(&raw_zip(&[entry]), &ZipLimits::default());
    let mut zip = opened.expect("an entry with a Unicode Path field opens");
    assert_eq!(
        zip.entries()[0].name,
        unicode,
        "the Info-ZIP Unicode Path wins over the legacy name"
    );
    assert_eq!(
        read_all(&mut zip, 0).expect("it reads"),
        b"%PDF-1.4",
        "and the entry still reads"
    );
}

#[test]
fn unsafe_names_are_refused_with_their_reason() {
    use UnsafeNameReason::*;
    let cases: [(&str, UnsafeNameReason); 22] = [
        ("../x", ParentDirectory),
        ("a/../../x", ParentDirectory),
        ("../", ParentDirectory),
        ("/etc/passwd", Absolute),
        ("C:/x", DriveLetter),
        ("C:x", DriveLetter),
        ("report.pdf:hidden", Colon),
        ("a\\b", Backslash),
        ("..\\x", Backslash),
        ("a\0b", Nul),
        ("a\u{7}b", ControlCharacter),
        ("a\u{85}b", ControlCharacter),
        ("CON.txt", DeviceName),
        ("data/nul", DeviceName),
        ("lpt1.jpg", DeviceName),
        ("aux .tar.gz", DeviceName),
        ("COM\u{b9}", DeviceName),
        ("a/./b", DotComponent),
        ("./a", DotComponent),
        ("a/.. /b", DotComponent),
        ("", Empty),
        ("a//b", Empty),
    ];
    for (name, reason) in cases {
        let bytes = raw_zip(&[RawEntry::new("safe.txt", b"ok"), RawEntry::new(name, b"x")]);
        assert_eq!(
            problem_of(&bytes),
            ZipProblem::UnsafeName {
                name: name.to_string(),
                reason
            },
            "the name {name:?} must be refused because {reason}"
        );
    }
}

#[test]
fn names_that_only_resemble_unsafe_ones_are_accepted() {
    let names = [
        "CONTROL.txt",
        "COM10.txt",
        "console/log.txt",
        "nul_report.pdf",
        "a..b.txt",
        "x/..y",
        ".hidden",
        "data/ไฟล์ 1.pdf",
    ];
    let entries: Vec<RawEntry> = names.iter().map(|name| RawEntry::new(name, b"x")).collect();
    let (_folder, opened) = open_bytes(&raw_zip(&entries), &ZipLimits::default());
    let zip = opened.expect("names that merely resemble device names or '..' are safe");
    let listed: Vec<&str> = zip.entries().iter().map(|e| e.name.as_str()).collect();
    assert_eq!(listed, names, "every such name is listed as stored");
}

#[test]
fn symbolic_links_are_refused() {
    let bytes = written_zip(|writer| {
        writer.add_symlink("evidence", "/etc/passwd", SimpleFileOptions::default())
    });
    assert_eq!(
        problem_of(&bytes),
        ZipProblem::Symlink {
            name: "evidence".into()
        },
        "an entry whose Unix mode is a symbolic link is refused"
    );
}

#[test]
fn repeated_names_are_refused_though_the_zip_crate_would_merge_them() {
    let bytes = raw_zip(&[
        RawEntry::new("a.txt", b"one"),
        RawEntry::new("a.txt", b"two"),
    ]);
    let merged = zip::ZipArchive::new(Cursor::new(bytes.clone())).expect("the zip crate opens it");
    assert_eq!(
        merged.len(),
        1,
        "the zip crate keeps one of two entries with the same name"
    );
    assert_eq!(
        problem_of(&bytes),
        ZipProblem::Duplicate {
            name: "a.txt".into()
        },
        "the same name twice is refused, as the copies may differ"
    );
}

#[test]
fn a_folder_and_a_file_of_the_same_name_are_duplicates() {
    for (first, second) in [("a/", "a"), ("a/", "a/")] {
        let bytes = raw_zip(&[RawEntry::new(first, b""), RawEntry::new(second, b"")]);
        assert_eq!(
            problem_of(&bytes),
            ZipProblem::Duplicate { name: "a".into() },
            "{first:?} then {second:?} name the same path"
        );
    }
}

#[test]
fn more_entries_than_the_limit_are_refused() {
    let entries: Vec<RawEntry> = ["a", "b", "c"]
        .iter()
        .map(|name| RawEntry::new(name, b"x"))
        .collect();
    let limits = ZipLimits {
        max_entries: 2,
        ..ZipLimits::default()
    };
    let (_folder, opened) = open_bytes(&raw_zip(&entries), &limits);
    assert_eq!(
        opened.err(),
        Some(ZipProblem::TooManyEntries { count: 3, limit: 2 }),
        "an archive listing more entries than the limit is refused"
    );
}

#[test]
fn more_declared_bytes_than_the_limit_are_refused() {
    let entries = [
        RawEntry::new("a", [b'a'; 600]),
        RawEntry::new("b", [b'b'; 600]),
    ];
    let limits = ZipLimits {
        max_total_uncompressed: 1000,
        ..ZipLimits::default()
    };
    let (_folder, opened) = open_bytes(&raw_zip(&entries), &limits);
    assert_eq!(
        opened.err(),
        Some(ZipProblem::TooLarge {
            total: 1200,
            limit: 1000
        }),
        "the declared sizes together may not pass the limit"
    );
}

#[test]
fn a_zip_bomb_is_refused_by_its_ratio_before_anything_is_unpacked() {
    let zeros = vec![0_u8; 1 << 20];
    let bytes = written_zip(|writer| {
        writer.start_file("bomb.bin", deflated())?;
        for _ in 0..50 {
            writer.write_all(&zeros)?;
        }
        Ok(())
    });
    match problem_of(&bytes) {
        ZipProblem::SuspiciousRatio { name, ratio } => {
            assert_eq!(name, "bomb.bin", "the bomb is named");
            assert!(
                ratio > 500,
                "50 MiB of zeros deflate about 1000 to 1, got {ratio}"
            );
        }
        other => panic!("an entry growing far past 100 times must be refused, got {other:?}"),
    }
}

#[test]
fn entries_stream_in_chunks_of_at_most_64_kibibytes_and_small_ones_skip_the_ratio() {
    let zeros = vec![0_u8; 1 << 20];
    let bytes = written_zip(|writer| {
        writer.start_file("zeros.bin", deflated())?;
        writer.write_all(&zeros)?;
        Ok(())
    });
    let (_folder, opened) = open_bytes(&bytes, &ZipLimits::default());
    let mut zip = opened.expect("an entry of 1 MiB is not held to the ratio limit");
    let mut chunks = Vec::new();
    let count = zip
        .read_entry(0, &mut |chunk| {
            chunks.push(chunk.len());
            Ok(())
        })
        .expect("the entry reads");
    assert_eq!(count, 1 << 20, "read_entry returns the byte count");
    assert!(
        chunks.iter().all(|&length| length <= CHUNK_BYTES),
        "no chunk passes 64 KiB: {chunks:?}"
    );
}

#[test]
fn a_header_that_declares_too_few_bytes_is_caught_while_reading() {
    let mut stored = RawEntry::new("stored.bin", [7_u8; 1000]);
    stored.declared_size = Some(10);
    let mut bytes = written_zip(|writer| {
        writer.start_file("deflated.bin", deflated())?;
        writer.write_all(&vec![0_u8; 5 << 20])?;
        Ok(())
    });
    let record = central_records(&bytes)[0];
    put_u32(&mut bytes, record + 24, 1000);
    for (bytes, declared) in [(raw_zip(&[stored]), 10_usize), (bytes, 1000)] {
        let (_folder, opened) = open_bytes(&bytes, &ZipLimits::default());
        let mut zip = opened.expect("a small declared size passes the checks at open");
        let name = zip.entries()[0].name.clone();
        let mut passed_on = 0;
        let result = zip.read_entry(0, &mut |chunk| {
            passed_on += chunk.len();
            Ok(())
        });
        assert_eq!(
            result,
            Err(ZipProblem::SizeMismatch { name }),
            "more data than declared is refused"
        );
        assert!(
            passed_on <= declared,
            "no byte past the declared size reaches the sink"
        );
    }
}

#[test]
fn a_header_that_declares_too_many_bytes_is_caught_while_reading() {
    let mut entry = RawEntry::new("short.bin", [7_u8; 1000]);
    entry.declared_size = Some(2000);
    let (_folder, opened) = open_bytes(&raw_zip(&[entry]), &ZipLimits::default());
    let mut zip = opened.expect("the lie is not visible at open");
    assert_eq!(
        read_all(&mut zip, 0),
        Err(ZipProblem::SizeMismatch {
            name: "short.bin".into()
        }),
        "less data than declared is refused"
    );
}

#[test]
fn damaged_bytes_fail_the_crc_check() {
    let entry = RawEntry::new("photo.jpg", b"a photo of the recycling point".repeat(20));
    let mut stored = raw_zip(&[entry]);
    stored[30 + "photo.jpg".len() + 5] ^= 0x01;
    let mut deflated_bytes = written_zip(|writer| {
        writer.start_file("photo.jpg", deflated())?;
        writer.write_all(&b"a photo of the recycling point".repeat(20))?;
        Ok(())
    });
    let record = central_records(&deflated_bytes)[0];
    let wrong = !crc32(&b"a photo of the recycling point".repeat(20));
    put_u32(&mut deflated_bytes, record + 16, wrong);
    for bytes in [stored, deflated_bytes] {
        let (_folder, opened) = open_bytes(&bytes, &ZipLimits::default());
        let mut zip = opened.expect("damage inside the data is not visible at open");
        assert_eq!(
            read_all(&mut zip, 0),
            Err(ZipProblem::ChecksumMismatch {
                name: "photo.jpg".into()
            }),
            "data that does not match its CRC-32 is refused"
        );
    }
}

#[test]
fn every_cut_short_copy_is_refused_without_panicking() {
    let bytes = written_zip(|writer| {
        writer.start_file("bagit.txt", deflated())?;
        writer.write_all(b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")?;
        writer.start_file("data/หลักฐาน.txt", SimpleFileOptions::default())?;
        writer.write_all(&b"evidence ".repeat(40))?;
        Ok(())
    });
    for length in 0..bytes.len() {
        let problem = problem_of(&bytes[..length]);
        let expected = if length < 4 {
            ZipProblem::NotAZip
        } else {
            ZipProblem::Truncated
        };
        assert_eq!(
            problem,
            expected,
            "a copy cut to {length} of {} bytes is refused",
            bytes.len()
        );
    }
}

#[test]
fn empty_files_and_random_bytes_are_not_zip_files() {
    let mut state = 0x2545_f491_u32;
    let random: Vec<u8> = (0..4096)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state as u8
        })
        .collect();
    for bytes in [&b""[..], &random, b"BagIt-Version: 1.0\n"] {
        assert_eq!(
            problem_of(bytes),
            ZipProblem::NotAZip,
            "{} bytes that are no ZIP are refused as such",
            bytes.len()
        );
    }
}

#[test]
fn encrypted_entries_are_refused() {
    let mut traditional = RawEntry::new("secret.txt", b"x");
    traditional.flags |= 1;
    let mut strong = RawEntry::new("secret.txt", b"x");
    strong.flags |= 1 << 6;
    let mut aes = RawEntry::new("secret.txt", b"x");
    aes.method = METHOD_AES;
    // The AES extra field: AE-2, vendor "AE", 256-bit, deflate inside.
    aes.central_extra = vec![0x01, 0x99, 7, 0, 2, 0, b'A', b'E', 3, 8, 0];
    for entry in [traditional, strong, aes] {
        assert_eq!(
            problem_of(&raw_zip(&[entry])),
            ZipProblem::Encrypted {
                name: "secret.txt".into()
            },
            "an entry that needs a password is refused"
        );
    }
}

#[test]
fn compression_other_than_stored_and_deflate_is_refused() {
    let mut entry = RawEntry::new("data.bz2", b"BZh9");
    entry.method = 12;
    assert_eq!(
        problem_of(&raw_zip(&[entry])),
        ZipProblem::UnsupportedCompression {
            name: "data.bz2".into()
        },
        "only stored and deflate entries are read"
    );
}

#[test]
fn entries_that_share_stored_bytes_are_refused() {
    let mut bytes = raw_zip(&[
        RawEntry::new("a.txt", b"same"),
        RawEntry::new("b.txt", b"same"),
    ]);
    let second = central_records(&bytes)[1];
    put_u32(&mut bytes, second + 42, 0);
    assert_eq!(
        problem_of(&bytes),
        ZipProblem::OverlappingEntries {
            name: "b.txt".into()
        },
        "two entries pointing at the same bytes are refused"
    );
}

#[test]
fn a_directory_holding_more_records_than_its_end_record_counts_is_refused() {
    let mut bytes = raw_zip(&[RawEntry::new("a.txt", b"a"), RawEntry::new("b.txt", b"b")]);
    let end = bytes.len() - 22;
    bytes[end + 8..end + 12].copy_from_slice(&[1, 0, 1, 0]);
    assert_eq!(
        problem_of(&bytes),
        ZipProblem::Truncated,
        "a record the zip crate would not list is never let through unchecked"
    );
}

#[test]
fn an_archive_behind_a_stub_is_read_at_its_offset() {
    let archive = written_zip(|writer| {
        writer.start_file("a.txt", SimpleFileOptions::default())?;
        writer.write_all(b"after the stub")?;
        Ok(())
    });
    let mut bytes = b"#!/bin/sh\nexit 0\n".to_vec();
    bytes.extend(&archive);
    let (_folder, opened) = open_bytes(&bytes, &ZipLimits::default());
    let mut zip = opened.expect("an archive after other data opens");
    assert_eq!(
        read_all(&mut zip, 0).expect("it reads"),
        b"after the stub",
        "entries read at the archive's offset"
    );
}

#[test]
fn read_small_refuses_an_entry_larger_than_asked() {
    let (_folder, opened) = open_bytes(
        &raw_zip(&[RawEntry::new("bag-info.txt", [b'x'; 100])]),
        &ZipLimits::default(),
    );
    let mut zip = opened.expect("an honest archive opens");
    assert_eq!(
        zip.read_small(0, 99),
        Err(ZipProblem::EntryTooLarge {
            name: "bag-info.txt".into(),
            size: 100,
            limit: 99
        }),
        "an entry larger than the caller allows is not read"
    );
    assert_eq!(
        zip.read_small(0, 100),
        Ok(vec![b'x'; 100]),
        "an entry within the limit is read whole"
    );
}

#[test]
fn an_empty_archive_lists_nothing() {
    let (_folder, opened) = open_bytes(&written_zip(|_| Ok(())), &ZipLimits::default());
    assert!(
        opened.expect("an empty archive opens").entries().is_empty(),
        "it has no entries"
    );
}

#[test]
fn every_problem_is_explained_in_english_and_thai() {
    let name = || "data/x.txt".to_string();
    let problems = [
        ZipProblem::NotAZip,
        ZipProblem::Truncated,
        ZipProblem::UnsafeName {
            name: name(),
            reason: UnsafeNameReason::ParentDirectory,
        },
        ZipProblem::Symlink { name: name() },
        ZipProblem::Duplicate { name: name() },
        ZipProblem::TooManyEntries { count: 3, limit: 2 },
        ZipProblem::TooLarge {
            total: 70 << 30,
            limit: 64 << 30,
        },
        ZipProblem::SuspiciousRatio {
            name: name(),
            ratio: 1000,
        },
        ZipProblem::SizeMismatch { name: name() },
        ZipProblem::ChecksumMismatch { name: name() },
        ZipProblem::Encrypted { name: name() },
        ZipProblem::UnsupportedCompression { name: name() },
        ZipProblem::OverlappingEntries { name: name() },
        ZipProblem::EntryTooLarge {
            name: name(),
            size: 2048,
            limit: 1024,
        },
        ZipProblem::Io {
            message: "disk gone".into(),
        },
    ];
    let is_thai = |text: &str| text.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c));
    for problem in problems {
        let english = problem.to_string();
        assert!(
            english.ends_with('.') && english.starts_with(char::is_uppercase),
            "{english:?} is a sentence"
        );
        assert!(
            is_thai(&problem.thai()),
            "{problem:?} has a Thai message, got {:?}",
            problem.thai()
        );
    }
    assert_eq!(
        describe_size(64 << 30),
        "64.0 GB",
        "sizes are shown in units people read"
    );
}

#[test]
fn no_single_damaged_byte_makes_the_reader_panic() {
    let bytes = written_zip(|writer| {
        writer.add_directory("data/", SimpleFileOptions::default())?;
        writer.start_file("data/หลักฐาน.txt", deflated())?;
        writer.write_all(&b"evidence ".repeat(40))?;
        writer.start_file("bagit.txt", SimpleFileOptions::default())?;
        writer.write_all(b"BagIt-Version: 1.0\n")?;
        Ok(())
    });
    for position in 0..bytes.len() {
        for flip in [0x01_u8, 0x80, 0xFF] {
            let mut damaged = bytes.clone();
            damaged[position] ^= flip;
            // Whatever the outcome, it must be an answer, not a panic.
            if let (_folder, Ok(mut zip)) = open_bytes(&damaged, &ZipLimits::default()) {
                for index in 0..zip.entries().len() {
                    let _ = read_all(&mut zip, index);
                }
            }
        }
    }
}

#[test]
fn zip64_records_are_read_through_their_extra_field() {
    let mut bytes = raw_zip(&[RawEntry::new("a.txt", b"zip64 sizes")]);
    // Move the sizes and the offset into a ZIP64 extra field, as large archives store them.
    let record = central_records(&bytes)[0];
    let mut extra = vec![0x01, 0x00, 24, 0];
    for value in [11_u64, 11, 0] {
        extra.extend(value.to_le_bytes());
    }
    for at in [20, 24, 42] {
        put_u32(&mut bytes, record + at, u32::MAX);
    }
    bytes[record + 30..record + 32].copy_from_slice(&(extra.len() as u16).to_le_bytes());
    let name_end = record + 46 + "a.txt".len();
    bytes.splice(name_end..name_end, extra.iter().copied());
    let end = bytes.len() - 22;
    let directory_size = u32::from_le_bytes(bytes[end + 12..end + 16].try_into().unwrap());
    put_u32(&mut bytes, end + 12, directory_size + extra.len() as u32);
    let (_folder, opened) = open_bytes(&bytes, &ZipLimits::default());
    let mut zip = opened.expect("an archive with ZIP64 fields opens");
    assert_eq!(
        zip.entries()[0].size,
        11,
        "the size comes from the ZIP64 field"
    );
    assert_eq!(
        read_all(&mut zip, 0).expect("it reads"),
        b"zip64 sizes",
        "and the entry reads"
    );
}
