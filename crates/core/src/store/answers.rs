//! Saving answers: one transaction writes the answer and its history entry together,
//! after the input has been checked against the item.

use rusqlite::{params, OptionalExtension, Row};

use super::Store;
use crate::answer_rules::validate_answer;
use crate::error::{Error, Result};
use crate::model::{Answer, AnswerChange, AnswerInput, AnswerSaved, AnswerStatus};
use crate::pack::{summarize_tally, Figure, FigureValue, TallySummary};
use crate::scoring::score_round;

const ANSWER_COLUMNS: &str = "round_id, item_id, status, note, owner, due_date, sub_scores, \
     value_number, value_text, updated_at, updated_by, not_applicable_reason, figures, carried_from_round";

fn answer_from_row(row: &Row<'_>) -> rusqlite::Result<Answer> {
    let status: String = row.get(2)?;
    let sub_scores: String = row.get(6)?;
    Ok(Answer {
        round_id: row.get(0)?,
        item_id: row.get(1)?,
        content: AnswerInput {
            status: AnswerStatus::parse(&status).unwrap_or(AnswerStatus::NotStarted),
            note: row.get(3)?,
            owner: row.get(4)?,
            due_date: row.get(5)?,
            sub_scores: serde_json::from_str(&sub_scores).unwrap_or_default(),
            value_number: row.get(7)?,
            value_text: row.get(8)?,
            not_applicable_reason: row.get(11)?,
            figures: serde_json::from_str(&row.get::<_, String>(12)?).unwrap_or_default(),
        },
        updated_at: row.get(9)?,
        updated_by: row.get(10)?,
        carried_from_round: row.get(13)?,
    })
}

impl Store {
    /// Every saved answer of a round.
    pub fn answers(&self, round_id: i64) -> Result<Vec<Answer>> {
        let sql =
            format!("SELECT {ANSWER_COLUMNS} FROM answers WHERE round_id = ?1 ORDER BY item_id");
        let mut statement = self.conn.prepare_cached(&sql)?;
        let answers = statement
            .query_map(params![round_id], answer_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(answers)
    }

    pub fn answer(&self, round_id: i64, item_id: &str) -> Result<Option<Answer>> {
        let sql =
            format!("SELECT {ANSWER_COLUMNS} FROM answers WHERE round_id = ?1 AND item_id = ?2");
        Ok(self
            .conn
            .query_row(&sql, params![round_id, item_id], answer_from_row)
            .optional()?)
    }

    /// Saves an answer and records the change in the item's history, in one durable
    /// transaction. Saving the same content again changes nothing.
    pub fn save_answer(
        &mut self,
        round_id: i64,
        item_id: &str,
        input: AnswerInput,
        actor: &str,
    ) -> Result<AnswerSaved> {
        let round = self.round(round_id)?;
        if !round.is_editable() {
            return Err(Error::RoundLocked(round_id));
        }
        let pack = self.round_pack(round_id)?;
        let (part, item) = pack
            .find_item(item_id)
            .ok_or_else(|| Error::ItemNotInPack {
                item_id: item_id.to_string(),
            })?;
        let content = validate_answer(part, item, input)?;

        let before = self.answer(round_id, item_id)?;
        let unchanged = before.as_ref().is_some_and(|b| b.content == content);
        if unchanged
            && before
                .as_ref()
                .is_some_and(|b| b.carried_from_round.is_some())
        {
            // Saved as it was carried: someone has looked at it, so it is this round's now.
            self.conn.execute(
                "UPDATE answers SET carried_from_round = NULL WHERE round_id = ?1 AND item_id = ?2",
                params![round_id, item_id],
            )?;
        }
        if !unchanged {
            let now = self.clock.stamp();
            let before_json = before.as_ref().map(|b| to_json(&b.content));
            let transaction = self.conn.transaction()?;
            upsert_answer(&transaction, round_id, item_id, &content, &now, actor)?;
            transaction.execute(
                "INSERT INTO answer_history (round_id, item_id, before, after, changed_by, changed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![round_id, item_id, before_json, to_json(&content), actor, now],
            )?;
            transaction.commit()?;
        }

        let answer = self
            .answer(round_id, item_id)?
            .ok_or_else(|| Error::ItemNotInPack {
                item_id: item_id.to_string(),
            })?;
        let answers = self.answers(round_id)?;
        Ok(AnswerSaved {
            score: score_round(&pack, round.kind, &answers),
            tallies: tally_summaries(&pack, &answers),
            revision: self.answers_revision(round_id)?,
            answer,
        })
    }

    /// A number that grows with every change to a round's answers: the newest history id.
    pub fn answers_revision(&self, round_id: i64) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT coalesce(max(id), 0) FROM answer_history WHERE round_id = ?1",
            params![round_id],
            |row| row.get(0),
        )?)
    }

    /// Every change to one item of a round, oldest first.
    pub fn history(&self, round_id: i64, item_id: &str) -> Result<Vec<AnswerChange>> {
        let mut statement = self.conn.prepare(
            "SELECT id, round_id, item_id, before, after, changed_by, changed_at
             FROM answer_history WHERE round_id = ?1 AND item_id = ?2 ORDER BY id",
        )?;
        let rows = statement.query_map(params![round_id, item_id], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, i64>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, Option<String>>(3)?,
                row.get::<_, String>(4)?,
                row.get::<_, String>(5)?,
                row.get::<_, String>(6)?,
            ))
        })?;
        let mut changes = Vec::new();
        for row in rows {
            let (id, round_id, item_id, before, after, changed_by, changed_at) = row?;
            changes.push(AnswerChange {
                id,
                round_id,
                item_id,
                before: before.as_deref().map(from_json).transpose()?,
                after: from_json(&after)?,
                changed_by,
                changed_at,
            });
        }
        Ok(changes)
    }
}

/// Writes an answer row as it is (the caller logs the change).
pub(super) fn upsert_answer(
    conn: &rusqlite::Connection,
    round_id: i64,
    item_id: &str,
    content: &AnswerInput,
    updated_at: &str,
    updated_by: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO answers (round_id, item_id, status, note, owner, due_date, sub_scores,
             value_number, value_text, updated_at, updated_by, not_applicable_reason, figures)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
         ON CONFLICT (round_id, item_id) DO UPDATE SET
             status = excluded.status, note = excluded.note, owner = excluded.owner,
             due_date = excluded.due_date, sub_scores = excluded.sub_scores,
             value_number = excluded.value_number, value_text = excluded.value_text,
             updated_at = excluded.updated_at, updated_by = excluded.updated_by,
             not_applicable_reason = excluded.not_applicable_reason, figures = excluded.figures,
             carried_from_round = NULL",
        params![
            round_id,
            item_id,
            content.status.as_str(),
            content.note,
            content.owner,
            content.due_date,
            to_json(&content.sub_scores),
            content.value_number,
            content.value_text,
            updated_at,
            updated_by,
            content.not_applicable_reason,
            to_json(&content.figures)
        ],
    )?;
    Ok(())
}

/// What every tally of a round's answers comes to.
pub(super) fn tally_summaries(
    pack: &crate::pack::CriteriaPack,
    answers: &[Answer],
) -> Vec<TallySummary> {
    let mut summaries = Vec::new();
    for answer in answers {
        let Some((_, item)) = pack.find_item(&answer.item_id) else {
            continue;
        };
        for figure in &item.figures {
            if let (Figure::Tally { id, levels, .. }, Some(FigureValue::Tally(counts))) =
                (figure, answer.content.figures.get(figure.id()))
            {
                summaries.push(summarize_tally(&item.id, id, levels, counts));
            }
        }
    }
    summaries
}

fn to_json(content: &impl serde::Serialize) -> String {
    serde_json::to_string(content).unwrap_or_else(|_| "{}".into())
}

fn from_json(text: &str) -> Result<AnswerInput> {
    serde_json::from_str(text).map_err(|e| {
        Error::Storage(rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            Box::new(e),
        ))
    })
}
