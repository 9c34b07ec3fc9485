//! The province's view: every office on its roster and every office it has heard from,
//! against one fiscal year and kind of round — each part's progress, the score and level,
//! the last bundle received, and whether it came in time for the province's report dates.

use std::collections::{HashMap, HashSet};

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use time::Date;
use ts_rs::TS;

use super::province_rows::{blank_row, KnownOffice, OfficeIndex};
use super::roster::RosterEntry;
use super::Store;
use crate::error::Result;
use crate::localized::Localized;
use crate::model::{RoundKind, RoundState};
use crate::pack::CriteriaPack;
use crate::scoring::{score_round, GateState};

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
    /// Nothing has come and no report date has passed yet.
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

/// One row: an office on the roster or heard from, and its round of the chosen year and
/// kind (if any).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct OfficeRow {
    /// The office a bundle came from; `None` for a roster entry nothing has come from.
    #[ts(type = "number | null")]
    pub office_id: Option<i64>,
    /// The roster entry this row is; `None` for an office that sent without being listed.
    #[ts(type = "number | null")]
    pub roster_id: Option<i64>,
    pub office_name: String,
    pub province: String,
    pub district: String,
    /// The number to call: the roster's, else the one in the office's own profile.
    pub phone: String,
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
    /// How many offices are on the roster (0: every office heard from is listed).
    pub roster_size: u32,
    pub rows: Vec<OfficeRow>,
}

impl OfficeRow {
    /// An office expected to send that has sent nothing for this year and kind (whom
    /// the province calls in its phone round).
    pub fn has_sent_nothing(&self) -> bool {
        !self.is_local && self.bundles == 0
    }
}

impl Store {
    /// The matrix of offices × parts for rounds of `kind` in `fiscal_year_be`, as of
    /// `today`: every office on the roster (sent or not), then every office that sent
    /// without being listed, then this office when it assesses itself.
    pub fn province_status(
        &self,
        fiscal_year_be: i32,
        kind: RoundKind,
        today: Date,
    ) -> Result<ProvinceStatus> {
        let report_dates = super::report_dates::days(&self.report_dates(fiscal_year_be, kind)?);
        let offices = self.known_offices()?;
        let roster = self.roster()?;
        let round_of = |office_id: i64| -> Result<Option<i64>> {
            Ok(self
                .conn
                .prepare_cached(
                    "SELECT id FROM rounds WHERE office_id = ?1 AND fiscal_year_be = ?2 AND kind = ?3",
                )?
                .query_row(params![office_id, fiscal_year_be, kind.as_str()], |row| {
                    row.get(0)
                })
                .optional()?)
        };
        let mut claimed: HashSet<i64> = HashSet::new();
        let mut listed: Vec<(Option<&KnownOffice>, Option<&RosterEntry>)> = Vec::new();
        let index = OfficeIndex::new(&offices);
        for entry in &roster {
            let candidates: Vec<&KnownOffice> = index
                .candidates(entry)
                .into_iter()
                .filter(|o| !o.is_local && !claimed.contains(&o.id))
                .collect();
            // Two offices can claim one district (a test copy, an office renamed): the one
            // with a round of this year and kind answers for it.
            let mut chosen = None;
            for office in &candidates {
                if round_of(office.id)?.is_some() {
                    chosen = Some(*office);
                    break;
                }
            }
            let chosen = chosen.or(candidates.first().copied());
            if let Some(office) = chosen {
                claimed.insert(office.id);
            }
            listed.push((chosen, Some(entry)));
        }
        for office in offices.iter().filter(|o| !claimed.contains(&o.id)) {
            if office.is_local {
                continue;
            }
            listed.push((Some(office), None));
        }
        // The province office itself is listed only when it assesses itself: the app
        // opens a round on first run, so an empty round does not count.
        if let Some(local) = offices.iter().find(|o| o.is_local) {
            let answered = match round_of(local.id)? {
                Some(round_id) => self.conn.query_row(
                    "SELECT EXISTS (SELECT 1 FROM answers WHERE round_id = ?1)",
                    params![round_id],
                    |row| row.get(0),
                )?,
                None => false,
            };
            if answered {
                listed.push((Some(local), None));
            }
        }
        let mut columns: Vec<PartColumn> = Vec::new();
        let mut packs = HashMap::new();
        let mut rows = Vec::new();
        for (office, entry) in listed {
            let round_id = match office {
                Some(office) => round_of(office.id)?,
                None => None,
            };
            let mut row = blank_row(office, entry, round_id);
            let first_bundle = match round_id {
                Some(round_id) => {
                    self.fill_round(&mut row, round_id, kind, &mut columns, &mut packs)?
                }
                None => None,
            };
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
            roster_size: roster.len() as u32,
            rows,
        })
    }

    /// Fills a row from its round: the parts, the score, the bundles. Returns the day the
    /// first bundle was made, which says whether it came in time.
    fn fill_round(
        &self,
        row: &mut OfficeRow,
        round_id: i64,
        kind: RoundKind,
        columns: &mut Vec<PartColumn>,
        packs: &mut HashMap<i64, CriteriaPack>,
    ) -> Result<Option<Date>> {
        let round = self.round(round_id)?;
        // Thousands of offices share a few packs: each is read and checked once.
        let pack_row = self.round_pack_row(round_id)?;
        let pack = match packs.entry(pack_row) {
            std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
            std::collections::hash_map::Entry::Vacant(new) => new.insert(self.load_pack(pack_row)?),
        };
        let score = score_round(pack, round.kind, &self.answers(round_id)?);
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
        Ok(bundles
            .iter()
            .filter_map(|b| b.bagging_date.get(..10))
            .filter_map(|d| {
                Date::parse(d, time::macros::format_description!("[year]-[month]-[day]")).ok()
            })
            .min())
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
        // Nothing due yet: a bundle already here is in time.
        return if first_bundle.is_some() {
            Reporting::OnTime
        } else {
            Reporting::NotDue
        };
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
