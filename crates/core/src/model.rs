//! The domain records the store keeps and the UI shows: office, round, answer.
//! Types named `...Input` are raw input from the edge; the store validates them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::evidence::{EvidenceRule, FileFormat};
use crate::pack::{CriteriaPack, FigureValue, TallySummary};
use crate::scoring::RoundScore;

/// The kinds of organisation that prepare a GECC application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OfficeKind {
    DistrictRegistration,
    LocalAdministration,
    Other,
}

impl OfficeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OfficeKind::DistrictRegistration => "district_registration",
            OfficeKind::LocalAdministration => "local_administration",
            OfficeKind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [
            Self::DistrictRegistration,
            Self::LocalAdministration,
            Self::Other,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
    }
}

/// An office as stored: its profile plus identity and time of the last change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Office {
    #[ts(type = "number")]
    pub id: i64,
    #[serde(flatten)]
    #[ts(flatten)]
    pub profile: OfficeProfile,
    pub updated_at: String,
}

/// What the office profile form holds. There is never a password here, though the paper
/// form asks for one: the GECC Online username is all the program keeps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct OfficeProfile {
    pub name: String,
    pub kind: OfficeKind,
    pub province: String,
    pub district: String,
    pub officer_name: String,
    pub officer_position: String,
    pub officer_phone: String,
    pub officer_email: String,
    pub gecc_username: String,
}

/// Application, or a maintenance report of a certified year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub enum RoundKind {
    #[serde(rename = "application")]
    Application,
    #[serde(rename = "maintenance-6-month")]
    Maintenance6Month,
    #[serde(rename = "maintenance-12-month")]
    Maintenance12Month,
}

impl RoundKind {
    pub const ALL: [RoundKind; 3] = [
        RoundKind::Application,
        RoundKind::Maintenance6Month,
        RoundKind::Maintenance12Month,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RoundKind::Application => "application",
            RoundKind::Maintenance6Month => "maintenance-6-month",
            RoundKind::Maintenance12Month => "maintenance-12-month",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// Where a round is in its life: being filled in, handed to the supervisor, locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RoundState {
    Draft,
    Submitted,
    Approved,
}

impl RoundState {
    pub fn as_str(self) -> &'static str {
        match self {
            RoundState::Draft => "draft",
            RoundState::Submitted => "submitted",
            RoundState::Approved => "approved",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Draft, Self::Submitted, Self::Approved]
            .into_iter()
            .find(|k| k.as_str() == text)
    }
}

/// A round of self-assessment: one office, one pack version, one fiscal year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Round {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub office_id: i64,
    pub office_name: String,
    pub pack_id: String,
    pub pack_version: u32,
    pub pack_year_be: i32,
    pub fiscal_year_be: i32,
    pub kind: RoundKind,
    pub state: RoundState,
    pub created_at: String,
    /// Who approved the round (name and position as typed at approval), when approved.
    pub approved_by_name: String,
    pub approved_by_position: String,
    pub approved_at: Option<String>,
    /// False for a round received from another office (read-only here).
    pub office_is_local: bool,
}

impl Round {
    /// Answers and evidence change only while a round of this office is a draft; rounds
    /// received from other offices are read-only.
    pub fn is_editable(&self) -> bool {
        self.state == RoundState::Draft && self.office_is_local
    }
}

/// What the supervisor types when approving a round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ApprovalInput {
    pub name: String,
    pub position: String,
}

/// A request to open a round. Missing fields take today's fiscal year and the newest pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NewRoundInput {
    pub kind: RoundKind,
    pub fiscal_year_be: Option<i32>,
    pub pack_id: Option<String>,
    pub pack_version: Option<u32>,
}

/// Where an item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AnswerStatus {
    NotStarted,
    InProgress,
    Met,
    NotMet,
    NotApplicable,
}

impl AnswerStatus {
    pub const ALL: [AnswerStatus; 5] = [
        AnswerStatus::NotStarted,
        AnswerStatus::InProgress,
        AnswerStatus::Met,
        AnswerStatus::NotMet,
        AnswerStatus::NotApplicable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AnswerStatus::NotStarted => "not_started",
            AnswerStatus::InProgress => "in_progress",
            AnswerStatus::Met => "met",
            AnswerStatus::NotMet => "not_met",
            AnswerStatus::NotApplicable => "not_applicable",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// A decided item no longer counts as open work.
    pub fn is_decided(self) -> bool {
        matches!(
            self,
            AnswerStatus::Met | AnswerStatus::NotMet | AnswerStatus::NotApplicable
        )
    }
}

/// The saved answer to one item of one round: its content and who saved it when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Answer {
    #[ts(type = "number")]
    pub round_id: i64,
    pub item_id: String,
    #[serde(flatten)]
    #[ts(flatten)]
    pub content: AnswerInput,
    pub updated_at: String,
    pub updated_by: String,
    /// The round this answer was carried from when the round started from an earlier one,
    /// until someone saves it ("from round X").
    #[serde(default)]
    #[ts(type = "number | null")]
    pub carried_from_round: Option<i64>,
}

/// An answer's content as the UI sends it; the store checks it against the item. The
/// history records these before and after each change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AnswerInput {
    pub status: AnswerStatus,
    pub note: String,
    pub owner: String,
    /// ISO date (YYYY-MM-DD, Common Era) or none.
    pub due_date: Option<String>,
    pub sub_scores: BTreeMap<String, f64>,
    pub value_number: Option<f64>,
    pub value_text: Option<String>,
    /// Why the item does not apply; required before a round with such items is submitted.
    #[serde(default)]
    pub not_applicable_reason: String,
    /// The figures behind the answer, by the pack's figure id.
    #[serde(default)]
    pub figures: BTreeMap<String, FigureValue>,
}

impl Default for AnswerInput {
    fn default() -> Self {
        AnswerInput {
            status: AnswerStatus::NotStarted,
            note: String::new(),
            owner: String::new(),
            due_date: None,
            sub_scores: BTreeMap::new(),
            value_number: None,
            value_text: None,
            not_applicable_reason: String::new(),
            figures: BTreeMap::new(),
        }
    }
}

/// One entry of an item's append-only change history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AnswerChange {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub round_id: i64,
    pub item_id: String,
    pub before: Option<AnswerInput>,
    pub after: AnswerInput,
    pub changed_by: String,
    pub changed_at: String,
}

/// A file held in the evidence store.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct EvidenceFile {
    #[ts(type = "number")]
    pub id: i64,
    pub sha256: String,
    /// The name the file had on the clerk's computer, exactly as it was.
    pub original_name: String,
    #[ts(type = "number")]
    pub size: u64,
    pub format: FileFormat,
    pub added_at: String,
    pub added_by: String,
    /// A photo received reduced for e-mail: the original it was made from.
    #[serde(default)]
    pub reduced_from: Option<ReducedFrom>,
}

/// The original a photo reduced for e-mail was made from: the reduced file is evidence
/// of its own (its own SHA-256), and this is the link back to what was attached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReducedFrom {
    pub sha256: String,
    #[ts(type = "number")]
    pub size: u64,
    /// The original's pixel size, upright.
    pub width: u32,
    pub height: u32,
}

/// A file supporting an item of a round, as a given type of evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct EvidenceLink {
    #[ts(type = "number")]
    pub round_id: i64,
    pub item_id: String,
    #[ts(type = "number")]
    pub evidence_id: i64,
    /// One of the pack's evidence type ids, or empty while the clerk has not said.
    pub evidence_type: String,
    pub linked_at: String,
    pub linked_by: String,
    /// The earlier round this link was carried from (the file is the same stored file).
    #[serde(default)]
    #[ts(type = "number | null")]
    pub carried_from_round: Option<i64>,
}

/// Whether an item has the evidence its rule asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ItemEvidence {
    pub item_id: String,
    pub files: u32,
    pub rule: Option<EvidenceRule>,
    /// What the rule still needs; none when satisfied or when there is no rule.
    pub unmet: Option<EvidenceRule>,
    /// Every file of the item is older than the day chosen when the round was started
    /// from an earlier one: time for a new photo.
    #[serde(default)]
    pub needs_new_photo: bool,
}

/// Everything the checklist screen needs for one round, in one call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Checklist {
    pub round: Round,
    pub pack: CriteriaPack,
    pub answers: Vec<Answer>,
    pub score: RoundScore,
    /// Every file linked to an item of this round.
    pub evidence: Vec<EvidenceFile>,
    pub links: Vec<EvidenceLink>,
    /// Evidence per item of the round's parts, in pack order.
    pub item_evidence: Vec<ItemEvidence>,
    pub deadlines: Vec<Deadline>,
    /// What each tally of the round comes to.
    pub tallies: Vec<TallySummary>,
    /// The revision of the round's answers this checklist shows (see `AnswerSaved`).
    #[ts(type = "number")]
    pub revision: i64,
}

/// Something that happened to a round or one of its items besides an answer change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RoundEvent {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub round_id: i64,
    pub item_id: Option<String>,
    pub kind: EventKind,
    /// Details by kind: the file and type for evidence, name and position for an
    /// approval, the reason for an unlock.
    #[ts(type = "Record<string, unknown>")]
    pub detail: serde_json::Value,
    pub actor: String,
    pub at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    EvidenceAttached,
    EvidenceDetached,
    EvidenceTypeChanged,
    RoundSubmitted,
    RoundApproved,
    RoundUnlocked,
    PackChanged,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::EvidenceAttached => "evidence_attached",
            EventKind::EvidenceDetached => "evidence_detached",
            EventKind::EvidenceTypeChanged => "evidence_type_changed",
            EventKind::RoundSubmitted => "round_submitted",
            EventKind::RoundApproved => "round_approved",
            EventKind::RoundUnlocked => "round_unlocked",
            EventKind::PackChanged => "pack_changed",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [
            Self::EvidenceAttached,
            Self::EvidenceDetached,
            Self::EvidenceTypeChanged,
            Self::RoundSubmitted,
            Self::RoundApproved,
            Self::RoundUnlocked,
            Self::PackChanged,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
    }
}

/// A date a round must meet: the application window, a report to the province.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Deadline {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub round_id: i64,
    pub title: String,
    /// ISO date (Common Era).
    pub due_date: String,
    pub done: bool,
    /// Where the date came from, for dates filled in from an example letter.
    pub source: String,
}

/// A deadline as edited; no id means a new one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DeadlineInput {
    #[ts(type = "number | null")]
    pub id: Option<i64>,
    pub title: String,
    pub due_date: String,
    pub done: bool,
}

/// What moving a round to another version of its pack does to its answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PackMove {
    pub from_pack_id: String,
    pub from_version: u32,
    pub to_pack_id: String,
    pub to_version: u32,
    /// Answered items that are in the new version too: their answers carry over by id.
    pub carried_over: u32,
    /// Items with answers or evidence that the new version no longer has. Their answers
    /// are kept in the database and listed here, never silently dropped.
    pub removed: Vec<RemovedItem>,
    /// Items new in this version, to be answered.
    pub added: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RemovedItem {
    pub item_id: String,
    pub code: String,
    pub title: crate::Localized,
    pub status: AnswerStatus,
    pub files: u32,
}

/// Files dropped on the window, held by the shell until the UI says which item they are
/// for; the UI sees their names, never their paths.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DroppedFiles {
    #[ts(type = "number")]
    pub drop_id: u64,
    pub names: Vec<String>,
    /// Where they were dropped, in physical pixels from the top left of the window.
    pub x: f64,
    pub y: f64,
}

/// Where files being dragged over the window are, in physical pixels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DragPosition {
    pub x: f64,
    pub y: f64,
}

/// One item's whole history: answer changes and other events, each oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ItemHistory {
    pub answers: Vec<AnswerChange>,
    pub events: Vec<RoundEvent>,
}

/// What a save returns: the stored answer and the round's new score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AnswerSaved {
    pub answer: Answer,
    pub score: RoundScore,
    pub tallies: Vec<TallySummary>,
    /// Which state of the round's answers the score and tallies describe. Saves of
    /// different items can finish in any order; the UI keeps the highest revision.
    #[ts(type = "number")]
    pub revision: i64,
}

/// A pack as listed to people: identity, provenance and size of each part.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PackSummary {
    pub pack_id: String,
    pub pack_version: u32,
    pub year_be: i32,
    pub title: crate::Localized,
    pub complete: bool,
    pub builtin: bool,
    pub sha256: String,
    pub parts: Vec<PackPartSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PackPartSummary {
    pub part_id: String,
    pub title: crate::Localized,
    pub listed_items: u32,
    pub undisclosed_items: u32,
    pub points: f64,
}

/// The user's preferences that live in the database.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Settings {
    pub language: Language,
    /// Whom this PC works for; `None` until the first run asks (an installation that
    /// already has an office name works for a district office).
    pub role: Option<DeskRole>,
}

/// A PC works for an office that assesses itself (a district office or a local
/// organisation), or for a province office that receives their bundles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeskRole {
    District,
    Province,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    Th,
    En,
}

/// A bundle this PC wrote or took in, as the round's log keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BundleRecord {
    #[ts(type = "number")]
    pub round_id: i64,
    /// "exported" or "imported".
    pub direction: String,
    pub sequence: u32,
    /// SHA-256 of the bag's tag manifest: names the bundle, split or not.
    pub digest: String,
    pub previous_digest: String,
    /// The Base64 public key that signed it (empty for an unsigned bag).
    pub signer_key: String,
    /// When the bag was made (the exporter's clock), RFC 3339.
    pub bagging_date: String,
    pub summary_only: bool,
    pub file_name: String,
    pub at: String,
}
