//! The rows of the province's matrix before their rounds are read: the offices the
//! database knows, which of them answers for each roster entry (however the clerk typed
//! the district), and a row's name, district and phone from the roster or the office.

use super::province::{OfficeRow, Reporting};
use super::roster::RosterEntry;
use super::Store;
use crate::error::Result;
use crate::model::OfficeKind;
use crate::roster::{same_district, same_name, same_province};

/// An office row of the database, as the matrix needs it.
pub(super) struct KnownOffice {
    pub(super) id: i64,
    pub(super) name: String,
    pub(super) kind: OfficeKind,
    pub(super) province: String,
    pub(super) district: String,
    pub(super) phone: String,
    pub(super) is_local: bool,
}

impl Store {
    pub(super) fn known_offices(&self) -> Result<Vec<KnownOffice>> {
        let mut statement = self.conn.prepare(
            "SELECT id, name, kind, province, district, officer_phone, is_local FROM offices
             ORDER BY province, district, name, id",
        )?;
        let rows = statement.query_map([], |row| {
            let kind: String = row.get(2)?;
            Ok(KnownOffice {
                id: row.get(0)?,
                name: row.get(1)?,
                kind: OfficeKind::parse(&kind).unwrap_or(OfficeKind::Other),
                province: row.get(3)?,
                district: row.get(4)?,
                phone: row.get(5)?,
                is_local: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Whether `office` is the one the roster entry means: the one chosen for it, else the
/// same district's registration office, else a local organisation of the same name.
pub(super) fn answers_for(entry: &RosterEntry, office: &KnownOffice) -> bool {
    if let Some(chosen) = entry.office_id {
        return chosen == office.id;
    }
    let same_province =
        office.province.trim().is_empty() || same_province(&entry.province, &office.province);
    match entry.kind {
        OfficeKind::DistrictRegistration => {
            office.kind != OfficeKind::LocalAdministration
                && same_province
                && same_district(&entry.province, &entry.district, &office.district)
        }
        _ => same_province && same_name(&entry.name, &office.name),
    }
}

/// A row before its round is read: the roster's name and phone, else the office's own.
pub(super) fn blank_row(
    office: Option<&KnownOffice>,
    entry: Option<&RosterEntry>,
    round_id: Option<i64>,
) -> OfficeRow {
    let pick = |from_entry: Option<&String>, from_office: Option<&String>| {
        from_entry
            .filter(|v| !v.is_empty())
            .or(from_office)
            .cloned()
            .unwrap_or_default()
    };
    OfficeRow {
        office_id: office.map(|o| o.id),
        roster_id: entry.map(|e| e.id),
        office_name: pick(entry.map(|e| &e.name), office.map(|o| &o.name)),
        province: pick(entry.map(|e| &e.province), office.map(|o| &o.province)),
        district: pick(entry.map(|e| &e.district), office.map(|o| &o.district)),
        phone: pick(entry.map(|e| &e.phone), office.map(|o| &o.phone)),
        is_local: office.is_some_and(|o| o.is_local),
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
    }
}
