//! Criteria packs in the store: the built-in ones installed on open, imported ones kept
//! byte for byte with their SHA-256, and summaries for listing.

use std::io::Read;
use std::path::Path;

use rusqlite::{params, OptionalExtension};

use super::Store;
use crate::error::{Error, Result};
use crate::model::{PackPartSummary, PackSummary};
use crate::pack::{builtin_packs, parse_pack, CriteriaPack, PackFile};

/// Where a pack came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackOrigin {
    Builtin,
    Imported,
}

impl PackOrigin {
    fn as_str(self) -> &'static str {
        match self {
            PackOrigin::Builtin => "builtin",
            PackOrigin::Imported => "imported",
        }
    }
}

/// Larger files are refused before being read: packs are a few dozen kilobytes.
const MAX_PACK_FILE_BYTES: u64 = 4 * 1024 * 1024;

impl Store {
    pub(super) fn install_builtin_packs(&mut self) -> Result<()> {
        for builtin in builtin_packs() {
            let file = parse_pack(builtin.bytes)?;
            match self.install_pack(&file, PackOrigin::Builtin) {
                // An office's own pack already holds this id and version: theirs stays,
                // and the program still opens. Rounds never lose the pack they use.
                Ok(_) | Err(Error::PackConflict { .. }) => {}
                Err(error) => return Err(error),
            }
        }
        Ok(())
    }

    /// The exact bytes of an installed pack, for export.
    pub fn pack_bytes(&self, pack_id: &str, pack_version: u32) -> Result<Vec<u8>> {
        let row = self.find_pack_row(Some(pack_id), Some(pack_version))?;
        Ok(self.conn.query_row(
            "SELECT content FROM criteria_packs WHERE id = ?1",
            params![row],
            |r| r.get(0),
        )?)
    }

    /// An installed pack, parsed, to start an edit from.
    pub fn pack(&self, pack_id: &str, pack_version: u32) -> Result<CriteriaPack> {
        self.load_pack(self.find_pack_row(Some(pack_id), Some(pack_version))?)
    }

    /// The version number an edited copy of `pack_id` gets: one above any installed.
    pub fn next_pack_version(&self, pack_id: &str) -> Result<u32> {
        let highest: Option<u32> = self.conn.query_row(
            "SELECT max(pack_version) FROM criteria_packs WHERE pack_id = ?1",
            params![pack_id],
            |row| row.get(0),
        )?;
        Ok(highest.map_or(1, |v| v + 1))
    }

    /// Installs a pack edited in the program, after the same checks as an imported file.
    pub fn save_pack_draft(&mut self, draft: &CriteriaPack) -> Result<PackSummary> {
        let file = draft_to_file(draft)?;
        self.install_pack(&file, PackOrigin::Imported)
    }

    /// Installs a parsed pack. Installing the same bytes again changes nothing; other
    /// bytes under an installed id and version are refused.
    pub fn install_pack(&mut self, file: &PackFile, origin: PackOrigin) -> Result<PackSummary> {
        install_pack_in(&self.conn, file, origin, &self.clock.stamp())
    }

    /// Reads, validates and installs a pack file chosen by the user.
    pub fn import_pack_file(&mut self, path: &Path) -> Result<PackSummary> {
        let file = std::fs::File::open(path).map_err(|e| Error::io("open", path, e))?;
        let mut bytes = Vec::new();
        file.take(MAX_PACK_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io("read", path, e))?;
        let parsed = parse_pack(&bytes)?;
        self.install_pack(&parsed, PackOrigin::Imported)
    }

    /// Every installed pack, newest year first.
    pub fn list_packs(&self) -> Result<Vec<PackSummary>> {
        let mut statement = self.conn.prepare(
            "SELECT content, origin, sha256 FROM criteria_packs
             ORDER BY year_be DESC, pack_id, pack_version DESC",
        )?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, Vec<u8>>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
            ))
        })?;
        let mut packs = Vec::new();
        for row in rows {
            let (content, origin, sha) = row?;
            let pack = parse_pack(&content)?.pack;
            packs.push(summarize(&pack, origin == "builtin", &sha));
        }
        Ok(packs)
    }

    /// The parsed pack stored under a row id.
    pub(super) fn load_pack(&self, pack_row_id: i64) -> Result<CriteriaPack> {
        let content: Vec<u8> = self.conn.query_row(
            "SELECT content FROM criteria_packs WHERE id = ?1",
            params![pack_row_id],
            |row| row.get(0),
        )?;
        Ok(parse_pack(&content)?.pack)
    }

    /// The row id of a pack by id and version (the newest version when none is given),
    /// or of the newest pack of all when no id is given.
    pub(super) fn find_pack_row(&self, pack_id: Option<&str>, version: Option<u32>) -> Result<i64> {
        let found: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM criteria_packs
                 WHERE (?1 IS NULL OR pack_id = ?1) AND (?2 IS NULL OR pack_version = ?2)
                 ORDER BY year_be DESC, pack_version DESC, id DESC LIMIT 1",
                params![pack_id, version],
                |row| row.get(0),
            )
            .optional()?;
        found.ok_or_else(|| {
            let name = match (pack_id, version) {
                (Some(id), Some(v)) => format!("{id} v{v}"),
                (Some(id), None) => id.to_string(),
                _ => "(any)".to_string(),
            };
            Error::PackNotFound(name)
        })
    }
}

/// `Store::install_pack` on a connection or inside a caller's transaction.
pub(super) fn install_pack_in(
    conn: &rusqlite::Connection,
    file: &PackFile,
    origin: PackOrigin,
    now: &str,
) -> Result<PackSummary> {
    let pack = &file.pack;
    let existing: Option<String> = conn
        .query_row(
            "SELECT sha256 FROM criteria_packs WHERE pack_id = ?1 AND pack_version = ?2",
            params![pack.pack_id, pack.pack_version],
            |row| row.get(0),
        )
        .optional()?;
    match existing {
        Some(sha) if sha == file.sha256 => {}
        Some(_) => {
            return Err(Error::PackConflict {
                pack_id: pack.pack_id.clone(),
                pack_version: pack.pack_version,
            })
        }
        None => {
            conn.execute(
                "INSERT INTO criteria_packs (pack_id, pack_version, year_be, title_th, title_en,
                     sha256, content, origin, installed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    pack.pack_id,
                    pack.pack_version,
                    pack.year_be,
                    pack.title.th,
                    pack.title.en,
                    file.sha256,
                    file.bytes,
                    origin.as_str(),
                    now
                ],
            )?;
        }
    }
    Ok(summarize(pack, origin == PackOrigin::Builtin, &file.sha256))
}

fn summarize(pack: &CriteriaPack, builtin: bool, sha256: &str) -> PackSummary {
    PackSummary {
        pack_id: pack.pack_id.clone(),
        pack_version: pack.pack_version,
        year_be: pack.year_be,
        title: pack.title.clone(),
        complete: pack.is_complete(),
        builtin,
        sha256: sha256.to_string(),
        parts: pack
            .parts
            .iter()
            .map(|part| PackPartSummary {
                part_id: part.id.clone(),
                title: part.title.clone(),
                listed_items: part.items().count() as u32,
                undisclosed_items: part.undisclosed_items(),
                points: part.total_points(),
            })
            .collect(),
    }
}

/// A pack edited in the program as the file it would be: pretty JSON (format version 2
/// when it uses evidence types, rules or figures), parsed and checked like any import.
pub fn draft_to_file(draft: &CriteriaPack) -> Result<PackFile> {
    let mut draft = draft.clone();
    if draft.uses_format_2() {
        draft.format_version = draft.format_version.max(2);
    }
    let mut bytes = serde_json::to_vec_pretty(&draft).map_err(|e| Error::PackInvalid {
        problems: vec![e.to_string()],
    })?;
    bytes.push(b'\n');
    parse_pack(&bytes)
}
