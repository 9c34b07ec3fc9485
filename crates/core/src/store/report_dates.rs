//! The province's own report dates for a fiscal year and kind of round: they say who is
//! late and who has not sent, and travel to the offices in the province package. Kept in
//! the settings table; until the province edits them, the dates of the last known letter.

use serde::{Deserialize, Serialize};
use time::Date;
use ts_rs::TS;

use super::deadlines::default_deadlines;
use super::Store;
use crate::error::{Error, Result};
use crate::model::{DeadlineInput, RoundKind};

/// At most this many report dates a year and kind (the letters have two).
const MAX_REPORT_DATES: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportDate {
    pub title: String,
    /// YYYY-MM-DD.
    pub date: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ReportDates {
    pub fiscal_year_be: i32,
    pub kind: RoundKind,
    /// Earliest first.
    pub dates: Vec<ReportDate>,
    /// False while they are the last known letter's dates, not the province's own.
    pub edited: bool,
}

fn key(fiscal_year_be: i32, kind: RoundKind) -> String {
    format!("report_dates/{fiscal_year_be}/{}", kind.as_str())
}

/// Checked and sorted: each a title and a real date, as a deadline is.
pub(crate) fn validate_report_dates(dates: Vec<ReportDate>) -> Result<Vec<ReportDate>> {
    if dates.len() > MAX_REPORT_DATES {
        return Err(Error::invalid(
            format!("กำหนดส่งรายงานได้ไม่เกิน {MAX_REPORT_DATES} วัน"),
            format!("At most {MAX_REPORT_DATES} report dates."),
        ));
    }
    let mut checked = dates
        .into_iter()
        .map(|d| {
            let (title, date) = super::validate_deadline(&DeadlineInput {
                id: None,
                title: d.title,
                due_date: d.date,
                done: false,
            })?;
            Ok(ReportDate { title, date })
        })
        .collect::<Result<Vec<_>>>()?;
    checked.sort_by(|a, b| a.date.cmp(&b.date).then(a.title.cmp(&b.title)));
    Ok(checked)
}

impl Store {
    /// The report dates the overview and forms 1 and 2 measure offices against.
    pub fn report_dates(&self, fiscal_year_be: i32, kind: RoundKind) -> Result<ReportDates> {
        if let Some(saved) = self.setting(&key(fiscal_year_be, kind))? {
            if let Ok(dates) = serde_json::from_str::<Vec<ReportDate>>(&saved) {
                return Ok(ReportDates {
                    fiscal_year_be,
                    kind,
                    dates,
                    edited: true,
                });
            }
        }
        let dates = default_deadlines(kind, fiscal_year_be)
            .into_iter()
            .filter(|(title, ..)| title.contains("รายงาน") || title.contains("ส่ง"))
            .map(|(title, date, _)| ReportDate {
                title,
                date: date.to_string(),
            })
            .collect();
        Ok(ReportDates {
            fiscal_year_be,
            kind,
            dates,
            edited: false,
        })
    }

    /// Replaces the province's report dates of a year and kind.
    pub fn set_report_dates(
        &mut self,
        fiscal_year_be: i32,
        kind: RoundKind,
        dates: Vec<ReportDate>,
    ) -> Result<ReportDates> {
        super::rounds::check_fiscal_year(fiscal_year_be)?;
        let dates = validate_report_dates(dates)?;
        save_in(&self.conn, fiscal_year_be, kind, &dates)?;
        self.report_dates(fiscal_year_be, kind)
    }
}

/// Keeps checked dates as the province's own for a year and kind (on a connection, or
/// inside a province package's transaction).
pub(super) fn save_in(
    conn: &rusqlite::Connection,
    fiscal_year_be: i32,
    kind: RoundKind,
    dates: &[ReportDate],
) -> Result<()> {
    let json = serde_json::to_string(dates).expect("titles and dates serialize");
    super::settings::put_setting_in(conn, &key(fiscal_year_be, kind), Some(&json))
}

/// The dates as days, for measuring (each was checked when saved).
pub(super) fn days(dates: &ReportDates) -> Vec<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    dates
        .dates
        .iter()
        .filter_map(|d| Date::parse(&d.date, format).ok())
        .collect()
}
