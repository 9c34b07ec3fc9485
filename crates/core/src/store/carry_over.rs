//! Starting a round from an earlier round of the same office: offices re-apply every few
//! years and report twice a year in between, mostly on the same evidence. Statuses and
//! notes come along when asked, evidence links always (files are stored once by hash, so
//! nothing is copied), owners, due dates and the period's figures never; each carried
//! answer says where it came from until someone saves it.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::answers::upsert_answer;
use super::settings::put_setting_in;
use super::Store;
use crate::answer_rules::validate_answer;
use crate::error::{Error, Result};
use crate::model::{AnswerInput, AnswerStatus, NewRoundInput, Round, RoundKind, RoundState};

/// What to carry from which round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CarryOver {
    #[ts(type = "number")]
    pub from_round: i64,
    /// Each item's status (with its sub-scores and why it does not apply).
    pub statuses: bool,
    /// Each item's note.
    pub notes: bool,
    /// Items whose every evidence file was added before this day (YYYY-MM-DD) are named
    /// for a new photo.
    pub evidence_before: Option<String>,
}

/// The new round and what came along.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CarriedRound {
    pub round: Round,
    #[ts(type = "number")]
    pub from_round: i64,
    pub answers: u32,
    pub links: u32,
    /// Items of the earlier round the new round's criteria no longer have.
    pub left_behind: Vec<String>,
    /// Items whose evidence is older than `evidence_before`.
    pub stale_evidence: Vec<String>,
}

impl Store {
    /// The round a new round of `kind` starts from when nobody says: for a maintenance
    /// report, this office's newest approved (certified) application round.
    pub fn default_carry_source(&self, kind: RoundKind) -> Result<Option<i64>> {
        if kind == RoundKind::Application {
            return Ok(None);
        }
        Ok(self
            .list_rounds()?
            .into_iter()
            .filter(|r| r.kind == RoundKind::Application && r.state == RoundState::Approved)
            .filter(|r| r.office_is_local)
            .max_by_key(|r| (r.fiscal_year_be, r.id))
            .map(|r| r.id))
    }

    /// Opens a round as `create_round` does and carries into it what `carry` asks for,
    /// in one go: a failure leaves no half-carried round behind.
    pub fn create_round_from(
        &mut self,
        input: NewRoundInput,
        carry: &CarryOver,
        actor: &str,
        today: time::Date,
    ) -> Result<CarriedRound> {
        if !self.round(carry.from_round)?.office_is_local {
            return Err(Error::invalid(
                format!(
                    "รอบที่ {} เป็นของสำนักงานอื่น: เริ่มได้จากรอบของสำนักงานนี้เท่านั้น",
                    carry.from_round
                ),
                format!(
                    "Round {} is another office's: a round starts only from this office's own.",
                    carry.from_round
                ),
            ));
        }
        let cut_off = match &carry.evidence_before {
            Some(day) => Some(crate::answer_rules::parse_iso_date(day.trim())?),
            None => None,
        };
        let round = self.create_round(input, today)?;
        match self.carry_into(&round, carry, actor, cut_off.as_deref()) {
            Ok(carried) => Ok(carried),
            Err(error) => {
                // The round was empty a moment ago: take it away again.
                self.conn.execute(
                    "DELETE FROM deadlines WHERE round_id = ?1",
                    params![round.id],
                )?;
                self.conn
                    .execute("DELETE FROM rounds WHERE id = ?1", params![round.id])?;
                Err(error)
            }
        }
    }

    fn carry_into(
        &mut self,
        round: &Round,
        carry: &CarryOver,
        actor: &str,
        cut_off: Option<&str>,
    ) -> Result<CarriedRound> {
        let pack = self.round_pack(round.id)?;
        let earlier = self.answers(carry.from_round)?;
        let links = self.evidence_links(carry.from_round)?;
        let now = self.clock.stamp();
        let mut carried = CarriedRound {
            round: round.clone(),
            from_round: carry.from_round,
            answers: 0,
            links: 0,
            left_behind: Vec::new(),
            stale_evidence: Vec::new(),
        };
        let transaction = self.conn.transaction()?;
        for answer in &earlier {
            let Some((part, item)) = pack.find_item(&answer.item_id) else {
                carried.left_behind.push(answer.item_id.clone());
                continue;
            };
            let mut input = AnswerInput::default();
            if carry.statuses {
                input.status = answer.content.status;
                input.sub_scores = answer.content.sub_scores.clone();
                input.not_applicable_reason = answer.content.not_applicable_reason.clone();
            }
            if carry.notes {
                input.note = answer.content.note.clone();
            }
            if input.status == AnswerStatus::NotStarted && input.note.is_empty() {
                continue;
            }
            // The new criteria may ask more of a status (a sub-score, a figure): what
            // they refuse starts over rather than being carried half.
            let Ok(content) = validate_answer(part, item, input) else {
                continue;
            };
            upsert_answer(
                &transaction,
                round.id,
                &answer.item_id,
                &content,
                &now,
                actor,
            )?;
            transaction.execute(
                "INSERT INTO answer_history (round_id, item_id, before, after, changed_by, changed_at)
                 VALUES (?1, ?2, NULL, ?3, ?4, ?5)",
                params![round.id, answer.item_id, serde_json::to_string(&content).unwrap_or_default(), actor, now],
            )?;
            transaction.execute(
                "UPDATE answers SET carried_from_round = ?1 WHERE round_id = ?2 AND item_id = ?3",
                params![carry.from_round, round.id, answer.item_id],
            )?;
            carried.answers += 1;
        }
        for link in &links {
            if pack.find_item(&link.item_id).is_none() {
                if !carried.left_behind.contains(&link.item_id) {
                    carried.left_behind.push(link.item_id.clone());
                }
                continue;
            }
            // The link keeps its first date, so the evidence's age stays visible.
            carried.links += transaction.execute(
                "INSERT INTO evidence_links (round_id, item_id, evidence_id, evidence_type, linked_at, linked_by, carried_from_round)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING",
                params![round.id, link.item_id, link.evidence_id, link.evidence_type, link.linked_at, link.linked_by, carry.from_round],
            )? as u32;
        }
        if let Some(cut_off) = cut_off {
            // Kept, so the checklist marks those items until they get newer files.
            put_setting_in(&transaction, &photo_key(round.id), Some(cut_off))?;
        }
        transaction.commit()?;
        carried.stale_evidence = self.items_needing_new_photos(round.id)?;
        carried.round = self.round(round.id)?;
        Ok(carried)
    }

    /// Items of a round started from an earlier one all of whose evidence files were added
    /// before the day chosen then: the ones to take a new photo for.
    pub fn items_needing_new_photos(&self, round_id: i64) -> Result<Vec<String>> {
        let Some(day) = self.setting(&photo_key(round_id))? else {
            return Ok(Vec::new());
        };
        let mut statement = self.conn.prepare(
            "SELECT l.item_id FROM evidence_links l JOIN evidence_files f ON f.id = l.evidence_id
             WHERE l.round_id = ?1 GROUP BY l.item_id HAVING max(substr(f.added_at, 1, 10)) < ?2
             ORDER BY l.item_id",
        )?;
        let items = statement.query_map(params![round_id, day], |row| row.get(0))?;
        Ok(items.collect::<rusqlite::Result<_>>()?)
    }
}

/// The setting that keeps the day chosen for a round's "new photo" marks.
fn photo_key(round_id: i64) -> String {
    format!("evidence_before/{round_id}")
}
