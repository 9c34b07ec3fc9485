//! The checks over the files chosen, before any is trusted (checks 1 and 2 of
//! docs/bundle-format.md): each archive opened by the safe ZIP reader, and parts grouped
//! by the bundle their markers name; and, once that bundle's bag is read, that the
//! markers named it (check 11).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::report::{BundleVerdict, ProblemCode};
use super::safe_zip::{SafeZip, ZipLimits};
use super::verify_bag::BagCheck;

/// The most parts a bundle may have: 2 GiB of evidence in 1 MB parts is about 2,150.
const MAX_PARTS: u32 = 10_000;

/// The most missing parts named in a message; more are summed up as "...".
const MISSING_PARTS_LISTED: usize = 20;

/// The files chosen, as they become bundles: in the order chosen, then the bundles that
/// came in parts, by digest.
pub(crate) struct Selection {
    pub paths: Vec<PathBuf>,
    pub slots: Vec<Slot>,
}

/// One bundle of the selection: refused already, or a bag still to check.
pub(crate) enum Slot {
    Refused(Box<BundleVerdict>),
    Bag(Candidate),
}

/// The archives of one bag (one file, or every part) and the digest its markers name.
pub(crate) struct Candidate {
    pub zips: Vec<SafeZip>,
    pub paths: Vec<PathBuf>,
    pub parts: u32,
    pub marked_digest: Option<String>,
}

impl Selection {
    pub fn new(paths: &[PathBuf]) -> Selection {
        Selection {
            paths: paths.to_vec(),
            slots: Vec::new(),
        }
    }
}

pub(crate) fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Check 1: each archive through the safe ZIP reader; one it refuses is a bundle refused.
pub(crate) fn safe_zip(selection: &mut Selection) {
    let limits = ZipLimits::default();
    for path in &selection.paths {
        let slot = match SafeZip::open(path, &limits) {
            Ok(zip) => Slot::Bag(Candidate {
                zips: vec![zip],
                paths: vec![path.clone()],
                parts: 1,
                marked_digest: None,
            }),
            Err(problem) => {
                let name = display_name(path);
                let mut verdict = BundleVerdict {
                    files: vec![name.clone()],
                    ..BundleVerdict::default()
                };
                verdict.problem(
                    &name,
                    "",
                    ProblemCode::UnsafeArchive,
                    problem.thai(),
                    problem.to_string(),
                );
                Slot::Refused(Box::new(verdict))
            }
        };
        selection.slots.push(slot);
    }
}

/// Check 2: archives with a part marker leave their place in the selection and are
/// grouped by the digest their markers name; a group missing a part, or with one twice,
/// is refused.
pub(crate) fn parts(selection: &mut Selection) {
    // Parts of one bundle, by the digest their markers name: (part, parts, path, zip).
    let mut groups: BTreeMap<String, Vec<(u32, u32, PathBuf, SafeZip)>> = BTreeMap::new();
    let mut kept = Vec::new();
    for slot in std::mem::take(&mut selection.slots) {
        let Slot::Bag(mut candidate) = slot else {
            kept.push(slot);
            continue;
        };
        match marker_of(&mut candidate.zips[0]) {
            Some((part, parts, digest)) => {
                let zip = candidate.zips.remove(0);
                let path = candidate.paths.remove(0);
                groups
                    .entry(digest)
                    .or_default()
                    .push((part, parts, path, zip));
            }
            None => kept.push(Slot::Bag(candidate)),
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
            let files = parts.iter().map(|(_, _, p, _)| display_name(p)).collect();
            let verdict = incomplete(files, &digest, count, &missing, repeated);
            kept.push(Slot::Refused(Box::new(verdict)));
            continue;
        }
        let paths = parts.iter().map(|(_, _, p, _)| p.clone()).collect();
        let zips = parts.into_iter().map(|(_, _, _, z)| z).collect();
        kept.push(Slot::Bag(Candidate {
            zips,
            paths,
            parts: count,
            marked_digest: Some(digest),
        }));
    }
    selection.slots = kept;
}

/// The verdict on a bundle whose parts are not all there, or not once each.
fn incomplete(
    files: Vec<String>,
    digest: &str,
    count: u32,
    missing: &[u32],
    repeated: bool,
) -> BundleVerdict {
    let mut verdict = BundleVerdict {
        files,
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
    verdict
}

/// The first readable part marker at the archive's root, if any.
fn marker_of(zip: &mut SafeZip) -> Option<(u32, u32, String)> {
    let markers: Vec<(usize, String)> = zip
        .entries()
        .iter()
        .filter(|e| !e.is_dir && !e.name.contains('/') && e.name.starts_with("gecc-part-"))
        .map(|e| (e.index, e.name.clone()))
        .collect();
    markers
        .iter()
        .find_map(|(index, name)| part_marker(zip, *index, name))
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

/// Check 11: part markers name the bundle's digest; markers naming another than the
/// bag's are a contradiction (parts of different exports made to look like one), so
/// refused. It runs even after a check stopped, as long as the digest is known.
pub(crate) fn part_digest(bag: &mut BagCheck<'_>) {
    let Some(marked) = bag.marked_digest.as_deref() else {
        return;
    };
    let verdict = &mut bag.verdict;
    if let Some(actual) = verdict.digest.clone().filter(|actual| actual != marked) {
        verdict.problem(
            "",
            "",
            ProblemCode::PartDigest,
            format!("ส่วนของชุดข้อมูลระบุรหัส {} แต่ชุดข้อมูลจริงมีรหัส {} ส่วนเหล่านี้ไม่ใช่ของชุดนี้ ไม่นำเข้า", &marked[..16], &actual[..16]),
            format!("The part markers name bundle {} but the bag is bundle {}: the parts do not belong to it; refused.", &marked[..16], &actual[..16]),
        );
    }
}
