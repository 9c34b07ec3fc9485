//! Evidence in the store: files registered once per content, linked to items of rounds
//! as a type of evidence, detached, and deleted only when nothing uses them.

use std::collections::HashSet;
use std::path::PathBuf;

use rusqlite::{params, OptionalExtension, Row};
use serde_json::json;

use super::events::record_event;
use super::Store;
use crate::error::{Error, Result};
use crate::evidence::{guess_evidence_type, stored_path, FileFormat, Ingested, EVIDENCE_FOLDER};
use crate::model::{EventKind, EvidenceFile, EvidenceLink, ItemEvidence, Round};
use crate::pack::CriteriaPack;

const FILE_COLUMNS: &str = "id, sha256, original_name, size, format, added_at, added_by,
    reduced_from_sha256, reduced_from_size, reduced_from_width, reduced_from_height";

fn file_from_row(row: &Row<'_>) -> rusqlite::Result<EvidenceFile> {
    let format: String = row.get(4)?;
    Ok(EvidenceFile {
        id: row.get(0)?,
        sha256: row.get(1)?,
        original_name: row.get(2)?,
        size: row.get::<_, i64>(3)? as u64,
        format: FileFormat::parse(&format),
        added_at: row.get(5)?,
        added_by: row.get(6)?,
        reduced_from: reduced_from_row(row, 7)?,
    })
}

/// The four `reduced_from_*` columns from `first` on, as a link to the original.
pub(super) fn reduced_from_row(
    row: &Row<'_>,
    first: usize,
) -> rusqlite::Result<Option<crate::model::ReducedFrom>> {
    let Some(sha256) = row.get::<_, Option<String>>(first)? else {
        return Ok(None);
    };
    Ok(Some(crate::model::ReducedFrom {
        sha256,
        size: row.get::<_, Option<i64>>(first + 1)?.unwrap_or(0) as u64,
        width: row.get::<_, Option<u32>>(first + 2)?.unwrap_or(0),
        height: row.get::<_, Option<u32>>(first + 3)?.unwrap_or(0),
    }))
}

fn link_from_row(row: &Row<'_>) -> rusqlite::Result<EvidenceLink> {
    Ok(EvidenceLink {
        round_id: row.get(0)?,
        item_id: row.get(1)?,
        evidence_id: row.get(2)?,
        evidence_type: row.get(3)?,
        linked_at: row.get(4)?,
        linked_by: row.get(5)?,
        carried_from_round: row.get(6)?,
    })
}

impl Store {
    /// The folder evidence files are stored in, beside the database.
    pub fn evidence_dir(&self) -> PathBuf {
        self.path
            .parent()
            .map(|folder| folder.join(EVIDENCE_FOLDER))
            .unwrap_or_else(|| PathBuf::from(EVIDENCE_FOLDER))
    }

    /// Where an evidence file's content is on disk.
    pub fn evidence_path(&self, evidence_id: i64) -> Result<PathBuf> {
        let file = self.evidence_file(evidence_id)?;
        Ok(stored_path(&self.evidence_dir(), &file.sha256))
    }

    pub fn evidence_file(&self, evidence_id: i64) -> Result<EvidenceFile> {
        let sql = format!("SELECT {FILE_COLUMNS} FROM evidence_files WHERE id = ?1");
        self.conn
            .query_row(&sql, params![evidence_id], file_from_row)
            .optional()?
            .ok_or(Error::EvidenceNotFound(evidence_id))
    }

    /// Every file in the evidence store.
    pub fn evidence_files(&self) -> Result<Vec<EvidenceFile>> {
        let sql = format!("SELECT {FILE_COLUMNS} FROM evidence_files ORDER BY id");
        let mut statement = self.conn.prepare(&sql)?;
        let files = statement
            .query_map([], file_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(files)
    }

    /// A round that may change, with its pack, after checking the item is in the pack.
    fn editable_item(&self, round_id: i64, item_id: &str) -> Result<(Round, CriteriaPack)> {
        let round = self.round(round_id)?;
        if !round.is_editable() {
            return Err(Error::RoundLocked(round_id));
        }
        let pack = self.round_pack(round_id)?;
        if pack.find_item(item_id).is_none() {
            return Err(Error::ItemNotInPack {
                item_id: item_id.to_string(),
            });
        }
        Ok((round, pack))
    }

    /// Registers a file already copied into the evidence folder (see
    /// `evidence::ingest_file`) and links it to an item. Attaching the same content twice
    /// stores it once; linking it twice to one item changes nothing.
    pub fn attach_ingested(
        &mut self,
        round_id: i64,
        item_id: &str,
        ingested: &Ingested,
        actor: &str,
    ) -> Result<EvidenceLink> {
        let (_, pack) = self.editable_item(round_id, item_id)?;
        let evidence_type = guess_evidence_type(&pack, ingested.format, &ingested.original_name)
            .map(|t| t.id.clone())
            .unwrap_or_default();
        let transaction = self.conn.transaction()?;
        transaction.execute(
            "INSERT INTO evidence_files (sha256, original_name, size, format, added_at, added_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (sha256) DO NOTHING",
            params![
                ingested.sha256,
                ingested.original_name,
                ingested.size as i64,
                ingested.format.as_str(),
                self.clock.stamp(),
                actor
            ],
        )?;
        let evidence_id: i64 = transaction.query_row(
            "SELECT id FROM evidence_files WHERE sha256 = ?1",
            params![ingested.sha256],
            |row| row.get(0),
        )?;
        let inserted = transaction.execute(
            "INSERT INTO evidence_links (round_id, item_id, evidence_id, evidence_type, linked_at, linked_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
            params![round_id, item_id, evidence_id, evidence_type, self.clock.stamp(), actor],
        )?;
        if inserted > 0 {
            record_event(
                &transaction,
                round_id,
                Some(item_id),
                EventKind::EvidenceAttached,
                json!({ "evidence_id": evidence_id, "sha256": ingested.sha256, "name": ingested.original_name, "type": evidence_type }),
                actor,
                &self.clock.stamp(),
            )?;
        }
        transaction.commit()?;
        self.evidence_link(round_id, item_id, evidence_id)
    }

    /// Links a file already in the store to another item.
    pub fn link_evidence(
        &mut self,
        round_id: i64,
        item_id: &str,
        evidence_id: i64,
        actor: &str,
    ) -> Result<EvidenceLink> {
        let file = self.evidence_file(evidence_id)?;
        let ingested = Ingested {
            sha256: file.sha256,
            size: file.size,
            format: file.format,
            original_name: file.original_name,
            already_stored: true,
        };
        self.attach_ingested(round_id, item_id, &ingested, actor)
    }

    fn evidence_link(
        &self,
        round_id: i64,
        item_id: &str,
        evidence_id: i64,
    ) -> Result<EvidenceLink> {
        self.conn
            .query_row(
                "SELECT round_id, item_id, evidence_id, evidence_type, linked_at, linked_by, carried_from_round FROM evidence_links
                 WHERE round_id = ?1 AND item_id = ?2 AND evidence_id = ?3",
                params![round_id, item_id, evidence_id],
                link_from_row,
            )
            .optional()?
            .ok_or(Error::EvidenceNotFound(evidence_id))
    }

    /// Says what kind of evidence a linked file is (one of the pack's types, or "").
    pub fn set_evidence_type(
        &mut self,
        round_id: i64,
        item_id: &str,
        evidence_id: i64,
        evidence_type: &str,
        actor: &str,
    ) -> Result<EvidenceLink> {
        let (_, pack) = self.editable_item(round_id, item_id)?;
        if !evidence_type.is_empty() && !pack.evidence_types.iter().any(|t| t.id == evidence_type) {
            return Err(Error::invalid(
                format!("ชุดเกณฑ์ไม่มีประเภทหลักฐาน \"{evidence_type}\""),
                format!("The pack has no evidence type \"{evidence_type}\"."),
            ));
        }
        let before = self.evidence_link(round_id, item_id, evidence_id)?;
        if before.evidence_type != evidence_type {
            let sha256 = self.evidence_file(evidence_id)?.sha256;
            let transaction = self.conn.transaction()?;
            transaction.execute(
                "UPDATE evidence_links SET evidence_type = ?4 WHERE round_id = ?1 AND item_id = ?2 AND evidence_id = ?3",
                params![round_id, item_id, evidence_id, evidence_type],
            )?;
            record_event(
                &transaction,
                round_id,
                Some(item_id),
                EventKind::EvidenceTypeChanged,
                json!({ "evidence_id": evidence_id, "sha256": sha256, "before": before.evidence_type, "after": evidence_type }),
                actor,
                &self.clock.stamp(),
            )?;
            transaction.commit()?;
        }
        self.evidence_link(round_id, item_id, evidence_id)
    }

    /// Removes a file from one item; the file and its other links stay.
    pub fn detach_evidence(
        &mut self,
        round_id: i64,
        item_id: &str,
        evidence_id: i64,
        actor: &str,
    ) -> Result<()> {
        self.editable_item(round_id, item_id)?;
        let link = self.evidence_link(round_id, item_id, evidence_id)?;
        let file = self.evidence_file(evidence_id)?;
        let (name, sha256) = (file.original_name, file.sha256);
        let transaction = self.conn.transaction()?;
        transaction.execute(
            "DELETE FROM evidence_links WHERE round_id = ?1 AND item_id = ?2 AND evidence_id = ?3",
            params![round_id, item_id, evidence_id],
        )?;
        record_event(
            &transaction,
            round_id,
            Some(item_id),
            EventKind::EvidenceDetached,
            json!({ "evidence_id": evidence_id, "sha256": sha256, "name": name, "type": link.evidence_type }),
            actor,
            &self.clock.stamp(),
        )?;
        transaction.commit()?;
        Ok(())
    }

    /// Deletes a file that supports no item any more, from the database and the disk.
    pub fn delete_evidence(&mut self, evidence_id: i64) -> Result<()> {
        let path = self.evidence_path(evidence_id)?;
        let links: u32 = self.conn.query_row(
            "SELECT count(*) FROM evidence_links WHERE evidence_id = ?1",
            params![evidence_id],
            |row| row.get(0),
        )?;
        if links > 0 {
            return Err(Error::EvidenceInUse {
                id: evidence_id,
                links,
            });
        }
        self.conn.execute(
            "DELETE FROM evidence_files WHERE id = ?1",
            params![evidence_id],
        )?;
        // The row is gone first: a crash now leaves an unused file, never a row without one.
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(error) => Err(Error::io("delete", path, error)),
        }
    }

    /// The links of a round, item by item.
    pub fn evidence_links(&self, round_id: i64) -> Result<Vec<EvidenceLink>> {
        let mut statement = self.conn.prepare(
            "SELECT round_id, item_id, evidence_id, evidence_type, linked_at, linked_by, carried_from_round
             FROM evidence_links WHERE round_id = ?1 ORDER BY item_id, linked_at, evidence_id",
        )?;
        let links = statement
            .query_map(params![round_id], link_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(links)
    }

    /// The files a round's links point at.
    pub(super) fn round_evidence_files(&self, round_id: i64) -> Result<Vec<EvidenceFile>> {
        let sql = format!(
            "SELECT {FILE_COLUMNS} FROM evidence_files WHERE id IN
                 (SELECT evidence_id FROM evidence_links WHERE round_id = ?1) ORDER BY id"
        );
        let mut statement = self.conn.prepare(&sql)?;
        let files = statement
            .query_map(params![round_id], file_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(files)
    }
}

/// Evidence per item of the round's parts: how many files, and what the rule still needs.
pub(super) fn item_evidence(
    pack: &CriteriaPack,
    round: &Round,
    links: &[EvidenceLink],
) -> Vec<ItemEvidence> {
    pack.parts_for(round.kind)
        .flat_map(|part| part.items())
        .map(|item| {
            let item_links: Vec<&EvidenceLink> =
                links.iter().filter(|l| l.item_id == item.id).collect();
            let types: HashSet<&str> = item_links
                .iter()
                .map(|l| l.evidence_type.as_str())
                .collect();
            let rule = item.parsed_evidence_rule();
            let unmet = rule
                .as_ref()
                .and_then(|rule| rule.unmet(&|id| types.contains(id)));
            ItemEvidence {
                item_id: item.id.clone(),
                files: item_links.len() as u32,
                rule,
                unmet,
                needs_new_photo: false,
            }
        })
        .collect()
}
