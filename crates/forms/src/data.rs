//! What the documents are printed from, read from the store in one call each: a round
//! (its checklist, its office, who printed it) or the province's offices for a fiscal
//! year and kind of round (each office's profile and progress per part).

use gecc_core::model::{AnswerStatus, EventKind, Office, RoundKind, RoundState};
use gecc_core::pack::{CriteriaPack, ItemLevel, PartKind};
use gecc_core::timestamp::LocalDay;
use gecc_core::{Localized, Store};

use crate::{FormData, FormError};

/// A round and everything its report, sign-off sheet and evidence index show.
#[derive(Debug, Clone)]
pub struct RoundData {
    pub checklist: gecc_core::model::Checklist,
    /// The round's office: this one, or the office a received bundle came from.
    pub office: Office,
    /// The id naming the round's office in bundles, printed in the QR codes.
    pub office_uid: String,
    /// The key fingerprint of the PC printing, so the paper names the PC its bundles
    /// are signed by.
    pub key_fingerprint: String,
    /// When the round was last handed to the supervisor (RFC 3339), if it was.
    pub submitted_at: Option<String>,
    /// The day printed on the documents, and the time zone their other dates are read in.
    pub today: LocalDay,
}

/// One part's progress in one office's round, per item level (basic and advanced for
/// the quality criteria, a single line otherwise).
#[derive(Debug, Clone, PartialEq)]
pub struct PartProgress {
    pub part_id: String,
    pub kind: PartKind,
    pub title: Localized,
    pub levels: Vec<LevelProgress>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LevelProgress {
    pub level: Option<ItemLevel>,
    /// Items the pack lists.
    pub listed: u32,
    /// Listed items that are met, not met or not applicable.
    pub decided: u32,
    /// Items the criteria have but the pack cannot list yet.
    pub undisclosed: u32,
}

impl LevelProgress {
    /// "ดำเนินการเรียบร้อย": every listed item decided.
    pub fn is_done(&self) -> bool {
        self.listed > 0 && self.decided >= self.listed
    }
}

/// One office's block of forms 1 and 2.
#[derive(Debug, Clone)]
pub struct ProvinceOffice {
    pub office: Office,
    /// False for a roster entry nothing has come from: the forms mark it "not received".
    pub received: bool,
    pub round_id: Option<i64>,
    pub round_state: Option<RoundState>,
    /// The parts of its round; without a round, the parts of the criteria with nothing
    /// decided.
    pub parts: Vec<PartProgress>,
}

/// The province's offices for forms 1 and 2.
#[derive(Debug, Clone)]
pub struct ProvinceData {
    pub fiscal_year_be: i32,
    pub kind: RoundKind,
    /// The province named in the title and the certification block.
    pub province: String,
    pub offices: Vec<ProvinceOffice>,
    /// The id of the office printing (the province office), printed in the QR codes.
    pub printed_by_uid: String,
    pub today: LocalDay,
}

/// Reads a round for its report, sign-off sheet and evidence index.
pub fn round_data(store: &Store, round_id: i64, today: LocalDay) -> Result<FormData, FormError> {
    Ok(read_round(store, round_id, today)?.into())
}

fn read_round(store: &Store, round_id: i64, today: LocalDay) -> Result<RoundData, FormError> {
    let checklist = store.checklist(round_id)?;
    let office_id = checklist.round.office_id;
    let submitted_at = store
        .events(round_id, None)?
        .into_iter()
        .filter(|event| event.kind == EventKind::RoundSubmitted)
        .map(|event| event.at)
        .max();
    Ok(RoundData {
        office: store.office(office_id)?,
        office_uid: store.office_uid(office_id)?,
        key_fingerprint: store.signing_key_info()?.fingerprint,
        submitted_at,
        today,
        checklist,
    })
}

/// Reads every office the province has heard from, with its round of `kind` in
/// `fiscal_year_be`, for forms 1 and 2.
pub fn province_data(
    store: &Store,
    fiscal_year_be: i32,
    kind: RoundKind,
    today: LocalDay,
) -> Result<FormData, FormError> {
    let status = store.province_status(fiscal_year_be, kind, today.date)?;
    let offices: Vec<Listed> = status
        .rows
        .iter()
        .map(|row| match row.office_id {
            // The roster's name, so the forms list the province's offices as it does.
            Some(office_id) => Listed::Received(
                office_id,
                row.round_id,
                row.roster_id.map(|_| row.office_name.clone()),
            ),
            None => Listed::NotReceived(roster_office(row)),
        })
        .collect();
    build_province(store, fiscal_year_be, kind, today, &offices)
}

/// Forms 1 and 2 for the office of one round only.
pub fn province_data_for_round(
    store: &Store,
    round_id: i64,
    today: LocalDay,
) -> Result<FormData, FormError> {
    let round = store.round(round_id)?;
    build_province(
        store,
        round.fiscal_year_be,
        round.kind,
        today,
        &[Listed::Received(round.office_id, Some(round_id), None)],
    )
}

/// An office as the forms list it: one the province has heard from (with its round of
/// the year and kind, if any), or a roster entry nothing has come from yet.
enum Listed {
    /// The office, its round, and the name the roster gives it.
    Received(i64, Option<i64>, Option<String>),
    NotReceived(Office),
}

/// A roster entry's name, district and phone in the shape of an office profile, the
/// rest left blank for the paper's dotted lines.
fn roster_office(row: &gecc_core::store::OfficeRow) -> Office {
    Office {
        id: 0,
        profile: gecc_core::model::OfficeProfile {
            name: row.office_name.clone(),
            kind: gecc_core::model::OfficeKind::DistrictRegistration,
            province: row.province.clone(),
            district: row.district.clone(),
            officer_name: String::new(),
            officer_position: String::new(),
            officer_phone: row.phone.clone(),
            officer_email: String::new(),
            gecc_username: String::new(),
        },
        updated_at: String::new(),
    }
}

fn build_province(
    store: &Store,
    fiscal_year_be: i32,
    kind: RoundKind,
    today: LocalDay,
    offices: &[Listed],
) -> Result<FormData, FormError> {
    let local = store.local_office()?;
    let mut blocks = Vec::new();
    let mut reference_pack: Option<CriteriaPack> = None;
    for listed in offices {
        let (office, round_id, received) = match listed {
            Listed::Received(office_id, round_id, roster_name) => {
                let mut office = store.office(*office_id)?;
                if let Some(name) = roster_name {
                    office.profile.name = name.clone();
                }
                (office, *round_id, true)
            }
            Listed::NotReceived(office) => (office.clone(), None, false),
        };
        let (round_state, parts) = match round_id {
            Some(round_id) => {
                let checklist = store.checklist(round_id)?;
                let parts = progress(&checklist.pack, kind, &checklist.answers);
                reference_pack.get_or_insert(checklist.pack);
                (Some(checklist.round.state), parts)
            }
            None => (None, Vec::new()),
        };
        blocks.push(ProvinceOffice {
            office,
            received,
            round_id,
            round_state,
            parts,
        });
    }
    // An office without a round still gets its rows, empty, from the criteria the
    // others are assessed with (or the newest pack installed).
    if blocks.iter().any(|block| block.round_id.is_none()) {
        let pack = match reference_pack {
            Some(pack) => Some(pack),
            None => newest_pack(store)?,
        };
        if let Some(pack) = pack {
            for block in blocks.iter_mut().filter(|b| b.round_id.is_none()) {
                block.parts = progress(&pack, kind, &[]);
            }
        }
    }
    let province = if local.profile.province.is_empty() {
        blocks
            .iter()
            .map(|b| b.office.profile.province.clone())
            .find(|p| !p.is_empty())
            .unwrap_or_default()
    } else {
        local.profile.province.clone()
    };
    Ok(ProvinceData {
        fiscal_year_be,
        kind,
        province,
        offices: blocks,
        printed_by_uid: store.local_office_uid()?,
        today,
    }
    .into())
}

fn newest_pack(store: &Store) -> Result<Option<CriteriaPack>, FormError> {
    let newest = store
        .list_packs()?
        .into_iter()
        .max_by_key(|p| (p.year_be, p.pack_version));
    Ok(match newest {
        Some(summary) => Some(store.pack(&summary.pack_id, summary.pack_version)?),
        None => None,
    })
}

/// Each part of a round of `kind`, counted per item level.
fn progress(
    pack: &CriteriaPack,
    kind: RoundKind,
    answers: &[gecc_core::model::Answer],
) -> Vec<PartProgress> {
    let status_of = |item_id: &str| {
        answers
            .iter()
            .find(|a| a.item_id == item_id)
            .map(|a| a.content.status)
            .unwrap_or(AnswerStatus::NotStarted)
    };
    pack.parts_for(kind)
        .map(|part| {
            let mut levels: Vec<LevelProgress> = Vec::new();
            for item in part.items() {
                let line = line_of(&mut levels, item.level);
                line.listed += 1;
                if status_of(&item.id).is_decided() {
                    line.decided += 1;
                }
            }
            for block in &part.undisclosed {
                line_of(&mut levels, block.level).undisclosed += block.expected_items;
            }
            levels.sort_by_key(|l| match l.level {
                None => 0,
                Some(ItemLevel::Basic) => 1,
                Some(ItemLevel::Advanced) => 2,
            });
            PartProgress {
                part_id: part.id.clone(),
                kind: part.kind,
                title: part.title.clone(),
                levels,
            }
        })
        .collect()
}

/// The line of `level`, added when it is the first item of that level.
fn line_of(levels: &mut Vec<LevelProgress>, level: Option<ItemLevel>) -> &mut LevelProgress {
    let index = match levels.iter().position(|l| l.level == level) {
        Some(index) => index,
        None => {
            levels.push(LevelProgress {
                level,
                listed: 0,
                decided: 0,
                undisclosed: 0,
            });
            levels.len() - 1
        }
    };
    &mut levels[index]
}

impl RoundData {
    /// Replaces staff names and blanks phone, e-mail and the GECC Online username, in the
    /// same order as the bundle's document does, so a shared report and its document name
    /// the same person "บุคคล ๑".
    pub fn remove_personal_data(&mut self) {
        let mut names = gecc_core::bundle::Pseudonyms::default();
        let profile = &mut self.office.profile;
        names.replace(&mut profile.officer_name);
        profile.officer_phone.clear();
        profile.officer_email.clear();
        profile.gecc_username.clear();
        names.replace(&mut self.checklist.round.approved_by_name);
        for answer in &mut self.checklist.answers {
            names.replace(&mut answer.content.owner);
            names.replace(&mut answer.updated_by);
        }
        for file in &mut self.checklist.evidence {
            names.replace(&mut file.added_by);
        }
    }
}

/// The documents a bundle of the round carries for people without GECC Desk: the
/// self-assessment report as printed with the default options.
pub fn bundle_documents(
    store: &Store,
    round_id: i64,
    today: LocalDay,
    remove_personal_data: bool,
) -> Result<Vec<gecc_core::store::PrintedDocument>, FormError> {
    let mut data = read_round(store, round_id, today)?;
    if remove_personal_data {
        data.remove_personal_data();
    }
    let bytes = crate::render(
        crate::Document::Report,
        &data.into(),
        &crate::PrintOptions::default(),
    )?;
    Ok(vec![gecc_core::store::PrintedDocument {
        bag_path: gecc_core::bundle::REPORT_PDF_PATH.to_string(),
        bytes,
    }])
}
