//! Helpers for the bundle tests: an office with a filled-in round and evidence, exports,
//! and rewriting a bundle's ZIP the way a tamperer or another tool would.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use gecc_core::bundle::{export_round, import_paths, ExportOptions, ImportOptions, ImportOutcome};
use gecc_core::evidence::{ingest_file, CopyControl};
use gecc_core::model::{AnswerInput, AnswerStatus, OfficeKind, OfficeProfile, Round, RoundKind};
use gecc_core::Store;

use crate::support::*;

pub const JPEG_HEAD: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F'];

pub fn profile(name: &str, district: &str) -> OfficeProfile {
    OfficeProfile {
        name: name.into(),
        kind: OfficeKind::DistrictRegistration,
        province: "ปัตตานี".into(),
        district: district.into(),
        officer_name: "สมหญิง ใจดี".into(),
        officer_position: "เจ้าพนักงานปกครอง".into(),
        officer_phone: "073-000-000".into(),
        officer_email: "somying@dopa.go.th".into(),
        gecc_username: "pattani-muang".into(),
    }
}

pub fn answer(status: AnswerStatus, note: &str) -> AnswerInput {
    AnswerInput {
        status,
        note: note.into(),
        owner: "สมชาย".into(),
        ..AnswerInput::default()
    }
}

/// An office's PC: a store with a profile and a 2569 application round.
pub struct Office {
    pub data: DataDir,
    pub store: Store,
    pub round: Round,
}

impl Office {
    pub fn new(name: &str, district: &str) -> Office {
        let data = DataDir::new();
        let mut store = data.open();
        store.save_local_office(profile(name, district)).unwrap();
        let round = open_round(
            &mut store,
            RoundKind::Application,
            Some(2569),
            Some("gecc-2568"),
        )
        .expect("open a round");
        Office { data, store, round }
    }

    pub fn save(&mut self, item: &str, status: AnswerStatus, note: &str) {
        self.store
            .save_answer(self.round.id, item, answer(status, note), "clerk")
            .expect("save an answer");
    }

    /// Attaches a generated file named `name` of `size` bytes to `item`.
    pub fn attach(&mut self, item: &str, name: &str, size: usize, seed: u8) -> String {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join(name);
        let mut content = JPEG_HEAD.to_vec();
        content.extend((0..size.saturating_sub(JPEG_HEAD.len())).map(|i| ((i * 7) as u8) ^ seed));
        fs::write(&path, &content).unwrap();
        let ingested = ingest_file(&self.store.evidence_dir(), &path, &mut |_, _| {
            CopyControl::Continue
        })
        .unwrap();
        self.store
            .attach_ingested(self.round.id, item, &ingested, "clerk")
            .unwrap();
        ingested.sha256
    }

    /// Exports into a new folder and returns the files written.
    pub fn export(&mut self, options: &ExportOptions) -> (tempfile::TempDir, Vec<PathBuf>) {
        let folder = tempfile::tempdir().unwrap();
        let printed = gecc_forms::bundle_documents(
            &self.store,
            self.round.id,
            gecc_core::timestamp::LocalDay {
                date: time::macros::date!(2026 - 11 - 29),
                offset: gecc_core::timestamp::THAILAND_OFFSET,
            },
            options.remove_personal_data,
        )
        .expect("print the report for the bag");
        let result = export_round(
            &mut self.store,
            self.round.id,
            options,
            printed,
            folder.path(),
            &mut |_| CopyControl::Continue,
        )
        .expect("export the bundle");
        assert!(result.verified, "an export is read back and verified");
        let files = result.files.iter().map(|f| folder.path().join(f)).collect();
        (folder, files)
    }

    pub fn import(&mut self, files: &[PathBuf], options: &ImportOptions) -> Vec<ImportOutcome> {
        import_paths(&mut self.store, files, options, "clerk", &mut |_| {
            CopyControl::Continue
        })
        .expect("import runs")
    }
}

/// Every entry of a ZIP as (name, bytes), in order.
pub fn read_zip(path: &Path) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    (0..archive.len())
        .map(|index| {
            let mut entry = archive.by_index(index).unwrap();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            (entry.name().to_string(), bytes)
        })
        .collect()
}

/// Writes entries into a new ZIP with the zip crate (stored, UTF-8 names).
pub fn write_zip(path: &Path, entries: &[(String, Vec<u8>)]) {
    let mut writer = zip::ZipWriter::new(fs::File::create(path).unwrap());
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in entries {
        writer.start_file(name.as_str(), options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap();
}

/// A copy of `source` with `edit` applied to its entries, saved beside it as `name`.
pub fn tampered(source: &Path, name: &str, edit: impl Fn(&mut Vec<(String, Vec<u8>)>)) -> PathBuf {
    let mut entries = read_zip(source);
    edit(&mut entries);
    let path = source.with_file_name(name);
    write_zip(&path, &entries);
    path
}

/// The entry whose name ends with `suffix`.
pub fn entry_mut<'a>(entries: &'a mut [(String, Vec<u8>)], suffix: &str) -> &'a mut Vec<u8> {
    &mut entries
        .iter_mut()
        .find(|(name, _)| name.ends_with(suffix))
        .unwrap_or_else(|| panic!("no entry ending in {suffix}"))
        .1
}

/// A fingerprint of everything a store holds that an import could touch, to prove a
/// refused import wrote nothing.
pub fn store_state(store: &Store, data: &DataDir) -> String {
    let connection = rusqlite::Connection::open(store.path()).unwrap();
    let mut text = String::new();
    for table in [
        "offices",
        "rounds",
        "answers",
        "answer_history",
        "events",
        "evidence_files",
        "evidence_links",
        "bundles",
        "office_keys",
        "deadlines",
    ] {
        let count: i64 = connection
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        text.push_str(&format!("{table}={count};"));
    }
    let mut files: Vec<String> = walk(&data.path().join("evidence"))
        .into_iter()
        .filter(|p| !p.to_string_lossy().contains("incoming"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    text.push_str(&files.join(","));
    text
}

fn walk(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(folder).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// CRC-32 (IEEE), for ZIPs written by hand.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// One entry of a ZIP written by hand: raw name bytes, the UTF-8 flag, Unix mode.
pub struct RawEntry {
    pub name: Vec<u8>,
    pub data: Vec<u8>,
    pub utf8_flag: bool,
    pub unix_mode: Option<u32>,
}

impl RawEntry {
    pub fn new(name: &str, data: &[u8]) -> RawEntry {
        RawEntry {
            name: name.as_bytes().to_vec(),
            data: data.to_vec(),
            utf8_flag: true,
            unix_mode: None,
        }
    }
}

/// A stored (uncompressed) ZIP written byte by byte, so that names and attributes other
/// tools would never write (or would write in CP874) can be tested.
pub fn raw_zip(entries: &[RawEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for entry in entries {
        let offset = out.len() as u32;
        let crc = crc32(&entry.data);
        let flags: u16 = if entry.utf8_flag { 1 << 11 } else { 0 };
        let size = entry.data.len() as u32;
        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend(20u16.to_le_bytes());
        out.extend(flags.to_le_bytes());
        out.extend(0u16.to_le_bytes()); // stored
        out.extend(0u32.to_le_bytes()); // time and date
        out.extend(crc.to_le_bytes());
        out.extend(size.to_le_bytes());
        out.extend(size.to_le_bytes());
        out.extend((entry.name.len() as u16).to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out.extend(&entry.name);
        out.extend(&entry.data);

        let (made_by, external) = match entry.unix_mode {
            Some(mode) => ((3u16 << 8) | 20, mode << 16),
            None => (20u16, 0u32),
        };
        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(made_by.to_le_bytes());
        central.extend(20u16.to_le_bytes());
        central.extend(flags.to_le_bytes());
        central.extend(0u16.to_le_bytes());
        central.extend(0u32.to_le_bytes());
        central.extend(crc.to_le_bytes());
        central.extend(size.to_le_bytes());
        central.extend(size.to_le_bytes());
        central.extend((entry.name.len() as u16).to_le_bytes());
        central.extend([0u8; 8]); // extra, comment, disk, internal attributes
        central.extend(external.to_le_bytes());
        central.extend(offset.to_le_bytes());
        central.extend(&entry.name);
    }
    let central_offset = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(central_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// The bundle's entries as raw entries (UTF-8 names), for adding a hostile one.
pub fn raw_entries(source: &Path) -> Vec<RawEntry> {
    read_zip(source)
        .into_iter()
        .map(|(name, data)| RawEntry::new(&name, &data))
        .collect()
}

/// Rebuilds the manifests of an edited bag and signs it with `seed`, as someone with
/// their own key (a forger, or a new PC) would: the result verifies as a bag.
pub fn resign(entries: &mut [(String, Vec<u8>)], seed: &[u8; 32]) {
    use gecc_core::hashing::sha256_hex;
    use gecc_core::signing::{key_info, public_key_of, sign};
    let root = entries
        .iter()
        .find(|(n, _)| n.ends_with("/bagit.txt"))
        .map(|(n, _)| n.trim_end_matches("bagit.txt").to_string())
        .unwrap();
    let mut manifest: Vec<String> = entries
        .iter()
        .filter_map(|(name, bytes)| {
            let relative = name.strip_prefix(&root)?;
            relative
                .starts_with("data/")
                .then(|| format!("{}  {relative}\n", sha256_hex(bytes)))
        })
        .collect();
    manifest.sort_by(|a, b| a[66..].cmp(&b[66..]));
    let payload: Vec<&Vec<u8>> = entries
        .iter()
        .filter(|(n, _)| {
            n.strip_prefix(&root)
                .is_some_and(|r| r.starts_with("data/"))
        })
        .map(|(_, b)| b)
        .collect();
    let oxum = format!(
        "{}.{}",
        payload.iter().map(|b| b.len()).sum::<usize>(),
        payload.len()
    );
    let key = key_info(&public_key_of(seed));
    let info = String::from_utf8(entry_mut(entries, "/bag-info.txt").clone()).unwrap();
    let info: String = info
        .lines()
        .map(|line| {
            if line.starts_with("GECC-Signing-Key:") {
                format!("GECC-Signing-Key: ed25519:{}\n", key.public_key)
            } else if line.starts_with("Payload-Oxum:") {
                format!("Payload-Oxum: {oxum}\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    *entry_mut(entries, "/bag-info.txt") = info.clone().into_bytes();
    let manifest = manifest.concat();
    *entry_mut(entries, "/manifest-sha256.txt") = manifest.clone().into_bytes();
    let bagit = entry_mut(entries, "/bagit.txt").clone();
    let tag_manifest = format!(
        "{}  bagit.txt\n{}  bag-info.txt\n{}  manifest-sha256.txt\n",
        sha256_hex(&bagit),
        sha256_hex(info.as_bytes()),
        sha256_hex(manifest.as_bytes())
    );
    *entry_mut(entries, "/tagmanifest-sha256.txt") = tag_manifest.clone().into_bytes();
    *entry_mut(entries, "/gecc-signature.txt") = format!(
        "Algorithm: Ed25519\nSigned-File: tagmanifest-sha256.txt\nPublic-Key: {}\nFingerprint: {}\nSignature: {}\n",
        key.public_key,
        key.fingerprint,
        sign(seed, tag_manifest.as_bytes())
    )
    .into_bytes();
}

/// Edits the assessment document as JSON.
pub fn edit_document(entries: &mut [(String, Vec<u8>)], edit: impl Fn(&mut serde_json::Value)) {
    let bytes = entry_mut(entries, "/data/assessment.json");
    let mut value: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    edit(&mut value);
    *bytes = serde_json::to_vec_pretty(&value).unwrap();
}
