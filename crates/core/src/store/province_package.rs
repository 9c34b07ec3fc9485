//! The province package in the store: made from the province's pack edition and report
//! dates; at an office, previewed (who signed it, what changes) and then taken in, in one
//! transaction: the edition installed, the report dates set, the office's draft rounds
//! moved to the edition with answers carried by item id. An office's own edits (its own
//! pack edition, dates it changed) are never replaced.

use std::path::{Path, PathBuf};

use rusqlite::params;

use super::deadlines::{APPLICATION_SOURCE, MAINTENANCE_SOURCE};
use super::pack_move::apply_pack_move;
use super::package_preview::{
    edition_key, taken_key, PackageKeyTrust, PackagePreview, PackageWritten,
};
use super::packs::{install_pack_in, PackOrigin};
use super::report_dates::save_in;
use super::settings::put_setting_in;
use super::{BackupReason, Store};
use crate::error::{Error, Result};
use crate::package::{
    package_bytes, package_file_name, read_package, PackagePayload, PackageRequest,
};
use crate::Localized;

/// Deadlines the province's dates replace carry a source starting with this.
const PROVINCE_SOURCE: &str = "กำหนดของจังหวัด";

impl Store {
    /// Writes the province package for `request` into `folder`, then reads it back.
    pub fn export_province_package(
        &self,
        request: &PackageRequest,
        folder: &Path,
    ) -> Result<PackageWritten> {
        let province = self.local_office()?.profile.province;
        if province.trim().is_empty() {
            return Err(Error::invalid(
                "กรุณากรอกจังหวัดในข้อมูลสำนักงานก่อนส่งชุดเกณฑ์",
                "Fill in the province in the office profile before sending a package.",
            ));
        }
        let pack_bytes = self.pack_bytes(&request.pack_id, request.pack_version)?;
        let report_dates = request
            .report_dates
            .iter()
            .map(|choice| self.report_dates(choice.fiscal_year_be, choice.kind))
            .collect::<Result<Vec<_>>>()?;
        let payload = PackagePayload {
            province: province.clone(),
            pack_bytes,
            report_dates,
        };
        let bytes = package_bytes(&payload, &self.signing_seed()?, &self.clock.stamp());
        let file_name = package_file_name(&province, &request.pack_id, request.pack_version);
        let path: PathBuf = folder.join(&file_name);
        crate::files::write_file_atomically(&path, &bytes)?;
        let written = read_package(&path)?;
        Ok(PackageWritten {
            path: path.display().to_string(),
            file_name,
            fingerprint: written.signer.fingerprint,
            bytes: bytes.len() as u64,
        })
    }

    /// Reads a package and says what taking it in would do, without writing anything.
    pub fn preview_province_package(&self, path: &Path) -> Result<PackagePreview> {
        let package = read_package(path)?;
        self.preview(&package)
    }

    /// Takes a package in: refused unless its key is known or `accept_new_key` says a
    /// person checked the fingerprint. Everything in one transaction, after a backup.
    pub fn import_province_package(
        &mut self,
        path: &Path,
        accept_new_key: bool,
        actor: &str,
    ) -> Result<PackagePreview> {
        let package = read_package(path)?;
        let preview = self.preview(&package)?;
        match (&preview.trust, accept_new_key) {
            (PackageKeyTrust::Known, _) | (_, true) => {}
            (PackageKeyTrust::New, false) => {
                return Err(Error::BundleRefused(Localized::new(
                    format!("ชุดเกณฑ์นี้ลงนามด้วยกุญแจที่เครื่องนี้ยังไม่รู้จัก (ลายนิ้วมือ {}) กรุณาโทรสอบถามจังหวัดว่าตรงกันก่อนยืนยัน", preview.fingerprint),
                    format!("This package is signed with a key this PC does not know yet (fingerprint {}): check it with the province by phone, then confirm.", preview.fingerprint),
                )))
            }
            (PackageKeyTrust::Changed { known_fingerprint }, false) => {
                return Err(Error::BundleRefused(Localized::new(
                    format!("ชุดเกณฑ์นี้ลงนามด้วยกุญแจอื่น ({}) ไม่ใช่กุญแจที่จังหวัดใช้ก่อนหน้า ({known_fingerprint}) กรุณาโทรสอบถามจังหวัดก่อนยืนยัน", preview.fingerprint),
                    format!("This package is signed with another key ({}) than the province used before ({known_fingerprint}): check with the province by phone before confirming.", preview.fingerprint),
                )))
            }
        }
        if preview.already_taken {
            return Ok(preview);
        }
        self.back_up(BackupReason::BeforeImport)?;
        let now = self.clock.stamp();
        let transaction = self.conn.unchecked_transaction()?;
        install_pack_in(&transaction, &package.pack, PackOrigin::Imported, &now)?;
        let new = &package.pack.pack;
        for round in preview.rounds.iter().filter(|r| r.moves) {
            let plan = self.preview_pack_move(round.round_id, &new.pack_id, new.pack_version)?;
            let row = self.find_pack_row(Some(&new.pack_id), Some(new.pack_version))?;
            apply_pack_move(&transaction, round.round_id, row, &plan, actor, &now)?;
        }
        let source = format!(
            "{PROVINCE_SOURCE}{} (ชุดเกณฑ์ลงนาม {})",
            package.payload.province, preview.fingerprint
        );
        for dates in &package.payload.report_dates {
            save_in(&transaction, dates.fiscal_year_be, dates.kind, &dates.dates)?;
            replace_report_deadlines(&transaction, dates, &source, &now)?;
        }
        put_setting_in(
            &transaction,
            &edition_key(&new.pack_id, new.pack_version),
            Some(&package.digest),
        )?;
        put_setting_in(&transaction, &taken_key(&package.digest), Some(&now))?;
        put_setting_in(
            &transaction,
            "province_package_key",
            Some(&package.signer.public_key),
        )?;
        transaction.commit()?;
        Ok(preview)
    }
}

/// The office's report deadlines of that year and kind become the province's: the
/// letter's example dates and dates of an earlier package go, dates the office typed stay.
fn replace_report_deadlines(
    conn: &rusqlite::Connection,
    dates: &super::ReportDates,
    source: &str,
    now: &str,
) -> Result<()> {
    let mut statement = conn.prepare(
        "SELECT r.id FROM rounds r JOIN offices o ON o.id = r.office_id
         WHERE o.is_local = 1 AND r.fiscal_year_be = ?1 AND r.kind = ?2",
    )?;
    let rounds: Vec<i64> = statement
        .query_map(params![dates.fiscal_year_be, dates.kind.as_str()], |row| {
            row.get(0)
        })?
        .collect::<rusqlite::Result<_>>()?;
    for round_id in rounds {
        conn.execute(
            "DELETE FROM deadlines WHERE round_id = ?1 AND (
                 (source IN (?2, ?3) AND (title LIKE '%รายงาน%' OR title LIKE '%ส่ง%'))
                 OR source LIKE ?4 || '%')",
            params![
                round_id,
                APPLICATION_SOURCE,
                MAINTENANCE_SOURCE,
                PROVINCE_SOURCE
            ],
        )?;
        for date in &dates.dates {
            conn.execute(
                "INSERT INTO deadlines (round_id, title, due_date, source, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![round_id, date.title, date.date, source, now],
            )?;
        }
    }
    Ok(())
}
