//! Moving a round to a newer version of its pack: answers carry over by item id, and
//! items the new version no longer has are listed (their answers stay in the database),
//! never silently dropped.

use std::collections::HashSet;

use rusqlite::params;
use serde_json::json;

use super::events::record_event;
use super::Store;
use crate::error::{Error, Result};
use crate::model::{AnswerStatus, EventKind, PackMove, RemovedItem};

impl Store {
    /// What moving the round to another pack would do, without doing it. Within one pack
    /// id a round moves only forward; to another pack (an office's own edition, say) it
    /// may move to any version.
    pub fn preview_pack_move(
        &self,
        round_id: i64,
        pack_id: &str,
        pack_version: u32,
    ) -> Result<PackMove> {
        let round = self.round(round_id)?;
        if pack_id == round.pack_id && pack_version <= round.pack_version {
            return Err(Error::invalid(
                format!(
                    "รอบนี้ใช้เกณฑ์รุ่น {} อยู่แล้ว ย้ายได้เฉพาะไปรุ่นที่ใหม่กว่า",
                    round.pack_version
                ),
                format!(
                    "This round uses version {}; it can only move to a newer version.",
                    round.pack_version
                ),
            ));
        }
        let new_row = self.find_pack_row(Some(pack_id), Some(pack_version))?;
        let old = self.round_pack(round_id)?;
        let new = self.load_pack(new_row)?;
        let ids_of = |pack: &crate::pack::CriteriaPack| -> HashSet<String> {
            pack.parts_for(round.kind)
                .flat_map(|p| p.items())
                .map(|i| i.id.clone())
                .collect()
        };
        let (old_ids, new_ids) = (ids_of(&old), ids_of(&new));

        let answers = self.answers(round_id)?;
        let links = self.evidence_links(round_id)?;
        let mut touched: Vec<&str> = answers.iter().map(|a| a.item_id.as_str()).collect();
        touched.extend(links.iter().map(|l| l.item_id.as_str()));
        touched.sort_unstable();
        touched.dedup();

        let removed = touched
            .iter()
            .filter(|id| !new_ids.contains(**id))
            .map(|id| {
                let item = old.find_item(id).map(|(_, item)| item);
                RemovedItem {
                    item_id: id.to_string(),
                    code: item.map(|i| i.code.clone()).unwrap_or_default(),
                    title: item
                        .map(|i| i.title.clone())
                        .unwrap_or_else(|| crate::Localized::new(*id, *id)),
                    status: answers
                        .iter()
                        .find(|a| a.item_id == *id)
                        .map_or(AnswerStatus::NotStarted, |a| a.content.status),
                    files: links.iter().filter(|l| l.item_id == *id).count() as u32,
                }
            })
            .collect();
        let mut added: Vec<String> = new_ids.difference(&old_ids).cloned().collect();
        added.sort();
        Ok(PackMove {
            from_pack_id: round.pack_id.clone(),
            from_version: round.pack_version,
            to_pack_id: pack_id.to_string(),
            to_version: pack_version,
            carried_over: answers
                .iter()
                .filter(|a| new_ids.contains(&a.item_id))
                .count() as u32,
            removed,
            added,
        })
    }

    /// Moves a draft round to another pack (see `preview_pack_move`) and logs what it did.
    pub fn move_round_to_pack(
        &mut self,
        round_id: i64,
        pack_id: &str,
        pack_version: u32,
        actor: &str,
    ) -> Result<PackMove> {
        let round = self.round(round_id)?;
        if !round.is_editable() {
            return Err(Error::RoundLocked(round_id));
        }
        let plan = self.preview_pack_move(round_id, pack_id, pack_version)?;
        let new_row = self.find_pack_row(Some(pack_id), Some(pack_version))?;
        self.back_up(super::BackupReason::BeforePackMove)?;
        let transaction = self.conn.transaction()?;
        apply_pack_move(
            &transaction,
            round_id,
            new_row,
            &plan,
            actor,
            &self.clock.stamp(),
        )?;
        transaction.commit()?;
        Ok(plan)
    }
}

/// Points a round at another pack and logs the move (the plan says what it does); inside
/// the caller's transaction, so a province package moves rounds in the same one.
pub(super) fn apply_pack_move(
    conn: &rusqlite::Connection,
    round_id: i64,
    new_row: i64,
    plan: &PackMove,
    actor: &str,
    at: &str,
) -> Result<()> {
    conn.execute(
        "UPDATE rounds SET pack_row_id = ?2 WHERE id = ?1",
        params![round_id, new_row],
    )?;
    let removed: Vec<&str> = plan.removed.iter().map(|r| r.item_id.as_str()).collect();
    record_event(
        conn,
        round_id,
        None,
        EventKind::PackChanged,
        json!({
            "from": format!("{} v{}", plan.from_pack_id, plan.from_version),
            "to": format!("{} v{}", plan.to_pack_id, plan.to_version),
            "removed": removed,
            "carried_over": plan.carried_over,
        }),
        actor,
        at,
    )
}
