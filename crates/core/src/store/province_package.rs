//! The province package in the store: made from the province's pack edition and report
//! dates; at an office, previewed (who signed it, what changes) and then taken in, in one
//! transaction: the edition installed, the report dates set, the office's draft rounds
//! moved to the edition with answers carried by item id. An office's own edits (its own
//! pack edition, dates it changed) are never replaced.

use std::path::{Path, PathBuf};

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::deadlines::{APPLICATION_SOURCE, MAINTENANCE_SOURCE};
use super::pack_move::apply_pack_move;
use super::packs::{install_pack_in, PackOrigin};
use super::{BackupReason, Store};
use crate::error::{Error, Result};
use crate::model::{RoundKind, RoundState};
use crate::pack::CriteriaPack;
use crate::package::{
    package_bytes, package_file_name, read_package, PackagePayload, PackageRequest, ProvincePackage,
};
use crate::Localized;

/// Deadlines the province's dates replace carry a source starting with this.
const PROVINCE_SOURCE: &str = "กำหนดของจังหวัด";

/// How this PC knows the key that signed a package.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum PackageKeyTrust {
    /// The key of the packages taken in before.
    Known,
    /// No package was taken in before: check the fingerprint with the province by phone.
    New,
    /// Another key signed the packages taken in before.
    Changed { known_fingerprint: String },
}

/// An item the edition adds or no longer has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ItemChange {
    pub item_id: String,
    pub code: String,
    pub title: Localized,
    pub points: f64,
}

/// A part's items and points before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PartChange {
    pub part_id: String,
    pub title: Localized,
    pub items_before: u32,
    pub items_after: u32,
    pub points_before: f64,
    pub points_after: f64,
}

/// A round of this office and what the package does to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PackageRound {
    #[ts(type = "number")]
    pub round_id: i64,
    pub fiscal_year_be: i32,
    pub kind: RoundKind,
    pub pack_version: u32,
    pub moves: bool,
    /// Why it stays where it is, when it does.
    pub reason: Option<Localized>,
}

/// What a package holds and would change here, shown before anything is written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PackagePreview {
    pub province: String,
    pub fingerprint: String,
    pub trust: PackageKeyTrust,
    pub bagging_time: String,
    pub pack_id: String,
    pub pack_version: u32,
    pub pack_title: Localized,
    /// The edition compared with (the one this office's rounds use), if any.
    pub compared_version: Option<u32>,
    pub items_added: Vec<ItemChange>,
    pub items_removed: Vec<ItemChange>,
    pub parts: Vec<PartChange>,
    pub rounds: Vec<PackageRound>,
    pub report_dates: Vec<super::ReportDates>,
    /// The same package was taken in before: nothing would change.
    pub already_taken: bool,
}

/// A package written by the province.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PackageWritten {
    pub path: String,
    pub file_name: String,
    pub fingerprint: String,
    pub bytes: u64,
}

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

    fn preview(&self, package: &ProvincePackage) -> Result<PackagePreview> {
        let new = &package.pack.pack;
        let rounds = self.package_rounds(new)?;
        let compared_version = rounds.iter().map(|r| r.pack_version).max().or_else(|| {
            self.list_packs()
                .ok()?
                .iter()
                .filter(|p| p.pack_id == new.pack_id && p.pack_version < new.pack_version)
                .map(|p| p.pack_version)
                .max()
        });
        let old = match compared_version {
            Some(version) => Some(self.pack(&new.pack_id, version)?),
            None => None,
        };
        let (items_added, items_removed, parts) = compare(old.as_ref(), new);
        Ok(PackagePreview {
            province: package.payload.province.clone(),
            fingerprint: package.signer.fingerprint.clone(),
            trust: self.package_trust(&package.signer.public_key)?,
            bagging_time: package.bagging_time.clone(),
            pack_id: new.pack_id.clone(),
            pack_version: new.pack_version,
            pack_title: new.title.clone(),
            compared_version,
            items_added,
            items_removed,
            parts,
            rounds,
            report_dates: package.payload.report_dates.clone(),
            already_taken: self.setting(&taken_key(&package.digest))?.is_some(),
        })
    }

    fn package_trust(&self, public_key: &str) -> Result<PackageKeyTrust> {
        Ok(match self.setting("province_package_key")? {
            None => PackageKeyTrust::New,
            Some(known) if known == public_key => PackageKeyTrust::Known,
            Some(known) => PackageKeyTrust::Changed {
                known_fingerprint: crate::signing::fingerprint(&base64_bytes(&known)),
            },
        })
    }

    /// This office's rounds of the edition's pack older than it, and whether each moves.
    fn package_rounds(&self, new: &CriteriaPack) -> Result<Vec<PackageRound>> {
        let mut rounds = Vec::new();
        for round in self.list_rounds()? {
            if !round.office_is_local
                || round.pack_id != new.pack_id
                || round.pack_version >= new.pack_version
            {
                continue;
            }
            let reason = if round.state != RoundState::Draft {
                Some(Localized::new(
                    "ส่งหรืออนุมัติแล้ว จึงไม่ย้าย (ปลดล็อกก่อนหากต้องการย้าย)",
                    "Submitted or approved, so it stays (unlock it first to move it).",
                ))
            } else if !self.edition_may_be_replaced(&round.pack_id, round.pack_version)? {
                Some(Localized::new(
                    "ใช้เกณฑ์ฉบับที่สำนักงานแก้ไขเอง จึงไม่แทนที่โดยอัตโนมัติ ย้ายเองได้ที่ \"ย้ายไปเกณฑ์รุ่นใหม่\"",
                    "It uses the office's own edition, which is never replaced by itself; move it with \"Move to a newer version\".",
                ))
            } else {
                None
            };
            rounds.push(PackageRound {
                round_id: round.id,
                fiscal_year_be: round.fiscal_year_be,
                kind: round.kind,
                pack_version: round.pack_version,
                moves: reason.is_none(),
                reason,
            });
        }
        Ok(rounds)
    }

    /// Built-in editions and editions that came in a province package may be replaced by
    /// a newer package; an edition the office made itself may not.
    fn edition_may_be_replaced(&self, pack_id: &str, version: u32) -> Result<bool> {
        let origin: String = self.conn.query_row(
            "SELECT origin FROM criteria_packs WHERE pack_id = ?1 AND pack_version = ?2",
            params![pack_id, version],
            |row| row.get(0),
        )?;
        Ok(origin == "builtin" || self.setting(&edition_key(pack_id, version))?.is_some())
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
            let json = serde_json::to_string(&dates.dates).expect("dates serialize");
            set_in(
                &transaction,
                &format!(
                    "report_dates/{}/{}",
                    dates.fiscal_year_be,
                    dates.kind.as_str()
                ),
                &json,
            )?;
            replace_report_deadlines(&transaction, dates, &source, &now)?;
        }
        set_in(
            &transaction,
            &edition_key(&new.pack_id, new.pack_version),
            &package.digest,
        )?;
        set_in(&transaction, &taken_key(&package.digest), &now)?;
        set_in(
            &transaction,
            "province_package_key",
            &package.signer.public_key,
        )?;
        transaction.commit()?;
        Ok(preview)
    }
}

fn edition_key(pack_id: &str, version: u32) -> String {
    format!("province_edition/{pack_id}/{version}")
}

fn taken_key(digest: &str) -> String {
    format!("province_package/{digest}")
}

fn set_in(conn: &rusqlite::Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

fn base64_bytes(text: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .unwrap_or_default()
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

/// Items added and removed, and each part's items and points, from `old` to `new`.
fn compare(
    old: Option<&CriteriaPack>,
    new: &CriteriaPack,
) -> (Vec<ItemChange>, Vec<ItemChange>, Vec<PartChange>) {
    let change = |part: &crate::pack::Part, item: &crate::pack::Item| ItemChange {
        item_id: item.id.clone(),
        code: item.code.clone(),
        title: item.title.clone(),
        points: part.points_of(item),
    };
    let has =
        |pack: Option<&CriteriaPack>, id: &str| pack.is_some_and(|p| p.find_item(id).is_some());
    let added = new
        .items()
        .filter(|(_, item)| !has(old, &item.id))
        .map(|(part, item)| change(part, item))
        .collect();
    let removed = old
        .map(|old| {
            old.items()
                .filter(|(_, item)| !has(Some(new), &item.id))
                .map(|(part, item)| change(part, item))
                .collect()
        })
        .unwrap_or_default();
    let parts = new
        .parts
        .iter()
        .map(|part| {
            let before = old.and_then(|o| o.parts.iter().find(|p| p.id == part.id));
            PartChange {
                part_id: part.id.clone(),
                title: part.title.clone(),
                items_before: before.map_or(0, |p| p.items().count() as u32),
                items_after: part.items().count() as u32,
                points_before: before.map_or(0.0, |p| p.total_points()),
                points_after: part.total_points(),
            }
        })
        .collect();
    (added, removed, parts)
}
