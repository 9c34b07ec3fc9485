//! One format for every stored moment: RFC 3339 in UTC, so rows sort and compare as text.

use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

/// The current moment as an RFC 3339 UTC string with millisecond precision.
pub fn now_utc() -> String {
    let now = OffsetDateTime::now_utc();
    let truncated = now
        .replace_nanosecond(now.millisecond() as u32 * 1_000_000)
        .unwrap_or(now);
    truncated
        .format(&Rfc3339)
        .unwrap_or_else(|_| now.to_string())
}

/// Thailand's offset from UTC (Indochina Time, no daylight saving).
pub const THAILAND_OFFSET: UtcOffset = time::macros::offset!(+7);

/// The computer's offset from UTC. Call it before starting threads: afterwards some
/// systems refuse to tell, and the offices this program serves are in Thailand anyway.
pub fn local_offset() -> UtcOffset {
    UtcOffset::current_local_offset().unwrap_or(THAILAND_OFFSET)
}

/// Today's date at the given offset, used for defaults such as the current fiscal year.
pub fn today_at(offset: UtcOffset) -> time::Date {
    OffsetDateTime::now_utc().to_offset(offset).date()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn now_is_rfc3339_utc_with_milliseconds() {
        let stamp = now_utc();
        assert!(stamp.ends_with('Z'), "timestamps are UTC: {stamp}");
        assert!(
            OffsetDateTime::parse(&stamp, &Rfc3339).is_ok(),
            "timestamps parse back as RFC 3339: {stamp}"
        );
    }
}
