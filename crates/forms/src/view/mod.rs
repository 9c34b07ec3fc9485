//! The data a template receives: every number and date already written out with the
//! chosen digits, every text from the data already cut into unbreakable pieces, and
//! codes (statuses, kinds) the templates turn into their Thai labels. Templates only lay
//! out; what a value says is decided here, where it is tested.

mod figures;
mod province;
mod round;

pub(crate) use province::province_view;
pub(crate) use round::round_view;

use gecc_core::thai::{format_thai_date, Digits, MonthStyle};
use gecc_core::timestamp::LocalDay;
use serde::Serialize;
use time::Date;

use crate::segment::{words, Words};
use crate::{Document, PrintOptions};

/// What every page needs besides the document's own data.
#[derive(Debug, Serialize)]
pub(crate) struct PageView {
    /// "thai" or "arabic", for the page numbers the template writes.
    pub digits: &'static str,
    /// "dashes" or "of-total".
    pub numbers: &'static str,
    /// The document's title in the PDF's metadata.
    pub title: String,
    pub author: String,
    pub year: i32,
    pub month: u8,
    pub day: u8,
    /// What the page's QR code says, less the page number, printed beside it for people.
    pub trace: String,
    /// A short line naming the document and its office, beside the QR code.
    pub footer: Words,
}

impl PageView {
    pub(crate) fn new(
        options: &PrintOptions,
        title: String,
        author: &str,
        today: Date,
        trace: &str,
    ) -> Self {
        PageView {
            digits: match options.digits {
                Digits::Thai => "thai",
                Digits::Arabic => "arabic",
            },
            numbers: options.page_numbers.as_str(),
            footer: prose(
                &if author.is_empty() {
                    title.clone()
                } else {
                    format!("{title} · {author}")
                },
                options.digits,
            ),
            title,
            author: author.to_string(),
            year: today.year(),
            month: today.month() as u8,
            day: today.day(),
            trace: trace.to_string(),
        }
    }
}

/// The text a page's QR code starts with: office uid, fiscal year, kind of round and
/// document, in QR's compact upper-case alphabet.
pub(crate) fn identity(
    office_uid: &str,
    fiscal_year_be: i32,
    kind: &str,
    document: Document,
) -> String {
    format!(
        "GECC:{office_uid}/{fiscal_year_be}/{kind}/{}",
        document.as_str()
    )
    .to_uppercase()
}

/// Numbers as people write them: whole numbers without decimals, others with at most
/// two, in the chosen digits.
pub(crate) fn number(value: f64, digits: Digits) -> String {
    let text = if (value - value.round()).abs() < 1e-9 {
        format!("{}", value.round() as i64)
    } else {
        let text = format!("{value:.2}");
        text.trim_end_matches('0').to_string()
    };
    digits.apply(&text)
}

/// An item or section code ("2.12") in the chosen digits; a code with letters ("A8")
/// is printed as the pack writes it, since "A๘" reads as neither.
pub(crate) fn code(text: &str, digits: Digits) -> String {
    in_digits(text, digits)
}

/// Text people read (a title, a note, a name) with every number in the chosen digits,
/// so a Thai-digit page never shows "14 ข้อ" from the pack or "2568" from a note. A
/// word with Latin letters ("A8", "ISO9001", "IMG_2034.jpg", an address) is copied as
/// written: it names something that must be matched letter for letter.
pub(crate) fn in_digits(text: &str, digits: Digits) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.chars().any(|c| c.is_ascii_alphabetic()) {
            out.push_str(word);
        } else {
            out.push_str(&digits.apply(word));
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_whitespace() {
            flush(&mut word, &mut out);
            out.push(c);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// How an item is named wherever a list leaves its part: "ด้านผลลัพธ์ ข้อ ๑", never a
/// bare "ข้อ ๑", which the physical part has too.
pub(crate) fn item_label(part_title: &str, item_code: &str, digits: Digits) -> String {
    format!(
        "{} ข้อ {}",
        in_digits(part_title, digits),
        code(item_code, digits)
    )
}

/// `in_digits`, cut into the pieces the templates set (see `segment`).
pub(crate) fn prose(text: &str, digits: Digits) -> Words {
    words(&in_digits(text, digits))
}

pub(crate) fn count(value: u32, digits: Digits) -> String {
    digits.apply(&value.to_string())
}

/// "๒๒ พฤศจิกายน ๒๕๖๙".
pub(crate) fn date(value: Date, digits: Digits) -> String {
    format_thai_date(value, MonthStyle::Full, digits)
}

/// The Thai date of a stored moment (RFC 3339, UTC) in the time zone of the printout's
/// `today`, so it agrees with the date the printout is dated; empty if the stamp cannot
/// be read.
pub(crate) fn stamp_date(stamp: &str, today: LocalDay, digits: Digits) -> String {
    today
        .date_of(stamp)
        .map(|day| date(day, digits))
        .unwrap_or_default()
}

/// A file size in bytes, KB, MB or GB (powers of 1024), as Windows shows it.
pub(crate) fn size(bytes: u64, digits: Digits) -> String {
    const UNITS: [&str; 4] = ["B", "KB", "MB", "GB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    let text = if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    };
    digits.apply(&text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn whole_numbers_have_no_decimals_and_use_the_chosen_digits() {
        assert_eq!(number(12.0, Digits::Thai), "๑๒");
        assert_eq!(number(12.5, Digits::Arabic), "12.5");
        assert_eq!(number(0.25, Digits::Arabic), "0.25");
    }

    #[test]
    fn numeric_codes_take_the_chosen_digits_and_lettered_codes_stay_as_written() {
        assert_eq!(code("2.12", Digits::Thai), "๒.๑๒");
        assert_eq!(code("A8", Digits::Thai), "A8");
    }

    #[test]
    fn dates_are_buddhist_era_with_thai_digits_by_default() {
        assert_eq!(
            date(date!(2025 - 11 - 22), Digits::Thai),
            "๒๒ พฤศจิกายน ๒๕๖๘"
        );
        assert_eq!(
            date(date!(2025 - 11 - 22), Digits::Arabic),
            "22 พฤศจิกายน 2568"
        );
    }

    #[test]
    fn a_stored_moment_prints_as_its_date_where_the_printout_is_dated() {
        let bangkok = LocalDay {
            date: date!(2025 - 11 - 22),
            offset: gecc_core::timestamp::THAILAND_OFFSET,
        };
        assert_eq!(
            stamp_date("2025-11-21T18:30:00.000Z", bangkok, Digits::Arabic),
            "22 พฤศจิกายน 2568",
            "01:30 in Bangkok is already the next day"
        );
        let utc = LocalDay {
            date: date!(2025 - 11 - 21),
            offset: time::UtcOffset::UTC,
        };
        assert_eq!(
            stamp_date("2025-11-21T18:30:00.000Z", utc, Digits::Arabic),
            "21 พฤศจิกายน 2568",
            "a PC on UTC still sees the 21st, the date it prints as today"
        );
        assert_eq!(stamp_date("not a date", bangkok, Digits::Thai), "");
    }

    #[test]
    fn numbers_in_text_take_the_chosen_digits_and_latin_words_stay_as_written() {
        assert_eq!(
            in_digits(
                "เกณฑ์ 14 ข้อ (GECC) ปี 2568, ISO9001 IMG_2034.jpg 7.5%",
                Digits::Thai
            ),
            "เกณฑ์ ๑๔ ข้อ (GECC) ปี ๒๕๖๘, ISO9001 IMG_2034.jpg ๗.๕%"
        );
        assert_eq!(in_digits("ปี 2568\nที่ 1", Digits::Arabic), "ปี 2568\nที่ 1");
        assert_eq!(in_digits("ข้อ\n2.12  A8", Digits::Thai), "ข้อ\n๒.๑๒  A8");
    }

    #[test]
    fn sizes_read_like_the_file_manager() {
        assert_eq!(size(512, Digits::Arabic), "512 B");
        assert_eq!(size(1_258_291, Digits::Arabic), "1.2 MB");
        assert_eq!(size(2048, Digits::Thai), "๒.๐ KB");
    }

    #[test]
    fn the_identity_names_office_year_kind_and_document() {
        assert_eq!(
            identity("ab12", 2568, "application", Document::Report),
            "GECC:AB12/2568/APPLICATION/REPORT"
        );
    }
}
