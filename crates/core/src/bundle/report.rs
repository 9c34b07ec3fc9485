//! What verifying a bundle found, per file, in words a clerk can act on (Thai, with
//! English), and with codes tools and the UI branch on.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::PackReference;
use crate::localized::Localized;
use crate::model::{RoundKind, RoundState};
use crate::signing::KeyInfo;

/// The kind of a problem; stable across versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProblemCode {
    /// The ZIP itself is unsafe or damaged (names, links, bombs, truncation).
    UnsafeArchive,
    MissingPart,
    NotABag,
    BagDeclaration,
    BagInfo,
    Manifest,
    MissingFile,
    ExtraFile,
    ChecksumMismatch,
    PayloadOxum,
    Signature,
    Unsigned,
    FormatTooNew,
    Document,
    UnknownPack,
    Replay,
    NewKey,
    AlreadyImported,
    /// `assessment.json` is larger than any real round's document.
    DocumentTooLarge,
    /// A key given twice in one object of `assessment.json`.
    DuplicateKey,
    /// A tag we read given twice in `bag-info.txt` (or the signature file).
    DuplicateTag,
    /// `bag-info.txt` names another office, round, pack or kind of bundle than the document.
    BagInfoMismatch,
    /// An evidence entry's declared size is not its file's size.
    EvidenceSize,
    /// The part markers name a digest that is not the bag's.
    PartDigest,
    /// Text stored with spaces around it that a clerk's save would have trimmed.
    PaddedText,
    /// A record (answer, history entry, event, deadline, round, office, file) that a
    /// clerk's save, or the database, would not accept.
    InvalidRecord,
    /// An unsigned bundle for an office whose key this PC has pinned.
    UnsignedForPinnedOffice,
}

impl ProblemCode {
    /// Every code, for the tests that docs/bundle-format.md names each one (a test's
    /// exhaustive match fails to compile when a code is added here and not there).
    pub const ALL: [ProblemCode; 27] = [
        ProblemCode::UnsafeArchive,
        ProblemCode::MissingPart,
        ProblemCode::NotABag,
        ProblemCode::BagDeclaration,
        ProblemCode::BagInfo,
        ProblemCode::Manifest,
        ProblemCode::MissingFile,
        ProblemCode::ExtraFile,
        ProblemCode::ChecksumMismatch,
        ProblemCode::PayloadOxum,
        ProblemCode::Signature,
        ProblemCode::Unsigned,
        ProblemCode::FormatTooNew,
        ProblemCode::Document,
        ProblemCode::UnknownPack,
        ProblemCode::Replay,
        ProblemCode::NewKey,
        ProblemCode::AlreadyImported,
        ProblemCode::DocumentTooLarge,
        ProblemCode::DuplicateKey,
        ProblemCode::DuplicateTag,
        ProblemCode::BagInfoMismatch,
        ProblemCode::EvidenceSize,
        ProblemCode::PartDigest,
        ProblemCode::PaddedText,
        ProblemCode::InvalidRecord,
        ProblemCode::UnsignedForPinnedOffice,
    ];
}

/// Why a bundle is refused, before it is filed under a file and entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub code: ProblemCode,
    pub th: String,
    pub en: String,
}

impl Refusal {
    pub fn new(code: ProblemCode, th: impl Into<String>, en: impl Into<String>) -> Refusal {
        Refusal {
            code,
            th: th.into(),
            en: en.into(),
        }
    }
}

/// One finding about one file (`entry` is the path inside the bag, or empty for the
/// archive as a whole).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Finding {
    pub file: String,
    pub entry: String,
    pub code: ProblemCode,
    pub message: Localized,
}

/// One payload file and whether its bytes matched the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EntryCheck {
    pub path: String,
    #[ts(type = "number")]
    pub size: u64,
    pub ok: bool,
}

/// Who and what a bundle is, read from a bag that verified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BundleSummary {
    pub office_uid: String,
    pub office_name: String,
    pub province: String,
    pub district: String,
    pub fiscal_year_be: i32,
    pub kind: RoundKind,
    pub state: RoundState,
    /// `GECC-Bundle-Sequence`; 0 for an unsigned bag made by another tool, which has none.
    pub sequence: u32,
    pub previous_digest: String,
    pub bagging_date: String,
    pub summary_only: bool,
    pub personal_data_removed: bool,
    pub pack: PackRef,
    /// None for a bag without our signature (e.g. made by bagit.py).
    pub signer: Option<KeyInfo>,
    pub parts: u32,
    pub evidence_files: u32,
    pub answers: u32,
}

/// The criteria a bundle was assessed against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PackRef {
    pub id: String,
    pub version: u32,
    pub sha256: String,
}

impl From<&PackReference> for PackRef {
    fn from(pack: &PackReference) -> Self {
        PackRef {
            id: pack.id.clone(),
            version: pack.version,
            sha256: pack.sha256.clone(),
        }
    }
}

/// Everything verification says about one bundle (all its parts).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BundleVerdict {
    /// The archive files this bundle came in (one, or every part).
    pub files: Vec<String>,
    /// True when nothing in `problems`: the bundle may be imported.
    pub ok: bool,
    pub problems: Vec<Finding>,
    /// Worth knowing, not a reason to refuse (an unsigned bag; already imported).
    pub warnings: Vec<Finding>,
    pub entries: Vec<EntryCheck>,
    /// SHA-256 of the tag manifest: the bundle's name in logs and on forms.
    pub digest: Option<String>,
    pub summary: Option<BundleSummary>,
    #[ts(type = "number")]
    pub checked_bytes: u64,
}

impl BundleVerdict {
    pub fn problem(&mut self, file: &str, entry: &str, code: ProblemCode, th: String, en: String) {
        self.problems.push(Finding {
            file: file.to_string(),
            entry: entry.to_string(),
            code,
            message: Localized::new(th, en),
        });
        self.ok = false;
    }

    pub fn refuse(&mut self, file: &str, entry: &str, refusal: Refusal) {
        self.problem(file, entry, refusal.code, refusal.th, refusal.en);
    }

    pub fn warning(&mut self, file: &str, entry: &str, code: ProblemCode, th: String, en: String) {
        self.warnings.push(Finding {
            file: file.to_string(),
            entry: entry.to_string(),
            code,
            message: Localized::new(th, en),
        });
    }

    pub fn has(&self, code: ProblemCode) -> bool {
        self.problems.iter().any(|p| p.code == code)
    }

    /// The first problem in English, for error messages that can hold one line.
    pub fn first_problem_en(&self) -> String {
        self.problems
            .first()
            .map(|p| format!("{} {}", p.entry, p.message.en).trim().to_string())
            .unwrap_or_default()
    }

    pub fn first_problem(&self) -> Localized {
        self.problems
            .first()
            .map(|p| p.message.clone())
            .unwrap_or_else(|| Localized::new("", ""))
    }
}
