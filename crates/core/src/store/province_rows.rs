//! The rows of the province's matrix before their rounds are read: the offices the
//! database knows, which of them answers for each roster entry (however the clerk typed
//! the district), and a row's name, district and phone from the roster or the office.

use std::collections::HashMap;

use super::province::{OfficeRow, Reporting};
use super::roster::RosterEntry;
use super::Store;
use crate::error::Result;
use crate::model::OfficeKind;
use crate::roster::{
    district_key, name_key, province_key, same_district, same_name, same_province,
};

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

/// The offices a roster entry may mean, found by key rather than by comparing every
/// office with every entry (a desk for the whole country holds about 9,000 of each).
/// It finds at least every office `answers_for` accepts, which then decides.
pub(super) struct OfficeIndex<'a> {
    offices: &'a [KnownOffice],
    by_id: HashMap<i64, usize>,
    /// (province, district) of registration offices and others that are not local
    /// organisations.
    by_district: HashMap<(String, String), Vec<usize>>,
    /// (province, name) of every office.
    by_name: HashMap<(String, String), Vec<usize>>,
    /// Offices that gave no province: any entry's province is theirs.
    without_province: Vec<usize>,
}

impl<'a> OfficeIndex<'a> {
    pub(super) fn new(offices: &'a [KnownOffice]) -> OfficeIndex<'a> {
        let mut index = OfficeIndex {
            offices,
            by_id: HashMap::new(),
            by_district: HashMap::new(),
            by_name: HashMap::new(),
            without_province: Vec::new(),
        };
        for (at, office) in offices.iter().enumerate() {
            index.by_id.insert(office.id, at);
            let province = province_key(&office.province);
            if office.province.trim().is_empty() {
                index.without_province.push(at);
                continue;
            }
            if office.kind != OfficeKind::LocalAdministration {
                let district = district_key(&province, &office.district);
                index
                    .by_district
                    .entry((province.clone(), district))
                    .or_default()
                    .push(at);
            }
            let name = name_key(&office.name);
            index.by_name.entry((province, name)).or_default().push(at);
        }
        index
    }

    /// The offices that answer for `entry`, in the order of `offices`.
    pub(super) fn candidates(&self, entry: &RosterEntry) -> Vec<&'a KnownOffice> {
        if let Some(chosen) = entry.office_id {
            return self
                .by_id
                .get(&chosen)
                .map(|&at| vec![&self.offices[at]])
                .unwrap_or_default();
        }
        let province = province_key(&entry.province);
        let key = match entry.kind {
            OfficeKind::DistrictRegistration => {
                let district = district_key(&province, &entry.district);
                self.by_district.get(&(province, district))
            }
            _ => self.by_name.get(&(province, name_key(&entry.name))),
        };
        let mut found: Vec<usize> = key.cloned().unwrap_or_default();
        found.extend(&self.without_province);
        found.sort_unstable();
        found
            .into_iter()
            .map(|at| &self.offices[at])
            .filter(|office| answers_for(entry, office))
            .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn office(
        id: i64,
        kind: OfficeKind,
        province: &str,
        district: &str,
        name: &str,
    ) -> KnownOffice {
        KnownOffice {
            id,
            name: name.into(),
            kind,
            province: province.into(),
            district: district.into(),
            phone: String::new(),
            is_local: false,
        }
    }

    fn entry(kind: OfficeKind, province: &str, district: &str, name: &str) -> RosterEntry {
        RosterEntry {
            id: 0,
            kind,
            name: name.into(),
            province: province.into(),
            district: district.into(),
            district_code: String::new(),
            phone: String::new(),
            office_id: None,
            added_at: String::new(),
        }
    }

    /// The index finds exactly what comparing every office with the entry finds, for the
    /// ways clerks write provinces, districts and names (and offices without a province).
    #[test]
    fn the_index_finds_what_comparing_every_office_finds() {
        use OfficeKind::{DistrictRegistration as Registration, LocalAdministration as Local};
        let provinces = [
            "ปัตตานี",
            "จ.ปัตตานี",
            "จังหวัด ยะลา",
            "ยะลา",
            "กทม.",
            "กรุงเทพมหานคร",
            "",
        ];
        let districts = [
            "อ.เมือง",
            "เมืองปัตตานี",
            "อำเภอ หนองจิก",
            "หนองจิก",
            "เขตพระนคร",
            "พระนคร",
            "",
        ];
        let names = [
            "เทศบาลตำบล ตะลุโบะ",
            "เทศบาลตำบลตะลุโบะ",
            "อบต.บาราเฮาะ",
            "ที่ว่าการอำเภอหนองจิก",
        ];
        let mut offices = Vec::new();
        for province in provinces {
            for district in districts {
                for name in names {
                    for kind in [Registration, Local, OfficeKind::Other] {
                        let id = offices.len() as i64;
                        offices.push(office(id, kind, province, district, name));
                    }
                }
            }
        }
        let index = OfficeIndex::new(&offices);
        let mut compared = 0;
        for province in provinces {
            for district in districts {
                for name in names {
                    for kind in [Registration, Local] {
                        let wanted = entry(kind, province, district, name);
                        let every: Vec<i64> = offices
                            .iter()
                            .filter(|o| answers_for(&wanted, o))
                            .map(|o| o.id)
                            .collect();
                        let found: Vec<i64> =
                            index.candidates(&wanted).iter().map(|o| o.id).collect();
                        assert_eq!(found, every, "{kind:?} {province} {district} {name}");
                        compared += usize::from(!every.is_empty());
                    }
                }
            }
        }
        assert!(compared > 100, "the cases match something: {compared}");
        // An entry tied to one office finds that office only.
        let mut tied = entry(Registration, "ยะลา", "เมือง", "x");
        tied.office_id = Some(7);
        assert_eq!(
            index
                .candidates(&tied)
                .iter()
                .map(|o| o.id)
                .collect::<Vec<_>>(),
            [7]
        );
    }
}
