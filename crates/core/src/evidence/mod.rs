//! Evidence files: copied into the program's own folder in one streaming pass that also
//! hashes them, stored under their SHA-256, and checked by evidence rules from the pack.

mod attach;
mod format;
mod ingest;
mod kind;
mod photo;
mod rule;
#[doc(hidden)]
pub mod sample_photo;
mod thumbnail;

pub use attach::{
    attach_files, attach_to_item, AttachFailure, AttachProgress, AttachReport, AttachRequest,
};
pub use format::FileFormat;
pub use ingest::{
    ingest_file, ingest_stream, sweep_stale_partial_files, CopyControl, Ingested, EVIDENCE_FOLDER,
};
pub use kind::{guess_evidence_type, kinds_to_ask, type_fits_format, KindQuestion};
pub use photo::{
    image_dimensions, is_reducible, reduce_photo, reduced_dimensions, ReducedPhoto,
    DEFAULT_MAX_SIDE, MAX_SIDE_RANGE, REDUCED_JPEG_QUALITY,
};
pub use rule::{EvidenceRule, RuleError};
pub use thumbnail::{thumbnail_jpeg, THUMBNAIL_EDGE};

use std::path::{Path, PathBuf};

/// Where the file with this SHA-256 lives inside the evidence folder: a sub-folder per
/// first two hex digits keeps any one folder small.
pub fn stored_path(evidence_dir: &Path, sha256: &str) -> PathBuf {
    evidence_dir
        .join(&sha256[..2.min(sha256.len())])
        .join(sha256)
}
