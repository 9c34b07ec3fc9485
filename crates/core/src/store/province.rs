//! The province's view: every office it has heard from, against one fiscal year and
//! kind of round — each part's progress, the score and level, the last bundle received,
//! and whether it came in time for the report dates.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use time::Date;
use ts_rs::TS;

use super::Store;
use crate::error::Result;
use crate::localized::Localized;
use crate::model::{RoundKind, RoundState};
use crate::scoring::GateState;

/// One column of the matrix: a part of the criteria.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PartColumn {
    pub part_id: String,
    pub title: Localized,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PartProgress {
    NotStarted,
    InProgress,
    /// Every listed item decided.
    Decided,
}

/// One cell: how far an office is with one part.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PartCell {
    pub part_id: String,
    pub progress: PartProgress,
    pub decided: u32,
    pub listed: u32,
    pub met: u32,
    pub earned: f64,
    pub total: f64,
}

/// Whether an office's bundle came in time for the report dates that have passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum Reporting {
    /// No report date has passed yet.
    NotDue,
    OnTime,
    /// The first bundle came this many days after a report date.
    Late {
        #[ts(type = "number")]
        days: i64,
    },
    /// A report date passed and no bundle came.
    Missing,
}

/// One row: an office and its round of the chosen year and kind (if any).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct OfficeRow {
    #[ts(type = "number")]
    pub office_id: i64,
    pub office_name: String,
    pub province: String,
    pub district: String,
    pub is_local: bool,
    #[ts(type = "number | null")]
    pub round_id: Option<i64>,
    pub round_state: Option<RoundState>,
    pub parts: Vec<PartCell>,
    pub earned: f64,
    pub total: f64,
    pub level: Option<String>,
    pub gate: Option<GateState>,
    pub last_bundle_at: Option<String>,
    pub last_sequence: Option<u32>,
    pub bundles: u32,
    pub reporting: Reporting,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ProvinceStatus {
    pub fiscal_year_be: i32,
    pub kind: RoundKind,
    pub columns: Vec<PartColumn>,
    /// The report dates the rows are measured against (ISO dates).
    pub report_dates: Vec<String>,
    pub rows: Vec<OfficeRow>,
}

impl Store {
    /// The matrix of offices × parts for rounds of `kind` in `fiscal_year_be`, as of `today`.
    pub fn province_status(
        &self,
        fiscal_year_be: i32,
        kind: RoundKind,
        today: Date,
    ) -> Result<ProvinceStatus> {
        let report_dates: Vec<Date> = super::deadlines::default_deadlines(kind, fiscal_year_be)
            .into_iter()
            .filter(|(title, ..)| title.contains("รายงาน") || title.contains("ส่ง"))
            .map(|(_, date, _)| date)
            .collect();
        let offices: Vec<(i64, String, String, String, bool)> = {
            let mut statement = self.conn.prepare(
                "SELECT id, name, province, district, is_local FROM offices ORDER BY province, district, name, id",
            )?;
            let rows = statement.query_map([], |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                ))
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut columns: Vec<PartColumn> = Vec::new();
        let mut rows = Vec::new();
        for (office_id, office_name, province, district, is_local) in offices {
            let round_id: Option<i64> = self
                .conn
                .query_row(
                    "SELECT id FROM rounds WHERE office_id = ?1 AND fiscal_year_be = ?2 AND kind = ?3",
                    params![office_id, fiscal_year_be, kind.as_str()],
                    |row| row.get(0),
                )
                .ok();
            // The province office itself is listed only when it assesses itself: the app
            // opens a round on first run, so an empty round does not count.
            if is_local {
                let answered: bool = match round_id {
                    Some(round_id) => self.conn.query_row(
                        "SELECT EXISTS (SELECT 1 FROM answers WHERE round_id = ?1)",
                        params![round_id],
                        |row| row.get(0),
                    )?,
                    None => false,
                };
                if !answered {
                    continue;
                }
            }
            let mut row = OfficeRow {
                office_id,
                office_name,
                province,
                district,
                is_local,
                round_id,
                round_state: None,
                parts: Vec::new(),
                earned: 0.0,
                total: 0.0,
                level: None,
                gate: None,
                last_bundle_at: None,
                last_sequence: None,
                bundles: 0,
                reporting: Reporting::NotDue,
            };
            let mut first_bundle: Option<Date> = None;
            if let Some(round_id) = round_id {
                let round = self.round(round_id)?;
                let pack = self.round_pack(round_id)?;
                let score = self.score(round_id)?;
                for part in pack.parts_for(kind) {
                    if !columns.iter().any(|c| c.part_id == part.id) {
                        columns.push(PartColumn {
                            part_id: part.id.clone(),
                            title: part.title.clone(),
                        });
                    }
                }
                row.parts = score
                    .parts
                    .iter()
                    .map(|p| {
                        let decided = p.met + p.not_met + p.not_applicable;
                        PartCell {
                            part_id: p.part_id.clone(),
                            progress: if decided >= p.listed_items && p.listed_items > 0 {
                                PartProgress::Decided
                            } else if decided + p.in_progress > 0 {
                                PartProgress::InProgress
                            } else {
                                PartProgress::NotStarted
                            },
                            decided,
                            listed: p.listed_items,
                            met: p.met,
                            earned: p.points.earned,
                            total: p.points.total,
                        }
                    })
                    .collect();
                row.earned = score.points.earned;
                row.total = score.points.total;
                row.level = score.level.clone();
                row.gate = Some(score.gate);
                row.round_state = Some(round.state);
                let bundles = self.bundles(round_id)?;
                row.bundles = bundles.len() as u32;
                if let Some(last) = bundles.iter().max_by_key(|b| b.sequence) {
                    row.last_bundle_at = Some(last.bagging_date.clone());
                    row.last_sequence = Some(last.sequence);
                }
                first_bundle = bundles
                    .iter()
                    .filter_map(|b| b.bagging_date.get(..10))
                    .filter_map(|d| {
                        Date::parse(d, time::macros::format_description!("[year]-[month]-[day]"))
                            .ok()
                    })
                    .min();
            }
            row.reporting = reporting(
                &report_dates,
                first_bundle,
                row.is_local && row.bundles == 0,
                today,
            );
            rows.push(row);
        }
        Ok(ProvinceStatus {
            fiscal_year_be,
            kind,
            columns,
            report_dates: report_dates.iter().map(Date::to_string).collect(),
            rows,
        })
    }
}

/// Measures the first bundle against the report dates that have passed by `today`.
fn reporting(
    report_dates: &[Date],
    first_bundle: Option<Date>,
    own_round: bool,
    today: Date,
) -> Reporting {
    let Some(first_due) = report_dates.iter().filter(|d| **d < today).min() else {
        return Reporting::NotDue;
    };
    if own_round {
        // The office's own round is here, not sent: nothing to be late with.
        return Reporting::OnTime;
    }
    match first_bundle {
        None => Reporting::Missing,
        Some(date) if date <= *first_due => Reporting::OnTime,
        Some(date) => Reporting::Late {
            days: (date - *first_due).whole_days(),
        },
    }
}
