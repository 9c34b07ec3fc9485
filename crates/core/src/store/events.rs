//! The append-only log of what happens to rounds and items besides answer changes.

use rusqlite::{params, Connection};

use super::Store;
use crate::error::Result;
use crate::model::{EventKind, ItemHistory, RoundEvent};

/// Appends an event inside the caller's transaction.
pub(super) fn record_event(
    conn: &Connection,
    round_id: i64,
    item_id: Option<&str>,
    kind: EventKind,
    detail: serde_json::Value,
    actor: &str,
    at: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO events (round_id, item_id, kind, detail, actor, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![round_id, item_id, kind.as_str(), detail.to_string(), actor, at],
    )?;
    Ok(())
}

impl Store {
    /// Events of a round; with `item_id`, only that item's, else only the round's own.
    pub fn events(&self, round_id: i64, item_id: Option<&str>) -> Result<Vec<RoundEvent>> {
        let mut statement = self.conn.prepare(
            "SELECT id, round_id, item_id, kind, detail, actor, at FROM events
             WHERE round_id = ?1 AND item_id IS ?2 ORDER BY id",
        )?;
        let rows = statement.query_map(params![round_id, item_id], |row| {
            let kind: String = row.get(3)?;
            let detail: String = row.get(4)?;
            Ok(RoundEvent {
                id: row.get(0)?,
                round_id: row.get(1)?,
                item_id: row.get(2)?,
                kind: EventKind::parse(&kind).unwrap_or(EventKind::EvidenceAttached),
                detail: serde_json::from_str(&detail).unwrap_or_default(),
                actor: row.get(5)?,
                at: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Everything that happened to one item: answer changes and evidence events.
    pub fn item_history(&self, round_id: i64, item_id: &str) -> Result<ItemHistory> {
        self.round(round_id)?;
        Ok(ItemHistory {
            answers: self.history(round_id, item_id)?,
            events: self.events(round_id, Some(item_id))?,
        })
    }
}
