//! Review and sign-off: the clerk submits a draft, a supervisor approves it (which locks
//! it), and unlocking needs a reason. Every step is an event in the round's log.

use rusqlite::params;
use serde_json::json;

use super::events::record_event;
use super::Store;
use crate::error::{Error, Result};
use crate::model::{AnswerStatus, ApprovalInput, EventKind, Round, RoundState};

impl Store {
    /// Changes the round and logs the step in one transaction; returns the round after.
    fn update_and_log(
        &mut self,
        round_id: i64,
        update: &str,
        values: impl rusqlite::Params,
        kind: EventKind,
        detail: serde_json::Value,
        actor: &str,
    ) -> Result<Round> {
        let transaction = self.conn.transaction()?;
        transaction.execute(update, values)?;
        record_event(
            &transaction,
            round_id,
            None,
            kind,
            detail,
            actor,
            &self.clock.stamp(),
        )?;
        transaction.commit()?;
        self.round(round_id)
    }

    fn change_state(
        &self,
        round: &Round,
        allowed_from: &[RoundState],
        to: RoundState,
    ) -> Result<()> {
        // Another office's round is reviewed by that office, never here.
        if !round.office_is_local {
            return Err(Error::RoundLocked(round.id));
        }
        if !allowed_from.contains(&round.state) {
            return Err(Error::RoundStateChange {
                round_id: round.id,
                from: round.state.as_str(),
                to: to.as_str(),
            });
        }
        Ok(())
    }

    /// Hands a draft to the supervisor. Every item marked not applicable needs a reason.
    pub fn submit_round(&mut self, round_id: i64, actor: &str) -> Result<Round> {
        let round = self.round(round_id)?;
        self.change_state(&round, &[RoundState::Draft], RoundState::Submitted)?;
        let unexplained: Vec<String> = self
            .answers(round_id)?
            .into_iter()
            .filter(|a| {
                a.content.status == AnswerStatus::NotApplicable
                    && a.content.not_applicable_reason.is_empty()
            })
            .map(|a| a.item_id)
            .collect();
        if !unexplained.is_empty() {
            return Err(Error::invalid(
                format!(
                    "ข้อที่เลือก \"ไม่เกี่ยวข้อง\" ต้องมีเหตุผลก่อนส่งตรวจ: {}",
                    unexplained.join(", ")
                ),
                format!(
                    "Give a reason for every item marked not applicable before submitting: {}",
                    unexplained.join(", ")
                ),
            ));
        }
        self.update_and_log(
            round_id,
            "UPDATE rounds SET state = 'submitted' WHERE id = ?1",
            params![round_id],
            EventKind::RoundSubmitted,
            json!({}),
            actor,
        )
    }

    /// The supervisor approves a submitted round: it becomes read-only.
    pub fn approve_round(
        &mut self,
        round_id: i64,
        approval: ApprovalInput,
        actor: &str,
    ) -> Result<Round> {
        let round = self.round(round_id)?;
        self.change_state(&round, &[RoundState::Submitted], RoundState::Approved)?;
        let name = approval.name.trim();
        let position = approval.position.trim();
        if name.is_empty() || position.is_empty() {
            return Err(Error::invalid(
                "ผู้อนุมัติต้องระบุชื่อและตำแหน่ง",
                "The approving supervisor must give a name and a position.",
            ));
        }
        if name.chars().count() > 200 || position.chars().count() > 200 {
            return Err(Error::invalid(
                "ชื่อหรือตำแหน่งยาวเกินไป",
                "The name or position is too long.",
            ));
        }
        self.update_and_log(
            round_id,
            "UPDATE rounds SET state = 'approved', approved_by_name = ?2, approved_by_position = ?3,
                 approved_at = ?4 WHERE id = ?1",
            params![round_id, name, position, self.clock.stamp()],
            EventKind::RoundApproved,
            json!({ "name": name, "position": position }),
            actor,
        )
    }

    /// Returns a submitted or approved round to draft; the reason is kept in the log.
    pub fn unlock_round(&mut self, round_id: i64, reason: &str, actor: &str) -> Result<Round> {
        let round = self.round(round_id)?;
        self.change_state(
            &round,
            &[RoundState::Submitted, RoundState::Approved],
            RoundState::Draft,
        )?;
        let reason = reason.trim();
        if reason.is_empty() || reason.chars().count() > 2_000 {
            return Err(Error::invalid(
                "การปลดล็อกต้องระบุเหตุผล (ไม่เกิน 2,000 ตัวอักษร)",
                "Unlocking needs a reason (at most 2,000 characters).",
            ));
        }
        self.update_and_log(
            round_id,
            "UPDATE rounds SET state = 'draft', approved_by_name = '', approved_by_position = '',
                 approved_at = NULL WHERE id = ?1",
            params![round_id],
            EventKind::RoundUnlocked,
            json!({ "reason": reason, "from": round.state.as_str() }),
            actor,
        )
    }
}
