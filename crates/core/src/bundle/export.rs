//! Writing a bundle to a USB stick or a folder: the size is known before the first byte,
//! every file streams through (never whole in memory), each ZIP is written under a
//! temporary name, synced, read back and verified, and only then renamed; a cancel or a
//! failure leaves no file under a final name.

use std::fs::{self, File};
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::names::{bundle_stem, part_file_name, part_marker_name, ASSESSMENT_PATH};
use super::parts::{plan_parts, PartPlan};
use super::plan::photo_max_side;
use super::tag_files::{tag_files, TagFiles};
use super::verify::verify_bundle_files;
use crate::error::{Error, Result};
use crate::evidence::CopyControl;
use crate::files::{partial_path, rename_into_place};
use crate::hashing::to_hex;
use crate::store::BundleContents;

const CHUNK_BYTES: usize = 1 << 20;

/// What the clerk chose in the export dialog.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportOptions {
    /// No evidence files: the answers and the list of files only, for a quick e-mail.
    pub summary_only: bool,
    /// Staff names, phones and e-mail replaced, for sharing outside the office.
    pub remove_personal_data: bool,
    /// Split into e-mail-sized parts of at most this many megabytes (1 MB = 1,000,000
    /// bytes, as mail servers count); none writes one file.
    pub part_size_mb: Option<u32>,
    /// Photos re-encoded with their longest side at most this many pixels (upright, no
    /// EXIF), each recorded with the original it was made from; none carries every file
    /// as it was attached.
    #[serde(default)]
    pub photo_max_side: Option<u32>,
}

/// Which step an export is in, for the progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportPhase {
    /// Photos being reduced: `done` and `total` count photos, not bytes.
    Reducing,
    Writing,
    Checking,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportProgress {
    pub phase: ExportPhase,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

/// A finished, verified export: it is now safe to remove the stick.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportResult {
    pub files: Vec<String>,
    pub folder: String,
    #[ts(type = "number")]
    pub bytes: u64,
    pub sequence: u32,
    pub digest: String,
    pub fingerprint: String,
    /// Every part was read back from the target and every hash matched.
    pub verified: bool,
    /// Photos carried reduced, each naming its original.
    pub reduced_photos: u32,
}

pub(super) fn stem_of(contents: &BundleContents) -> String {
    let document = &contents.document;
    bundle_stem(
        &document.office.profile.name,
        document.round.fiscal_year_be,
        document.round.kind,
        contents.sequence,
    )
}

/// Writes the bundle into `folder`, reporting progress; the callback may cancel.
pub fn write_bundle(
    contents: &BundleContents,
    options: &ExportOptions,
    folder: &Path,
    bagging_date: &str,
    on_progress: &mut dyn FnMut(&ExportProgress) -> CopyControl,
) -> Result<ExportResult> {
    let mut reduced_photos = 0;
    let reduced_contents;
    let contents = match photo_max_side(options)? {
        Some(max_side) => {
            let mut copy = contents.clone();
            reduced_photos = super::reduce::reduce_contents(
                &mut copy,
                &contents.evidence_dir,
                max_side,
                &mut |done, total| {
                    on_progress(&ExportProgress {
                        phase: ExportPhase::Reducing,
                        done,
                        total,
                    })
                },
            )?;
            reduced_contents = copy;
            &reduced_contents
        }
        None => contents,
    };
    let tags = tag_files(contents, options.remove_personal_data, bagging_date);
    let parts = plan_parts(contents, &tags, options.part_size_mb)?;
    let needed: u64 = parts.iter().map(|p| p.estimated_bytes).sum();
    check_target(folder, &parts)?;

    let stem = stem_of(contents);
    remove_leftovers(folder);
    let count = parts.len() as u32;
    let finals = unused_paths(folder, &stem, count);
    let temporaries: Vec<PathBuf> = finals.iter().map(|f| partial_path(f)).collect();
    let cleanup = Cleanup(temporaries.clone());

    let total = needed;
    let mut done = 0u64;
    for (index, part) in parts.iter().enumerate() {
        let mut progress = |bytes: u64| {
            done += bytes;
            on_progress(&ExportProgress {
                phase: ExportPhase::Writing,
                done,
                total: total.max(done),
            })
        };
        write_part(
            &temporaries[index],
            &stem,
            &tags,
            contents,
            part,
            (index as u32 + 1, count),
            &mut progress,
        )?;
    }

    // Read back what landed on the target, as a receiver would, before saying it is safe.
    let mut checked = 0u64;
    let verdict = verify_bundle_files(&temporaries, &mut |bytes| {
        checked += bytes;
        on_progress(&ExportProgress {
            phase: ExportPhase::Checking,
            done: checked,
            total: total.max(checked),
        })
    })?;
    let verified = verdict.ok && verdict.digest.as_deref() == Some(tags.digest.as_str());
    if !verified {
        return Err(Error::io(
            "verify",
            &finals[0],
            std::io::Error::other(format!(
                "the bundle read back from the target does not verify: {}",
                verdict.first_problem_en()
            )),
        ));
    }
    let mut renamed = Vec::new();
    for (temporary, final_path) in temporaries.iter().zip(&finals) {
        if let Err(error) = rename_into_place(temporary, final_path, false) {
            for path in &renamed {
                let _ = fs::remove_file(path);
            }
            return Err(error);
        }
        renamed.push(final_path.clone());
    }
    std::mem::forget(cleanup);
    Ok(ExportResult {
        files: finals
            .iter()
            .map(|p| {
                p.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect(),
        folder: folder.display().to_string(),
        bytes: finals
            .iter()
            .filter_map(|p| fs::metadata(p).ok())
            .map(|m| m.len())
            .sum(),
        sequence: contents.sequence,
        digest: tags.digest.clone(),
        fingerprint: tags.fingerprint.clone(),
        verified,
        reduced_photos,
    })
}

/// Removes the temporary files unless the export completed.
struct Cleanup(Vec<PathBuf>);

impl Drop for Cleanup {
    fn drop(&mut self) {
        for path in &self.0 {
            let _ = fs::remove_file(path);
        }
    }
}

/// Removes temporary files an earlier export left when it was killed (power cut, stick
/// pulled): they are hidden, but they take room on the stick.
fn remove_leftovers(folder: &Path) {
    for entry in fs::read_dir(folder).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(".GECC ") && name.ends_with(".zip.part") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The parts' paths in `folder`; if any name is taken, every part gets the same " (2)"
/// (or " (3)"...) so the parts of one bundle still read as a set. Never overwrites.
fn unused_paths(folder: &Path, stem: &str, count: u32) -> Vec<PathBuf> {
    let names = |stem: &str| -> Vec<PathBuf> {
        (1..=count)
            .map(|k| folder.join(part_file_name(stem, k, count)))
            .collect()
    };
    let first = names(stem);
    if first.iter().all(|p| !p.exists()) {
        return first;
    }
    (2..)
        .map(|n| names(&format!("{stem} ({n})")))
        .find(|paths| paths.iter().all(|p| !p.exists()))
        .unwrap_or(first)
}

fn write_error(path: &Path, error: std::io::Error) -> Error {
    if error.kind() == std::io::ErrorKind::StorageFull {
        Error::DiskFull {
            path: path.to_path_buf(),
        }
    } else {
        Error::io("write", path, error)
    }
}

fn zip_error(path: &Path, error: zip::result::ZipError) -> Error {
    match error {
        zip::result::ZipError::Io(error) => write_error(path, error),
        other => Error::io("write", path, std::io::Error::other(other.to_string())),
    }
}

fn write_part(
    path: &Path,
    stem: &str,
    tags: &TagFiles,
    contents: &BundleContents,
    part: &PartPlan,
    (number, count): (u32, u32),
    on_progress: &mut dyn FnMut(u64) -> CopyControl,
) -> Result<()> {
    let file = crate::os::create_hidden(path).map_err(|e| write_error(path, e))?;
    let mut zip = ZipWriter::new(BufWriter::with_capacity(CHUNK_BYTES, file));
    let time = zip_time(&tags_bagging_time(tags));
    let text = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(time);
    let stored = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(time);
    zip.set_comment(format!(
        "GECC Desk bundle {stem}: part {number} of {count} (ส่วน {number} จาก {count})"
    ));
    if count > 1 {
        let marker = serde_json::json!({
            "format": "gecc-desk-bundle-part",
            "part": number,
            "parts": count,
            "digest": tags.digest,
            "bag": stem,
        });
        zip.start_file(part_marker_name(number, count), text)
            .map_err(|e| zip_error(path, e))?;
        zip.write_all(marker.to_string().as_bytes())
            .map_err(|e| write_error(path, e))?;
    }
    for (name, bytes) in &tags.files {
        zip.start_file(format!("{stem}/{name}"), text)
            .map_err(|e| zip_error(path, e))?;
        zip.write_all(bytes).map_err(|e| write_error(path, e))?;
    }
    if part.holds_assessment {
        zip.start_file(format!("{stem}/{ASSESSMENT_PATH}"), text)
            .map_err(|e| zip_error(path, e))?;
        zip.write_all(&tags.assessment_json)
            .map_err(|e| write_error(path, e))?;
        if on_progress(tags.assessment_json.len() as u64) == CopyControl::Cancel {
            return Err(Error::Cancelled);
        }
        for printed in &contents.printed {
            zip.start_file(format!("{stem}/{}", printed.bag_path), stored)
                .map_err(|e| zip_error(path, e))?;
            zip.write_all(&printed.bytes)
                .map_err(|e| write_error(path, e))?;
            if on_progress(printed.bytes.len() as u64) == CopyControl::Cancel {
                return Err(Error::Cancelled);
            }
        }
    }
    let mut buffer = vec![0u8; CHUNK_BYTES];
    for &index in &part.evidence {
        let source = &contents.evidence[index];
        let options = stored.large_file(source.size >= u32::MAX as u64);
        zip.start_file(format!("{stem}/{}", source.bag_path), options)
            .map_err(|e| zip_error(path, e))?;
        let mut input =
            File::open(&source.source).map_err(|e| Error::io("read", &source.source, e))?;
        let mut hasher = Sha256::new();
        loop {
            let read = input
                .read(&mut buffer)
                .map_err(|e| Error::io("read", &source.source, e))?;
            if read == 0 {
                break;
            }
            hasher.update(&buffer[..read]);
            zip.write_all(&buffer[..read])
                .map_err(|e| write_error(path, e))?;
            if on_progress(read as u64) == CopyControl::Cancel {
                return Err(Error::Cancelled);
            }
        }
        // The stored copy must still be what was attached, or the bundle would lie.
        if to_hex(&hasher.finalize()) != source.sha256 {
            return Err(Error::EvidenceCorrupt {
                sha256: source.sha256.clone(),
            });
        }
    }
    let writer = zip.finish().map_err(|e| zip_error(path, e))?;
    let file = writer
        .into_inner()
        .map_err(|e| write_error(path, e.into_error()))?;
    file.sync_all().map_err(|e| write_error(path, e))?;
    forget_cached_pages(&file);
    Ok(())
}

fn tags_bagging_time(tags: &TagFiles) -> String {
    tags.files
        .iter()
        .find(|(name, _)| name == "bag-info.txt")
        .and_then(|(_, bytes)| {
            super::bag::BagInfo::parse(&String::from_utf8_lossy(bytes))
                .ok()
                .and_then(|info| info.get("GECC-Bagging-Time").map(str::to_string))
        })
        .unwrap_or_default()
}

/// A ZIP time stamp from "YYYY-MM-DDTHH:MM:SS...", in the exporter's local time.
pub(crate) fn zip_time(rfc3339: &str) -> zip::DateTime {
    let number =
        |range: std::ops::Range<usize>| -> Option<u16> { rfc3339.get(range)?.parse().ok() };
    (|| {
        zip::DateTime::from_date_and_time(
            number(0..4)?,
            number(5..7)? as u8,
            number(8..10)? as u8,
            number(11..13)? as u8,
            number(14..16)? as u8,
            number(17..19)? as u8,
        )
        .ok()
    })()
    .unwrap_or_default()
}

/// After a sync, asks the OS to drop the file's pages from its cache, so that reading it
/// back reads the stick, not memory. Best effort, and only where the OS offers it.
fn forget_cached_pages(file: &File) {
    #[cfg(target_os = "linux")]
    let _ = rustix::fs::fadvise(file, 0, None, rustix::fs::Advice::DontNeed);
    #[cfg(not(target_os = "linux"))]
    let _ = file;
}

/// Refuses to start when the target plainly lacks room, or when one of the files is larger
/// than its file system holds (a FAT32 stick takes no file of 4 GiB), where the OS tells.
fn check_target(folder: &Path, parts: &[PartPlan]) -> Result<()> {
    if !folder.is_dir() {
        return Err(Error::io(
            "write",
            folder,
            std::io::Error::new(std::io::ErrorKind::NotFound, "the folder does not exist"),
        ));
    }
    let sizes: Vec<u64> = parts.iter().map(|p| p.estimated_bytes).collect();
    folder_takes(folder, &sizes)
}

/// Whether files of `sizes` fit in `folder` as its file system and free space stand (a
/// FAT32 stick holds no file of 4 GiB, however it is mounted): the check an export makes
/// before writing, for a caller that wants to warn as soon as a folder is chosen.
pub fn folder_takes(folder: &Path, sizes: &[u64]) -> Result<()> {
    check_room(
        folder,
        sizes,
        crate::os::file_system(folder),
        crate::os::available_space(folder),
    )
}

/// The decision of [`check_target`], from what the OS said of the target.
fn check_room(
    folder: &Path,
    sizes: &[u64],
    file_system: Option<crate::os::FileSystem>,
    available: Option<u64>,
) -> Result<()> {
    let largest = sizes.iter().copied().max().unwrap_or(0);
    if let Some(limit) = file_system.and_then(|fs| fs.max_file_bytes()) {
        if largest > limit {
            return Err(Error::TooLargeForFileSystem {
                path: folder.to_path_buf(),
                largest,
                limit,
            });
        }
    }
    let needed: u64 = sizes.iter().sum();
    match available {
        Some(available) if available < needed => Err(Error::NotEnoughSpace {
            path: folder.to_path_buf(),
            needed,
            available,
        }),
        _ => Ok(()),
    }
}

/// Exports a round into `folder` and logs it: the whole job in one call, for the CLI, the
/// app and tests. The store is taken twice, briefly (the round's contents, then the log
/// entry), never while the files are written and read back. `printed` are the documents
/// the caller printed for the bag (the report PDF). The bagging time is the store's clock
/// in the PC's time zone.
pub fn export_round<S: crate::store::StoreAccess>(
    store: &mut S,
    round_id: i64,
    options: &ExportOptions,
    printed: Vec<crate::store::PrintedDocument>,
    folder: &Path,
    on_progress: &mut dyn FnMut(&ExportProgress) -> CopyControl,
) -> Result<ExportResult, S::Error> {
    let started = std::time::Instant::now();
    let (mut contents, clock) = store.with(|store| {
        Ok((
            store.bundle_contents(round_id, options.summary_only)?,
            store.clock(),
        ))
    })?;
    contents.printed = printed;
    let bagging_time = crate::timestamp::format_local(clock.now(), clock.offset());
    let result = write_bundle(&contents, options, folder, &bagging_time, on_progress).inspect_err(
        |error| {
            let millis = started.elapsed().as_millis() as u64;
            tracing::warn!(round_id, code = ?error.code(), millis, "export not written");
        },
    )?;
    let record = crate::model::BundleRecord {
        round_id,
        direction: "exported".into(),
        sequence: result.sequence,
        digest: result.digest.clone(),
        previous_digest: contents.previous_digest.clone(),
        signer_key: crate::signing::key_info(&crate::signing::public_key_of(
            &contents.signing_seed,
        ))
        .public_key,
        bagging_date: bagging_time,
        summary_only: options.summary_only,
        file_name: result.files.first().cloned().unwrap_or_default(),
        at: String::new(),
    };
    store.with(|store| store.record_bundle(&record))?;
    tracing::info!(
        round_id,
        files = result.files.len(),
        summary_only = options.summary_only,
        millis = started.elapsed().as_millis() as u64,
        "export written and read back"
    );
    Ok(result)
}

#[cfg(test)]
mod room_tests {
    use super::*;
    use crate::os::FileSystem;

    const GIB: u64 = 1 << 30;

    #[test]
    fn a_file_of_4_gib_is_refused_on_fat32_with_the_ways_out_and_held_elsewhere() {
        let stick = Path::new("E:\\");
        let error =
            check_room(stick, &[4 * GIB], Some(FileSystem::Fat), Some(30 * GIB)).unwrap_err();
        assert_eq!(error.code(), crate::ErrorCode::FileTooLarge);
        let message = error.message();
        assert!(
            message.th.contains("FAT32") && message.th.contains("อีเมล"),
            "{}",
            message.th
        );
        assert!(
            message.en.contains("e-mail parts") && message.en.contains("exFAT"),
            "{}",
            message.en
        );
        // One byte less fits; e-mail parts of any size fit; NTFS and exFAT take it whole.
        assert!(check_room(stick, &[4 * GIB - 1], Some(FileSystem::Fat), Some(30 * GIB)).is_ok());
        assert!(check_room(
            stick,
            &[25 << 20; 200],
            Some(FileSystem::Fat),
            Some(30 * GIB)
        )
        .is_ok());
        assert!(check_room(stick, &[5 * GIB], Some(FileSystem::Other), Some(30 * GIB)).is_ok());
        assert!(check_room(stick, &[5 * GIB], None, None).is_ok());
    }

    #[test]
    fn a_stick_without_room_is_refused_with_what_it_has_and_needs() {
        let error =
            check_room(Path::new("/media/usb"), &[600, 500], None, Some(1_000)).unwrap_err();
        assert!(matches!(
            error,
            Error::NotEnoughSpace {
                needed: 1_100,
                available: 1_000,
                ..
            }
        ));
    }
}
