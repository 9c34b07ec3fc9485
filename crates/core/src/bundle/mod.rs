//! The submission bundle: a ZIP holding a BagIt 1.0 bag with the round's assessment
//! document and its evidence, signed by the office's key; exported to a stick or in
//! e-mail-sized parts, verified before anything is written, and imported or merged.
//! The format is described in docs/bundle-format.md.

mod assessment;
mod bag;
mod bag_agreement;
pub(crate) mod checks;
mod document_json;
mod document_rules;
mod export;
mod folders;
mod import;
mod merge;
mod names;
mod parts;
mod plan;
mod privacy;
mod reduce;
mod reduce_cache;
mod report;
pub mod safe_zip;
mod tag_files;
mod verify;
mod verify_archives;
mod verify_bag;
mod verify_bagit;
mod verify_document;
mod verify_signature;

pub use assessment::{
    change_uid, AnswerRecord, AssessmentDocument, DeadlineRecord, EventRecord, EvidenceRecord,
    HistoryRecord, LinkRecord, OfficeRecord, PackReference, RoundRecord, ASSESSMENT_FORMAT,
};
pub(crate) use bag::{manifest_text, parse_bagit_txt, parse_manifest};
pub use bag::{BagInfo, BAGIT_TXT};
pub use document_json::{first_repeated_key, MAX_DOCUMENT};
pub(crate) use export::zip_time;
pub use export::{
    export_round, folder_takes, write_bundle, ExportOptions, ExportPhase, ExportProgress,
    ExportResult,
};
pub use folders::expand_folders;
pub use import::{
    import_paths, total_bytes, ImportOptions, ImportOutcome, ImportProgress, ImportStatus,
};
pub use merge::{plan_merge, ItemConflict, ItemDecision, MergePlan, RoundSnapshot, Side};
pub use names::{evidence_bag_paths, ASSESSMENT_PATH, EVIDENCE_PREFIX, REPORT_PDF_PATH};
pub use plan::{plan_export, ExportPlan};
pub use privacy::{remove_personal_data, Pseudonyms};
pub use reduce_cache::REDUCED_FOLDER;
pub use report::{
    BundleSummary, BundleVerdict, EntryCheck, Finding, PackRef, ProblemCode, Refusal,
};
pub use tag_files::SIGNATURE_FILE;
pub use verify::{verify_bundle_files, verify_paths, OpenedBundle, Verified};

/// The version of the bundle format this program writes and the newest it reads.
pub const BUNDLE_FORMAT_VERSION: u32 = 1;
