//! The checks of a bundle's records that need its criteria pack: every item it names is
//! in the pack, and every answer and every change of the history (before and after) is
//! exactly what a clerk's save of that item would store. The history is append-only, so
//! anything taken into it stays for good: the whole bundle is refused for one bad entry.

use std::collections::HashSet;

use crate::answer_rules::validate_answer;
use crate::bundle::{AssessmentDocument, ProblemCode, Refusal};
use crate::model::AnswerInput;
use crate::pack::CriteriaPack;

/// Refuses the first item the pack lacks, or the first answer or change a save refuses.
pub(super) fn check_items(
    pack: &CriteriaPack,
    document: &AssessmentDocument,
) -> Result<(), Refusal> {
    let named = document
        .answers
        .iter()
        .map(|a| a.item_id.as_str())
        .chain(document.history.iter().map(|h| h.item_id.as_str()))
        .chain(document.links.iter().map(|l| l.item_id.as_str()))
        .chain(document.events.iter().filter_map(|e| e.item_id.as_deref()));
    let mut seen = HashSet::new();
    for item_id in named {
        if seen.insert(item_id) && pack.find_item(item_id).is_none() {
            return Err(Refusal::new(
                ProblemCode::Document,
                format!("ชุดข้อมูลอ้างถึงข้อ {item_id} ซึ่งไม่มีในชุดเกณฑ์ {}", pack.pack_id),
                format!(
                    "The bundle names item {item_id}, which pack {} does not have.",
                    pack.pack_id
                ),
            ));
        }
    }
    for answer in &document.answers {
        check_content(
            pack,
            &answer.item_id,
            &answer.content,
            "คำตอบ",
            "The answer",
        )?;
    }
    for change in &document.history {
        if let Some(before) = &change.before {
            check_content(
                pack,
                &change.item_id,
                before,
                "ประวัติ (ก่อนแก้ไข)",
                "A history entry (before)",
            )?;
        }
        check_content(
            pack,
            &change.item_id,
            &change.after,
            "ประวัติ (หลังแก้ไข)",
            "A history entry (after)",
        )?;
    }
    Ok(())
}

/// One answer's content: valid for its item, and stored as the save would store it.
fn check_content(
    pack: &CriteriaPack,
    item_id: &str,
    content: &AnswerInput,
    what_th: &str,
    what_en: &str,
) -> Result<(), Refusal> {
    let Some((part, item)) = pack.find_item(item_id) else {
        return Ok(());
    };
    match validate_answer(part, item, content.clone()) {
        Ok(clean) if clean == *content => Ok(()),
        Ok(_) => Err(Refusal::new(
            ProblemCode::PaddedText,
            format!("{what_th}ของข้อ {item_id} มีข้อความที่มีช่องว่างนำหน้าหรือต่อท้าย ซึ่งการบันทึกปกติจะตัดออก จึงไม่นำเข้า"),
            format!("{what_en} of item {item_id} holds text with spaces around it that a normal save removes; refused."),
        )),
        Err(error) => {
            let message = error.message();
            Err(Refusal::new(
                ProblemCode::InvalidRecord,
                format!("{what_th}ของข้อ {item_id} ไม่ถูกต้อง: {}", message.th),
                format!("{what_en} of item {item_id} is invalid: {}", message.en),
            ))
        }
    }
}
