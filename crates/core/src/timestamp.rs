//! One format for every stored moment: RFC 3339 in UTC, so rows sort and compare as text.

use time::{OffsetDateTime, UtcOffset};

/// RFC 3339 in UTC with exactly three fractional digits. The fixed width matters: with
/// trailing zeros trimmed, ".1Z" would sort after ".15Z" although it is earlier.
const STAMP: &[time::format_description::FormatItem<'static>] = time::macros::format_description!(
    "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
);

/// A moment as stored: UTC, millisecond precision, fixed width.
pub fn format_utc(moment: OffsetDateTime) -> String {
    let utc = moment.to_offset(UtcOffset::UTC);
    utc.format(STAMP).unwrap_or_else(|_| utc.to_string())
}

/// Whether `text` is a stored moment exactly as `format_utc` writes it: a bundle's
/// timestamps must sort as text like ours do.
pub fn is_stamp(text: &str) -> bool {
    time::PrimitiveDateTime::parse(text, STAMP)
        .ok()
        .and_then(|moment| moment.format(STAMP).ok())
        .is_some_and(|again| again == text)
}

/// A moment in local time with its offset (e.g. `2026-11-22T12:30:00+07:00`), for
/// places people read, such as a bag's Bagging-Date.
pub fn format_local(moment: OffsetDateTime, offset: UtcOffset) -> String {
    const LOCAL: &[time::format_description::FormatItem<'static>] = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second][offset_hour sign:mandatory]:[offset_minute]"
    );
    let local = moment.to_offset(offset);
    local.format(LOCAL).unwrap_or_else(|_| local.to_string())
}

/// Thailand's offset from UTC (Indochina Time, no daylight saving).
pub const THAILAND_OFFSET: UtcOffset = time::macros::offset!(+7);

/// One reading of the clock in the PC's time zone (`Clock::today`): the date a printout
/// calls today and the offset its stored moments are shown at. Taken once per printout
/// and passed down, so the cover's date, the signatures' dates and the PDF's date agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalDay {
    pub date: time::Date,
    pub offset: UtcOffset,
}

impl LocalDay {
    /// The date a stored moment (RFC 3339) fell on in this time zone; none if the stamp
    /// cannot be read.
    pub fn date_of(&self, stamp: &str) -> Option<time::Date> {
        OffsetDateTime::parse(stamp, &time::format_description::well_known::Rfc3339)
            .ok()
            .map(|moment| moment.to_offset(self.offset).date())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_stamps_written_as_we_write_them_are_stamps() {
        assert!(is_stamp(&crate::clock::Clock::System.stamp()));
        assert!(is_stamp("2026-11-21T04:00:00.000Z"));
        for not in [
            "2026-11-21",
            "2026-11-21T04:00:00Z",
            "2026-11-21T04:00:00.000+07:00",
            "2026-02-30T04:00:00.000Z",
            "เมื่อวาน",
            " 2026-11-21T04:00:00.000Z",
        ] {
            assert!(!is_stamp(not), "{not}");
        }
    }
    use time::format_description::well_known::Rfc3339;

    #[test]
    fn stamps_sort_as_text_in_time_order() {
        let base = time::macros::datetime!(2026-11-22 03:45:00 UTC);
        let moments: Vec<String> = [100, 150, 99, 5, 999]
            .iter()
            .map(|ms| format_utc(base + time::Duration::milliseconds(*ms)))
            .collect();
        assert!(
            moments
                .iter()
                .all(|m| m.len() == "2026-11-22T03:45:00.100Z".len()),
            "fixed width: {moments:?}"
        );
        let mut by_text = moments.clone();
        by_text.sort();
        let mut by_time = moments.clone();
        by_time.sort_by_key(|m| OffsetDateTime::parse(m, &Rfc3339).unwrap());
        assert_eq!(
            by_text, by_time,
            "text order is time order: .100 before .150"
        );
    }

    #[test]
    fn a_stored_moment_falls_on_the_date_of_the_pc_time_zone() {
        let in_utc = LocalDay {
            date: time::macros::date!(2025 - 11 - 21),
            offset: UtcOffset::UTC,
        };
        let in_bangkok = LocalDay {
            offset: THAILAND_OFFSET,
            ..in_utc
        };
        let stamp = "2025-11-21T18:30:00.000Z";
        assert_eq!(
            in_utc.date_of(stamp),
            Some(time::macros::date!(2025 - 11 - 21))
        );
        assert_eq!(
            in_bangkok.date_of(stamp),
            Some(time::macros::date!(2025 - 11 - 22)),
            "01:30 in Bangkok is already the next day"
        );
        assert_eq!(in_utc.date_of("เมื่อวาน"), None);
    }

    #[test]
    fn now_is_rfc3339_utc_with_milliseconds() {
        let stamp = crate::clock::Clock::System.stamp();
        assert!(stamp.ends_with('Z'), "timestamps are UTC: {stamp}");
        assert!(
            OffsetDateTime::parse(&stamp, &Rfc3339).is_ok(),
            "timestamps parse back as RFC 3339: {stamp}"
        );
    }
}
