//! `gecc answer`: one item's answer saved through the same core function as the app's
//! save (`Store::save_answer`, with its checks and its history), so a script or a test
//! can fill a round without the window. Only what is given changes: the rest of the saved
//! answer is kept, so a note typed in the app is not lost to a status set by a script.

use clap::builder::{PossibleValuesParser, TypedValueParser};
use gecc_core::model::{AnswerInput, AnswerStatus};
use gecc_core::pack::{AnswerKind, Figure, FigureValue, Item};
use gecc_core::thai::{ce_year, to_arabic_digits};
use gecc_core::{Error, Store};

use crate::print::json_value;

/// The arguments of `gecc answer`.
#[derive(clap::Args)]
pub struct AnswerArgs {
    /// The round's number, as `gecc rounds` lists it.
    round: i64,
    /// The item's id, as the pack has it (e.g. physical.lighting).
    item_id: String,
    /// Where the item stands.
    #[arg(long, value_parser = status_parser())]
    status: Option<AnswerStatus>,
    /// Why the item does not apply (for --status not-applicable).
    #[arg(long, value_name = "TEXT")]
    reason: Option<String>,
    /// The clerk's note on the item (shown and printed as typed).
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    /// Who is responsible for the item.
    #[arg(long, value_name = "NAME")]
    owner: Option<String>,
    /// When it is due, as DD/MM/YYYY in the Buddhist era (e.g. 30/09/2568); "" clears it.
    #[arg(long, value_name = "DD/MM/YYYY")]
    due: Option<String>,
    /// A sub-score's points, as ID=N (e.g. --sub-score plan=2); repeatable.
    #[arg(long = "sub-score", value_name = "ID=N")]
    sub_scores: Vec<String>,
    /// The answer itself, for an item answered with a number (e.g. a percentage) or a
    /// text; "" clears it.
    #[arg(long, value_name = "NUMBER|TEXT")]
    value: Option<String>,
    /// A figure's value, as ID=VALUE; a tally's level as ID.LEVEL=COUNT (e.g.
    /// --figure responses.very-high=120); repeatable.
    #[arg(long = "figure", value_name = "ID=VALUE")]
    figures: Vec<String>,
}

/// The statuses as a person types them: the stored names with hyphens.
const STATUS_NAMES: [&str; 5] = [
    "not-started",
    "in-progress",
    "met",
    "not-met",
    "not-applicable",
];

fn status_parser() -> impl TypedValueParser<Value = AnswerStatus> {
    PossibleValuesParser::new(STATUS_NAMES).try_map(|name| {
        AnswerStatus::parse(&name.replace('-', "_")).ok_or_else(|| format!("\"{name}\""))
    })
}

/// Saves the item's answer with the changes given and prints it.
pub fn answer(
    store: &mut Store,
    args: &AnswerArgs,
    actor: &str,
    as_json: bool,
) -> Result<(), Error> {
    let pack = store.round_pack(args.round)?;
    let (_, item) = pack
        .find_item(&args.item_id)
        .ok_or_else(|| Error::ItemNotInPack {
            item_id: args.item_id.clone(),
        })?;
    let saved = store.answer(args.round, &args.item_id)?;
    let mut input = saved.map(|answer| answer.content).unwrap_or_default();
    apply(args, item, &mut input)?;
    let saved = store.save_answer(args.round, &args.item_id, input, actor)?;
    if as_json {
        json_value(&saved.answer);
    } else {
        say!(
            "บันทึกคำตอบข้อ {0} แล้ว / saved {0}: {1}",
            saved.answer.item_id,
            saved.answer.content.status.as_str()
        );
    }
    Ok(())
}

/// Changes `input` as the arguments say; the store checks the result against the item.
fn apply(args: &AnswerArgs, item: &Item, input: &mut AnswerInput) -> Result<(), Error> {
    if let Some(status) = args.status {
        input.status = status;
    }
    if let Some(reason) = &args.reason {
        input.not_applicable_reason = reason.clone();
    }
    if let Some(note) = &args.note {
        input.note = note.clone();
    }
    if let Some(owner) = &args.owner {
        input.owner = owner.clone();
    }
    if let Some(due) = &args.due {
        input.due_date = (!due.trim().is_empty())
            .then(|| iso_date(due))
            .transpose()?;
    }
    if let Some(value) = &args.value {
        set_value(item, input, value)?;
    }
    for pair in &args.sub_scores {
        let (id, points) = split(pair, "--sub-score")?;
        let points = number(points).ok_or_else(|| not_a_number(pair))?;
        input.sub_scores.insert(id.to_string(), points);
    }
    for pair in &args.figures {
        let (key, value) = split(pair, "--figure")?;
        set_figure(item, input, key, value).ok_or_else(|| {
            Error::invalid(
                format!(
                    "ข้อ {} ไม่มีตัวเลข \"{key}\" หรือค่า \"{value}\" ไม่ใช่ตัวเลข",
                    item.id
                ),
                format!(
                    "Item {} has no figure \"{key}\", or \"{value}\" is not a number for it.",
                    item.id
                ),
            )
        })?;
    }
    Ok(())
}

/// The answer's own value, as the item's kind of answer wants it.
fn set_value(item: &Item, input: &mut AnswerInput, value: &str) -> Result<(), Error> {
    let cleared = value.trim().is_empty();
    match item.answer {
        AnswerKind::Number { .. } if cleared => input.value_number = None,
        AnswerKind::Number { .. } => {
            input.value_number = Some(number(value).ok_or_else(|| not_a_number(value))?)
        }
        AnswerKind::Text => input.value_text = (!cleared).then(|| value.to_string()),
        AnswerKind::Check | AnswerKind::Points { .. } => {
            return Err(Error::invalid(
                format!("ข้อ {} ไม่ได้ตอบเป็นตัวเลขหรือข้อความ (--value ใช้ไม่ได้)", item.id),
                format!(
                    "Item {} is not answered with a number or a text (no --value).",
                    item.id
                ),
            ))
        }
    }
    Ok(())
}

/// Sets one figure, or one level of a tally (`ID.LEVEL`); None when the item has no such
/// figure or a number was wanted and not given.
fn set_figure(item: &Item, input: &mut AnswerInput, key: &str, value: &str) -> Option<()> {
    let find = |id: &str| item.figures.iter().find(|f| f.id() == id);
    let new = match find(key) {
        Some(Figure::Number { .. }) => FigureValue::Number(number(value)?),
        Some(Figure::Text { .. }) => FigureValue::Text(value.to_string()),
        Some(Figure::Tally { .. }) => return None,
        None => {
            let (id, level) = key.rsplit_once('.')?;
            let Figure::Tally { .. } = find(id)? else {
                return None;
            };
            let count: u32 = to_arabic_digits(value).trim().parse().ok()?;
            let mut counts = match input.figures.remove(id) {
                Some(FigureValue::Tally(counts)) => counts,
                _ => Default::default(),
            };
            counts.insert(level.to_string(), count);
            input
                .figures
                .insert(id.to_string(), FigureValue::Tally(counts));
            return Some(());
        }
    };
    input.figures.insert(key.to_string(), new);
    Some(())
}

fn split<'a>(pair: &'a str, flag: &str) -> Result<(&'a str, &'a str), Error> {
    pair.split_once('=').ok_or_else(|| {
        Error::invalid(
            format!("{flag} ต้องเขียนเป็น ID=ค่า แต่ได้ \"{pair}\""),
            format!("{flag} takes ID=VALUE, not \"{pair}\"."),
        )
    })
}

/// A number as typed, in Thai or Arabic digits.
fn number(text: &str) -> Option<f64> {
    to_arabic_digits(text)
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
}

fn not_a_number(text: &str) -> Error {
    Error::invalid(
        format!("\"{text}\" ไม่ใช่ตัวเลข"),
        format!("\"{text}\" is not a number."),
    )
}

/// DD/MM/YYYY in the Buddhist era (Thai or Arabic digits) as the ISO date the store keeps.
fn iso_date(text: &str) -> Result<String, Error> {
    let wrong = || {
        Error::invalid(
            format!("วันที่ \"{text}\" ไม่ถูกต้อง ต้องเป็น วัน/เดือน/ปี พ.ศ. เช่น 30/09/2568"),
            format!("\"{text}\" is not a date as DD/MM/YYYY (Buddhist era), e.g. 30/09/2568."),
        )
    };
    let digits = to_arabic_digits(text);
    let parts: Vec<&str> = digits.trim().split('/').collect();
    let [day, month, year] = parts[..] else {
        return Err(wrong());
    };
    let (Ok(day), Ok(month), Ok(year)) = (day.parse::<u8>(), month.parse::<u8>(), year.parse())
    else {
        return Err(wrong());
    };
    let month = time::Month::try_from(month).map_err(|_| wrong())?;
    let date = time::Date::from_calendar_date(ce_year(year), month, day).map_err(|_| wrong())?;
    Ok(format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_due_date_is_read_as_day_month_and_buddhist_year_in_either_digits() {
        assert_eq!(iso_date("30/09/2568").unwrap(), "2025-09-30");
        assert_eq!(iso_date("๑/๑๐/๒๕๖๘").unwrap(), "2025-10-01");
        assert!(iso_date("31/02/2568").is_err());
        assert!(iso_date("2025-09-30").is_err());
    }
}
