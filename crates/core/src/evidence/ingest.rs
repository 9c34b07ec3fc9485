//! Copying a file into the evidence folder: one streaming pass that hashes as it copies,
//! written under a temporary name and renamed to its SHA-256 only when complete, then
//! read back and checked. A cancelled or failed copy leaves nothing behind.

use std::fs::{self, File, OpenOptions};
use std::io::{ErrorKind, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use sha2::{Digest, Sha256};

use super::{stored_path, FileFormat};
use crate::error::{Error, Result};
use crate::files::rename_into_place;
use crate::hashing::to_hex;

/// The evidence folder's name inside the data folder.
pub const EVIDENCE_FOLDER: &str = "evidence";
/// Copies in progress live here until they are complete.
const INCOMING_FOLDER: &str = "incoming";
const CHUNK_BYTES: usize = 1 << 20;
/// Enough of a file's start to recognise its format.
const HEAD_BYTES: usize = 64;

/// Whether a copy should go on; returned by the progress callback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyControl {
    Continue,
    Cancel,
}

/// A file now held in the evidence folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ingested {
    pub sha256: String,
    pub size: u64,
    pub format: FileFormat,
    /// The file's name on the clerk's computer, exactly as it was.
    pub original_name: String,
    /// The same content was already in the folder, so nothing new was stored.
    pub already_stored: bool,
}

/// Removes a temporary file unless the copy completed.
struct PartialFile {
    path: PathBuf,
    keep: bool,
}

impl Drop for PartialFile {
    fn drop(&mut self) {
        if !self.keep {
            let _ = fs::remove_file(&self.path);
        }
    }
}

fn copy_error(action: &'static str, path: &Path, error: std::io::Error) -> Error {
    if error.kind() == ErrorKind::StorageFull {
        Error::DiskFull {
            path: path.to_path_buf(),
        }
    } else {
        Error::io(action, path, error)
    }
}

fn unique_partial_name() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!(
        "{}-{}-{}.part",
        std::process::id(),
        nanos,
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// Hashes a whole file.
fn sha256_of(path: &Path) -> Result<String> {
    let mut file = File::open(path).map_err(|e| Error::io("read", path, e))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; CHUNK_BYTES];
    loop {
        let read = file
            .read(&mut buffer)
            .map_err(|e| Error::io("read", path, e))?;
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
    }
    Ok(to_hex(&hasher.finalize()))
}

/// A new temporary file in the evidence folder's incoming folder, removed when dropped
/// unless kept.
fn create_partial(evidence_dir: &Path) -> Result<(PartialFile, File)> {
    let incoming = evidence_dir.join(INCOMING_FOLDER);
    fs::create_dir_all(&incoming).map_err(|e| copy_error("create folder", &incoming, e))?;
    let partial = PartialFile {
        path: incoming.join(unique_partial_name()),
        keep: false,
    };
    let output = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&partial.path)
        .map_err(|e| copy_error("create", &partial.path, e))?;
    Ok((partial, output))
}

/// Moves a complete temporary copy to its place under `sha256`, then reads it back. The
/// same content may be stored already: it is trusted only if it still hashes right, and
/// then the copy is dropped. Returns whether the content was already stored.
fn store_under_hash(evidence_dir: &Path, partial: &PartialFile, sha256: &str) -> Result<bool> {
    let target = stored_path(evidence_dir, sha256);
    if target.is_file() && sha256_of(&target)? == sha256 {
        return Ok(true);
    }
    let folder = target.parent().unwrap_or(evidence_dir);
    fs::create_dir_all(folder).map_err(|e| copy_error("create folder", folder, e))?;
    rename_into_place(&partial.path, &target, true)?;
    if sha256_of(&target)? != sha256 {
        let _ = fs::remove_file(&target);
        return Err(Error::EvidenceCorrupt {
            sha256: sha256.to_string(),
        });
    }
    Ok(false)
}

/// Copies `source` into the evidence folder, reporting progress (bytes done, bytes in
/// all) after each chunk; the callback may cancel.
pub fn ingest_file(
    evidence_dir: &Path,
    source: &Path,
    on_progress: &mut dyn FnMut(u64, u64) -> CopyControl,
) -> Result<Ingested> {
    let metadata = fs::metadata(source).map_err(|e| Error::io("open", source, e))?;
    if !metadata.is_file() {
        return Err(Error::NotAFile {
            path: source.to_path_buf(),
        });
    }
    let original_name = source
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut input = File::open(source).map_err(|e| Error::io("open", source, e))?;

    let (partial, mut output) = create_partial(evidence_dir)?;

    let total = metadata.len();
    let mut hasher = Sha256::new();
    let mut head = Vec::with_capacity(HEAD_BYTES);
    let mut buffer = vec![0u8; CHUNK_BYTES];
    let mut done = 0u64;
    loop {
        let read = input
            .read(&mut buffer)
            .map_err(|e| Error::io("read", source, e))?;
        if read == 0 {
            break;
        }
        let chunk = &buffer[..read];
        if head.len() < HEAD_BYTES {
            head.extend_from_slice(&chunk[..chunk.len().min(HEAD_BYTES - head.len())]);
        }
        hasher.update(chunk);
        output
            .write_all(chunk)
            .map_err(|e| copy_error("write", &partial.path, e))?;
        done += read as u64;
        if on_progress(done, total.max(done)) == CopyControl::Cancel {
            return Err(Error::Cancelled);
        }
    }
    output
        .sync_all()
        .map_err(|e| copy_error("write", &partial.path, e))?;
    drop(output);

    let sha256 = to_hex(&hasher.finalize());
    let already_stored = store_under_hash(evidence_dir, &partial, &sha256)?;
    Ok(Ingested {
        sha256,
        size: done,
        format: FileFormat::detect(&head, &original_name),
        original_name,
        already_stored,
    })
}

/// Removes copies that were cut off (by a crash) more than `older_than` ago.
pub fn sweep_stale_partial_files(evidence_dir: &Path, older_than: Duration) {
    let Ok(entries) = fs::read_dir(evidence_dir.join(INCOMING_FOLDER)) else {
        return;
    };
    for entry in entries.flatten() {
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|age| age > older_than);
        if stale && entry.file_name().to_string_lossy().ends_with(".part") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Where a stream's chunks go, one after another.
pub type ChunkSink<'a> = dyn FnMut(&[u8]) -> std::io::Result<()> + 'a;

/// Stores a file that arrives as a stream (from a bundle) under its SHA-256, which must
/// be `expected_sha256`: written under a temporary name, synced, hashed as it streams,
/// renamed, read back. `fill` writes the content into the sink it is given. Returns
/// whether the file was newly stored (false when the same content was there already).
pub fn ingest_stream(
    evidence_dir: &Path,
    expected_sha256: &str,
    fill: &mut dyn FnMut(&mut ChunkSink<'_>) -> Result<u64>,
) -> Result<bool> {
    let target = stored_path(evidence_dir, expected_sha256);
    if target.is_file() && sha256_of(&target)? == expected_sha256 {
        return Ok(false);
    }
    let (partial, mut output) = create_partial(evidence_dir)?;
    let mut hasher = Sha256::new();
    fill(&mut |chunk| {
        hasher.update(chunk);
        output.write_all(chunk)
    })?;
    output
        .sync_all()
        .map_err(|e| copy_error("write", &partial.path, e))?;
    drop(output);
    if to_hex(&hasher.finalize()) != expected_sha256 {
        return Err(Error::EvidenceCorrupt {
            sha256: expected_sha256.to_string(),
        });
    }
    Ok(!store_under_hash(evidence_dir, &partial, expected_sha256)?)
}
