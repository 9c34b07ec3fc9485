//! What the fuzz targets share: a scratch folder for the archives they write, the way
//! one input stands for several bundle parts, and the promises every verdict keeps.

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use gecc_core::bundle::safe_zip::check_entry_name;
use gecc_core::bundle::{
    BagInfo, Verified, ASSESSMENT_FORMAT, ASSESSMENT_PATH, BAGIT_TXT, BUNDLE_FORMAT_VERSION,
    EVIDENCE_PREFIX,
};
use gecc_core::evidence::CopyControl;
use gecc_core::hashing::sha256_hex;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// Between two archives in one input: an input holding it stands for the parts of a
/// bundle (or several bundles) selected together. Seeds of split bundles use it, and
/// the dictionaries offer it to the mutator.
pub const PART_SEPARATOR: &[u8] = b"\n--gecc-fuzz-next-part--\n";

/// More parts than this in one input are left joined in the last one.
pub const MAX_PARTS: usize = 4;

/// A folder of this process's own (libFuzzer may run several), made once. It lies under
/// the temporary folder, which `cargo xtask fuzz` points into fuzz/target.
pub fn scratch_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("gecc-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create the fuzz scratch folder");
        dir
    })
}

/// Splits an input at `PART_SEPARATOR` into at most `MAX_PARTS` archives.
pub fn split_parts(data: &[u8]) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut rest = data;
    while parts.len() + 1 < MAX_PARTS {
        match find(rest, PART_SEPARATOR) {
            Some(at) => {
                parts.push(&rest[..at]);
                rest = &rest[at + PART_SEPARATOR.len()..];
            }
            None => break,
        }
    }
    parts.push(rest);
    parts
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// Writes each archive to its own file in the scratch folder, as a clerk's selection.
pub fn write_parts(stem: &str, parts: &[&[u8]]) -> Vec<PathBuf> {
    parts
        .iter()
        .enumerate()
        .map(|(index, bytes)| {
            let path = scratch_dir().join(format!("{stem}-{}.zip", index + 1));
            overwrite(&path, bytes);
            path
        })
        .collect()
}

/// Replaces the file's content without first truncating it to nothing: ext4 writes a file
/// emptied and rewritten back to disk on close (auto_da_alloc), which made every run wait
/// for the disk.
fn overwrite(path: &Path, bytes: &[u8]) {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .expect("open a scratch file");
    file.write_all(bytes)
        .expect("write a fuzz input to a scratch file");
    file.set_len(bytes.len() as u64)
        .expect("cut a scratch file to its input");
}

/// Verifies the files as the importer does; verification fails only when cancelled,
/// which these runs never do.
pub fn verify(paths: &[PathBuf]) -> Vec<Verified> {
    gecc_core::bundle::verify_paths(paths, &mut |_| CopyControl::Continue)
        .expect("verify_paths returns an error only when cancelled")
}

pub fn is_sha256_hex(text: &str) -> bool {
    text.len() == 64
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The promises of `verify_paths`, whatever the input: every selection gets a verdict;
/// a verdict is ok exactly when it names no problem, and then it has a digest, a
/// summary and an open bundle whose document and files agree with what was checked;
/// every payload file of an accepted bundle reads back with the bytes the manifest and
/// the document promised.
pub fn check_verdicts(results: &mut [Verified], files: usize) {
    assert!(
        !results.is_empty() && results.len() <= files,
        "{files} file(s) gave {} verdicts",
        results.len()
    );
    for result in results.iter_mut() {
        let verdict = &result.verdict;
        serde_json::to_string(verdict).expect("a verdict always serialises for the UI");
        assert_eq!(
            verdict.ok,
            verdict.problems.is_empty(),
            "a refusal must say why, and an acceptance must have nothing against it: {verdict:?}"
        );
        assert_eq!(
            verdict.ok,
            result.bundle.is_some(),
            "an open bundle is handed over exactly when the verdict is ok: {verdict:?}"
        );
        if !verdict.ok {
            continue;
        }
        let digest = verdict
            .digest
            .clone()
            .expect("an accepted bundle has a digest");
        assert!(is_sha256_hex(&digest), "digest {digest:?} is not SHA-256");
        let summary = verdict
            .summary
            .clone()
            .expect("an accepted bundle has a summary");
        assert!(summary.sequence >= 1);
        let bundle = result.bundle.as_mut().expect("checked above");
        assert_eq!(bundle.digest, digest);
        let document = &bundle.document;
        assert_eq!(document.format, ASSESSMENT_FORMAT);
        assert!((1..=BUNDLE_FORMAT_VERSION).contains(&document.format_version));
        assert!(!document.office.uid.trim().is_empty());
        assert_eq!(summary.evidence_files as usize, document.evidence.len());
        assert_eq!(summary.answers as usize, document.answers.len());
        assert!(bundle.locations.contains_key(ASSESSMENT_PATH));
        for link in &document.links {
            assert!(
                document.evidence.iter().any(|e| e.sha256 == link.sha256),
                "a link to unlisted evidence got through: {link:?}"
            );
        }
        // What the importer then does: stream the files out of the verified archives.
        let evidence: Vec<(String, String)> = document
            .evidence
            .iter()
            .map(|e| match &e.path {
                Some(path) => (path.clone(), e.sha256.clone()),
                None => {
                    assert!(document.summary_only, "evidence without a file: {e:?}");
                    (String::new(), String::new())
                }
            })
            .filter(|(path, _)| !path.is_empty())
            .collect();
        for (path, sha256) in evidence {
            let mut bytes = Vec::new();
            let count = bundle
                .read(&path, &mut |chunk| {
                    bytes.extend_from_slice(chunk);
                    Ok(())
                })
                .unwrap_or_else(|error| panic!("{path} verified but does not read back: {error}"));
            assert_eq!(count, bytes.len() as u64);
            assert_eq!(
                sha256_hex(&bytes),
                sha256,
                "{path} read back with other bytes than the document promised"
            );
        }
    }
}

/// The CRC-32 that ZIP uses, to check what the safe reader hands over.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0_u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                0xEDB8_8320 ^ (crc >> 1)
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// The files attached to the round the real seed bundles were exported from (see
/// fuzz/make_seeds.py): a bag made around a fuzzed assessment.json holds them, so a
/// document naming them by hash can pass every check.
pub const SEED_EVIDENCE: [&[u8]; 2] = [
    include_bytes!("../seed-evidence/opening-hours.txt"),
    include_bytes!("../seed-evidence/sign.png"),
];

/// At most this many evidence files go into a bag made around a document.
const MAX_EVIDENCE_FILES: usize = 8;

/// A sound, unsigned bag (as bagit.py would make one) whose payload is `document` as
/// data/assessment.json and, for each evidence path the document names, one of the seed
/// evidence files: the one whose hash the document gives, else the first. Only paths an
/// export could write are used (under data/evidence/, safe, nothing to percent-encode),
/// so every problem the verifier finds is the document's.
pub fn bag_around(document: &[u8]) -> Vec<u8> {
    let mut payload: Vec<(String, &[u8])> = vec![(ASSESSMENT_PATH.to_string(), document)];
    let value: serde_json::Value = serde_json::from_slice(document).unwrap_or_default();
    if let Some(evidence) = value.get("evidence").and_then(|e| e.as_array()) {
        for record in evidence {
            let Some(path) = record.get("path").and_then(|p| p.as_str()) else {
                continue;
            };
            let usable = path.starts_with(EVIDENCE_PREFIX)
                && check_entry_name(path).is_ok_and(|(_, is_dir)| !is_dir)
                && !path.contains(['%', '\r', '\n'])
                && path.split('/').all(|part| part.trim() == part)
                && !payload.iter().any(|(p, _)| p == path);
            if !usable || payload.len() > MAX_EVIDENCE_FILES {
                continue;
            }
            let wanted = record.get("sha256").and_then(|h| h.as_str()).unwrap_or("");
            let bytes = SEED_EVIDENCE
                .iter()
                .find(|bytes| sha256_hex(bytes) == wanted)
                .unwrap_or(&SEED_EVIDENCE[0]);
            payload.push((path.to_string(), bytes));
        }
    }
    let manifest: String = payload
        .iter()
        .map(|(path, bytes)| format!("{}  {path}\n", sha256_hex(bytes)))
        .collect();
    let mut info = BagInfo::default();
    info.push("Bagging-Date", "2025-11-01");
    info.push(
        "Payload-Oxum",
        format!(
            "{}.{}",
            payload.iter().map(|(_, b)| b.len()).sum::<usize>(),
            payload.len()
        ),
    );
    info.push("GECC-Format-Version", BUNDLE_FORMAT_VERSION.to_string());
    info.push("GECC-Bundle-Sequence", "1");
    let info = info.to_text();
    let tags: [(&str, &[u8]); 3] = [
        ("bagit.txt", BAGIT_TXT.as_bytes()),
        ("bag-info.txt", info.as_bytes()),
        ("manifest-sha256.txt", manifest.as_bytes()),
    ];
    let tag_manifest: String = tags
        .iter()
        .map(|(name, bytes)| format!("{}  {name}\n", sha256_hex(bytes)))
        .collect();

    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(DateTime::default());
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let files = tags
        .into_iter()
        .chain([("tagmanifest-sha256.txt", tag_manifest.as_bytes())])
        .map(|(name, bytes)| (name.to_string(), bytes))
        .chain(payload);
    for (name, bytes) in files {
        zip.start_file(format!("bag/{name}"), options)
            .expect("start a ZIP entry in memory");
        zip.write_all(bytes).expect("write a ZIP entry in memory");
    }
    zip.finish().expect("finish a ZIP in memory").into_inner()
}
