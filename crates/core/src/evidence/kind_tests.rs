//! The kind a file is guessed to be from its format and name, and when to ask.

use super::*;
use crate::pack::{builtin_packs, parse_pack};

/// The 2568 pack of format 2, which has evidence types.
fn pack() -> CriteriaPack {
    builtin_packs()
        .iter()
        .map(|b| parse_pack(b.bytes).unwrap().pack)
        .find(|p| !p.evidence_types.is_empty())
        .expect("a built-in pack with evidence types")
}

fn guess(format: FileFormat, name: &str) -> String {
    guess_evidence_type(&pack(), format, name)
        .map(|t| t.id.clone())
        .unwrap_or_default()
}

#[test]
fn a_pdf_named_as_a_report_an_order_or_minutes_is_filed_as_one() {
    assert_eq!(
        guess(FileFormat::Pdf, "รายงานผลสำรวจความพึงพอใจ 2569.pdf"),
        "report"
    );
    assert_eq!(guess(FileFormat::Pdf, "คำสั่งแต่งตั้งคณะทำงาน.pdf"), "order");
    assert_eq!(
        guess(FileFormat::Word, "บันทึกการประชุมครั้งที่ ๑.docx"),
        "minutes"
    );
    assert_eq!(
        guess(FileFormat::Pdf, "รายงานการประชุม ๑-๒๕๖๙.pdf"),
        "minutes",
        "the longer word wins over รายงาน"
    );
    assert_eq!(
        guess(FileFormat::Pdf, "แผนที่ตั้งสำนักงาน.pdf"),
        "map",
        "แผนที่ is a map, not a plan"
    );
    assert_eq!(guess(FileFormat::Pdf, "แผนพัฒนาศูนย์.pdf"), "plan");
    assert_eq!(
        guess(FileFormat::Pdf, "Meeting minutes March.pdf"),
        "minutes"
    );
}

#[test]
fn photos_are_photos_and_a_name_cannot_make_a_pdf_a_photo() {
    assert_eq!(guess(FileFormat::Jpeg, "IMG_2031.jpg"), "photo");
    assert_eq!(guess(FileFormat::Png, "ภาพหน้าจอระบบคิว.png"), "screenshot");
    assert_eq!(
        guess(FileFormat::Pdf, "ภาพถ่ายป้าย.pdf"),
        "document",
        "a PDF is never a photo"
    );
}

#[test]
fn a_name_that_says_nothing_keeps_the_kind_of_its_format() {
    assert_eq!(guess(FileFormat::Pdf, "scan0001.pdf"), "document");
    assert_eq!(guess(FileFormat::Excel, "ข้อมูล.xlsx"), "statistics");
    assert_eq!(
        guess(FileFormat::Pdf, "planet.pdf"),
        "document",
        "an English word counts only whole"
    );
}

fn ask(rule: &str, unmet: &str, format: FileFormat, guessed: &str) -> Vec<String> {
    let rule = EvidenceRule::parse(rule).unwrap();
    let unmet = EvidenceRule::parse(unmet).unwrap();
    kinds_to_ask(&pack(), Some(&rule), Some(&unmet), format, guessed)
}

#[test]
fn the_clerk_is_asked_when_the_file_might_be_a_kind_the_rule_still_needs() {
    assert_eq!(
        ask(
            "photo & (order | minutes)",
            "order | minutes",
            FileFormat::Pdf,
            "document"
        ),
        ["order", "minutes", "document"],
        "a scanned PDF could be either; the guess is kept as the last choice"
    );
    assert_eq!(
        ask(
            "measurement & photo",
            "measurement & photo",
            FileFormat::Pdf,
            "document"
        ),
        ["measurement", "document"],
        "a PDF is never the photo, so only the measurement is offered"
    );
}

#[test]
fn no_question_when_the_guess_already_does_its_part_or_nothing_fits() {
    assert!(ask(
        "photo & (order | minutes)",
        "order | minutes",
        FileFormat::Jpeg,
        "photo"
    )
    .is_empty());
    assert!(ask("survey & report", "survey", FileFormat::Pdf, "report").is_empty());
    assert!(
        ask("photo", "photo", FileFormat::Pdf, "document").is_empty(),
        "a PDF cannot be the photo"
    );
    assert!(
        kinds_to_ask(&pack(), None, None, FileFormat::Pdf, "document").is_empty(),
        "no rule, no question"
    );
}
