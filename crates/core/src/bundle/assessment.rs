//! `data/assessment.json`: one round of one office as plain JSON, complete enough to be
//! read without our program and to be merged into another PC's store.

use serde::{Deserialize, Serialize};

use crate::evidence::FileFormat;
use crate::model::{AnswerInput, OfficeProfile, ReducedFrom, RoundKind, RoundState};
use crate::scoring::RoundScore;

/// The `format` value that marks the document as ours.
pub const ASSESSMENT_FORMAT: &str = "gecc-desk-assessment";

/// The whole document, version `BUNDLE_FORMAT_VERSION`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssessmentDocument {
    pub format: String,
    pub format_version: u32,
    pub program_version: String,
    pub exported_at: String,
    pub summary_only: bool,
    pub personal_data_removed: bool,
    pub office: OfficeRecord,
    pub round: RoundRecord,
    pub pack: PackReference,
    pub answers: Vec<AnswerRecord>,
    pub history: Vec<HistoryRecord>,
    pub events: Vec<EventRecord>,
    pub deadlines: Vec<DeadlineRecord>,
    pub evidence: Vec<EvidenceRecord>,
    pub links: Vec<LinkRecord>,
    /// The score when exported, for readers without the program; recomputed on import.
    pub score: RoundScore,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfficeRecord {
    /// The office's id, shared by all its PCs.
    pub uid: String,
    #[serde(flatten)]
    pub profile: OfficeProfile,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoundRecord {
    pub fiscal_year_be: i32,
    pub kind: RoundKind,
    pub state: RoundState,
    pub created_at: String,
    pub approved_by_name: String,
    pub approved_by_position: String,
    pub approved_at: Option<String>,
}

/// Which criteria the round was assessed against; the receiver must have the same pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackReference {
    pub id: String,
    pub version: u32,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerRecord {
    pub item_id: String,
    #[serde(flatten)]
    pub content: AnswerInput,
    pub updated_at: String,
    pub updated_by: String,
}

/// One change of an answer, as the store's append-only history has it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryRecord {
    pub item_id: String,
    pub before: Option<AnswerInput>,
    pub after: AnswerInput,
    pub changed_by: String,
    pub changed_at: String,
}

/// An event of the round (item_id null) or of an item: evidence, review steps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub item_id: Option<String>,
    pub kind: String,
    pub detail: serde_json::Value,
    pub actor: String,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeadlineRecord {
    pub title: String,
    pub due_date: String,
    pub done: bool,
    pub source: String,
}

/// A file of evidence: what it is, and where it is in the bag (none in a summary).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceRecord {
    pub sha256: String,
    pub original_name: String,
    pub size: u64,
    pub format: FileFormat,
    pub added_at: String,
    pub added_by: String,
    /// The file's path inside the bag, e.g. `data/evidence/ป้ายศูนย์.jpg`.
    pub path: Option<String>,
    /// A photo reduced for e-mail: the original it was made from. Absent otherwise, so a
    /// reader of format 1 that does not know the field reads the file as any evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reduced_from: Option<ReducedFrom>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkRecord {
    pub item_id: String,
    pub sha256: String,
    pub evidence_type: String,
    pub linked_at: String,
    pub linked_by: String,
}

impl From<crate::model::Answer> for AnswerRecord {
    fn from(answer: crate::model::Answer) -> Self {
        AnswerRecord {
            item_id: answer.item_id,
            content: answer.content,
            updated_at: answer.updated_at,
            updated_by: answer.updated_by,
        }
    }
}

impl HistoryRecord {
    /// The same change has the same id on every PC: a hash of what it is, not of where
    /// it was stored. Histories merge by these ids.
    pub fn uid(&self) -> String {
        change_uid(
            &self.item_id,
            &self.changed_at,
            &self.changed_by,
            &self.after,
        )
    }
}

impl EventRecord {
    pub fn uid(&self) -> String {
        let text = format!(
            "event\n{}\n{}\n{}\n{}\n{}",
            self.item_id.as_deref().unwrap_or(""),
            self.kind,
            self.at,
            self.actor,
            self.detail
        );
        crate::hashing::sha256_hex(text.as_bytes())
    }
}

pub fn change_uid(
    item_id: &str,
    changed_at: &str,
    changed_by: &str,
    after: &AnswerInput,
) -> String {
    let after = serde_json::to_string(after).unwrap_or_default();
    let text = format!("answer\n{item_id}\n{changed_at}\n{changed_by}\n{after}");
    crate::hashing::sha256_hex(text.as_bytes())
}
