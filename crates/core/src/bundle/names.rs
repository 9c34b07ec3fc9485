//! The names inside and of a bundle: evidence files under their original (Windows-safe)
//! names, each once, so a clerk who unzips the bundle sees "ป้ายศูนย์.jpg", not a hash.

use std::collections::{HashMap, HashSet};

use crate::file_names::windows_safe_name_within;
use crate::model::RoundKind;

/// The longest evidence name and bag folder name we write (UTF-16 units). Windows'
/// "Extract All" puts a bundle in `C:\Users\<name>\Downloads\<zip name>\`, and the ZIP
/// holds `<bag>\data\evidence\<file>`, so the bag's name is in the path twice. With the
/// longest Windows user name (20), a part suffix (" ส่วน 99 จาก 99"), a re-export's
/// " (9)" and a collision's " (99)", the path stays under 260 only if twice the bag name
/// plus the evidence name is at most 179: 2 × 64 + 50. The office name matters more in a
/// province's inbox than a file name inside the bag, whose full original stays in the
/// assessment document.
const MAX_EVIDENCE_NAME: usize = 50;
const MAX_BAG_NAME: usize = 64;

/// Where evidence sits inside the bag.
pub const EVIDENCE_PREFIX: &str = "data/evidence/";
/// The assessment document's path inside the bag.
pub const ASSESSMENT_PATH: &str = "data/assessment.json";
/// The self-assessment report PDF's path inside the bag, for people without GECC Desk.
pub const REPORT_PDF_PATH: &str = "data/รายงานการประเมินตนเอง.pdf";

/// The longest name, in UTF-8 bytes, that Linux and macOS file systems create (NAME_MAX).
/// Windows counts 255 UTF-16 units instead, and a Thai letter is one unit but three bytes,
/// so a name Windows accepts can be three times too long for unzip or 7-Zip elsewhere.
const MAX_NAME_BYTES: usize = 255;

/// The longest extension kept apart when a name is shortened or numbered; past it, the
/// last dot is taken as part of the name.
const MAX_EXTENSION_BYTES: usize = 32;

/// A bag path for each file (by SHA-256), from its original name; names that would
/// collide on Windows (equal ignoring case) get " (2)", " (3)" before the extension, and
/// every name fits in 255 bytes so any system can extract it.
pub fn evidence_bag_paths<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> HashMap<String, String> {
    let mut taken: HashSet<String> = HashSet::new();
    let mut paths = HashMap::new();
    for (sha256, original_name) in files {
        if paths.contains_key(sha256) {
            continue;
        }
        // A `%` would have to be percent-encoded in the manifest, which some BagIt
        // tools (bagit-python) do not decode; the original name stays in the document.
        let safe = windows_safe_name_within(&original_name.replace('%', "_"), MAX_EVIDENCE_NAME);
        let (stem, extension) = match safe.rfind('.') {
            Some(dot) if dot > 0 && safe.len() - dot <= MAX_EXTENSION_BYTES => {
                (&safe[..dot], &safe[dot..])
            }
            _ => (safe.as_str(), ""),
        };
        let mut number = 1;
        let candidate = loop {
            let suffix = if number == 1 {
                String::new()
            } else {
                format!(" ({number})")
            };
            let room = MAX_NAME_BYTES - suffix.len() - extension.len();
            let candidate = format!("{}{suffix}{extension}", shortened(stem, room));
            if taken.insert(candidate.to_lowercase()) {
                break candidate;
            }
            number += 1;
        };
        paths.insert(sha256.to_string(), format!("{EVIDENCE_PREFIX}{candidate}"));
    }
    paths
}

/// The longest start of `stem` of at most `max_bytes` UTF-8 bytes, cut between characters
/// and without the trailing dots and spaces Windows would drop.
fn shortened(stem: &str, max_bytes: usize) -> &str {
    if stem.len() <= max_bytes {
        return stem;
    }
    let mut end = max_bytes;
    while !stem.is_char_boundary(end) {
        end -= 1;
    }
    let cut = stem[..end].trim_end_matches(['.', ' ']);
    if cut.is_empty() {
        "_"
    } else {
        cut
    }
}

/// The round's kind as a word in a file name.
fn kind_word(kind: RoundKind) -> &'static str {
    match kind {
        RoundKind::Application => "สมัคร",
        RoundKind::Maintenance6Month => "รักษามาตรฐาน 6 เดือน",
        RoundKind::Maintenance12Month => "รักษามาตรฐาน 12 เดือน",
    }
}

/// The bundle's file stem, e.g. "GECC ที่ว่าการอำเภอเมือง 2570 สมัคร ครั้งที่ 3"; also the
/// name of the bag folder inside the ZIP.
pub fn bundle_stem(
    office_name: &str,
    fiscal_year_be: i32,
    kind: RoundKind,
    sequence: u32,
) -> String {
    let office = if office_name.trim().is_empty() {
        "สำนักงาน"
    } else {
        office_name.trim()
    };
    // The office name is shortened first, so the year, kind and sequence always show.
    let tail = format!(" {fiscal_year_be} {} ครั้งที่ {sequence}", kind_word(kind));
    let room = MAX_BAG_NAME
        .saturating_sub(5 + tail.encode_utf16().count())
        .max(8);
    let office = windows_safe_name_within(office, room);
    windows_safe_name_within(&format!("GECC {office}{tail}"), MAX_BAG_NAME)
}

/// The file name of part `k` of `n` (or the whole bundle when `n` is 1).
pub fn part_file_name(stem: &str, part: u32, parts: u32) -> String {
    if parts <= 1 {
        format!("{stem}.zip")
    } else {
        format!("{stem} ส่วน {part} จาก {parts}.zip")
    }
}

/// The marker file at the ZIP's root that says which part this is.
pub fn part_marker_name(part: u32, parts: u32) -> String {
    format!("gecc-part-{part}-of-{parts}.json")
}

/// Counts names per lowercase form, to spot names that collide on Windows.
#[cfg(test)]
fn case_collisions<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut seen: std::collections::BTreeMap<String, u32> = Default::default();
    for name in names {
        *seen.entry(name.to_lowercase()).or_default() += 1;
    }
    seen.into_iter()
        .filter(|(_, count)| *count > 1)
        .map(|(name, _)| name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_keeps_its_thai_name_and_collisions_are_numbered() {
        let paths = evidence_bag_paths([
            ("a", "ป้ายศูนย์.jpg"),
            ("b", "ป้ายศูนย์.JPG"),
            ("c", "CON.txt"),
            ("a", "ป้ายศูนย์.jpg"),
        ]);
        assert_eq!(paths["a"], "data/evidence/ป้ายศูนย์.jpg");
        assert_eq!(
            paths["b"], "data/evidence/ป้ายศูนย์ (2).JPG",
            "names equal ignoring case collide on Windows"
        );
        assert_eq!(
            paths["c"], "data/evidence/_CON.txt",
            "device names are never written"
        );
        assert!(case_collisions(paths.values().map(String::as_str)).is_empty());
    }

    #[test]
    fn a_long_thai_name_is_shortened_for_windows_paths_and_stays_under_255_bytes_for_linux() {
        let long = format!("{}.jpg", "ภ".repeat(196));
        let paths = evidence_bag_paths([("a", long.as_str()), ("b", long.as_str())]);
        let name_a = paths["a"].trim_start_matches(EVIDENCE_PREFIX);
        let name_b = paths["b"].trim_start_matches(EVIDENCE_PREFIX);
        assert_eq!(
            name_a,
            format!("{}.jpg", "ภ".repeat(46)),
            "shortened to 50 UTF-16 units (138 + 4 bytes), with the extension"
        );
        assert_eq!(
            name_b,
            format!("{} (2).jpg", "ภ".repeat(46)),
            "the number comes on top, within the 255 bytes too"
        );
        assert!(name_a.len() <= 255 && name_b.len() <= 255);
    }

    /// The longest path Windows' "Extract All" makes from any of our bundles, under the
    /// assumptions written at `MAX_EVIDENCE_NAME`: each part of it is as long as our
    /// names can make it.
    #[test]
    fn the_longest_path_an_extracted_bundle_makes_stays_under_windows_260_characters() {
        let downloads = format!("C:\\Users\\{}\\Downloads\\", "u".repeat(20));
        let evidence: Vec<String> = (0..99)
            .map(|_| format!("{}.pdf", "ข".repeat(300)))
            .collect();
        let hashes: Vec<String> = (0..99).map(|n| format!("{n:064}")).collect();
        let paths = evidence_bag_paths(
            hashes
                .iter()
                .zip(&evidence)
                .map(|(hash, name)| (hash.as_str(), name.as_str())),
        );
        let longest_evidence = paths[&hashes[98]].replace('/', "\\");
        assert!(
            longest_evidence.ends_with(" (99).pdf"),
            "{longest_evidence}"
        );
        let mut longest = 0;
        for kind in [
            RoundKind::Application,
            RoundKind::Maintenance6Month,
            RoundKind::Maintenance12Month,
        ] {
            for sequence in [1, 12, 999] {
                let bag = bundle_stem(&"ก".repeat(150), 2570, kind, sequence);
                let zip_name = part_file_name(&format!("{bag} (9)"), 99, 99);
                let folder = zip_name.trim_end_matches(".zip");
                let path = format!("{downloads}{folder}\\{bag}\\{longest_evidence}");
                longest = longest.max(path.encode_utf16().count());
            }
        }
        assert!(
            longest < 260,
            "the longest extracted path is {longest} characters, Windows allows 259"
        );
    }

    #[test]
    fn names_stay_short_enough_for_windows_paths() {
        let stem = bundle_stem(&"ก".repeat(150), 2570, RoundKind::Maintenance12Month, 12);
        assert!(stem.encode_utf16().count() <= MAX_BAG_NAME, "{stem}");
        assert!(
            stem.ends_with("ครั้งที่ 12"),
            "year, kind and sequence always show: {stem}"
        );
        let paths = evidence_bag_paths([
            ("a", &*format!("{}.pdf", "ข".repeat(300))),
            ("b", "100% ผล.pdf"),
        ]);
        assert!(
            paths["a"].ends_with(".pdf")
                && paths["a"].encode_utf16().count() == EVIDENCE_PREFIX.len() + MAX_EVIDENCE_NAME
        );
        assert_eq!(
            paths["b"], "data/evidence/100_ ผล.pdf",
            "no percent sign needs encoding"
        );
    }

    #[test]
    fn part_names_say_which_part_of_how_many() {
        let stem = bundle_stem("อำเภอเมือง", 2570, RoundKind::Application, 3);
        assert_eq!(stem, "GECC อำเภอเมือง 2570 สมัคร ครั้งที่ 3");
        assert_eq!(
            part_file_name(&stem, 2, 3),
            format!("{stem} ส่วน 2 จาก 3.zip")
        );
        assert_eq!(part_file_name(&stem, 1, 1), format!("{stem}.zip"));
    }
}
