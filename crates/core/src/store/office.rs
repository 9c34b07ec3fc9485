//! The office this installation works for: its profile, read and saved.

use rusqlite::{params, OptionalExtension, Row};

use super::Store;
use crate::error::{Error, Result};
use crate::model::{Office, OfficeKind, OfficeProfile};

const OFFICE_COLUMNS: &str = "id, name, kind, province, district, officer_name, officer_position, \
     officer_phone, officer_email, gecc_username, updated_at";

/// Longest accepted value of any profile field; paper forms have far less room.
const MAX_FIELD_CHARS: usize = 300;

fn office_from_row(row: &Row<'_>) -> rusqlite::Result<Office> {
    let kind: String = row.get(2)?;
    Ok(Office {
        id: row.get(0)?,
        profile: OfficeProfile {
            name: row.get(1)?,
            kind: OfficeKind::parse(&kind).unwrap_or(OfficeKind::Other),
            province: row.get(3)?,
            district: row.get(4)?,
            officer_name: row.get(5)?,
            officer_position: row.get(6)?,
            officer_phone: row.get(7)?,
            officer_email: row.get(8)?,
            gecc_username: row.get(9)?,
        },
        updated_at: row.get(10)?,
    })
}

impl Store {
    pub(super) fn ensure_local_office(&mut self) -> Result<()> {
        let now = self.clock.stamp();
        self.conn.execute(
            "INSERT INTO offices (is_local, uid, created_at, updated_at)
             SELECT 1, lower(hex(randomblob(16))), ?1, ?1 WHERE NOT EXISTS (SELECT 1 FROM offices WHERE is_local = 1)",
            params![now],
        )?;
        Ok(())
    }

    /// The profile of this installation's office (blank fields until it is filled in).
    pub fn local_office(&self) -> Result<Office> {
        let sql = format!("SELECT {OFFICE_COLUMNS} FROM offices WHERE is_local = 1");
        self.conn
            .query_row(&sql, [], office_from_row)
            .optional()?
            .ok_or_else(|| Error::invalid("ยังไม่มีข้อมูลสำนักงาน", "The office profile is missing."))
    }

    /// Any office's profile: this one's, or one known from the bundles it received (the
    /// province prints its report forms from these).
    pub fn office(&self, office_id: i64) -> Result<Office> {
        let sql = format!("SELECT {OFFICE_COLUMNS} FROM offices WHERE id = ?1");
        self.conn
            .query_row(&sql, params![office_id], office_from_row)
            .optional()?
            .ok_or_else(|| {
                Error::invalid(
                    format!("ไม่พบสำนักงานหมายเลข {office_id}"),
                    format!("There is no office {office_id}."),
                )
            })
    }

    /// The id that names an office in bundles (see `local_office_uid`); printed forms
    /// carry it in their QR codes.
    pub fn office_uid(&self, office_id: i64) -> Result<String> {
        let uid: Option<String> = self
            .conn
            .query_row(
                "SELECT uid FROM offices WHERE id = ?1",
                params![office_id],
                |row| row.get(0),
            )
            .optional()?;
        uid.ok_or_else(|| {
            Error::invalid(
                format!("ไม่พบสำนักงานหมายเลข {office_id}"),
                format!("There is no office {office_id}."),
            )
        })
    }

    /// Saves the office profile after trimming and checking every field.
    pub fn save_local_office(&mut self, input: OfficeProfile) -> Result<Office> {
        let input = validate_office(input)?;
        self.conn.execute(
            "UPDATE offices SET name = ?1, kind = ?2, province = ?3, district = ?4, officer_name = ?5,
                 officer_position = ?6, officer_phone = ?7, officer_email = ?8, gecc_username = ?9,
                 updated_at = ?10
             WHERE is_local = 1",
            params![
                input.name,
                input.kind.as_str(),
                input.province,
                input.district,
                input.officer_name,
                input.officer_position,
                input.officer_phone,
                input.officer_email,
                input.gecc_username,
                self.clock.stamp()
            ],
        )?;
        self.local_office()
    }
}

/// One field of an office's details (its profile, or its roster entry), trimmed and checked.
pub(super) fn office_field(value: &str, th: &str, en: &str) -> Result<String> {
    let value = value.trim().to_string();
    if value.chars().count() > MAX_FIELD_CHARS || value.chars().any(|c| c.is_control()) {
        return Err(Error::invalid(
            format!("ช่อง \"{th}\" ยาวเกิน {MAX_FIELD_CHARS} ตัวอักษรหรือมีอักขระควบคุม"),
            format!(
                "\"{en}\" is longer than {MAX_FIELD_CHARS} characters or holds control characters."
            ),
        ));
    }
    Ok(value)
}

pub(crate) fn validate_office(input: OfficeProfile) -> Result<OfficeProfile> {
    let clean = |value: String, th: &str, en: &str| office_field(&value, th, en);
    let office = OfficeProfile {
        name: clean(input.name, "ชื่อสำนักงาน", "Office name")?,
        kind: input.kind,
        province: clean(input.province, "จังหวัด", "Province")?,
        district: clean(input.district, "อำเภอ", "District")?,
        officer_name: clean(input.officer_name, "ชื่อผู้รับผิดชอบ", "Responsible officer")?,
        officer_position: clean(input.officer_position, "ตำแหน่ง", "Position")?,
        officer_phone: clean(input.officer_phone, "เบอร์โทรศัพท์", "Phone")?,
        officer_email: clean(input.officer_email, "อีเมล", "E-mail")?,
        gecc_username: clean(
            input.gecc_username,
            "ชื่อผู้ใช้ GECC Online",
            "GECC Online username",
        )?,
    };
    let email = &office.officer_email;
    let plausible_email = email.is_empty()
        || (email.split('@').count() == 2
            && !email.starts_with('@')
            && email
                .rsplit('@')
                .next()
                .is_some_and(|domain| domain.contains('.'))
            && !email.contains(char::is_whitespace));
    if !plausible_email {
        return Err(Error::invalid(
            format!("อีเมล \"{email}\" ไม่ถูกต้อง ตัวอย่างที่ถูกต้อง: name@dopa.go.th"),
            format!("\"{email}\" is not an e-mail address, e.g. name@dopa.go.th"),
        ));
    }
    Ok(office)
}
