//! Photos reduced for an e-mail bundle: before the bag's manifests are made, each photo
//! is replaced in the bundle's contents by a smaller JPEG, a new piece of evidence with
//! its own SHA-256 that names the original it was made from. The store's own files never
//! change. Reductions are made on every core, one photo per core at a time (memory stays
//! bounded however many photos there are), and kept in a cache beside the evidence so
//! that the next export of the same round, or its plan, finds them ready.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use super::names::evidence_bag_paths;
use super::reduce_cache::{Cache, Outcome};
use crate::error::{Error, Result};
use crate::evidence::{image_dimensions, is_reducible, reduced_dimensions, CopyControl};
use crate::model::ReducedFrom;
use crate::store::BundleContents;

/// About how many bytes a reduced photo takes per pixel, for the plan's estimate of
/// photos not reduced yet (a phone photo at 1,600 × 1,200 comes to about 0.35 MB).
const ESTIMATED_BYTES_PER_PIXEL: f64 = 0.18;

/// A photo of the bundle to reduce: its place in `contents.evidence` and its file.
struct Candidate {
    index: usize,
    source: PathBuf,
    sha256: String,
    size: u64,
}

/// The photos to reduce: every reducible file, except a copy received reduced already
/// that is within the size (reducing it again would only lose detail).
fn candidates(contents: &BundleContents, max_side: u32) -> Vec<Candidate> {
    let records: HashMap<&str, &super::EvidenceRecord> = contents
        .document
        .evidence
        .iter()
        .map(|record| (record.sha256.as_str(), record))
        .collect();
    let wanted = |file: &crate::store::EvidenceSource| {
        let Some(record) = records.get(file.sha256.as_str()) else {
            return false;
        };
        let fits = || image_dimensions(&file.source).is_some_and(|(w, h)| w.max(h) <= max_side);
        is_reducible(record.format) && !(record.reduced_from.is_some() && fits())
    };
    contents
        .evidence
        .iter()
        .enumerate()
        .filter(|(_, file)| wanted(file))
        .map(|(index, file)| Candidate {
            index,
            source: file.source.clone(),
            sha256: file.sha256.clone(),
            size: file.size,
        })
        .collect()
}

/// How many photos an export would reduce, and the bundle's evidence sizes as they
/// would be: exact for photos reduced before, estimated from the pixel size for the rest.
pub(crate) struct ReductionEstimate {
    pub photos: u32,
    pub estimated: bool,
}

/// Replaces the sizes of photos in `contents` by what reduction will make of them,
/// for the plan: nothing is decoded, only headers are read.
pub(crate) fn estimate(
    contents: &mut BundleContents,
    evidence_dir: &Path,
    max_side: u32,
) -> ReductionEstimate {
    let cache = Cache::open(evidence_dir);
    let mut estimate = ReductionEstimate {
        photos: 0,
        estimated: false,
    };
    for candidate in candidates(contents, max_side) {
        let size = match cache.size(&candidate.sha256, max_side) {
            Some(Some(size)) => size,
            Some(None) => continue,
            None => {
                estimate.estimated = true;
                let Some((width, height)) = image_dimensions(&candidate.source) else {
                    continue;
                };
                let (w, h) = reduced_dimensions(width, height, max_side);
                let guess = (f64::from(w) * f64::from(h) * ESTIMATED_BYTES_PER_PIXEL) as u64;
                guess.min(candidate.size)
            }
        };
        estimate.photos += 1;
        contents.evidence[candidate.index].size = size;
    }
    estimate
}

/// Reduces every photo of `contents` (reporting photos done and the total; the callback
/// may cancel) and rewrites the contents to carry the reduced copies: the files, their
/// records (new hash, size, `.jpg` name, the original named in `reduced_from`), the
/// links, and every file's path in the bag. Returns how many photos were reduced.
pub(crate) fn reduce_contents(
    contents: &mut BundleContents,
    evidence_dir: &Path,
    max_side: u32,
    on_progress: &mut dyn FnMut(u64, u64) -> CopyControl,
) -> Result<u32> {
    let cache = Cache::open(evidence_dir);
    let candidates = candidates(contents, max_side);
    let outcomes = reduce_all(&cache, &candidates, max_side, on_progress)?;
    let mut taken: HashSet<String> = contents
        .document
        .evidence
        .iter()
        .map(|r| r.sha256.clone())
        .collect();
    let mut reduced = 0;
    for (candidate, outcome) in candidates.iter().zip(outcomes) {
        let Outcome::Reduced {
            path,
            sha256,
            size,
            width,
            height,
        } = outcome
        else {
            continue;
        };
        // Two files never reduce to the same bytes in practice; if they did, the second
        // travels as it is rather than be listed twice.
        if !taken.insert(sha256.clone()) {
            continue;
        }
        replace_file(contents, candidate, path, &sha256, size, (width, height));
        reduced += 1;
    }
    renumber_bag_paths(contents);
    Ok(reduced)
}

/// Runs the reductions on every core; results come back in the candidates' order.
fn reduce_all(
    cache: &Cache,
    candidates: &[Candidate],
    max_side: u32,
    on_progress: &mut dyn FnMut(u64, u64) -> CopyControl,
) -> Result<Vec<Outcome>> {
    let total = candidates.len() as u64;
    if on_progress(0, total) == CopyControl::Cancel {
        return Err(Error::Cancelled);
    }
    let workers = std::thread::available_parallelism()
        .map(usize::from)
        .unwrap_or(1)
        .min(candidates.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (sender, receiver) = mpsc::channel::<(usize, Result<Outcome>)>();
    let mut outcomes: Vec<Option<Outcome>> = vec![None; candidates.len()];
    std::thread::scope(|scope| -> Result<()> {
        for _ in 0..workers {
            let sender = sender.clone();
            let (next, stop) = (&next, &stop);
            scope.spawn(move || loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                if stop.load(Ordering::Relaxed) || index >= candidates.len() {
                    break;
                }
                let candidate = &candidates[index];
                let outcome = match cache.find(&candidate.sha256, max_side) {
                    Some(found) => Ok(found),
                    None => cache.make(
                        &candidate.source,
                        &candidate.sha256,
                        candidate.size,
                        max_side,
                    ),
                };
                if sender.send((index, outcome)).is_err() {
                    break;
                }
            });
        }
        drop(sender);
        let mut done = 0u64;
        for (index, outcome) in receiver {
            let failed = outcome.is_err();
            match outcome {
                Ok(outcome) => outcomes[index] = Some(outcome),
                Err(error) => {
                    stop.store(true, Ordering::Relaxed);
                    return Err(error);
                }
            }
            done += 1;
            if !failed && on_progress(done, total) == CopyControl::Cancel {
                stop.store(true, Ordering::Relaxed);
                return Err(Error::Cancelled);
            }
        }
        Ok(())
    })?;
    Ok(outcomes
        .into_iter()
        .map(|o| o.unwrap_or(Outcome::AsItIs))
        .collect())
}

/// Puts the reduced copy in the original's place in the bundle's contents.
fn replace_file(
    contents: &mut BundleContents,
    candidate: &Candidate,
    path: PathBuf,
    sha256: &str,
    size: u64,
    (width, height): (u32, u32),
) {
    let file = &mut contents.evidence[candidate.index];
    file.source = path;
    file.sha256 = sha256.to_string();
    file.size = size;
    let document = &mut contents.document;
    if let Some(record) = document
        .evidence
        .iter_mut()
        .find(|r| r.sha256 == candidate.sha256)
    {
        // A copy reduced once already names the photo first attached, not the copy.
        let original = record.reduced_from.clone().unwrap_or(ReducedFrom {
            sha256: candidate.sha256.clone(),
            size: candidate.size,
            width,
            height,
        });
        record.sha256 = sha256.to_string();
        record.size = size;
        record.format = crate::evidence::FileFormat::Jpeg;
        record.original_name = jpeg_name(&record.original_name);
        record.reduced_from = Some(original);
    }
    for link in document
        .links
        .iter_mut()
        .filter(|l| l.sha256 == candidate.sha256)
    {
        link.sha256 = sha256.to_string();
    }
}

/// The name a reduced copy travels under: the original's, ending in `.jpg` unless it
/// already says JPEG.
fn jpeg_name(name: &str) -> String {
    let lower = name.to_lowercase();
    if lower.ends_with(".jpg") || lower.ends_with(".jpeg") {
        return name.to_string();
    }
    let stem = match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => name,
    };
    format!("{stem}.jpg")
}

/// Every file's path in the bag made again from the names as they now are (a `.png`
/// turned `.jpg` may meet a file of that name).
fn renumber_bag_paths(contents: &mut BundleContents) {
    let paths = evidence_bag_paths(
        contents
            .document
            .evidence
            .iter()
            .map(|r| (r.sha256.as_str(), r.original_name.as_str())),
    );
    for file in &mut contents.evidence {
        if let Some(path) = paths.get(&file.sha256) {
            file.bag_path = path.clone();
        }
    }
    for record in &mut contents.document.evidence {
        if record.path.is_some() {
            record.path = paths.get(&record.sha256).cloned();
        }
    }
}

#[cfg(test)]
#[path = "reduce_tests.rs"]
mod tests;
