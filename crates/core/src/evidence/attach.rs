//! Attaching many files at once: each is copied outside the store's lock, then
//! registered; one file's failure does not stop the others, and cancelling stops the
//! file being copied (which leaves no trace) and the ones after it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ingest_file, CopyControl, Ingested, KindQuestion};
use crate::error::ErrorPayload;
use crate::model::EvidenceLink;

/// How far an attach has got, for a progress bar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AttachProgress {
    pub file_index: u32,
    pub file_count: u32,
    pub name: String,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

/// A file that could not be attached, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AttachFailure {
    pub name: String,
    pub error: ErrorPayload,
}

/// What happened to each file of an attach.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct AttachReport {
    pub attached: Vec<EvidenceLink>,
    pub failed: Vec<AttachFailure>,
    /// The clerk cancelled; files after the one being copied were not attached.
    pub cancelled: bool,
    /// Files whose kind to ask about (`Store::kind_questions`), filled in by the caller
    /// once the files are registered.
    #[serde(default)]
    pub questions: Vec<KindQuestion>,
}

/// Copies and registers `paths` one by one. `register` links a copied file to the item
/// (taking the store's lock only for that); `cancel` is checked after every chunk.
pub fn attach_files(
    evidence_dir: &std::path::Path,
    paths: &[PathBuf],
    cancel: &AtomicBool,
    on_progress: &mut dyn FnMut(&AttachProgress),
    register: &mut dyn FnMut(&Ingested) -> Result<EvidenceLink, ErrorPayload>,
) -> AttachReport {
    let mut report = AttachReport::default();
    let file_count = paths.len() as u32;
    for (index, path) in paths.iter().enumerate() {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let mut progress = AttachProgress {
            file_index: index as u32,
            file_count,
            name: name.clone(),
            done: 0,
            total: 0,
        };
        let copied = ingest_file(evidence_dir, path, &mut |done, total| {
            progress.done = done;
            progress.total = total;
            on_progress(&progress);
            if cancel.load(Ordering::SeqCst) {
                CopyControl::Cancel
            } else {
                CopyControl::Continue
            }
        });
        let registered = match copied {
            Err(crate::Error::Cancelled) => {
                report.cancelled = true;
                break;
            }
            Err(error) => Err(ErrorPayload::from(error)),
            Ok(ingested) => register(&ingested),
        };
        match registered {
            Ok(link) => report.attached.push(link),
            Err(error) => report.failed.push(AttachFailure { name, error }),
        }
    }
    report
}
