//! Attaching many files at once: each is copied outside the store's lock, then
//! registered; one file's failure does not stop the others, and cancelling stops the
//! file being copied (which leaves no trace) and the ones after it. `attach_to_item` is
//! the whole job, the same for the app and `gecc attach`.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ingest_file, CopyControl, Ingested, KindQuestion};
use crate::error::ErrorPayload;
use crate::model::EvidenceLink;
use crate::store::StoreAccess;

/// Files to attach to one item of a round, and who attaches them.
pub struct AttachRequest<'a> {
    pub round_id: i64,
    pub item_id: &'a str,
    pub paths: &'a [PathBuf],
    /// The kind every file is filed as; without it each file's kind is guessed, and the
    /// report asks about the files that might be a kind the item still needs.
    pub kind: Option<&'a str>,
    pub actor: &'a str,
}

/// The clerk's attach from start to end: the evidence folder read from the store, each
/// file copied without it and registered with it (the store is held only for that), the
/// kind set when one is given, else the kind questions. A failed file is in the report;
/// an error is only for what stops the whole job (the store, a refused kind).
pub fn attach_to_item<S: StoreAccess>(
    access: &mut S,
    request: &AttachRequest,
    cancel: &AtomicBool,
    on_progress: &mut dyn FnMut(&AttachProgress),
) -> Result<AttachReport, S::Error>
where
    ErrorPayload: From<S::Error>,
{
    let evidence_dir = access.with(|store| Ok(store.evidence_dir()))?;
    let (round_id, item_id, actor) = (request.round_id, request.item_id, request.actor);
    let mut report = attach_files(
        &evidence_dir,
        request.paths,
        cancel,
        on_progress,
        &mut |ingested| {
            access
                .with(|store| store.attach_ingested(round_id, item_id, ingested, actor))
                .map_err(ErrorPayload::from)
        },
    );
    match request.kind {
        Some(kind) => {
            for link in &mut report.attached {
                let evidence_id = link.evidence_id;
                *link = access.with(|store| {
                    store.set_evidence_type(round_id, item_id, evidence_id, kind, actor)
                })?;
            }
        }
        // The files are attached either way, so a failure here only leaves the question
        // unasked.
        None => {
            report.questions = access
                .with(|store| store.kind_questions(round_id, item_id, &report.attached))
                .unwrap_or_default();
        }
    }
    Ok(report)
}

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
    /// Files whose kind to ask about (`Store::kind_questions`), once the files are
    /// registered; none when the request named the kind.
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
