//! What a valid answer to an item looks like, checked before anything is saved:
//! sub-scores only on points items and within their limits, figures only on number
//! items, dates that exist, text of sane length.

use std::collections::BTreeMap;

use time::macros::format_description;
use time::Date;

use crate::error::{Error, Result};
use crate::model::AnswerInput;
use crate::pack::{AnswerKind, Figure, FigureValue, Item, Part};

/// A note longer than this is surely pasted by mistake; ten pages of Thai text fit.
pub const MAX_NOTE_CHARS: usize = 20_000;
const MAX_OWNER_CHARS: usize = 200;
const MAX_REASON_CHARS: usize = 2_000;

/// Checks raw input against the item it answers and returns it cleaned.
pub fn validate_answer(part: &Part, item: &Item, input: AnswerInput) -> Result<AnswerInput> {
    let note = input.note.trim_end().to_string();
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(Error::invalid(
            format!("บันทึกยาวเกิน {MAX_NOTE_CHARS} ตัวอักษร กรุณาแนบเป็นไฟล์หลักฐานแทน"),
            format!("The note is longer than {MAX_NOTE_CHARS} characters; attach it as an evidence file instead."),
        ));
    }
    let owner = input.owner.trim().to_string();
    if owner.chars().count() > MAX_OWNER_CHARS {
        return Err(Error::invalid(
            "ชื่อผู้รับผิดชอบยาวเกินไป",
            format!("The owner's name is longer than {MAX_OWNER_CHARS} characters."),
        ));
    }
    let due_date = match input.due_date.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(parse_iso_date(text)?),
    };
    let points = part.points_of(item);
    let sub_scores = validate_sub_scores(item, points, input.sub_scores)?;
    let value_number = validate_number(item, input.value_number)?;
    let value_text = match (&item.answer, input.value_text) {
        (_, None) => None,
        (AnswerKind::Text, Some(text)) if text.chars().count() <= MAX_NOTE_CHARS => Some(text),
        (AnswerKind::Text, Some(_)) => {
            return Err(Error::invalid(
                "คำตอบยาวเกินไป",
                "The answer text is too long.",
            ))
        }
        (_, Some(_)) => {
            return Err(Error::invalid(
                format!("ข้อ {} ไม่รับคำตอบแบบข้อความ", item.code),
                format!("Item {} does not take a text answer.", item.code),
            ))
        }
    };
    let not_applicable_reason = input.not_applicable_reason.trim().to_string();
    if not_applicable_reason.chars().count() > MAX_REASON_CHARS {
        return Err(Error::invalid(
            format!("เหตุผลที่ไม่เกี่ยวข้องยาวเกิน {MAX_REASON_CHARS} ตัวอักษร"),
            format!("The reason for not applicable is longer than {MAX_REASON_CHARS} characters."),
        ));
    }
    let figures = validate_figures(item, input.figures)?;
    Ok(AnswerInput {
        figures,
        status: input.status,
        note,
        owner,
        due_date,
        sub_scores,
        value_number,
        value_text,
        not_applicable_reason,
    })
}

fn validate_figures(
    item: &Item,
    figures: BTreeMap<String, FigureValue>,
) -> Result<BTreeMap<String, FigureValue>> {
    for (id, value) in &figures {
        let Some(figure) = item.figures.iter().find(|f| f.id() == id) else {
            return Err(Error::invalid(
                format!("ข้อ {} ไม่มีตัวเลข \"{id}\"", item.code),
                format!("Item {} has no figure \"{id}\".", item.code),
            ));
        };
        let fits = match (figure, value) {
            (Figure::Number { min, max, .. }, FigureValue::Number(number)) => {
                number.is_finite()
                    && min.is_none_or(|min| *number >= min)
                    && max.is_none_or(|max| *number <= max)
            }
            (Figure::Text { .. }, FigureValue::Text(text)) => {
                text.chars().count() <= MAX_REASON_CHARS
            }
            (Figure::Tally { levels, .. }, FigureValue::Tally(counts)) => counts
                .keys()
                .all(|level| levels.iter().any(|l| &l.id == level)),
            _ => false,
        };
        if !fits {
            return Err(Error::invalid(
                format!("ค่า \"{}\" ของข้อ {} ไม่ถูกต้อง", figure.title().th, item.code),
                format!(
                    "The value of \"{}\" for item {} does not fit.",
                    figure.title().en,
                    item.code
                ),
            ));
        }
    }
    Ok(figures)
}

/// A YYYY-MM-DD date as typed, checked to be a real day (answers, deadlines, carry-over).
pub(crate) fn parse_iso_date(text: &str) -> Result<String> {
    let format = format_description!("[year]-[month]-[day]");
    Date::parse(text, format)
        .map(|date| date.format(format).unwrap_or_else(|_| text.to_string()))
        .map_err(|_| {
            Error::invalid(
                format!("วันที่ \"{text}\" ไม่ถูกต้อง"),
                format!("\"{text}\" is not a valid date (YYYY-MM-DD)."),
            )
        })
}

fn validate_sub_scores(
    item: &Item,
    points: f64,
    sub_scores: BTreeMap<String, f64>,
) -> Result<BTreeMap<String, f64>> {
    if sub_scores.is_empty() {
        return Ok(sub_scores);
    }
    let AnswerKind::Points {
        sub_scores: defined,
    } = &item.answer
    else {
        return Err(Error::invalid(
            format!("ข้อ {} ไม่มีคะแนนย่อย", item.code),
            format!("Item {} has no sub-scores.", item.code),
        ));
    };
    for (id, value) in &sub_scores {
        let Some(definition) = defined.iter().find(|d| &d.id == id) else {
            return Err(Error::invalid(
                format!("ข้อ {} ไม่มีคะแนนย่อย \"{id}\"", item.code),
                format!("Item {} has no sub-score \"{id}\".", item.code),
            ));
        };
        let limit = definition.max_points.unwrap_or(points);
        if !value.is_finite() || *value < 0.0 || *value > limit {
            return Err(Error::invalid(
                format!("คะแนน \"{}\" ต้องอยู่ระหว่าง 0 ถึง {limit}", definition.title.th),
                format!("\"{}\" must be between 0 and {limit}.", definition.title.en),
            ));
        }
    }
    let total: f64 = sub_scores.values().sum();
    if total > points + 1e-9 {
        return Err(Error::invalid(
            format!(
                "คะแนนย่อยรวม {total} เกินคะแนนเต็มของข้อ {} ({points})",
                item.code
            ),
            format!(
                "Sub-scores add up to {total}, above item {}'s {points} points.",
                item.code
            ),
        ));
    }
    Ok(sub_scores)
}

fn validate_number(item: &Item, value: Option<f64>) -> Result<Option<f64>> {
    let Some(value) = value else { return Ok(None) };
    let AnswerKind::Number { min, max, .. } = &item.answer else {
        return Err(Error::invalid(
            format!("ข้อ {} ไม่รับคำตอบแบบตัวเลข", item.code),
            format!("Item {} does not take a number.", item.code),
        ));
    };
    let below = min.is_some_and(|min| value < min);
    let above = max.is_some_and(|max| value > max);
    if !value.is_finite() || below || above {
        let range = format!(
            "{} – {}",
            min.map_or("…".into(), |v| v.to_string()),
            max.map_or("…".into(), |v| v.to_string())
        );
        return Err(Error::invalid(
            format!("ตัวเลขของข้อ {} ต้องอยู่ในช่วง {range}", item.code),
            format!("The figure for item {} must be within {range}.", item.code),
        ));
    }
    Ok(Some(value))
}
