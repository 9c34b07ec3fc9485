//! Check 4 of docs/bundle-format.md, BagIt as RFC 8493 says: the declaration,
//! `bag-info.txt`, payload manifests complete both ways with every byte hashed,
//! Payload-Oxum, and the tag manifests. It gives the later checks the bag's digest.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256, Sha512};

use super::bag::{parse_bagit_txt, parse_manifest, BagInfo};
use super::bag_agreement::repeated_tag;
use super::checks::Flow;
use super::report::{EntryCheck, ProblemCode};
use super::verify_bag::BagCheck;
use crate::error::{Error, Result};
use crate::evidence::CopyControl;
use crate::hashing::{sha256_hex, to_hex};

/// A manifest's bytes and its (hash, path) lines.
type Manifest = (Vec<u8>, Vec<(String, String)>);

/// Check 4; it stops only when there is no `tagmanifest-sha256.txt`, which names the bag.
pub(crate) fn bagit(bag: &mut BagCheck<'_>) -> Result<Flow> {
    declaration(bag);
    bag_info(bag);
    let payload_manifests = manifests(bag, "manifest");
    payload(bag, &payload_manifests)?;
    payload_oxum(bag);
    tag_manifests(bag)
}

fn declaration(bag: &mut BagCheck<'_>) {
    let declaration = bag
        .read_tag("bagit.txt")
        .and_then(|b| bag.text_of(b, "bagit.txt"));
    let file = bag.file.as_str();
    match declaration.as_deref().map(parse_bagit_txt) {
        Some(Ok(version)) if version == "1.0" || version == "0.97" => {}
        Some(Ok(version)) => bag.verdict.problem(
            file,
            "bagit.txt",
            ProblemCode::BagDeclaration,
            format!("ไม่รองรับ BagIt รุ่น {version}"),
            format!("BagIt version {version} is not supported."),
        ),
        Some(Err(reason)) => bag.verdict.problem(
            file,
            "bagit.txt",
            ProblemCode::BagDeclaration,
            format!("bagit.txt ผิดรูปแบบ: {reason}"),
            format!("bagit.txt is malformed: {reason}"),
        ),
        None => {}
    }
}

fn bag_info(bag: &mut BagCheck<'_>) {
    let text = bag
        .read_tag("bag-info.txt")
        .and_then(|b| bag.text_of(b, "bag-info.txt"));
    bag.bag_info = match text.map(|text| BagInfo::parse(&text)).transpose() {
        Ok(info) => info.unwrap_or_default(),
        Err(reason) => {
            bag.verdict.problem(
                &bag.file,
                "bag-info.txt",
                ProblemCode::BagInfo,
                format!("bag-info.txt ผิดรูปแบบ: {reason}"),
                format!("bag-info.txt is malformed: {reason}"),
            );
            BagInfo::default()
        }
    };
    if let Err(refusal) = repeated_tag(&bag.bag_info, "bag-info.txt") {
        bag.verdict.refuse(&bag.file, "bag-info.txt", refusal);
    }
}

/// Payload manifests complete both ways, then every byte of every payload file hashed.
fn payload(bag: &mut BagCheck<'_>, manifests: &BTreeMap<String, Manifest>) -> Result<()> {
    let file = bag.file.clone();
    if !manifests.contains_key("sha256") {
        bag.verdict.problem(
            &file,
            "manifest-sha256.txt",
            ProblemCode::Manifest,
            "ไม่พบ manifest-sha256.txt ซึ่งต้องมีในชุดข้อมูล".into(),
            "manifest-sha256.txt is missing; bundles must have it.".into(),
        );
    }
    let mut expected: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for (algorithm, (_, entries)) in manifests {
        for (hash, path) in entries {
            expected
                .entry(path.clone())
                .or_default()
                .push((algorithm.clone(), hash.clone()));
            if !bag.layout.payload.contains_key(path) {
                bag.verdict.problem(
                    &file,
                    path,
                    ProblemCode::MissingFile,
                    format!("ไม่พบไฟล์ {path} ที่ระบุไว้ใน manifest ไฟล์อาจถูกลบหรือส่งมาไม่ครบ"),
                    format!(
                        "{path} is listed in the manifest but missing: deleted, or not all sent."
                    ),
                );
            }
        }
    }
    let payload: Vec<(String, (usize, usize, u64))> = bag
        .layout
        .payload
        .iter()
        .map(|(path, &at)| (path.clone(), at))
        .collect();
    for (path, (archive, index, size)) in payload {
        bag.locations.insert(path.clone(), (archive, index));
        let Some(wanted) = expected.get(&path) else {
            bag.verdict.problem(
                &file,
                &path,
                ProblemCode::ExtraFile,
                format!("ไฟล์ {path} ไม่อยู่ใน manifest อาจถูกเพิ่มเข้ามาภายหลัง"),
                format!("{path} is not in the manifest: it may have been added afterwards."),
            );
            continue;
        };
        // RFC 8493: every payload file is in every payload manifest.
        for algorithm in manifests.keys() {
            if !wanted.iter().any(|(a, _)| a == algorithm) {
                bag.verdict.problem(
                    &file,
                    &path,
                    ProblemCode::ExtraFile,
                    format!("ไฟล์ {path} ไม่อยู่ใน manifest-{algorithm}.txt อาจถูกเพิ่มเข้ามาภายหลัง"),
                    format!("{path} is not in manifest-{algorithm}.txt: it may have been added afterwards."),
                );
            }
        }
        let ok = hash_payload_file(bag, &path, archive, index, wanted)?;
        bag.verdict.checked_bytes += size;
        bag.verdict.entries.push(EntryCheck { path, size, ok });
    }
    Ok(())
}

/// Hashes one payload file with every algorithm its manifests use; true when all match.
fn hash_payload_file(
    bag: &mut BagCheck<'_>,
    path: &str,
    archive: usize,
    index: usize,
    wanted: &[(String, String)],
) -> Result<bool> {
    let mut hashers: Vec<(String, Hasher)> = wanted
        .iter()
        .filter_map(|(algorithm, _)| {
            Hasher::for_algorithm(algorithm).map(|(h, _)| (algorithm.clone(), h))
        })
        .collect();
    let mut cancelled = false;
    let on_bytes = &mut bag.on_bytes;
    let read = bag.zips[archive].read_entry(index, &mut |chunk| {
        for (_, hasher) in hashers.iter_mut() {
            hasher.update(chunk);
        }
        if on_bytes(chunk.len() as u64) == CopyControl::Cancel {
            cancelled = true;
            return Err(std::io::Error::other("cancelled"));
        }
        Ok(())
    });
    if cancelled {
        return Err(Error::Cancelled);
    }
    let name = &bag.names[archive];
    if let Err(problem) = read {
        bag.verdict.problem(
            name,
            path,
            ProblemCode::UnsafeArchive,
            problem.thai(),
            problem.to_string(),
        );
        return Ok(false);
    }
    let mut all_match = true;
    for (algorithm, hasher) in hashers {
        let actual = hasher.finish();
        if algorithm == "sha256" {
            bag.payload_sha256.insert(path.to_string(), actual.clone());
        }
        let listed = wanted.iter().find(|(a, _)| *a == algorithm).map(|(_, h)| h);
        if listed != Some(&actual) {
            all_match = false;
            bag.verdict.problem(
                name,
                path,
                ProblemCode::ChecksumMismatch,
                format!("ไฟล์ {path} ไม่ตรงกับค่าตรวจสอบ ({algorithm}) ไฟล์ถูกแก้ไขหรือเสียหายระหว่างทาง"),
                format!("{path} does not match its {algorithm} checksum: changed or damaged on the way."),
            );
        }
    }
    Ok(all_match)
}

fn payload_oxum(bag: &mut BagCheck<'_>) {
    let Some(oxum) = bag.bag_info.get("Payload-Oxum") else {
        return;
    };
    let payload = &bag.layout.payload;
    let actual = format!(
        "{}.{}",
        payload.values().map(|(_, _, size)| size).sum::<u64>(),
        payload.len()
    );
    if oxum.trim() != actual {
        bag.verdict.problem(
            &bag.file,
            "bag-info.txt",
            ProblemCode::PayloadOxum,
            format!("ขนาดรวมและจำนวนไฟล์ ({actual}) ไม่ตรงกับ Payload-Oxum ({oxum})"),
            format!(
                "The payload's size and file count ({actual}) differ from Payload-Oxum ({oxum})."
            ),
        );
    }
}

/// Each tag file a tag manifest lists, hashed; `tagmanifest-sha256.txt` must be there,
/// and its digest names the bundle.
fn tag_manifests(bag: &mut BagCheck<'_>) -> Result<Flow> {
    let file = bag.file.clone();
    let tag_manifests = manifests(bag, "tagmanifest");
    for (algorithm, (_, entries)) in &tag_manifests {
        for (hash, name) in entries {
            match bag.read_tag(name) {
                Some(bytes) if hash_bytes(algorithm, &bytes) == *hash => {}
                Some(_) => bag.verdict.problem(
                    &file,
                    name,
                    ProblemCode::ChecksumMismatch,
                    format!("{name} ไม่ตรงกับค่าตรวจสอบใน tagmanifest-{algorithm}.txt ไฟล์ถูกแก้ไข"),
                    format!("{name} does not match tagmanifest-{algorithm}.txt: it was changed."),
                ),
                None => bag.verdict.problem(
                    &file,
                    name,
                    ProblemCode::MissingFile,
                    format!("ไม่พบ {name} ที่ระบุไว้ใน tagmanifest-{algorithm}.txt"),
                    format!("{name} is listed in tagmanifest-{algorithm}.txt but missing."),
                ),
            }
        }
    }
    let Some((bytes, entries)) = tag_manifests.get("sha256").cloned() else {
        bag.verdict.problem(
            &file,
            "tagmanifest-sha256.txt",
            ProblemCode::Manifest,
            "ไม่พบ tagmanifest-sha256.txt ซึ่งต้องมีในชุดข้อมูล".into(),
            "tagmanifest-sha256.txt is missing; bundles must have it.".into(),
        );
        return Ok(Flow::Stop);
    };
    bag.verdict.digest = Some(sha256_hex(&bytes));
    bag.tag_manifest = bytes;
    bag.tag_entries = entries;
    Ok(Flow::Next)
}

/// Reads the manifests named `{prefix}-{algorithm}.txt` we know how to check.
fn manifests(bag: &mut BagCheck<'_>, prefix: &str) -> BTreeMap<String, Manifest> {
    let mut found = BTreeMap::new();
    let names: Vec<String> = bag
        .layout
        .tags
        .keys()
        .filter(|n| n.starts_with(&format!("{prefix}-")) && n.ends_with(".txt"))
        .cloned()
        .collect();
    for name in names {
        let algorithm = name[prefix.len() + 1..name.len() - 4].to_string();
        let Some((_, digits)) = Hasher::for_algorithm(&algorithm) else {
            bag.verdict.warning(
                &bag.file,
                &name,
                ProblemCode::Manifest,
                format!("ไม่ได้ตรวจ {name} เพราะไม่รู้จักวิธีคำนวณ {algorithm}"),
                format!("{name} was not checked: unknown algorithm {algorithm}."),
            );
            continue;
        };
        let Some(bytes) = bag.read_tag(&name) else {
            continue;
        };
        let Some(text) = bag.text_of(bytes.clone(), &name) else {
            continue;
        };
        match parse_manifest(&text, digits) {
            Ok(entries) => {
                found.insert(algorithm, (bytes, entries));
            }
            Err(reason) => bag.verdict.problem(
                &bag.file,
                &name,
                ProblemCode::Manifest,
                format!("{name} ผิดรูปแบบ: {reason}"),
                format!("{name} is malformed: {reason}"),
            ),
        }
    }
    found
}

/// The checksums of a manifest algorithm we know: hex digits and a hasher.
enum Hasher {
    Sha256(Sha256),
    Sha512(Box<Sha512>),
}

impl Hasher {
    fn for_algorithm(name: &str) -> Option<(Hasher, usize)> {
        match name {
            "sha256" => Some((Hasher::Sha256(Sha256::new()), 64)),
            "sha512" => Some((Hasher::Sha512(Box::new(Sha512::new())), 128)),
            _ => None,
        }
    }

    fn update(&mut self, bytes: &[u8]) {
        match self {
            Hasher::Sha256(h) => h.update(bytes),
            Hasher::Sha512(h) => h.update(bytes),
        }
    }

    fn finish(self) -> String {
        match self {
            Hasher::Sha256(h) => to_hex(&h.finalize()),
            Hasher::Sha512(h) => to_hex(&h.finalize()),
        }
    }
}

fn hash_bytes(algorithm: &str, bytes: &[u8]) -> String {
    let Some((mut hasher, _)) = Hasher::for_algorithm(algorithm) else {
        return String::new();
    };
    hasher.update(bytes);
    hasher.finish()
}
