//! Verifying bundles before anything is written: the checks of docs/bundle-format.md
//! (the list in `checks.rs`) run over the files chosen, then over each bag; a bag that
//! passes is kept open so the import can read its files.

use std::collections::HashMap;
use std::path::PathBuf;

use super::bag::BagInfo;
use super::checks::{Flow, Run, CHECKS};
use super::report::{BundleSummary, BundleVerdict, PackRef, ProblemCode};
use super::safe_zip::SafeZip;
use super::verify_archives::{Candidate, Selection, Slot};
use super::verify_bag::BagCheck;
use super::AssessmentDocument;
use crate::error::{Error, Result};
use crate::evidence::CopyControl;

/// A bundle that verified, kept open so its files can be imported.
pub struct OpenedBundle {
    pub archives: Vec<SafeZip>,
    pub paths: Vec<PathBuf>,
    /// Bag path (e.g. `data/evidence/x.jpg`) to (archive, entry index).
    pub locations: HashMap<String, (usize, usize)>,
    pub document: AssessmentDocument,
    pub bag_info: BagInfo,
    pub digest: String,
}

impl OpenedBundle {
    /// Streams a payload file of the bag to `sink`.
    pub fn read(
        &mut self,
        bag_path: &str,
        sink: &mut dyn FnMut(&[u8]) -> std::io::Result<()>,
    ) -> Result<u64> {
        let (archive, index) = *self.locations.get(bag_path).ok_or_else(|| {
            Error::invalid(
                format!("ไม่พบไฟล์ {bag_path} ในชุดข้อมูล"),
                format!("{bag_path} is not in the bundle."),
            )
        })?;
        self.archives[archive]
            .read_entry(index, sink)
            .map_err(|problem| {
                Error::BundleRefused(crate::Localized::new(problem.thai(), problem.to_string()))
            })
    }
}

/// One bundle's verdict, and the bundle itself when it verified.
pub struct Verified {
    pub verdict: BundleVerdict,
    pub bundle: Option<OpenedBundle>,
}

/// Verifies the archives at `paths`, which may be whole bundles or parts of several
/// bundles in any order. `on_bytes` is told of every chunk hashed and may cancel.
pub fn verify_paths(
    paths: &[PathBuf],
    on_bytes: &mut dyn FnMut(u64) -> CopyControl,
) -> Result<Vec<Verified>> {
    let mut selection = Selection::new(paths);
    for check in CHECKS {
        if let Run::Selection(run) = check.run {
            run(&mut selection);
        }
    }
    let mut results = Vec::new();
    for slot in selection.slots {
        results.push(match slot {
            Slot::Refused(verdict) => Verified {
                verdict: *verdict,
                bundle: None,
            },
            Slot::Bag(candidate) => verify_bag(candidate, on_bytes)?,
        });
    }
    Ok(results)
}

/// Verifies the archives of one bundle (its parts, or one file); used to read back an
/// export before it is declared safe.
pub fn verify_bundle_files(
    paths: &[PathBuf],
    on_bytes: &mut dyn FnMut(u64) -> CopyControl,
) -> Result<BundleVerdict> {
    let mut results = verify_paths(paths, on_bytes)?;
    if results.len() == 1 {
        return Ok(results.remove(0).verdict);
    }
    let mut verdict = BundleVerdict::default();
    verdict.problem(
        "",
        "",
        ProblemCode::NotABag,
        "ไฟล์ที่เขียนไม่ได้เป็นชุดข้อมูลเดียวกัน".into(),
        "The files written do not form one bundle.".into(),
    );
    Ok(verdict)
}

/// Runs the checks of one bag spread over its archives (one, or every part): in order,
/// skipping the rest once one stops, except those that run finally.
fn verify_bag(
    candidate: Candidate,
    on_bytes: &mut dyn FnMut(u64) -> CopyControl,
) -> Result<Verified> {
    let mut bag = BagCheck::new(candidate, on_bytes);
    let mut stopped = false;
    for check in CHECKS {
        match check.run {
            Run::Bag(run) if !stopped => stopped = run(&mut bag)? == Flow::Stop,
            Run::Finally(run) => run(&mut bag),
            _ => {}
        }
    }
    if !stopped {
        bag.verdict.summary = summary(&bag);
    }
    let bundle = match (bag.document.take(), bag.verdict.digest.clone()) {
        (Some(document), Some(digest)) if !stopped && bag.verdict.ok => Some(OpenedBundle {
            archives: bag.zips,
            paths: bag.paths,
            locations: bag.locations,
            document,
            bag_info: bag.bag_info,
            digest,
        }),
        _ => None,
    };
    Ok(Verified {
        verdict: bag.verdict,
        bundle,
    })
}

/// Who and what the bag is, once every check of the bag itself has passed.
fn summary(bag: &BagCheck<'_>) -> Option<BundleSummary> {
    let document = bag.document.as_ref()?;
    let bag_info = &bag.bag_info;
    Some(BundleSummary {
        office_uid: document.office.uid.clone(),
        office_name: document.office.profile.name.clone(),
        province: document.office.profile.province.clone(),
        district: document.office.profile.district.clone(),
        fiscal_year_be: document.round.fiscal_year_be,
        kind: document.round.kind,
        state: document.round.state,
        sequence: bag.sequence,
        previous_digest: bag_info
            .get("GECC-Previous-Bundle-SHA256")
            .unwrap_or("")
            .to_string(),
        bagging_date: bag_info
            .get("GECC-Bagging-Time")
            .or(bag_info.get("Bagging-Date"))
            .unwrap_or("")
            .to_string(),
        summary_only: document.summary_only,
        personal_data_removed: document.personal_data_removed,
        pack: PackRef::from(&document.pack),
        signer: bag.signer.clone(),
        parts: bag.parts,
        evidence_files: document.evidence.len() as u32,
        answers: document.answers.len() as u32,
    })
}

#[cfg(test)]
#[path = "verify_tests.rs"]
mod tests;
