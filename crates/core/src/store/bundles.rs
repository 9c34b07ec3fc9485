//! What the store gives a bundle and keeps of it: the round as an assessment document
//! with the evidence files to pack, the next sequence number, and the log of bundles
//! written and taken in.

use std::path::PathBuf;

use rusqlite::{params, OptionalExtension};

use super::Store;
use crate::bundle::{
    evidence_bag_paths, AssessmentDocument, DeadlineRecord, EventRecord, EvidenceRecord,
    HistoryRecord, LinkRecord, OfficeRecord, PackReference, RoundRecord, ASSESSMENT_FORMAT,
    BUNDLE_FORMAT_VERSION,
};
use crate::error::{Error, Result};
use crate::evidence::stored_path;
use crate::model::BundleRecord;

/// A file to copy into the bag, from the evidence folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceSource {
    pub bag_path: String,
    pub source: PathBuf,
    pub sha256: String,
    pub size: u64,
}

/// Everything an export needs from the store, read in one go.
#[derive(Debug, Clone)]
pub struct BundleContents {
    pub document: AssessmentDocument,
    pub evidence: Vec<EvidenceSource>,
    pub sequence: u32,
    pub previous_digest: String,
    pub signing_seed: [u8; 32],
    /// Documents printed for people who read the bundle without GECC Desk (the
    /// self-assessment report PDF), rendered by the caller: core does not print.
    pub printed: Vec<PrintedDocument>,
    /// The store's evidence folder, where photos reduced for e-mail are cached.
    pub evidence_dir: PathBuf,
}

/// A printed document carried in the bag's payload, e.g. the report PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintedDocument {
    /// The file's path inside the bag, e.g. `data/รายงานการประเมินตนเอง.pdf`.
    pub bag_path: String,
    pub bytes: Vec<u8>,
}

impl Store {
    /// The local office's round as a document, with the files to pack unless the bundle
    /// is a summary.
    pub fn bundle_contents(&self, round_id: i64, summary_only: bool) -> Result<BundleContents> {
        let round = self.round(round_id)?;
        let (office_uid, is_local): (String, bool) = self.conn.query_row(
            "SELECT uid, is_local FROM offices WHERE id = ?1",
            params![round.office_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        if !is_local {
            return Err(Error::invalid(
                "ส่งออกได้เฉพาะรอบของสำนักงานนี้ รอบที่รับเข้ามาจากสำนักงานอื่นให้ใช้ไฟล์ต้นฉบับ",
                "Only this office's rounds can be exported; for another office's round, use the bundle it sent.",
            ));
        }
        let office = self.local_office()?;
        let pack_sha256: String = self.conn.query_row(
            "SELECT p.sha256 FROM rounds r JOIN criteria_packs p ON p.id = r.pack_row_id WHERE r.id = ?1",
            params![round_id],
            |row| row.get(0),
        )?;
        let files = self.round_evidence_files(round_id)?;
        let paths = evidence_bag_paths(
            files
                .iter()
                .map(|f| (f.sha256.as_str(), f.original_name.as_str())),
        );
        let evidence_dir = self.evidence_dir();
        let mut evidence = Vec::new();
        let mut records = Vec::new();
        for file in &files {
            let bag_path = (!summary_only).then(|| paths[&file.sha256].clone());
            if let Some(bag_path) = &bag_path {
                evidence.push(EvidenceSource {
                    bag_path: bag_path.clone(),
                    source: stored_path(&evidence_dir, &file.sha256),
                    sha256: file.sha256.clone(),
                    size: file.size,
                });
            }
            records.push(EvidenceRecord {
                sha256: file.sha256.clone(),
                original_name: file.original_name.clone(),
                size: file.size,
                format: file.format,
                added_at: file.added_at.clone(),
                added_by: file.added_by.clone(),
                path: bag_path,
                reduced_from: file.reduced_from.clone(),
            });
        }
        let snapshot = self.round_snapshot(round_id)?;
        let (sequence, previous_digest) = self.next_bundle_sequence(round_id)?;
        let document = AssessmentDocument {
            format: ASSESSMENT_FORMAT.to_string(),
            format_version: BUNDLE_FORMAT_VERSION,
            program_version: crate::PROGRAM_VERSION.to_string(),
            exported_at: self.clock.stamp(),
            summary_only,
            personal_data_removed: false,
            office: OfficeRecord {
                uid: office_uid,
                profile: office.profile,
            },
            round: RoundRecord {
                fiscal_year_be: round.fiscal_year_be,
                kind: round.kind,
                state: round.state,
                created_at: round.created_at.clone(),
                approved_by_name: round.approved_by_name.clone(),
                approved_by_position: round.approved_by_position.clone(),
                approved_at: round.approved_at.clone(),
            },
            pack: PackReference {
                id: round.pack_id.clone(),
                version: round.pack_version,
                sha256: pack_sha256,
            },
            answers: snapshot.answers,
            history: snapshot.history,
            events: snapshot.events,
            deadlines: self
                .deadlines(round_id)?
                .into_iter()
                .map(|d| DeadlineRecord {
                    title: d.title,
                    due_date: d.due_date,
                    done: d.done,
                    source: d.source,
                })
                .collect(),
            evidence: records,
            links: snapshot.links,
            score: self.score(round_id)?,
        };
        Ok(BundleContents {
            document,
            evidence,
            sequence,
            previous_digest,
            signing_seed: self.signing_seed()?,
            printed: Vec::new(),
            evidence_dir,
        })
    }

    /// Every answer change of a round, oldest first, as bundles carry them.
    pub(super) fn round_history_records(&self, round_id: i64) -> Result<Vec<HistoryRecord>> {
        let mut statement = self.conn.prepare(
            "SELECT item_id, before, after, changed_by, changed_at FROM answer_history
             WHERE round_id = ?1 ORDER BY changed_at, id",
        )?;
        let rows = statement.query_map(params![round_id], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, Option<String>>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, String>(4)?,
            ))
        })?;
        let mut records = Vec::new();
        for row in rows {
            let (item_id, before, after, changed_by, changed_at) = row?;
            records.push(HistoryRecord {
                item_id,
                before: before.and_then(|b| serde_json::from_str(&b).ok()),
                after: serde_json::from_str(&after).unwrap_or_default(),
                changed_by,
                changed_at,
            });
        }
        Ok(records)
    }

    /// The round's evidence links, naming files by their SHA-256 as bundles do.
    pub(super) fn round_link_records(&self, round_id: i64) -> Result<Vec<LinkRecord>> {
        let mut statement = self.conn.prepare(
            "SELECT l.item_id, f.sha256, l.evidence_type, l.linked_at, l.linked_by
             FROM evidence_links l JOIN evidence_files f ON f.id = l.evidence_id
             WHERE l.round_id = ?1 ORDER BY l.item_id, l.linked_at, l.evidence_id",
        )?;
        let rows = statement.query_map(params![round_id], |row| {
            Ok(LinkRecord {
                item_id: row.get(0)?,
                sha256: row.get(1)?,
                evidence_type: row.get(2)?,
                linked_at: row.get(3)?,
                linked_by: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(super) fn round_event_records(&self, round_id: i64) -> Result<Vec<EventRecord>> {
        let mut statement = self.conn.prepare(
            "SELECT item_id, kind, detail, actor, at FROM events WHERE round_id = ?1 ORDER BY at, id",
        )?;
        let rows = statement.query_map(params![round_id], |row| {
            Ok(EventRecord {
                item_id: row.get(0)?,
                kind: row.get(1)?,
                detail: serde_json::from_str(&row.get::<_, String>(2)?).unwrap_or_default(),
                actor: row.get(3)?,
                at: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The sequence number the next bundle of a round gets, and the digest of the newest
    /// bundle of the round this PC knows (written or received).
    pub fn next_bundle_sequence(&self, round_id: i64) -> Result<(u32, String)> {
        let newest: Option<(u32, String)> = self
            .conn
            .query_row(
                "SELECT sequence, digest FROM bundles WHERE round_id = ?1
                 ORDER BY sequence DESC, id DESC LIMIT 1",
                params![round_id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        Ok(newest
            .map(|(sequence, digest)| (sequence + 1, digest))
            .unwrap_or((1, String::new())))
    }

    /// Logs a bundle written or taken in.
    pub fn record_bundle(&mut self, record: &BundleRecord) -> Result<()> {
        insert_bundle(&self.conn, record, &self.clock.stamp())
    }

    /// The bundles of a round, oldest first.
    pub fn bundles(&self, round_id: i64) -> Result<Vec<BundleRecord>> {
        let mut statement = self.conn.prepare_cached(
            "SELECT round_id, direction, sequence, digest, previous_digest, signer_key, bagging_date,
                 summary_only, file_name, at FROM bundles WHERE round_id = ?1 ORDER BY sequence, id",
        )?;
        let rows = statement.query_map(params![round_id], |row| {
            Ok(BundleRecord {
                round_id: row.get(0)?,
                direction: row.get(1)?,
                sequence: row.get(2)?,
                digest: row.get(3)?,
                previous_digest: row.get(4)?,
                signer_key: row.get(5)?,
                bagging_date: row.get(6)?,
                summary_only: row.get(7)?,
                file_name: row.get(8)?,
                at: row.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Logs a bundle; a record without its moment is dated `now` (a stamp).
pub(super) fn insert_bundle(
    conn: &rusqlite::Connection,
    record: &BundleRecord,
    now: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO bundles (round_id, direction, sequence, digest, previous_digest, signer_key,
             bagging_date, summary_only, file_name, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (round_id, direction, digest) DO NOTHING",
        params![
            record.round_id,
            record.direction,
            record.sequence,
            record.digest,
            record.previous_digest,
            record.signer_key,
            record.bagging_date,
            record.summary_only,
            record.file_name,
            if record.at.is_empty() {
                now.to_string()
            } else {
                record.at.clone()
            }
        ],
    )?;
    Ok(())
}
