//! Importing bundles: verify everything first, then check it against this PC's store
//! (pack known, not a replay, key trusted), plan the merge, copy the evidence the store
//! lacks, and apply all of it in one transaction. A bundle that fails anywhere changes
//! nothing; each bundle of a batch gets its own outcome.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::merge::{ItemConflict, Side};
use super::report::{BundleVerdict, ProblemCode};
use super::verify::{verify_paths, OpenedBundle};
use crate::error::{Error, Result};
use crate::evidence::{ingest_stream, stored_path, CopyControl};
use crate::store::{Store, StoreAccess};

/// What the person importing decided up front.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportOptions {
    /// For conflicts without a choice: keep this PC's answer or take the bundle's.
    pub prefer: Option<Side>,
    /// Per item id, the side chosen after seeing the conflicts.
    pub choices: BTreeMap<String, Side>,
    /// Import a bag without our signature (e.g. one made by bagit.py).
    pub allow_unsigned: bool,
    /// Trust a key this PC has not seen for the bundle's office (after a phone check).
    pub accept_new_key: bool,
    /// This PC works for the bundle's office too (a second PC, or home and office).
    pub adopt_office: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportStatus {
    Imported,
    /// Nothing new: this PC already has this bundle.
    AlreadyImported,
    /// Items changed on both sides; nothing was written until someone chooses.
    NeedsChoice,
    /// Verification or a check against the store failed; nothing was written.
    Refused,
}

/// What importing one bundle did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportOutcome {
    pub status: ImportStatus,
    pub verdict: BundleVerdict,
    #[ts(type = "number | null")]
    pub round_id: Option<i64>,
    /// Items whose answer now comes from the bundle.
    pub taken: Vec<String>,
    pub conflicts: Vec<ItemConflict>,
    pub history_added: u32,
    pub events_added: u32,
    pub evidence_copied: u32,
    pub evidence_already_here: u32,
}

impl ImportOutcome {
    pub fn refused(verdict: BundleVerdict) -> ImportOutcome {
        ImportOutcome {
            status: ImportStatus::Refused,
            verdict,
            round_id: None,
            taken: Vec::new(),
            conflicts: Vec::new(),
            history_added: 0,
            events_added: 0,
            evidence_copied: 0,
            evidence_already_here: 0,
        }
    }
}

/// How far an import has got: bytes checked or copied of the whole batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportProgress {
    pub bundle_index: u32,
    pub bundle_count: u32,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

/// The bytes of every file in `paths`, for a progress bar's whole (a file that cannot be
/// read counts nothing; verifying it says why).
pub fn total_bytes(paths: &[PathBuf]) -> u64 {
    paths
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum()
}

/// Verifies and imports every bundle in `paths` (whole bundles and parts, any order): the
/// one import job, for the CLI and the app alike. Verifying reads every byte and needs no
/// store; each bundle then takes the store once, for its checks against this PC, the
/// backup (made once, just before the first bundle that passed every check writes
/// anything) and the merge.
pub fn import_paths<S: StoreAccess>(
    store: &mut S,
    paths: &[PathBuf],
    options: &ImportOptions,
    actor: &str,
    on_progress: &mut dyn FnMut(&ImportProgress) -> CopyControl,
) -> Result<Vec<ImportOutcome>, S::Error> {
    let started = std::time::Instant::now();
    let total = total_bytes(paths);
    let mut done = 0u64;
    let verified = verify_paths(paths, &mut |bytes| {
        done += bytes;
        on_progress(&ImportProgress {
            bundle_index: 0,
            bundle_count: 0,
            done,
            total: total.max(done),
        })
    })?;
    let count = verified.len() as u32;
    // A batch that is all refused leaves no backup behind.
    let mut backed_up = false;
    let mut outcomes = Vec::new();
    for (index, item) in verified.into_iter().enumerate() {
        let mut verdict = item.verdict;
        let Some(mut bundle) = item.bundle.filter(|_| verdict.ok) else {
            outcomes.push(ImportOutcome::refused(verdict));
            continue;
        };
        let mut progress = |bytes: u64| {
            done += bytes;
            on_progress(&ImportProgress {
                bundle_index: index as u32,
                bundle_count: count,
                done,
                total: total.max(done),
            })
        };
        let mut before_write = |store: &mut Store| -> Result<()> {
            if !backed_up {
                store.back_up(crate::store::BackupReason::BeforeImport)?;
                backed_up = true;
            }
            Ok(())
        };
        outcomes.push(store.with(|store| {
            import_checked(
                store,
                &mut bundle,
                &mut verdict,
                options,
                actor,
                &mut progress,
                &mut before_write,
            )
        })?);
    }
    crate::diagnostics::log_import(&outcomes, total, started.elapsed());
    Ok(outcomes)
}

/// Imports a bundle that verified; `before_write` runs once every check has passed,
/// just before the first evidence file or row is written.
fn import_checked(
    store: &mut Store,
    bundle: &mut OpenedBundle,
    verdict: &mut BundleVerdict,
    options: &ImportOptions,
    actor: &str,
    on_bytes: &mut dyn FnMut(u64) -> CopyControl,
    before_write: &mut dyn FnMut(&mut Store) -> Result<()>,
) -> Result<ImportOutcome> {
    let plan = store.prepare_import(bundle, verdict, options)?;
    let Some(plan) = plan else {
        let status = if verdict.ok
            && verdict
                .warnings
                .iter()
                .any(|w| w.code == ProblemCode::AlreadyImported)
        {
            ImportStatus::AlreadyImported
        } else {
            ImportStatus::Refused
        };
        return Ok(ImportOutcome {
            status,
            ..ImportOutcome::refused(verdict.clone())
        });
    };
    if !plan.merge.undecided().is_empty() {
        return Ok(ImportOutcome {
            status: ImportStatus::NeedsChoice,
            conflicts: plan.merge.conflicts.clone(),
            ..ImportOutcome::refused(verdict.clone())
        });
    }

    before_write(store)?;

    // Copy the evidence the store lacks; remember which files are new, so a failure
    // before the commit can take them away again.
    let evidence_dir = store.evidence_dir();
    let mut newly_stored = Vec::new();
    let mut already_here = 0u32;
    let copy_result = (|| -> Result<()> {
        let records = bundle.document.evidence.clone();
        for record in &records {
            let Some(path) = record.path.clone() else {
                continue;
            };
            if store.evidence_received(&record.sha256)? {
                already_here += 1;
                continue;
            }
            let mut cancelled = false;
            let stored = ingest_stream(&evidence_dir, &record.sha256, &mut |sink| {
                bundle.read(&path, &mut |chunk| {
                    if on_bytes(chunk.len() as u64) == CopyControl::Cancel {
                        cancelled = true;
                        return Err(std::io::Error::other("cancelled"));
                    }
                    sink(chunk)
                })
            });
            if cancelled {
                return Err(Error::Cancelled);
            }
            if stored? {
                newly_stored.push(record.sha256.clone());
            } else {
                already_here += 1;
            }
        }
        Ok(())
    })();
    let applied = copy_result.and_then(|()| store.apply_import(bundle, &plan, actor));
    match applied {
        Ok(outcome) => Ok(ImportOutcome {
            evidence_copied: newly_stored.len() as u32,
            evidence_already_here: already_here,
            verdict: verdict.clone(),
            ..outcome
        }),
        Err(error) => {
            for sha256 in newly_stored {
                let path = stored_path(&evidence_dir, &sha256);
                let _ = std::fs::remove_file(&path);
                // The folder made for it goes too when nothing else is in it.
                if let Some(folder) = path.parent() {
                    let _ = std::fs::remove_dir(folder);
                }
            }
            Err(error)
        }
    }
}
