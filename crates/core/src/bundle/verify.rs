//! Verifying bundles before anything is written: each archive is opened by the safe ZIP
//! reader, parts are grouped by the bundle they belong to, and each bag is checked as
//! BagIt says (declaration, manifests, every byte hashed, Payload-Oxum), then our own
//! layer (signature, format version, the assessment document and its cross-references).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256, Sha512};

use super::bag::{parse_bagit_txt, parse_manifest, BagInfo};
use super::bag_agreement::repeated_tag;
use super::document_json::MAX_DOCUMENT;
use super::names::ASSESSMENT_PATH;
use super::report::{BundleSummary, BundleVerdict, EntryCheck, PackRef, ProblemCode};
use super::safe_zip::{SafeZip, ZipLimits};
use super::tag_files::SIGNATURE_FILE;
use super::verify_document::{check_document, PayloadFacts};
use super::{AssessmentDocument, BUNDLE_FORMAT_VERSION};
use crate::error::{Error, Result};
use crate::evidence::CopyControl;
use crate::hashing::{sha256_hex, to_hex};
use crate::signing::{fingerprint, verify as verify_signature, KeyInfo};

/// Tag files larger than this are not read (a manifest of 100,000 files is ~15 MB).
const MAX_TAG_FILE: u64 = 64 << 20;

/// A bundle that verified, kept open so its files can be imported.
pub struct OpenedBundle {
    pub archives: Vec<SafeZip>,
    pub paths: Vec<PathBuf>,
    /// Bag path (e.g. `data/evidence/x.jpg`) to (archive, entry index).
    pub locations: HashMap<String, (usize, usize)>,
    pub document: AssessmentDocument,
    pub bag_info: BagInfo,
    pub digest: String,
}

impl OpenedBundle {
    /// Streams a payload file of the bag to `sink`.
    pub fn read(
        &mut self,
        bag_path: &str,
        sink: &mut dyn FnMut(&[u8]) -> std::io::Result<()>,
    ) -> Result<u64> {
        let (archive, index) = *self.locations.get(bag_path).ok_or_else(|| {
            Error::invalid(
                format!("ไม่พบไฟล์ {bag_path} ในชุดข้อมูล"),
                format!("{bag_path} is not in the bundle."),
            )
        })?;
        self.archives[archive]
            .read_entry(index, sink)
            .map_err(|problem| {
                Error::BundleRefused(crate::Localized::new(problem.thai(), problem.to_string()))
            })
    }
}

/// One bundle's verdict, and the bundle itself when it verified.
pub struct Verified {
    pub verdict: BundleVerdict,
    pub bundle: Option<OpenedBundle>,
}

fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads a part marker's (part, parts, digest) if `name` is one at the archive's root.
fn part_marker(zip: &mut SafeZip, index: usize, name: &str) -> Option<(u32, u32, String)> {
    let rest = name.strip_prefix("gecc-part-")?.strip_suffix(".json")?;
    let (part, parts) = rest.split_once("-of-")?;
    let (part, parts): (u32, u32) = (part.parse().ok()?, parts.parse().ok()?);
    // A marker claiming part 1 of four billion would have us list every missing part.
    if part == 0 || part > parts || parts > MAX_PARTS {
        return None;
    }
    let bytes = zip.read_small(index, 64 * 1024).ok()?;
    let marker: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    let digest = marker.get("digest")?.as_str()?.to_string();
    let is_digest = digest.len() == 64
        && digest
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase());
    is_digest.then_some((part, parts, digest))
}

/// The most parts a bundle may have: 2 GiB of evidence in 1 MB parts is about 2,150.
const MAX_PARTS: u32 = 10_000;

/// The most missing parts named in a message; more are summed up as "...".
const MISSING_PARTS_LISTED: usize = 20;

/// Verifies the archives at `paths`, which may be whole bundles or parts of several
/// bundles in any order. `on_bytes` is told of every chunk hashed and may cancel.
pub fn verify_paths(
    paths: &[PathBuf],
    on_bytes: &mut dyn FnMut(u64) -> CopyControl,
) -> Result<Vec<Verified>> {
    let limits = ZipLimits::default();
    let mut results = Vec::new();
    // Parts of one bundle, by the digest their markers name: (part, parts, path, zip).
    let mut groups: BTreeMap<String, Vec<(u32, u32, PathBuf, SafeZip)>> = BTreeMap::new();
    for path in paths {
        let mut zip = match SafeZip::open(path, &limits) {
            Ok(zip) => zip,
            Err(problem) => {
                let mut verdict = BundleVerdict {
                    files: vec![display_name(path)],
                    ..BundleVerdict::default()
                };
                verdict.problem(
                    &display_name(path),
                    "",
                    ProblemCode::UnsafeArchive,
                    problem.thai(),
                    problem.to_string(),
                );
                results.push(Verified {
                    verdict,
                    bundle: None,
                });
                continue;
            }
        };
        let markers: Vec<(usize, String)> = zip
            .entries()
            .iter()
            .filter(|e| !e.is_dir && !e.name.contains('/') && e.name.starts_with("gecc-part-"))
            .map(|e| (e.index, e.name.clone()))
            .collect();
        let marker = markers
            .iter()
            .find_map(|(index, name)| part_marker(&mut zip, *index, name));
        match marker {
            Some((part, parts, digest)) => {
                groups
                    .entry(digest)
                    .or_default()
                    .push((part, parts, path.clone(), zip))
            }
            None => {
                let (verdict, bundle) = verify_bag(vec![zip], vec![path.clone()], 1, on_bytes)?;
                results.push(Verified { verdict, bundle });
            }
        }
    }
    for (digest, mut parts) in groups {
        parts.sort_by_key(|(part, ..)| *part);
        let count = parts.iter().map(|(_, n, ..)| *n).max().unwrap_or(1);
        let present: Vec<u32> = parts.iter().map(|(k, ..)| *k).collect();
        // `count` is at most MAX_PARTS, so the list is bounded; only its head is named.
        let missing: Vec<u32> = (1..=count).filter(|k| !present.contains(k)).collect();
        let mut duplicate = present.clone();
        duplicate.dedup();
        let repeated = duplicate.len() != present.len();
        if !missing.is_empty() || repeated {
            let mut verdict = BundleVerdict {
                files: parts.iter().map(|(_, _, p, _)| display_name(p)).collect(),
                ..BundleVerdict::default()
            };
            let mut list = missing
                .iter()
                .take(MISSING_PARTS_LISTED)
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            if missing.len() > MISSING_PARTS_LISTED {
                list.push_str(", ...");
            }
            let short_digest = &digest[..12];
            if !missing.is_empty() {
                verdict.problem(
                "",
                "",
                ProblemCode::MissingPart,
                format!(
                    "ชุดข้อมูลนี้มี {count} ส่วน แต่ยังขาดส่วนที่ {list} (รหัส {}) กรุณาเลือกทุกส่วนพร้อมกัน",
                    short_digest
                ),
                format!(
                    "This bundle has {count} parts; part(s) {list} of {count} are missing (bundle {}). Select every part together.",
                    short_digest
                ),
                );
            }
            if repeated {
                verdict.problem(
                    "",
                    "",
                    ProblemCode::MissingPart,
                    "เลือกส่วนเดียวกันซ้ำสองครั้ง".into(),
                    "The same part was selected twice.".into(),
                );
            }
            results.push(Verified {
                verdict,
                bundle: None,
            });
            continue;
        }
        let paths = parts.iter().map(|(_, _, p, _)| p.clone()).collect();
        let zips = parts.into_iter().map(|(_, _, _, z)| z).collect();
        let (mut verdict, bundle) = verify_bag(zips, paths, count, on_bytes)?;
        let bundle = match check_part_digest(&digest, &mut verdict) {
            true => bundle,
            false => None,
        };
        results.push(Verified { verdict, bundle });
    }
    Ok(results)
}

/// Part markers name the bundle's digest; markers naming another than the bag's are a
/// contradiction (parts of different exports made to look like one), so refused.
fn check_part_digest(marked: &str, verdict: &mut BundleVerdict) -> bool {
    match verdict.digest.as_deref() {
        Some(actual) if actual != marked => {
            verdict.problem(
                "",
                "",
                ProblemCode::PartDigest,
                format!("ส่วนของชุดข้อมูลระบุรหัส {} แต่ชุดข้อมูลจริงมีรหัส {} ส่วนเหล่านี้ไม่ใช่ของชุดนี้ ไม่นำเข้า", &marked[..16], &actual[..16]),
                format!("The part markers name bundle {} but the bag is bundle {}: the parts do not belong to it; refused.", &marked[..16], &actual[..16]),
            );
            false
        }
        _ => true,
    }
}

/// Verifies the archives of one bundle (its parts, or one file); used to read back an
/// export before it is declared safe.
pub fn verify_bundle_files(
    paths: &[PathBuf],
    on_bytes: &mut dyn FnMut(u64) -> CopyControl,
) -> Result<BundleVerdict> {
    let mut results = verify_paths(paths, on_bytes)?;
    if results.len() == 1 {
        return Ok(results.remove(0).verdict);
    }
    let mut verdict = BundleVerdict::default();
    verdict.problem(
        "",
        "",
        ProblemCode::NotABag,
        "ไฟล์ที่เขียนไม่ได้เป็นชุดข้อมูลเดียวกัน".into(),
        "The files written do not form one bundle.".into(),
    );
    Ok(verdict)
}

/// Where each file of the bag is across the archives.
struct BagLayout {
    root: String,
    tags: BTreeMap<String, (usize, usize)>,
    payload: BTreeMap<String, (usize, usize, u64)>,
}

fn locate(zips: &[SafeZip], names: &[String], verdict: &mut BundleVerdict) -> Option<BagLayout> {
    let mut roots: Vec<String> = Vec::new();
    for zip in zips {
        for entry in zip.entries() {
            let root = if entry.name == "bagit.txt" {
                Some(String::new())
            } else {
                entry
                    .name
                    .strip_suffix("/bagit.txt")
                    .filter(|r| !r.contains('/'))
                    .map(|r| format!("{r}/"))
            };
            if let Some(root) = root.filter(|r| !roots.contains(r)) {
                roots.push(root);
            }
        }
    }
    if roots.len() != 1 {
        verdict.problem(
            &names.join(", "),
            "",
            ProblemCode::NotABag,
            "ไฟล์นี้ไม่ใช่ชุดข้อมูล GECC (ไม่พบ bagit.txt หนึ่งชุด) อาจเลือกไฟล์ผิด".into(),
            "This is not a GECC bundle (no single bagit.txt): perhaps the wrong file was chosen."
                .into(),
        );
        return None;
    }
    let root = roots.remove(0);
    let mut layout = BagLayout {
        root: root.clone(),
        tags: BTreeMap::new(),
        payload: BTreeMap::new(),
    };
    for (archive, zip) in zips.iter().enumerate() {
        for entry in zip.entries() {
            if entry.is_dir {
                continue;
            }
            let Some(relative) = entry.name.strip_prefix(&root) else {
                if !entry.name.starts_with("gecc-part-") || entry.name.contains('/') {
                    verdict.problem(
                        &names[archive],
                        &entry.name,
                        ProblemCode::ExtraFile,
                        format!("มีไฟล์ {} อยู่นอกชุดข้อมูล", entry.name),
                        format!("{} lies outside the bag.", entry.name),
                    );
                }
                continue;
            };
            if relative.starts_with("data/") {
                if layout
                    .payload
                    .insert(relative.to_string(), (archive, entry.index, entry.size))
                    .is_some()
                {
                    verdict.problem(
                        names[archive].as_str(),
                        relative,
                        ProblemCode::ExtraFile,
                        format!("ไฟล์ {relative} อยู่ในชุดข้อมูลซ้ำกันมากกว่าหนึ่งครั้ง"),
                        format!("{relative} appears more than once in the bundle."),
                    );
                }
            } else {
                // Tag files repeat in every part; the first copy is read, and the others
                // must be the same bytes (same CRC and size).
                let first = layout
                    .tags
                    .entry(relative.to_string())
                    .or_insert((archive, entry.index));
                let original = &zips[first.0].entries()[first.1];
                if original.crc32 != entry.crc32 || original.size != entry.size {
                    verdict.problem(
                        names[archive].as_str(),
                        relative,
                        ProblemCode::Manifest,
                        format!("ไฟล์ {relative} ในแต่ละส่วนไม่ตรงกัน ส่วนเหล่านี้อาจมาจากการส่งออกคนละครั้ง"),
                        format!("{relative} differs between parts: they may come from different exports."),
                    );
                }
            }
        }
    }
    Some(layout)
}

fn read_tag(
    zips: &mut [SafeZip],
    layout: &BagLayout,
    name: &str,
    verdict: &mut BundleVerdict,
    file: &str,
) -> Option<Vec<u8>> {
    let (archive, index) = *layout.tags.get(name)?;
    match zips[archive].read_small(index, MAX_TAG_FILE) {
        Ok(bytes) => Some(bytes),
        Err(problem) => {
            verdict.problem(
                file,
                name,
                ProblemCode::UnsafeArchive,
                problem.thai(),
                problem.to_string(),
            );
            None
        }
    }
}

fn text_of(bytes: Vec<u8>, name: &str, verdict: &mut BundleVerdict, file: &str) -> Option<String> {
    match String::from_utf8(bytes) {
        Ok(text) => Some(text.trim_start_matches('\u{feff}').to_string()),
        Err(_) => {
            verdict.problem(
                file,
                name,
                ProblemCode::BagDeclaration,
                format!("{name} ไม่ได้เข้ารหัสเป็น UTF-8"),
                format!("{name} is not UTF-8."),
            );
            None
        }
    }
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

/// A manifest's bytes and its (hash, path) lines.
type Manifest = (Vec<u8>, Vec<(String, String)>);

/// Reads the manifests named `{prefix}-{algorithm}.txt` we know how to check.
fn manifests(
    zips: &mut [SafeZip],
    layout: &BagLayout,
    prefix: &str,
    verdict: &mut BundleVerdict,
    file: &str,
) -> BTreeMap<String, Manifest> {
    let mut found = BTreeMap::new();
    let names: Vec<String> = layout
        .tags
        .keys()
        .filter(|n| n.starts_with(&format!("{prefix}-")) && n.ends_with(".txt"))
        .cloned()
        .collect();
    for name in names {
        let algorithm = name[prefix.len() + 1..name.len() - 4].to_string();
        let Some((_, digits)) = Hasher::for_algorithm(&algorithm) else {
            verdict.warning(
                file,
                &name,
                ProblemCode::Manifest,
                format!("ไม่ได้ตรวจ {name} เพราะไม่รู้จักวิธีคำนวณ {algorithm}"),
                format!("{name} was not checked: unknown algorithm {algorithm}."),
            );
            continue;
        };
        let Some(bytes) = read_tag(zips, layout, &name, verdict, file) else {
            continue;
        };
        let Some(text) = text_of(bytes.clone(), &name, verdict, file) else {
            continue;
        };
        match parse_manifest(&text, digits) {
            Ok(entries) => {
                found.insert(algorithm, (bytes, entries));
            }
            Err(reason) => verdict.problem(
                file,
                &name,
                ProblemCode::Manifest,
                format!("{name} ผิดรูปแบบ: {reason}"),
                format!("{name} is malformed: {reason}"),
            ),
        }
    }
    found
}

/// Checks one bag spread over `zips` (one archive, or every part of a bundle).
fn verify_bag(
    mut zips: Vec<SafeZip>,
    paths: Vec<PathBuf>,
    parts: u32,
    on_bytes: &mut dyn FnMut(u64) -> CopyControl,
) -> Result<(BundleVerdict, Option<OpenedBundle>)> {
    let names: Vec<String> = paths.iter().map(|p| display_name(p)).collect();
    let file = names.join(", ");
    let mut verdict = BundleVerdict {
        files: names.clone(),
        ok: true,
        ..BundleVerdict::default()
    };
    let Some(layout) = locate(&zips, &names, &mut verdict) else {
        return Ok((verdict, None));
    };

    // The declaration.
    let declaration = read_tag(&mut zips, &layout, "bagit.txt", &mut verdict, &file)
        .and_then(|b| text_of(b, "bagit.txt", &mut verdict, &file));
    match declaration.as_deref().map(parse_bagit_txt) {
        Some(Ok(version)) if version == "1.0" || version == "0.97" => {}
        Some(Ok(version)) => verdict.problem(
            &file,
            "bagit.txt",
            ProblemCode::BagDeclaration,
            format!("ไม่รองรับ BagIt รุ่น {version}"),
            format!("BagIt version {version} is not supported."),
        ),
        Some(Err(reason)) => verdict.problem(
            &file,
            "bagit.txt",
            ProblemCode::BagDeclaration,
            format!("bagit.txt ผิดรูปแบบ: {reason}"),
            format!("bagit.txt is malformed: {reason}"),
        ),
        None => {}
    }
    let bag_info = read_tag(&mut zips, &layout, "bag-info.txt", &mut verdict, &file)
        .and_then(|b| text_of(b, "bag-info.txt", &mut verdict, &file))
        .map(|text| BagInfo::parse(&text))
        .transpose()
        .unwrap_or_else(|reason| {
            verdict.problem(
                &file,
                "bag-info.txt",
                ProblemCode::BagInfo,
                format!("bag-info.txt ผิดรูปแบบ: {reason}"),
                format!("bag-info.txt is malformed: {reason}"),
            );
            None
        })
        .unwrap_or_default();
    if let Err(refusal) = repeated_tag(&bag_info, "bag-info.txt") {
        verdict.refuse(&file, "bag-info.txt", refusal);
    }

    // Payload manifests: complete both ways, then every byte hashed.
    let payload_manifests = manifests(&mut zips, &layout, "manifest", &mut verdict, &file);
    if !payload_manifests.contains_key("sha256") {
        verdict.problem(
            &file,
            "manifest-sha256.txt",
            ProblemCode::Manifest,
            "ไม่พบ manifest-sha256.txt ซึ่งต้องมีในชุดข้อมูล".into(),
            "manifest-sha256.txt is missing; bundles must have it.".into(),
        );
    }
    let mut expected: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for (algorithm, (_, entries)) in &payload_manifests {
        for (hash, path) in entries {
            expected
                .entry(path.clone())
                .or_default()
                .push((algorithm.clone(), hash.clone()));
            if !layout.payload.contains_key(path) {
                verdict.problem(
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
    let mut payload_sha256: HashMap<String, String> = HashMap::new();
    let mut locations = HashMap::new();
    for (path, &(archive, index, size)) in &layout.payload {
        locations.insert(path.clone(), (archive, index));
        let Some(wanted) = expected.get(path) else {
            verdict.problem(
                &file,
                path,
                ProblemCode::ExtraFile,
                format!("ไฟล์ {path} ไม่อยู่ใน manifest อาจถูกเพิ่มเข้ามาภายหลัง"),
                format!("{path} is not in the manifest: it may have been added afterwards."),
            );
            continue;
        };
        // RFC 8493: every payload file is in every payload manifest.
        for algorithm in payload_manifests.keys() {
            if !wanted.iter().any(|(a, _)| a == algorithm) {
                verdict.problem(
                    &file,
                    path,
                    ProblemCode::ExtraFile,
                    format!("ไฟล์ {path} ไม่อยู่ใน manifest-{algorithm}.txt อาจถูกเพิ่มเข้ามาภายหลัง"),
                    format!("{path} is not in manifest-{algorithm}.txt: it may have been added afterwards."),
                );
            }
        }
        let mut hashers: Vec<(String, Hasher)> = wanted
            .iter()
            .filter_map(|(algorithm, _)| {
                Hasher::for_algorithm(algorithm).map(|(h, _)| (algorithm.clone(), h))
            })
            .collect();
        let mut cancelled = false;
        let read = zips[archive].read_entry(index, &mut |chunk| {
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
        verdict.checked_bytes += size;
        let ok = match read {
            Err(problem) => {
                verdict.problem(
                    &names[archive],
                    path,
                    ProblemCode::UnsafeArchive,
                    problem.thai(),
                    problem.to_string(),
                );
                false
            }
            Ok(_) => {
                let mut all_match = true;
                for (algorithm, hasher) in hashers {
                    let actual = hasher.finish();
                    if algorithm == "sha256" {
                        payload_sha256.insert(path.clone(), actual.clone());
                    }
                    let listed = wanted.iter().find(|(a, _)| *a == algorithm).map(|(_, h)| h);
                    if listed != Some(&actual) {
                        all_match = false;
                        verdict.problem(
                            &names[archive],
                            path,
                            ProblemCode::ChecksumMismatch,
                            format!("ไฟล์ {path} ไม่ตรงกับค่าตรวจสอบ ({algorithm}) ไฟล์ถูกแก้ไขหรือเสียหายระหว่างทาง"),
                            format!("{path} does not match its {algorithm} checksum: changed or damaged on the way."),
                        );
                    }
                }
                all_match
            }
        };
        verdict.entries.push(EntryCheck {
            path: path.clone(),
            size,
            ok,
        });
    }
    if let Some(oxum) = bag_info.get("Payload-Oxum") {
        let actual = format!(
            "{}.{}",
            layout
                .payload
                .values()
                .map(|(_, _, size)| size)
                .sum::<u64>(),
            layout.payload.len()
        );
        if oxum.trim() != actual {
            verdict.problem(
                &file,
                "bag-info.txt",
                ProblemCode::PayloadOxum,
                format!("ขนาดรวมและจำนวนไฟล์ ({actual}) ไม่ตรงกับ Payload-Oxum ({oxum})"),
                format!("The payload's size and file count ({actual}) differ from Payload-Oxum ({oxum})."),
            );
        }
    }

    // Tag manifests: each listed tag file hashed.
    let tag_manifests = manifests(&mut zips, &layout, "tagmanifest", &mut verdict, &file);
    for (algorithm, (_, entries)) in &tag_manifests {
        for (hash, name) in entries {
            match read_tag(&mut zips, &layout, name, &mut verdict, &file) {
                Some(bytes) if hash_bytes(algorithm, &bytes) == *hash => {}
                Some(_) => verdict.problem(
                    &file,
                    name,
                    ProblemCode::ChecksumMismatch,
                    format!("{name} ไม่ตรงกับค่าตรวจสอบใน tagmanifest-{algorithm}.txt ไฟล์ถูกแก้ไข"),
                    format!("{name} does not match tagmanifest-{algorithm}.txt: it was changed."),
                ),
                None => verdict.problem(
                    &file,
                    name,
                    ProblemCode::MissingFile,
                    format!("ไม่พบ {name} ที่ระบุไว้ใน tagmanifest-{algorithm}.txt"),
                    format!("{name} is listed in tagmanifest-{algorithm}.txt but missing."),
                ),
            }
        }
    }
    let Some((tag_manifest_bytes, tag_entries)) = tag_manifests.get("sha256").cloned() else {
        verdict.problem(
            &file,
            "tagmanifest-sha256.txt",
            ProblemCode::Manifest,
            "ไม่พบ tagmanifest-sha256.txt ซึ่งต้องมีในชุดข้อมูล".into(),
            "tagmanifest-sha256.txt is missing; bundles must have it.".into(),
        );
        return Ok((verdict, None));
    };
    let digest = sha256_hex(&tag_manifest_bytes);
    verdict.digest = Some(digest.clone());

    let signer = check_signature(
        &mut zips,
        &layout,
        &bag_info,
        &tag_manifest_bytes,
        &tag_entries,
        &mut verdict,
        &file,
    );

    if let Some(version) = bag_info.get("GECC-Format-Version") {
        match version.parse::<u32>() {
            Ok(v) if v <= BUNDLE_FORMAT_VERSION => {}
            _ => verdict.problem(
                &file,
                "bag-info.txt",
                ProblemCode::FormatTooNew,
                format!("ชุดข้อมูลใช้รูปแบบรุ่น {version} ซึ่งใหม่กว่าที่โปรแกรมนี้อ่านได้ (รุ่น {BUNDLE_FORMAT_VERSION}) กรุณาปรับปรุง GECC Desk"),
                format!("The bundle uses format {version}, newer than this program reads ({BUNDLE_FORMAT_VERSION}). Update GECC Desk."),
            ),
        }
    }
    if !verdict.ok {
        return Ok((verdict, None));
    }

    // Our layer: the assessment document and what it says about the files.
    let Some(&(archive, index, document_size)) = layout.payload.get(ASSESSMENT_PATH) else {
        verdict.problem(
            &file,
            ASSESSMENT_PATH,
            ProblemCode::Document,
            "ไม่พบ data/assessment.json จึงไม่ใช่ชุดข้อมูลของ GECC Desk".into(),
            "data/assessment.json is missing, so this is not a GECC Desk bundle.".into(),
        );
        return Ok((verdict, None));
    };
    // Refused on its size before a byte of it is read.
    if document_size > MAX_DOCUMENT {
        verdict.problem(
            &file,
            ASSESSMENT_PATH,
            ProblemCode::DocumentTooLarge,
            format!("assessment.json มีขนาด {document_size} ไบต์ เกินกว่าที่เอกสารของรอบใดจะมีได้ ({MAX_DOCUMENT} ไบต์)"),
            format!("assessment.json is {document_size} bytes, more than any round's document may be ({MAX_DOCUMENT} bytes)."),
        );
        return Ok((verdict, None));
    }
    let document_bytes = match zips[archive].read_small(index, MAX_DOCUMENT) {
        Ok(bytes) => bytes,
        Err(problem) => {
            verdict.problem(
                &file,
                ASSESSMENT_PATH,
                ProblemCode::UnsafeArchive,
                problem.thai(),
                problem.to_string(),
            );
            return Ok((verdict, None));
        }
    };
    let payload_sizes: HashMap<String, u64> = layout
        .payload
        .iter()
        .map(|(path, &(_, _, size))| (path.clone(), size))
        .collect();
    let facts = PayloadFacts {
        sha256: &payload_sha256,
        sizes: &payload_sizes,
        bag_info: &bag_info,
    };
    let Some(document) = check_document(&document_bytes, &facts, &mut verdict, &file) else {
        return Ok((verdict, None));
    };
    drop(document_bytes);
    // A bag from another BagIt tool has no sequence; it can only be imported unsigned,
    // and is numbered by the receiver (0 here means "not numbered").
    let sequence = match bag_info.get("GECC-Bundle-Sequence") {
        None if signer.is_none() => Some(0),
        given => given
            .and_then(|s| s.trim().parse::<u32>().ok())
            .filter(|s| *s >= 1),
    };
    let Some(sequence) = sequence else {
        verdict.problem(
            &file,
            "bag-info.txt",
            ProblemCode::BagInfo,
            "bag-info.txt ไม่มีเลขลำดับชุดข้อมูล (GECC-Bundle-Sequence) ที่ถูกต้อง".into(),
            "bag-info.txt has no valid GECC-Bundle-Sequence.".into(),
        );
        return Ok((verdict, None));
    };
    verdict.summary = Some(BundleSummary {
        office_uid: document.office.uid.clone(),
        office_name: document.office.profile.name.clone(),
        province: document.office.profile.province.clone(),
        district: document.office.profile.district.clone(),
        fiscal_year_be: document.round.fiscal_year_be,
        kind: document.round.kind,
        state: document.round.state,
        sequence,
        previous_digest: bag_info
            .get("GECC-Previous-Bundle-SHA256")
            .unwrap_or("")
            .to_string(),
        bagging_date: bag_info
            .get("GECC-Bagging-Time")
            .or(bag_info.get("Bagging-Date"))
            .unwrap_or("")
            .to_string(),
        summary_only: document.summary_only,
        personal_data_removed: document.personal_data_removed,
        pack: PackRef::from(&document.pack),
        signer,
        parts,
        evidence_files: document.evidence.len() as u32,
        answers: document.answers.len() as u32,
    });
    let _ = layout.root;
    Ok((
        verdict,
        Some(OpenedBundle {
            archives: zips,
            paths,
            locations,
            document,
            bag_info,
            digest,
        }),
    ))
}

/// Checks our Ed25519 signature over the tag manifest; a bag without one is allowed
/// through with a warning (the importer decides), a bad one never is.
fn check_signature(
    zips: &mut [SafeZip],
    layout: &BagLayout,
    bag_info: &BagInfo,
    tag_manifest: &[u8],
    tag_entries: &[(String, String)],
    verdict: &mut BundleVerdict,
    file: &str,
) -> Option<KeyInfo> {
    let Some(bytes) = read_tag(zips, layout, SIGNATURE_FILE, verdict, file) else {
        verdict.warning(
            file,
            SIGNATURE_FILE,
            ProblemCode::Unsigned,
            "ชุดข้อมูลนี้ไม่มีลายมือชื่อดิจิทัล จึงยืนยันไม่ได้ว่ามาจากสำนักงานใด".into(),
            "This bundle is not signed, so nothing shows which office made it.".into(),
        );
        return None;
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let fields = BagInfo::parse(&text).unwrap_or_default();
    // Two keys or two signatures: whichever we read, the other could be meant.
    let repeated = ["Algorithm", "Public-Key", "Signature"]
        .into_iter()
        .find(|label| {
            fields
                .0
                .iter()
                .filter(|(l, _)| l.eq_ignore_ascii_case(label))
                .count()
                > 1
        });
    if let Some(label) = repeated {
        verdict.problem(
            file,
            SIGNATURE_FILE,
            ProblemCode::DuplicateTag,
            format!("{SIGNATURE_FILE} ระบุ {label} ซ้ำสองครั้ง จึงอ่านได้สองแบบ ไม่นำเข้า"),
            format!("{SIGNATURE_FILE} gives {label} twice, so it could be read two ways; refused."),
        );
        return None;
    }
    let key = fields.get("Public-Key").unwrap_or("").to_string();
    let signature = fields.get("Signature").unwrap_or("");
    let mut fail = |th: String, en: String| {
        verdict.problem(file, SIGNATURE_FILE, ProblemCode::Signature, th, en);
    };
    if !fields
        .get("Algorithm")
        .is_some_and(|a| a.eq_ignore_ascii_case("Ed25519"))
    {
        fail(
            "ลายมือชื่อดิจิทัลใช้วิธีที่ไม่รู้จัก".into(),
            "The signature uses an unknown algorithm.".into(),
        );
        return None;
    }
    if verify_signature(&key, signature, tag_manifest).is_err() {
        fail(
            "ลายมือชื่อดิจิทัลไม่ถูกต้อง ชุดข้อมูลถูกแก้ไขหลังลงนาม หรือไม่ได้มาจากเครื่องที่อ้าง ห้ามนำเข้า".into(),
            "The signature does not verify: the bundle was changed after signing, or did not come from the PC it claims. Do not import it.".into(),
        );
        return None;
    }
    if bag_info.get("GECC-Signing-Key") != Some(format!("ed25519:{key}").as_str()) {
        fail(
            "กุญแจใน bag-info.txt ไม่ตรงกับกุญแจที่ลงนาม".into(),
            "The key in bag-info.txt is not the key that signed.".into(),
        );
        return None;
    }
    // The signature covers the payload only through these files.
    for needed in ["bagit.txt", "bag-info.txt", "manifest-sha256.txt"] {
        if !tag_entries.iter().any(|(_, name)| name == needed) {
            fail(
                format!("tagmanifest-sha256.txt ไม่ได้ครอบคลุม {needed} ลายมือชื่อจึงไม่คุ้มครองเนื้อหา"),
                format!("tagmanifest-sha256.txt does not cover {needed}, so the signature would not protect the contents."),
            );
            return None;
        }
    }
    let raw = base64_key_bytes(&key);
    Some(KeyInfo {
        fingerprint: fingerprint(&raw),
        public_key: key,
    })
}

fn base64_key_bytes(key: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(key.trim())
        .unwrap_or_default()
}
