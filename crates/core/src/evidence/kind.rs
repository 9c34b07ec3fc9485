//! Which kind of evidence a file is, guessed from its format and its (Thai) name, so a
//! PDF named "รายงานผลสำรวจ….pdf" is filed as a report and not as "เอกสารอื่น" (issue 15,
//! point 8); and which kinds to ask about when the guess does nothing for the item's
//! evidence rule but the file might be one of the kinds the rule still needs. The CLI's
//! `gecc attach` and the app both attach through the store, so both guess alike.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{EvidenceRule, FileFormat};
use crate::pack::{CriteriaPack, EvidenceType};

/// Words in file names and the evidence type id each names (the built-in packs' ids). A
/// pack without the id ignores the word. Longer words win ("รายงานการประชุม" is minutes,
/// not a report; "แผนที่" is a map, not a plan).
const NAME_WORDS: &[(&str, &str)] = &[
    ("รายงานการประชุม", "minutes"),
    ("บันทึกการประชุม", "minutes"),
    ("ประชุม", "minutes"),
    ("minutes", "minutes"),
    ("คำสั่ง", "order"),
    ("order", "order"),
    ("รายงาน", "report"),
    ("report", "report"),
    ("แผนที่", "map"),
    ("แผนผัง", "map"),
    ("ผังขั้นตอน", "map"),
    ("ผังการให้บริการ", "map"),
    ("map", "map"),
    ("แผน", "plan"),
    ("plan", "plan"),
    ("คู่มือ", "manual"),
    ("แนวปฏิบัติ", "manual"),
    ("manual", "manual"),
    ("แบบสำรวจ", "survey"),
    ("แบบประเมิน", "survey"),
    ("แบบสอบถาม", "survey"),
    ("survey", "survey"),
    ("ตารางเวร", "schedule"),
    ("ตารางงาน", "schedule"),
    ("ตารางปฏิบัติงาน", "schedule"),
    ("schedule", "schedule"),
    ("roster", "schedule"),
    ("สถิติ", "statistics"),
    ("statistics", "statistics"),
    ("ผลการวัด", "measurement"),
    ("measurement", "measurement"),
    ("ภาพหน้าจอ", "screenshot"),
    ("screenshot", "screenshot"),
    ("ภาพถ่าย", "photo"),
    ("รูปถ่าย", "photo"),
    ("photo", "photo"),
];

/// A question for the clerk after an attach: which of `choices` the file is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct KindQuestion {
    #[ts(type = "number")]
    pub evidence_id: i64,
    pub name: String,
    /// The kind the file was filed as (kept when the clerk does not choose).
    pub guessed: String,
    /// The kinds the item's rule still needs that the file might be, then the guess.
    pub choices: Vec<String>,
}

/// Whether a file of `format` can be evidence of this type: a type the pack gives only
/// to pictures (a photo) is never a PDF; any other type can be any file (a scanned order).
pub fn type_fits_format(evidence_type: &EvidenceType, format: FileFormat) -> bool {
    let pictures_only =
        !evidence_type.formats.is_empty() && evidence_type.formats.iter().all(|f| f.is_image());
    !pictures_only || format.is_image()
}

/// The word of `NAME_WORDS` found in `name` that names a type of the pack fitting the
/// format: the longest, then the first in the name.
fn named_type<'p>(
    pack: &'p CriteriaPack,
    format: FileFormat,
    name: &str,
) -> Option<&'p EvidenceType> {
    let lower = name.to_lowercase();
    NAME_WORDS
        .iter()
        .filter_map(|(word, id)| {
            let at = find_word(&lower, word)?;
            let evidence_type = pack.evidence_types.iter().find(|t| t.id == *id)?;
            type_fits_format(evidence_type, format).then_some((
                word.chars().count(),
                at,
                evidence_type,
            ))
        })
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, _, evidence_type)| evidence_type)
}

/// Where `word` is in `name`; an English word only as a whole word ("plan" is not in
/// "planet"), Thai anywhere (Thai names have no spaces between words).
fn find_word(name: &str, word: &str) -> Option<usize> {
    if !word.is_ascii() {
        return name.find(word);
    }
    name.match_indices(word).map(|(at, _)| at).find(|&at| {
        let before = name[..at].chars().next_back();
        let after = name[at + word.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphabetic())
            && !after.is_some_and(|c| c.is_ascii_alphabetic())
    })
}

/// The kind a file of `format` named `name` gets when attached: what its name says,
/// else the pack's type for the format, else none (the clerk says).
pub fn guess_evidence_type<'p>(
    pack: &'p CriteriaPack,
    format: FileFormat,
    name: &str,
) -> Option<&'p EvidenceType> {
    named_type(pack, format, name).or_else(|| pack.default_evidence_type(format))
}

/// The kinds to offer for a file guessed as `guessed` on an item with `rule`, of which
/// `unmet` is still missing: none when the guess is a kind the rule names (the file does
/// its part as guessed) or nothing missing fits the file; else the missing kinds that
/// fit, and the guess last.
pub fn kinds_to_ask(
    pack: &CriteriaPack,
    rule: Option<&EvidenceRule>,
    unmet: Option<&EvidenceRule>,
    format: FileFormat,
    guessed: &str,
) -> Vec<String> {
    let (Some(rule), Some(unmet)) = (rule, unmet) else {
        return Vec::new();
    };
    if rule.type_ids().contains(&guessed) {
        return Vec::new();
    }
    let mut choices: Vec<String> = Vec::new();
    for id in unmet.type_ids() {
        let fits = pack
            .evidence_types
            .iter()
            .any(|t| t.id == id && type_fits_format(t, format));
        if fits && !choices.iter().any(|c| c == id) {
            choices.push(id.to_string());
        }
    }
    if !choices.is_empty() && !guessed.is_empty() {
        choices.push(guessed.to_string());
    }
    choices
}

#[cfg(test)]
#[path = "kind_tests.rs"]
mod tests;
