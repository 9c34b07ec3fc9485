//! The figures behind an item's answer as the report prints them under the item: its
//! sub-scores and their sum, the number or text it reports, and the figures the pack asks
//! for (a survey's responses per level, how many responded, the percentage, the sample
//! size, who collected the data and when). A supervisor signs the paper, so what the
//! clerk entered must be on it, not only in the app.

use gecc_core::model::AnswerInput;
use gecc_core::pack::{summarize_tally, AnswerKind, Figure, FigureValue, Item, Part};
use gecc_core::thai::Digits;
use gecc_core::Localized;
use serde::Serialize;

use super::{count, number, prose};
use crate::segment::Words;

/// One line under an item: what the figure is, and what was entered.
#[derive(Debug, Serialize)]
pub(crate) struct FigureLine {
    pub title: Words,
    pub value: Words,
}

/// Every figure of `item` that has a value, in the pack's order.
pub(crate) fn figure_lines(
    part: &Part,
    item: &Item,
    answer: &AnswerInput,
    digits: Digits,
) -> Vec<FigureLine> {
    let mut lines = Vec::new();
    let mut line = |title: &str, value: String| {
        lines.push(FigureLine {
            title: prose(title, digits),
            value: prose(&value, digits),
        })
    };
    match &item.answer {
        AnswerKind::Points { sub_scores } => {
            let mut any = false;
            for sub in sub_scores {
                if let Some(value) = answer.sub_scores.get(&sub.id) {
                    any = true;
                    let value = number(*value, digits);
                    line(
                        &sub.title.th,
                        match sub.max_points {
                            Some(max) => format!("{value} จาก {} คะแนน", number(max, digits)),
                            None => format!("{value} คะแนน"),
                        },
                    );
                }
            }
            if any {
                let sum: f64 = answer.sub_scores.values().sum();
                let points = part.points_of(item);
                line(
                    "รวมคะแนนย่อย",
                    format!(
                        "{} จาก {} คะแนน",
                        number(sum.min(points), digits),
                        number(points, digits)
                    ),
                );
            }
        }
        AnswerKind::Number { unit, .. } => {
            if let Some(value) = answer.value_number {
                line("ผลที่รายงาน", with_unit(value, unit.as_ref(), digits));
            }
        }
        AnswerKind::Text => {
            if let Some(text) = answer.value_text.as_deref().filter(|t| !t.is_empty()) {
                line("คำตอบ", text.to_string());
            }
        }
        AnswerKind::Check => {}
    }
    for figure in &item.figures {
        let Some(value) = answer.figures.get(figure.id()) else {
            continue;
        };
        match (figure, value) {
            (Figure::Number { title, unit, .. }, FigureValue::Number(value)) => {
                line(&title.th, with_unit(*value, unit.as_ref(), digits));
            }
            (Figure::Text { title, .. }, FigureValue::Text(text)) if !text.is_empty() => {
                line(&title.th, text.clone());
            }
            (Figure::Tally { title, levels, .. }, FigureValue::Tally(counts)) => {
                let per_level: Vec<String> = levels
                    .iter()
                    .map(|level| {
                        let responses = counts.get(&level.id).copied().unwrap_or(0);
                        format!("{} {}", level.title.th, count(responses, digits))
                    })
                    .collect();
                line(&title.th, per_level.join(" · "));
                let summary = summarize_tally(&item.id, figure.id(), levels, counts);
                line(
                    "จำนวนผู้ตอบทั้งหมด",
                    format!("{} คน", count(summary.responses, digits)),
                );
                if let Some(percent) = summary.percent {
                    line("ผลคิดเป็นร้อยละ", number(percent, digits));
                }
            }
            _ => {}
        }
    }
    lines
}

/// "๑๒๐ คน", or "ร้อยละ ๘๕" since Thai writes that unit before the number.
fn with_unit(value: f64, unit: Option<&Localized>, digits: Digits) -> String {
    let value = number(value, digits);
    match unit.map(|u| u.th.as_str()) {
        Some("ร้อยละ") => format!("ร้อยละ {value}"),
        Some(unit) if !unit.is_empty() => format!("{value} {unit}"),
        _ => value,
    }
}
