//! The cache of photos reduced for e-mail, in the evidence folder: a reduction is a pure
//! function of the original and the longest side, so once made it serves every later
//! export of any round holding that photo, and the plan reads its exact size.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::evidence::{reduce_photo, REDUCED_JPEG_QUALITY};
use crate::hashing::sha256_hex;

/// The cache folder inside the evidence folder; its name changes with the way photos
/// are reduced, so an older program's reductions are never mistaken for this one's.
pub const REDUCED_FOLDER: &str = "reduced-q85-v1";
const _: () = assert!(REDUCED_JPEG_QUALITY == 85, "rename REDUCED_FOLDER");

/// What became of one photo: a smaller copy, or the original itself (already small).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Outcome {
    Reduced {
        path: PathBuf,
        sha256: String,
        size: u64,
        width: u32,
        height: u32,
    },
    AsItIs,
}

/// The cache of reductions: `<sha256>-<side>-<width>x<height>.jpg` for a reduced copy
/// (the original's upright size in the name), `<sha256>-<side>.as-is` when the original
/// is what to send.
pub(super) struct Cache {
    folder: PathBuf,
    entries: HashMap<String, String>,
}

impl Cache {
    pub(super) fn open(evidence_dir: &Path) -> Cache {
        let folder = evidence_dir.join(REDUCED_FOLDER);
        let entries = fs::read_dir(&folder)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| entry.file_name().into_string().ok())
            .filter(|name| !name.ends_with(".part"))
            .map(|name| {
                let key = match name.strip_suffix(".as-is") {
                    Some(key) => key.to_string(),
                    None => name.splitn(3, '-').take(2).collect::<Vec<_>>().join("-"),
                };
                (key, name)
            })
            .collect();
        Cache { folder, entries }
    }

    fn key(sha256: &str, max_side: u32) -> String {
        format!("{sha256}-{max_side}")
    }

    /// A reduction made earlier, read back and hashed (its bytes are what the bag holds).
    pub(super) fn find(&self, sha256: &str, max_side: u32) -> Option<Outcome> {
        let name = self.entries.get(&Self::key(sha256, max_side))?;
        if name.ends_with(".as-is") {
            return Some(Outcome::AsItIs);
        }
        let (width, height) = name
            .trim_end_matches(".jpg")
            .rsplit('-')
            .next()?
            .split_once('x')
            .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))?;
        let path = self.folder.join(name);
        let bytes = fs::read(&path).ok()?;
        Some(Outcome::Reduced {
            sha256: sha256_hex(&bytes),
            size: bytes.len() as u64,
            path,
            width,
            height,
        })
    }

    /// The size of a reduction made earlier, without reading it.
    pub(super) fn size(&self, sha256: &str, max_side: u32) -> Option<Option<u64>> {
        let name = self.entries.get(&Self::key(sha256, max_side))?;
        if name.ends_with(".as-is") {
            return Some(None);
        }
        Some(fs::metadata(self.folder.join(name)).ok().map(|m| m.len()))
    }

    /// Reduces one photo and keeps the result, written under another name first so a
    /// crash never leaves half a photo in the cache.
    pub(super) fn make(
        &self,
        source: &Path,
        sha256: &str,
        size: u64,
        max_side: u32,
    ) -> Result<Outcome> {
        let key = Self::key(sha256, max_side);
        fs::create_dir_all(&self.folder)
            .map_err(|e| Error::io("create folder", &self.folder, e))?;
        let Some(reduced) = reduce_photo(source, size, max_side) else {
            let marker = self.folder.join(format!("{key}.as-is"));
            fs::write(&marker, b"").map_err(|e| Error::io("write", &marker, e))?;
            return Ok(Outcome::AsItIs);
        };
        let (width, height) = (reduced.original_width, reduced.original_height);
        let path = self.folder.join(format!("{key}-{width}x{height}.jpg"));
        let partial = self.folder.join(format!("{key}.jpg.part"));
        fs::write(&partial, &reduced.jpeg).map_err(|e| Error::io("write", &partial, e))?;
        fs::rename(&partial, &path).map_err(|e| Error::io("store", &path, e))?;
        Ok(Outcome::Reduced {
            sha256: sha256_hex(&reduced.jpeg),
            size: reduced.jpeg.len() as u64,
            path,
            width,
            height,
        })
    }
}
