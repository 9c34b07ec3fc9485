//! Buddhist-era dates and the Thai fiscal year.

use time::{Date, Month};

use super::Digits;

/// B.E. = C.E. + 543.
pub const BUDDHIST_ERA_OFFSET: i32 = 543;

pub const MONTHS_FULL: [&str; 12] = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
];

pub const MONTHS_ABBREVIATED: [&str; 12] = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
];

/// Full ("มกราคม") or abbreviated ("ม.ค.") month names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthStyle {
    Full,
    Abbreviated,
}

pub fn be_year(ce_year: i32) -> i32 {
    ce_year + BUDDHIST_ERA_OFFSET
}

pub fn ce_year(be_year: i32) -> i32 {
    be_year - BUDDHIST_ERA_OFFSET
}

pub fn month_name(month: Month, style: MonthStyle) -> &'static str {
    let index = month as usize - 1;
    match style {
        MonthStyle::Full => MONTHS_FULL[index],
        MonthStyle::Abbreviated => MONTHS_ABBREVIATED[index],
    }
}

/// "17 มกราคม 2567" (or with Thai digits: "๑๗ มกราคม ๒๕๖๗").
pub fn format_thai_date(date: Date, style: MonthStyle, digits: Digits) -> String {
    let text = format!(
        "{} {} {}",
        date.day(),
        month_name(date.month(), style),
        be_year(date.year())
    );
    digits.apply(&text)
}

/// The fiscal year (B.E.) a date falls in: from 1 October it is the next year's.
pub fn fiscal_year_be(date: Date) -> i32 {
    let ce = if date.month() as u8 >= Month::October as u8 {
        date.year() + 1
    } else {
        date.year()
    };
    be_year(ce)
}

/// First and last day of a fiscal year given in B.E.
pub fn fiscal_year_range(fiscal_year_be: i32) -> (Date, Date) {
    let ends_ce = ce_year(fiscal_year_be);
    // Both dates always exist, so construction cannot fail for years `time` supports.
    let start = Date::from_calendar_date(ends_ce - 1, Month::October, 1).expect("1 October exists");
    let end = Date::from_calendar_date(ends_ce, Month::September, 30).expect("30 September exists");
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn buddhist_era_is_common_era_plus_543() {
        assert_eq!(be_year(2024), 2567);
        assert_eq!(ce_year(2568), 2025);
    }

    #[test]
    fn official_dates_read_like_the_letters() {
        assert_eq!(
            format_thai_date(date!(2024 - 01 - 17), MonthStyle::Full, Digits::Thai),
            "๑๗ มกราคม ๒๕๖๗",
            "seed 000 is dated ๑๗ มกราคม ๒๕๖๗"
        );
        assert_eq!(
            format_thai_date(
                date!(2021 - 11 - 12),
                MonthStyle::Abbreviated,
                Digits::Arabic
            ),
            "12 พ.ย. 2564"
        );
    }

    #[test]
    fn every_month_has_a_full_and_an_abbreviated_name() {
        assert_eq!(month_name(Month::February, MonthStyle::Full), "กุมภาพันธ์");
        assert_eq!(month_name(Month::December, MonthStyle::Abbreviated), "ธ.ค.");
        assert!(MONTHS_FULL
            .iter()
            .chain(MONTHS_ABBREVIATED.iter())
            .all(|m| !m.is_empty()));
    }

    #[test]
    fn the_fiscal_year_turns_over_on_1_october() {
        assert_eq!(
            fiscal_year_be(date!(2024 - 09 - 30)),
            2567,
            "30 Sep 2024 ends FY 2567"
        );
        assert_eq!(
            fiscal_year_be(date!(2024 - 10 - 01)),
            2568,
            "1 Oct 2024 starts FY 2568"
        );
    }

    #[test]
    fn calendar_year_end_does_not_change_the_fiscal_year() {
        assert_eq!(fiscal_year_be(date!(2024 - 12 - 31)), 2568);
        assert_eq!(fiscal_year_be(date!(2025 - 01 - 01)), 2568);
    }

    #[test]
    fn leap_day_is_a_valid_buddhist_era_date() {
        assert_eq!(
            format_thai_date(date!(2024 - 02 - 29), MonthStyle::Full, Digits::Arabic),
            "29 กุมภาพันธ์ 2567",
            "2567 B.E. (2024) is a leap year"
        );
        assert_eq!(fiscal_year_be(date!(2024 - 02 - 29)), 2567);
        assert!(
            Date::from_calendar_date(2025, Month::February, 29).is_err(),
            "2568 B.E. has no 29 Feb"
        );
    }

    #[test]
    fn a_fiscal_year_runs_from_1_october_to_30_september() {
        assert_eq!(
            fiscal_year_range(2568),
            (date!(2024 - 10 - 01), date!(2025 - 09 - 30))
        );
    }
}
