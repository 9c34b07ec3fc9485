//! The province's roster kept in the database: every district of a province chosen from
//! the shipped list, local organisations added by name, and offices that sent a bundle
//! without being listed, added when someone says so.

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::office::office_field;
use super::Store;
use crate::error::{Error, Result};
use crate::model::OfficeKind;
use crate::roster::{district_office_name, geography};

/// One office the province expects bundles from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RosterEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: OfficeKind,
    pub name: String,
    pub province: String,
    pub district: String,
    /// The district's DOPA code when chosen from the shipped list; empty otherwise.
    pub district_code: String,
    pub phone: String,
    /// The office chosen to answer for this entry (see `add_sender_to_roster`).
    #[ts(type = "number | null")]
    pub office_id: Option<i64>,
    pub added_at: String,
}

/// A local organisation (or another office) added by name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RosterOfficeInput {
    pub name: String,
    pub kind: OfficeKind,
    /// This PC's province when left empty.
    pub province: String,
    pub district: String,
    pub phone: String,
}

/// What adding a province's districts did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RosterAdded {
    pub province: String,
    pub added: u32,
    /// Districts already on the roster.
    pub already: u32,
}

const COLUMNS: &str =
    "id, kind, name, province, district, district_code, phone, office_id, added_at";

fn entry_from_row(row: &Row<'_>) -> rusqlite::Result<RosterEntry> {
    let kind: String = row.get(1)?;
    Ok(RosterEntry {
        id: row.get(0)?,
        kind: OfficeKind::parse(&kind).unwrap_or(OfficeKind::Other),
        name: row.get(2)?,
        province: row.get(3)?,
        district: row.get(4)?,
        district_code: row.get(5)?,
        phone: row.get(6)?,
        office_id: row.get(7)?,
        added_at: row.get(8)?,
    })
}

/// A field of a roster entry, checked as the office profile's are; a name is required.
fn clean(value: &str, th: &str, en: &str, required: bool) -> Result<String> {
    let value = office_field(value, th, en)?;
    if required && value.is_empty() {
        return Err(Error::invalid(
            format!("กรุณากรอก{th}"),
            format!("Fill in the {en}."),
        ));
    }
    Ok(value)
}

impl Store {
    /// Every entry, by province, district code and name.
    pub fn roster(&self) -> Result<Vec<RosterEntry>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM roster ORDER BY province, district_code = '', district_code, kind, name, id"
        );
        let mut statement = self.conn.prepare(&sql)?;
        let rows = statement.query_map([], entry_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn roster_entry(&self, id: i64) -> Result<RosterEntry> {
        let sql = format!("SELECT {COLUMNS} FROM roster WHERE id = ?1");
        self.conn
            .query_row(&sql, params![id], entry_from_row)
            .optional()?
            .ok_or_else(|| {
                Error::invalid(
                    format!("ไม่พบสำนักงานหมายเลข {id} ในรายชื่อ"),
                    format!("There is no roster entry {id}."),
                )
            })
    }

    /// Adds every district of the province named `province` (from the shipped list) as
    /// a district registration office; districts already listed stay as they are.
    pub fn add_province_to_roster(&mut self, province: &str) -> Result<RosterAdded> {
        let Some(found) = geography().province(province) else {
            return Err(Error::invalid(
                format!("ไม่พบจังหวัด \"{}\" ในรายชื่อจังหวัด", province.trim()),
                format!("\"{}\" is not a province of the list.", province.trim()),
            ));
        };
        let now = self.clock.stamp();
        let transaction = self.conn.transaction()?;
        let mut added = 0;
        for district in &found.districts {
            added += transaction.execute(
                "INSERT INTO roster (kind, province, district, district_code, name, added_at)
                 SELECT 'district_registration', ?1, ?2, ?3, ?4, ?5
                 WHERE NOT EXISTS (SELECT 1 FROM roster WHERE district_code = ?3)
                 ON CONFLICT DO NOTHING",
                params![
                    found.name_th,
                    district.name_th,
                    district.code,
                    district_office_name(found, district),
                    now
                ],
            )? as u32;
        }
        transaction.commit()?;
        Ok(RosterAdded {
            province: found.name_th.clone(),
            added,
            already: found.districts.len() as u32 - added,
        })
    }

    /// Adds one office by name (a local organisation, say).
    pub fn add_office_to_roster(&mut self, input: RosterOfficeInput) -> Result<RosterEntry> {
        let name = clean(&input.name, "ชื่อสำนักงาน", "office name", true)?;
        let mut province = clean(&input.province, "จังหวัด", "province", false)?;
        if province.is_empty() {
            province = self.local_office()?.profile.province;
        }
        if province.is_empty() {
            return Err(Error::invalid(
                "กรุณาระบุจังหวัดของสำนักงาน (หรือกรอกจังหวัดในข้อมูลสำนักงานของเครื่องนี้)",
                "Name the office's province (or fill in this PC's office profile).",
            ));
        }
        let district = clean(&input.district, "อำเภอ", "district", false)?;
        let phone = clean(&input.phone, "เบอร์โทรศัพท์", "phone", false)?;
        self.insert_roster_entry(input.kind, &name, &province, &district, &phone, None)
    }

    fn insert_roster_entry(
        &mut self,
        kind: OfficeKind,
        name: &str,
        province: &str,
        district: &str,
        phone: &str,
        office_id: Option<i64>,
    ) -> Result<RosterEntry> {
        let inserted = self.conn.execute(
            "INSERT INTO roster (kind, province, district, name, phone, office_id, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING",
            params![
                kind.as_str(),
                province,
                district,
                name,
                phone,
                office_id,
                self.clock.stamp()
            ],
        )?;
        if inserted == 0 {
            return Err(Error::invalid(
                format!("\"{name}\" อยู่ในรายชื่อแล้ว"),
                format!("\"{name}\" is on the roster already."),
            ));
        }
        self.roster_entry(self.conn.last_insert_rowid())
    }

    /// Puts an office that sent a bundle without being listed on the roster, as itself.
    pub fn add_sender_to_roster(&mut self, office_id: i64) -> Result<RosterEntry> {
        let office = self.office(office_id)?;
        let listed: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM roster WHERE office_id = ?1",
                params![office_id],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = listed {
            return self.roster_entry(id);
        }
        let profile = office.profile;
        let name = if profile.name.is_empty() {
            format!("สำนักงานหมายเลข {office_id}")
        } else {
            profile.name
        };
        self.insert_roster_entry(
            profile.kind,
            &name,
            &profile.province,
            &profile.district,
            &profile.officer_phone,
            Some(office_id),
        )
    }

    /// Changes the phone number the province calls an office on.
    pub fn set_roster_phone(&mut self, id: i64, phone: &str) -> Result<RosterEntry> {
        let phone = clean(phone, "เบอร์โทรศัพท์", "phone", false)?;
        self.roster_entry(id)?;
        self.conn.execute(
            "UPDATE roster SET phone = ?1 WHERE id = ?2",
            params![phone, id],
        )?;
        self.roster_entry(id)
    }

    /// Takes an office off the roster (its bundles and rounds stay).
    pub fn remove_from_roster(&mut self, id: i64) -> Result<()> {
        self.roster_entry(id)?;
        self.conn
            .execute("DELETE FROM roster WHERE id = ?1", params![id])?;
        Ok(())
    }
}
