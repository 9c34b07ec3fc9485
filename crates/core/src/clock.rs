//! The one clock: every stored moment, every "today" and every printed date reads the
//! moment and the PC's offset from UTC here, so they agree, and tests can stop it.
//!
//! The offset comes from chrono's `Local`, which reads the time zone safely while threads
//! run; the `time` crate refuses once they do, so the program used to read the offset once
//! at start and fall back to Thai time. Dates stay `time` types: Typst and the ZIP writer
//! take them, and converting at one edge is simpler than at every one.

use chrono::TimeZone;
use time::{OffsetDateTime, UtcOffset};

use crate::timestamp::{format_utc, LocalDay, THAILAND_OFFSET};

/// Where the time comes from: the PC, or a moment a test chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Clock {
    #[default]
    System,
    Fixed {
        now: OffsetDateTime,
        offset: UtcOffset,
    },
}

impl Clock {
    /// A clock stopped at `now`, in a time zone `offset` from UTC.
    pub fn fixed(now: OffsetDateTime, offset: UtcOffset) -> Clock {
        Clock::Fixed { now, offset }
    }

    /// The moment now.
    pub fn now(&self) -> OffsetDateTime {
        match self {
            Clock::System => OffsetDateTime::now_utc(),
            Clock::Fixed { now, .. } => *now,
        }
    }

    /// The PC's offset from UTC now (it changes where summer time is kept).
    pub fn offset(&self) -> UtcOffset {
        self.offset_at(self.now())
    }

    /// The moment now as stored: RFC 3339 in UTC (`timestamp::format_utc`).
    pub fn stamp(&self) -> String {
        format_utc(self.now())
    }

    /// One reading of the clock in the PC's time zone: the date today and the offset, for
    /// everything one printout or one new round dates.
    pub fn today(&self) -> LocalDay {
        let now = self.now();
        let offset = self.offset_at(now);
        LocalDay {
            date: now.to_offset(offset).date(),
            offset,
        }
    }

    fn offset_at(&self, moment: OffsetDateTime) -> UtcOffset {
        match self {
            Clock::System => system_offset_at(moment),
            Clock::Fixed { offset, .. } => *offset,
        }
    }
}

/// The OS's time zone's offset at `moment`; Thai time if the OS cannot say.
fn system_offset_at(moment: OffsetDateTime) -> UtcOffset {
    let seconds = chrono::DateTime::from_timestamp(moment.unix_timestamp(), 0)
        .map(|utc| chrono::Local.offset_from_utc_datetime(&utc.naive_utc()))
        .map(|offset| chrono::Offset::fix(&offset).local_minus_utc());
    seconds
        .and_then(|seconds| UtcOffset::from_whole_seconds(seconds).ok())
        .unwrap_or(THAILAND_OFFSET)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime, offset};

    #[test]
    fn a_stopped_clock_says_the_same_moment_stamp_and_day_every_time() {
        let clock = Clock::fixed(datetime!(2027-01-15 17:30 UTC), offset!(+7));
        assert_eq!(clock.stamp(), "2027-01-15T17:30:00.000Z");
        assert_eq!(clock.stamp(), clock.stamp());
        let today = clock.today();
        assert_eq!(
            today.date,
            date!(2027 - 01 - 16),
            "00:30 the next day in Thailand"
        );
        assert_eq!(today.offset, offset!(+7));
        let on_utc = Clock::fixed(datetime!(2027-01-15 17:30 UTC), offset!(UTC));
        assert_eq!(on_utc.today().date, date!(2027 - 01 - 15));
    }

    #[test]
    fn the_pcs_offset_is_read_while_other_threads_run() {
        // The time crate refuses here (more than one thread); chrono answers, and its
        // answer is the one the process's main thread gets too.
        let on_main = Clock::System.offset();
        let from_thread = std::thread::spawn(|| Clock::System.offset())
            .join()
            .unwrap();
        assert_eq!(on_main, from_thread);
        assert_eq!(Clock::System.today().offset, on_main);
    }
}
