//! Turns a pack file's bytes into a validated pack, keeping the bytes and their SHA-256
//! so the store can hold exactly what was imported.

use super::validate::validate;
use super::{CriteriaPack, PACK_FORMAT, PACK_FORMAT_VERSION};
use crate::error::{Error, Result};
use crate::hashing::sha256_hex;

/// A pack together with the exact bytes it was read from.
#[derive(Debug, Clone)]
pub struct PackFile {
    pub pack: CriteriaPack,
    pub bytes: Vec<u8>,
    pub sha256: String,
}

/// Packs are small; anything larger than this is not a pack.
const MAX_PACK_BYTES: usize = 4 * 1024 * 1024;

/// Parses and validates a pack file. Every problem found is reported at once.
pub fn parse_pack(bytes: &[u8]) -> Result<PackFile> {
    if bytes.len() > MAX_PACK_BYTES {
        return Err(Error::PackInvalid {
            problems: vec![format!(
                "file is {} bytes; a criteria pack is at most {MAX_PACK_BYTES} bytes",
                bytes.len()
            )],
        });
    }
    // Read the format fields first so a newer format gets a clear message rather
    // than a list of unknown fields.
    let header: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|error| Error::PackInvalid {
            problems: vec![format!("not valid JSON: {error}")],
        })?;
    if header.get("format").and_then(|f| f.as_str()) != Some(PACK_FORMAT) {
        return Err(Error::PackInvalid {
            problems: vec![format!("\"format\" must be \"{PACK_FORMAT}\"")],
        });
    }
    match header.get("format_version").and_then(|v| v.as_u64()) {
        Some(version) if version as u32 > PACK_FORMAT_VERSION => {
            return Err(Error::PackFormatTooNew {
                found: version as u32,
                supported: PACK_FORMAT_VERSION,
            })
        }
        Some(_) => {}
        None => {
            return Err(Error::PackInvalid {
                problems: vec!["\"format_version\" is missing".into()],
            })
        }
    }
    let pack: CriteriaPack =
        serde_json::from_value(header).map_err(|error| Error::PackInvalid {
            problems: vec![error.to_string()],
        })?;
    let problems = validate(&pack);
    if !problems.is_empty() {
        return Err(Error::PackInvalid {
            problems: problems.into_iter().map(|p| p.to_string()).collect(),
        });
    }
    Ok(PackFile {
        pack,
        bytes: bytes.to_vec(),
        sha256: sha256_hex(bytes),
    })
}
