//! What the checks of one bag share (its archives, what earlier checks found, the
//! verdict), reading its tag files with limits, and the small checks: exactly one bag
//! (check 3 of docs/bundle-format.md) and a format this program reads (check 6).

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use super::bag::BagInfo;
use super::checks::Flow;
use super::report::{BundleVerdict, ProblemCode};
use super::safe_zip::SafeZip;
use super::verify_archives::{display_name, Candidate};
use super::{AssessmentDocument, BUNDLE_FORMAT_VERSION};
use crate::error::Result;
use crate::evidence::CopyControl;
use crate::signing::KeyInfo;

/// Tag files larger than this are not read (a manifest of 100,000 files is ~15 MB).
const MAX_TAG_FILE: u64 = 64 << 20;

/// One bag spread over its archives, and what each check found for the next.
pub(crate) struct BagCheck<'a> {
    pub zips: Vec<SafeZip>,
    pub paths: Vec<PathBuf>,
    /// The archives' file names, for findings about one of them.
    pub names: Vec<String>,
    /// Every archive's name, for findings about the bag as a whole.
    pub file: String,
    pub parts: u32,
    /// The digest the part markers name (parts only).
    pub marked_digest: Option<String>,
    pub verdict: BundleVerdict,
    /// Told of every chunk hashed; may cancel.
    pub on_bytes: &'a mut dyn FnMut(u64) -> CopyControl,
    /// From check 3: where each file of the bag is.
    pub layout: BagLayout,
    /// From check 4.
    pub bag_info: BagInfo,
    pub tag_manifest: Vec<u8>,
    pub tag_entries: Vec<(String, String)>,
    pub payload_sha256: HashMap<String, String>,
    /// Bag path to (archive, entry index), for the import to read.
    pub locations: HashMap<String, (usize, usize)>,
    /// From check 5: None for a bag without our signature.
    pub signer: Option<KeyInfo>,
    /// From check 7.
    pub document: Option<AssessmentDocument>,
    /// From check 10: 0 for an unsigned bag that has none.
    pub sequence: u32,
}

impl<'a> BagCheck<'a> {
    pub fn new(
        candidate: Candidate,
        on_bytes: &'a mut dyn FnMut(u64) -> CopyControl,
    ) -> BagCheck<'a> {
        let names: Vec<String> = candidate.paths.iter().map(|p| display_name(p)).collect();
        BagCheck {
            zips: candidate.zips,
            paths: candidate.paths,
            file: names.join(", "),
            verdict: BundleVerdict {
                files: names.clone(),
                ok: true,
                ..BundleVerdict::default()
            },
            names,
            parts: candidate.parts,
            marked_digest: candidate.marked_digest,
            on_bytes,
            layout: BagLayout::default(),
            bag_info: BagInfo::default(),
            tag_manifest: Vec::new(),
            tag_entries: Vec::new(),
            payload_sha256: HashMap::new(),
            locations: HashMap::new(),
            signer: None,
            document: None,
            sequence: 0,
        }
    }

    /// A tag file's bytes, or None when the bag has no such file or it cannot be read.
    pub fn read_tag(&mut self, name: &str) -> Option<Vec<u8>> {
        let (archive, index) = *self.layout.tags.get(name)?;
        match self.zips[archive].read_small(index, MAX_TAG_FILE) {
            Ok(bytes) => Some(bytes),
            Err(problem) => {
                self.verdict.problem(
                    &self.file,
                    name,
                    ProblemCode::UnsafeArchive,
                    problem.thai(),
                    problem.to_string(),
                );
                None
            }
        }
    }

    /// A tag file's text (without a BOM), or None when it is not UTF-8.
    pub fn text_of(&mut self, bytes: Vec<u8>, name: &str) -> Option<String> {
        match String::from_utf8(bytes) {
            Ok(text) => Some(text.trim_start_matches('\u{feff}').to_string()),
            Err(_) => {
                self.verdict.problem(
                    &self.file,
                    name,
                    ProblemCode::BagDeclaration,
                    format!("{name} ไม่ได้เข้ารหัสเป็น UTF-8"),
                    format!("{name} is not UTF-8."),
                );
                None
            }
        }
    }
}

/// Where each file of the bag is across the archives.
#[derive(Default)]
pub(crate) struct BagLayout {
    pub tags: BTreeMap<String, (usize, usize)>,
    pub payload: BTreeMap<String, (usize, usize, u64)>,
}

/// Check 3: exactly one `bagit.txt`, nothing outside its folder but part markers, no
/// payload file twice, and every part carrying the same tag files.
pub(crate) fn one_bag(bag: &mut BagCheck<'_>) -> Result<Flow> {
    let (zips, names, verdict) = (&bag.zips, &bag.names, &mut bag.verdict);
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
        return Ok(Flow::Stop);
    }
    let root = roots.remove(0);
    let layout = &mut bag.layout;
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
    Ok(Flow::Next)
}

/// Check 6: a format no newer than this program reads; and any problem so far stops the
/// checks here, before our own layer is read.
pub(crate) fn format_version(bag: &mut BagCheck<'_>) -> Result<Flow> {
    if let Some(version) = bag.bag_info.get("GECC-Format-Version") {
        match version.parse::<u32>() {
            Ok(v) if v <= BUNDLE_FORMAT_VERSION => {}
            _ => bag.verdict.problem(
                &bag.file,
                "bag-info.txt",
                ProblemCode::FormatTooNew,
                format!("ชุดข้อมูลใช้รูปแบบรุ่น {version} ซึ่งใหม่กว่าที่โปรแกรมนี้อ่านได้ (รุ่น {BUNDLE_FORMAT_VERSION}) กรุณาปรับปรุง GECC Desk"),
                format!("The bundle uses format {version}, newer than this program reads ({BUNDLE_FORMAT_VERSION}). Update GECC Desk."),
            ),
        }
    }
    Ok(if bag.verdict.ok {
        Flow::Next
    } else {
        Flow::Stop
    })
}
