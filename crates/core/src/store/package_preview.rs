//! What a province package would change at an office, worked out before anything is
//! written: who signed it and whether this PC knows the key, the items and points the
//! edition adds, which rounds move (and why the others stay), the dates that come along.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Store;
use crate::error::Result;
use crate::model::{RoundKind, RoundState};
use crate::pack::CriteriaPack;
use crate::package::ProvincePackage;
use crate::Localized;

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
    #[ts(type = "number")]
    pub bytes: u64,
}

impl Store {
    pub(super) fn preview(&self, package: &ProvincePackage) -> Result<PackagePreview> {
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
                known_fingerprint: crate::signing::fingerprint_of_base64(&known),
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
}

pub(super) fn edition_key(pack_id: &str, version: u32) -> String {
    format!("province_edition/{pack_id}/{version}")
}

pub(super) fn taken_key(digest: &str) -> String {
    format!("province_package/{digest}")
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
