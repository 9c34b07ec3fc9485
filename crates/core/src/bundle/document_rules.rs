//! The rules a bundle's records must meet that need no criteria pack: what a clerk's save
//! would have stored (trimmed text of sane length, real dates) and what the database
//! enforces (its CHECK constraints), checked in verify so that a bundle verify accepts
//! can be stored, and a bad one is refused before anything is written.

use std::collections::HashSet;

use super::report::{ProblemCode, Refusal};
use super::{AssessmentDocument, EventRecord};
use crate::model::DeadlineInput;
use crate::store::{validate_deadline, validate_office};
use crate::timestamp::is_stamp;

/// Who did something: a person's name as `actor::person_name` accepts it, or "unknown".
const MAX_PERSON_CHARS: usize = crate::actor::MAX_PERSON_CHARS;
/// A deadline title, as the database's CHECK says.
const MAX_TITLE_CHARS: usize = 300;
/// An evidence file's original name (Windows allows 255 UTF-16 units; with room).
const MAX_FILE_NAME_CHARS: usize = 1_000;
/// Identifiers of packs, evidence types and event kinds are short ASCII words.
const MAX_WORD_CHARS: usize = 100;
/// An event's details as JSON: an unlock reason of 2,000 characters and its labels fit.
const MAX_EVENT_DETAIL_CHARS: usize = 8_000;
const MAX_REASON_CHARS: usize = 2_000;
/// The longest side of a photo's original that a reduced copy may name, in pixels.
const MAX_PIXEL_SIDE: u32 = 1_000_000;
/// The fiscal years the database accepts (B.E.).
const FISCAL_YEARS: std::ops::RangeInclusive<i32> = 2500..=2700;

/// Checks every record of the document that the pack does not decide.
pub fn check_records(document: &AssessmentDocument) -> Result<(), Refusal> {
    check_office(document)?;
    check_round(document)?;
    check_deadlines(document)?;
    check_evidence(document)?;
    check_answers_and_history(document)?;
    document.events.iter().try_for_each(check_event)
}

fn invalid(th: String, en: String) -> Refusal {
    Refusal::new(ProblemCode::InvalidRecord, th, en)
}

/// Text a person typed: trimmed as a save trims it, and within its limit.
fn text(field: &str, value: &str, max: usize) -> Result<(), Refusal> {
    if value.trim() != value {
        return Err(Refusal::new(
            ProblemCode::PaddedText,
            format!("{field} มีช่องว่างนำหน้าหรือต่อท้าย ซึ่งการบันทึกปกติจะตัดออก จึงไม่นำเข้า"),
            format!("{field} has spaces before or after it that a normal save removes; refused."),
        ));
    }
    if value.chars().count() > max {
        return Err(invalid(
            format!("{field} ยาวเกิน {max} ตัวอักษร"),
            format!("{field} is longer than {max} characters."),
        ));
    }
    Ok(())
}

/// A name on one line: text, and no control characters.
fn name(field: &str, value: &str, max: usize) -> Result<(), Refusal> {
    text(field, value, max)?;
    if value.chars().any(char::is_control) {
        return Err(invalid(
            format!("{field} มีอักขระควบคุม"),
            format!("{field} holds control characters."),
        ));
    }
    Ok(())
}

fn stamp(field: &str, value: &str) -> Result<(), Refusal> {
    if is_stamp(value) {
        return Ok(());
    }
    Err(invalid(
        format!("เวลาใน {field} (\"{value}\") ไม่อยู่ในรูปแบบ 2026-11-21T04:00:00.000Z"),
        format!("The time in {field} (\"{value}\") is not of the form 2026-11-21T04:00:00.000Z."),
    ))
}

fn check_office(document: &AssessmentDocument) -> Result<(), Refusal> {
    let uid = &document.office.uid;
    if uid.is_empty() || uid.len() > 64 || !uid.chars().all(|c| c.is_ascii_graphic()) {
        return Err(Refusal::new(
            ProblemCode::Document,
            "ไม่มีรหัสสำนักงาน หรือรหัสไม่ถูกต้อง",
            "The office id is missing or malformed.",
        ));
    }
    let profile = &document.office.profile;
    match validate_office(profile.clone()) {
        Ok(clean) if clean == *profile => Ok(()),
        Ok(_) => Err(Refusal::new(
            ProblemCode::PaddedText,
            "ข้อมูลสำนักงานมีช่องว่างนำหน้าหรือต่อท้าย ซึ่งการบันทึกปกติจะตัดออก จึงไม่นำเข้า",
            "The office's profile has spaces around its values that a normal save removes; refused.",
        )),
        Err(error) => {
            let message = error.message();
            Err(invalid(
                format!("ข้อมูลสำนักงานไม่ถูกต้อง: {}", message.th),
                format!("The office's profile is invalid: {}", message.en),
            ))
        }
    }
}

fn check_round(document: &AssessmentDocument) -> Result<(), Refusal> {
    let round = &document.round;
    if !FISCAL_YEARS.contains(&round.fiscal_year_be) {
        return Err(invalid(
            format!(
                "ปีงบประมาณ {} อยู่นอกช่วง {}–{}",
                round.fiscal_year_be,
                FISCAL_YEARS.start(),
                FISCAL_YEARS.end()
            ),
            format!(
                "Fiscal year {} is outside {}–{}.",
                round.fiscal_year_be,
                FISCAL_YEARS.start(),
                FISCAL_YEARS.end()
            ),
        ));
    }
    stamp("round.created_at", &round.created_at)?;
    if let Some(at) = &round.approved_at {
        stamp("round.approved_at", at)?;
    }
    name(
        "ผู้อนุมัติ (round.approved_by_name)",
        &round.approved_by_name,
        MAX_PERSON_CHARS,
    )?;
    name(
        "ตำแหน่งผู้อนุมัติ (round.approved_by_position)",
        &round.approved_by_position,
        MAX_PERSON_CHARS,
    )?;
    let pack = &document.pack;
    if pack.id.is_empty() || !is_word(&pack.id) || !is_hash(&pack.sha256) {
        return Err(Refusal::new(
            ProblemCode::Document,
            "การอ้างถึงชุดเกณฑ์ (pack) ไม่ถูกต้อง",
            "The pack reference is malformed.",
        ));
    }
    Ok(())
}

fn check_deadlines(document: &AssessmentDocument) -> Result<(), Refusal> {
    for deadline in &document.deadlines {
        let input = DeadlineInput {
            id: None,
            title: deadline.title.clone(),
            due_date: deadline.due_date.clone(),
            done: deadline.done,
        };
        let (title, due_date) = validate_deadline(&input).map_err(|error| {
            let message = error.message();
            invalid(
                format!(
                    "กำหนดการ \"{}\" ไม่ถูกต้อง: {}",
                    short(&deadline.title),
                    message.th
                ),
                format!(
                    "The deadline \"{}\" is invalid: {}",
                    short(&deadline.title),
                    message.en
                ),
            )
        })?;
        if title != deadline.title || due_date != deadline.due_date {
            text(
                "ชื่อกำหนดการ (deadline title)",
                &deadline.title,
                MAX_TITLE_CHARS,
            )?;
            return Err(invalid(
                format!(
                    "วันที่ของกำหนดการ \"{}\" ไม่อยู่ในรูปแบบ YYYY-MM-DD",
                    deadline.title
                ),
                format!(
                    "The date of deadline \"{}\" is not of the form YYYY-MM-DD.",
                    deadline.title
                ),
            ));
        }
        name("deadline source", &deadline.source, MAX_TITLE_CHARS)?;
    }
    Ok(())
}

fn check_evidence(document: &AssessmentDocument) -> Result<(), Refusal> {
    let mut seen = HashSet::new();
    for record in &document.evidence {
        let label = format!("หลักฐาน \"{}\"", short(&record.original_name));
        if !is_hash(&record.sha256) {
            return Err(Refusal::new(
                ProblemCode::Document,
                format!("ค่าแฮชของ{label}ไม่ถูกต้อง"),
                format!(
                    "Evidence \"{}\" has an invalid hash.",
                    short(&record.original_name)
                ),
            ));
        }
        if !seen.insert(record.sha256.as_str()) {
            return Err(invalid(
                format!("{label} อยู่ในรายการหลักฐานซ้ำสองครั้ง"),
                format!(
                    "Evidence \"{}\" is listed twice.",
                    short(&record.original_name)
                ),
            ));
        }
        // The database stores sizes as signed 64-bit numbers of at least zero.
        if record.size > i64::MAX as u64
            || record.original_name.is_empty()
            || record.original_name.chars().count() > MAX_FILE_NAME_CHARS
        {
            return Err(invalid(
                format!("ขนาดหรือชื่อของ{label}ไม่ถูกต้อง"),
                format!(
                    "Evidence \"{}\" has an impossible size or name.",
                    short(&record.original_name)
                ),
            ));
        }
        stamp("evidence.added_at", &record.added_at)?;
        name("evidence.added_by", &record.added_by, MAX_PERSON_CHARS)?;
        check_reduced_from(record)?;
    }
    let mut links = HashSet::new();
    for link in &document.links {
        if !seen.contains(link.sha256.as_str()) {
            return Err(Refusal::new(
                ProblemCode::Document,
                format!("ข้อ {} อ้างถึงหลักฐานที่ไม่มีในรายการ", link.item_id),
                format!(
                    "Item {} links to evidence that is not listed.",
                    link.item_id
                ),
            ));
        }
        if !links.insert((link.item_id.as_str(), link.sha256.as_str())) {
            return Err(invalid(
                format!("ข้อ {} ผูกกับหลักฐานเดียวกันซ้ำสองครั้ง", link.item_id),
                format!("Item {} links to the same file twice.", link.item_id),
            ));
        }
        name("link.evidence_type", &link.evidence_type, MAX_WORD_CHARS)?;
        stamp("link.linked_at", &link.linked_at)?;
        name("link.linked_by", &link.linked_by, MAX_PERSON_CHARS)?;
    }
    Ok(())
}

/// A reduced photo's link to its original: a real hash (not its own), a size the
/// database holds, and a picture's pixel size; only an image is ever reduced.
fn check_reduced_from(record: &super::EvidenceRecord) -> Result<(), Refusal> {
    let Some(original) = &record.reduced_from else {
        return Ok(());
    };
    let sane = is_hash(&original.sha256)
        && original.sha256 != record.sha256
        && original.size <= i64::MAX as u64
        && (1..=MAX_PIXEL_SIDE).contains(&original.width)
        && (1..=MAX_PIXEL_SIDE).contains(&original.height)
        && record.format.is_image();
    if sane {
        return Ok(());
    }
    let name = short(&record.original_name);
    Err(invalid(
        format!("ข้อมูลต้นฉบับของรูปที่ย่อ \"{name}\" (reduced_from) ไม่ถูกต้อง"),
        format!("The original named by the reduced photo \"{name}\" (reduced_from) is malformed."),
    ))
}

fn check_answers_and_history(document: &AssessmentDocument) -> Result<(), Refusal> {
    let mut items = HashSet::new();
    for answer in &document.answers {
        if !items.insert(answer.item_id.as_str()) {
            return Err(invalid(
                format!("มีคำตอบของข้อ {} สองคำตอบ", answer.item_id),
                format!("Item {} has two answers.", answer.item_id),
            ));
        }
        stamp("answers.updated_at", &answer.updated_at)?;
        name("answers.updated_by", &answer.updated_by, MAX_PERSON_CHARS)?;
    }
    for change in &document.history {
        stamp("history.changed_at", &change.changed_at)?;
        name("history.changed_by", &change.changed_by, MAX_PERSON_CHARS)?;
    }
    Ok(())
}

/// An event as the program records it: a known shape for the kinds we write; a kind of
/// a later version is kept if it looks like one (a short word) and its details are small.
fn check_event(event: &EventRecord) -> Result<(), Refusal> {
    if event.kind.is_empty() || !is_word(&event.kind) {
        return Err(invalid(
            "เหตุการณ์มีชนิดที่ไม่ถูกต้อง".into(),
            "An event has a malformed kind.".into(),
        ));
    }
    stamp("events.at", &event.at)?;
    name("events.actor", &event.actor, MAX_PERSON_CHARS)?;
    let detail = &event.detail;
    if !detail.is_object() || detail.to_string().chars().count() > MAX_EVENT_DETAIL_CHARS {
        return Err(invalid(
            format!("รายละเอียดของเหตุการณ์ {} ไม่ถูกต้องหรือยาวเกินไป", event.kind),
            format!(
                "The details of a {} event are malformed or too long.",
                event.kind
            ),
        ));
    }
    let field = |key: &str| detail.get(key).and_then(|v| v.as_str()).unwrap_or("");
    match event.kind.as_str() {
        "round_unlocked" => {
            let reason = field("reason");
            text("เหตุผลการปลดล็อก (unlock reason)", reason, MAX_REASON_CHARS)?;
            if reason.is_empty() {
                return Err(invalid(
                    "การปลดล็อกไม่มีเหตุผล".into(),
                    "An unlock has no reason.".into(),
                ));
            }
        }
        "round_approved" => {
            name("ผู้อนุมัติ (approval name)", field("name"), MAX_PERSON_CHARS)?;
            name(
                "ตำแหน่งผู้อนุมัติ (approval position)",
                field("position"),
                MAX_PERSON_CHARS,
            )?;
        }
        "evidence_attached" | "evidence_detached" | "evidence_type_changed"
            if !is_hash(field("sha256")) =>
        {
            return Err(invalid(
                format!("เหตุการณ์ {} ไม่ระบุไฟล์ที่ถูกต้อง", event.kind),
                format!("A {} event does not name a valid file.", event.kind),
            ));
        }
        _ => {}
    }
    Ok(())
}

fn is_hash(text: &str) -> bool {
    text.len() == 64
        && text
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
}

/// Identifiers: short, printable ASCII, no spaces.
fn is_word(text: &str) -> bool {
    text.len() <= MAX_WORD_CHARS && text.chars().all(|c| c.is_ascii_graphic())
}

/// The head of a long text, for a message.
fn short(text: &str) -> String {
    let head: String = text.chars().take(60).collect();
    if head.len() < text.len() {
        format!("{head}…")
    } else {
        head
    }
}
