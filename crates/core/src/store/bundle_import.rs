//! The store's side of an import: running the checks only this PC can make (in
//! `import_checks`) into a plan of where the bundle lands, and applying that plan in one
//! transaction.

use rusqlite::{params, OptionalExtension, Transaction};

use super::answers::upsert_answer;
use super::bundles::insert_bundle;
use super::import_checks::ImportCheck;
use super::Store;
use crate::bundle::checks::{Flow, Run, CHECKS};
use crate::bundle::{
    AssessmentDocument, BundleVerdict, EvidenceRecord, ImportOptions, ImportOutcome, ImportStatus,
    ItemDecision, MergePlan, OpenedBundle, RoundSnapshot, Side,
};
use crate::error::Result;
use crate::model::{AnswerInput, BundleRecord};
use crate::signing::fingerprint_of_base64;

/// Where the bundle's office and round land on this PC.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan {
    pub merge: MergePlan,
    office_id: Option<i64>,
    adopt: bool,
    round_id: Option<i64>,
    pack_row: i64,
    sequence: u32,
    signer_key: String,
}

impl Store {
    /// Whether the evidence store holds this content (not just its metadata).
    pub fn evidence_received(&self, sha256: &str) -> Result<bool> {
        let received: Option<bool> = self
            .conn
            .query_row(
                "SELECT received FROM evidence_files WHERE sha256 = ?1",
                params![sha256],
                |row| row.get(0),
            )
            .optional()?;
        Ok(received == Some(true)
            && crate::evidence::stored_path(&self.evidence_dir(), sha256).is_file())
    }

    /// Runs the checks only this PC can make (checks 12 to 18 of the list in
    /// `bundle/checks.rs`) and plans the merge; None when the bundle must not be imported
    /// (a problem) or need not be (already here).
    pub fn prepare_import(
        &self,
        bundle: &OpenedBundle,
        verdict: &mut BundleVerdict,
        options: &ImportOptions,
    ) -> Result<Option<ImportPlan>> {
        let Some(summary) = verdict.summary.clone() else {
            return Ok(None);
        };
        let mut check = ImportCheck::new(bundle, verdict, options, summary);
        for step in CHECKS {
            if let Run::Store(run) = step.run {
                if run(self, &mut check)? == Flow::Stop {
                    return Ok(None);
                }
            }
        }
        Ok(Some(ImportPlan {
            merge: check.merge,
            office_id: check.office_id,
            adopt: check.adopt,
            round_id: check.round_id,
            pack_row: check.pack_row,
            sequence: check.sequence,
            signer_key: check.signer_key,
        }))
    }

    /// A round here, as the same records a bundle carries.
    pub(super) fn round_snapshot(&self, round_id: i64) -> Result<RoundSnapshot> {
        Ok(RoundSnapshot {
            answers: self
                .answers(round_id)?
                .into_iter()
                .map(Into::into)
                .collect(),
            history: self.round_history_records(round_id)?,
            events: self.round_event_records(round_id)?,
            links: self.round_link_records(round_id)?,
            originals: self.reduced_originals(round_id)?,
        })
    }

    /// The round's files that are photos reduced for e-mail, each with its original.
    fn reduced_originals(
        &self,
        round_id: i64,
    ) -> Result<std::collections::BTreeMap<String, String>> {
        let mut statement = self.conn.prepare(
            "SELECT sha256, reduced_from_sha256 FROM evidence_files
             WHERE reduced_from_sha256 IS NOT NULL
               AND id IN (SELECT evidence_id FROM evidence_links WHERE round_id = ?1)",
        )?;
        let rows = statement.query_map(params![round_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Applies a planned import in one transaction.
    pub fn apply_import(
        &mut self,
        bundle: &OpenedBundle,
        plan: &ImportPlan,
        actor: &str,
    ) -> Result<ImportOutcome> {
        let document = &bundle.document;
        let now = self.clock.stamp();
        let mine = match plan.round_id {
            Some(round_id) => self.round_snapshot(round_id)?,
            None => RoundSnapshot::default(),
        };
        let transaction = self.conn.transaction()?;
        let office_id = upsert_office(&transaction, document, plan, &now)?;
        let round_is_new = plan.round_id.is_none();
        let round_id = match plan.round_id {
            Some(id) => id,
            None => {
                transaction.execute(
                    "INSERT INTO rounds (office_id, pack_row_id, fiscal_year_be, kind, state, created_at)
                     VALUES (?1, ?2, ?3, ?4, 'draft', ?5)",
                    params![office_id, plan.pack_row, document.round.fiscal_year_be, document.round.kind.as_str(), document.round.created_at],
                )?;
                transaction.last_insert_rowid()
            }
        };
        if round_is_new || plan.merge.take_round_state {
            let round = &document.round;
            transaction.execute(
                "UPDATE rounds SET state = ?2, approved_by_name = ?3, approved_by_position = ?4, approved_at = ?5 WHERE id = ?1",
                params![round_id, round.state.as_str(), round.approved_by_name, round.approved_by_position, round.approved_at],
            )?;
        }
        let own_office: bool = transaction.query_row(
            "SELECT is_local FROM offices WHERE id = ?1",
            params![office_id],
            |row| row.get(0),
        )?;
        if round_is_new || !own_office {
            transaction.execute(
                "DELETE FROM deadlines WHERE round_id = ?1",
                params![round_id],
            )?;
            for deadline in &document.deadlines {
                transaction.execute(
                    "INSERT INTO deadlines (round_id, title, due_date, done, source, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![round_id, deadline.title, deadline.due_date, deadline.done, deadline.source, now],
                )?;
            }
        }

        for change in &plan.merge.new_history {
            transaction.execute(
                "INSERT INTO answer_history (round_id, item_id, before, after, changed_by, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![round_id, change.item_id, change.before.as_ref().map(to_json), to_json(&change.after), change.changed_by, change.changed_at],
            )?;
        }
        for event in &plan.merge.new_events {
            transaction.execute(
                "INSERT INTO events (round_id, item_id, kind, detail, actor, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![round_id, event.item_id, event.kind, event.detail.to_string(), event.actor, event.at],
            )?;
        }

        let mut taken = Vec::new();
        for (item_id, decision) in &plan.merge.items {
            let theirs_answer = document.answers.iter().find(|a| &a.item_id == item_id);
            let mine_answer = mine.answers.iter().find(|a| &a.item_id == item_id);
            match decision {
                ItemDecision::Keep | ItemDecision::Same => {}
                ItemDecision::Take | ItemDecision::Resolved(Side::Theirs) => {
                    if let Some(answer) = theirs_answer {
                        upsert_answer(
                            &transaction,
                            round_id,
                            &answer.item_id,
                            &answer.content,
                            &answer.updated_at,
                            &answer.updated_by,
                        )?;
                    }
                    replace_links(&transaction, round_id, item_id, document)?;
                    if *decision == ItemDecision::Resolved(Side::Theirs) {
                        log_merge(
                            &transaction,
                            round_id,
                            item_id,
                            mine_answer.map(|a| &a.content),
                            theirs_answer.map(|a| &a.content),
                            actor,
                            &now,
                        )?;
                    }
                    taken.push(item_id.clone());
                }
                ItemDecision::Resolved(Side::Mine) => {
                    // The choice is logged so the other PC takes this answer next time.
                    if let Some(answer) = mine_answer {
                        log_merge(
                            &transaction,
                            round_id,
                            item_id,
                            theirs_answer.map(|a| &a.content),
                            Some(&answer.content),
                            actor,
                            &now,
                        )?;
                    }
                }
            }
        }
        // Evidence known only from a summary is listed, marked as not received.
        for record in &document.evidence {
            register_evidence(&transaction, record)?;
        }
        prefer_originals(&transaction, round_id)?;
        if !plan.signer_key.is_empty() {
            transaction.execute(
                "INSERT INTO office_keys (office_id, public_key, fingerprint, first_seen_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT DO NOTHING",
                params![office_id, plan.signer_key, fingerprint_of_base64(&plan.signer_key), now],
            )?;
        }
        insert_bundle(
            &transaction,
            &BundleRecord {
                round_id,
                direction: "imported".into(),
                sequence: plan.sequence,
                digest: bundle.digest.clone(),
                previous_digest: bundle
                    .bag_info
                    .get("GECC-Previous-Bundle-SHA256")
                    .unwrap_or("")
                    .to_string(),
                signer_key: plan.signer_key.clone(),
                bagging_date: bundle
                    .bag_info
                    .get("GECC-Bagging-Time")
                    .or(bundle.bag_info.get("Bagging-Date"))
                    .unwrap_or("")
                    .to_string(),
                summary_only: document.summary_only,
                file_name: bundle
                    .paths
                    .first()
                    .and_then(|p| p.file_name())
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                at: now.clone(),
            },
            &now,
        )?;
        transaction.commit()?;
        Ok(ImportOutcome {
            status: ImportStatus::Imported,
            round_id: Some(round_id),
            taken,
            conflicts: plan.merge.conflicts.clone(),
            history_added: plan.merge.new_history.len() as u32,
            events_added: plan.merge.new_events.len() as u32,
            ..ImportOutcome::refused(BundleVerdict::default())
        })
    }
}

fn to_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "{}".into())
}

fn upsert_office(
    transaction: &Transaction<'_>,
    document: &AssessmentDocument,
    plan: &ImportPlan,
    now: &str,
) -> Result<i64> {
    let profile = &document.office.profile;
    if let (Some(id), true) = (plan.office_id, plan.adopt) {
        transaction.execute(
            "UPDATE offices SET uid = ?2 WHERE id = ?1",
            params![id, document.office.uid],
        )?;
    }
    let id = match plan.office_id {
        Some(id) => id,
        None => {
            transaction.execute(
                "INSERT INTO offices (is_local, uid, created_at, updated_at) VALUES (0, ?1, ?2, ?2)",
                params![document.office.uid, now],
            )?;
            transaction.last_insert_rowid()
        }
    };
    let is_local: bool = transaction.query_row(
        "SELECT is_local FROM offices WHERE id = ?1",
        params![id],
        |r| r.get(0),
    )?;
    // Another office's profile follows its newest bundle; this office's own profile is
    // only filled in when adopting (it is edited here otherwise).
    if !is_local || plan.adopt {
        transaction.execute(
            "UPDATE offices SET name = ?2, kind = ?3, province = ?4, district = ?5, officer_name = ?6,
                 officer_position = ?7, officer_phone = ?8, officer_email = ?9, gecc_username = ?10, updated_at = ?11
             WHERE id = ?1",
            params![id, profile.name, profile.kind.as_str(), profile.province, profile.district, profile.officer_name,
                profile.officer_position, profile.officer_phone, profile.officer_email, profile.gecc_username, now],
        )?;
    }
    Ok(id)
}

/// Records a conflict's resolution as a change of its own.
fn log_merge(
    transaction: &Transaction<'_>,
    round_id: i64,
    item_id: &str,
    before: Option<&AnswerInput>,
    after: Option<&AnswerInput>,
    actor: &str,
    now: &str,
) -> Result<()> {
    let Some(after) = after else {
        return Ok(());
    };
    transaction.execute(
        "INSERT INTO answer_history (round_id, item_id, before, after, changed_by, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![round_id, item_id, before.map(to_json), to_json(after), actor, now],
    )?;
    // The answer's own time moves with the merge so both sides agree on the newest change.
    transaction.execute(
        "UPDATE answers SET updated_at = ?3, updated_by = ?4 WHERE round_id = ?1 AND item_id = ?2",
        params![round_id, item_id, now, actor],
    )?;
    Ok(())
}

fn register_evidence(transaction: &Transaction<'_>, record: &EvidenceRecord) -> Result<()> {
    let received = record.path.is_some();
    let original = record.reduced_from.as_ref();
    transaction.execute(
        "INSERT INTO evidence_files (sha256, original_name, size, format, added_at, added_by, received,
             reduced_from_sha256, reduced_from_size, reduced_from_width, reduced_from_height)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT (sha256) DO UPDATE SET received = max(received, excluded.received),
             reduced_from_sha256 = coalesce(reduced_from_sha256, excluded.reduced_from_sha256),
             reduced_from_size = coalesce(reduced_from_size, excluded.reduced_from_size),
             reduced_from_width = coalesce(reduced_from_width, excluded.reduced_from_width),
             reduced_from_height = coalesce(reduced_from_height, excluded.reduced_from_height)",
        params![record.sha256, record.original_name, record.size as i64, record.format.as_str(), record.added_at, record.added_by, received,
            original.map(|o| &o.sha256), original.map(|o| o.size as i64), original.map(|o| o.width), original.map(|o| o.height)],
    )?;
    Ok(())
}

/// A link to a photo reduced for e-mail moves to its original once the original is here
/// (a full bundle brought it, before or after the reduced one): same item, same type,
/// same time and person. The reduced copy stays in the store, linked to nothing.
fn prefer_originals(transaction: &Transaction<'_>, round_id: i64) -> Result<()> {
    const REPLACEABLE: &str = "SELECT r.id, o.id AS original FROM evidence_files r
        JOIN evidence_files o ON o.sha256 = r.reduced_from_sha256 AND o.received = 1";
    transaction.execute(
        &format!(
            "INSERT OR IGNORE INTO evidence_links
                 (round_id, item_id, evidence_id, evidence_type, linked_at, linked_by, carried_from_round)
             SELECT l.round_id, l.item_id, x.original, l.evidence_type, l.linked_at, l.linked_by, l.carried_from_round
             FROM evidence_links l JOIN ({REPLACEABLE}) x ON x.id = l.evidence_id
             WHERE l.round_id = ?1"
        ),
        params![round_id],
    )?;
    transaction.execute(
        &format!(
            "DELETE FROM evidence_links WHERE round_id = ?1
             AND evidence_id IN (SELECT id FROM ({REPLACEABLE}))"
        ),
        params![round_id],
    )?;
    Ok(())
}

/// Makes an item's links those of the bundle.
fn replace_links(
    transaction: &Transaction<'_>,
    round_id: i64,
    item_id: &str,
    document: &AssessmentDocument,
) -> Result<()> {
    transaction.execute(
        "DELETE FROM evidence_links WHERE round_id = ?1 AND item_id = ?2",
        params![round_id, item_id],
    )?;
    for link in document.links.iter().filter(|l| l.item_id == item_id) {
        if let Some(record) = document.evidence.iter().find(|e| e.sha256 == link.sha256) {
            register_evidence(transaction, record)?;
        }
        transaction.execute(
            "INSERT INTO evidence_links (round_id, item_id, evidence_id, evidence_type, linked_at, linked_by)
             SELECT ?1, ?2, id, ?4, ?5, ?6 FROM evidence_files WHERE sha256 = ?3
             ON CONFLICT DO NOTHING",
            params![round_id, item_id, link.sha256, link.evidence_type, link.linked_at, link.linked_by],
        )?;
    }
    Ok(())
}
