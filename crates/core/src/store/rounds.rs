//! Assessment rounds: opening one for a fiscal year with a pack, listing them, and
//! reading a round whole (pack, answers, score) for the checklist screen.

use rusqlite::{params, OptionalExtension, Row};

use super::Store;
use crate::error::{Error, Result};
use crate::model::{Checklist, NewRoundInput, Round, RoundKind, RoundState};
use crate::scoring::{score_round, RoundScore};
use crate::thai::fiscal_year_be;

const ROUND_QUERY: &str = "SELECT r.id, r.office_id, o.name, p.pack_id, p.pack_version, p.year_be,
        r.fiscal_year_be, r.kind, r.state, r.created_at, r.approved_by_name,
        r.approved_by_position, r.approved_at, o.is_local
     FROM rounds r
     JOIN offices o ON o.id = r.office_id
     JOIN criteria_packs p ON p.id = r.pack_row_id";

fn round_from_row(row: &Row<'_>) -> rusqlite::Result<Round> {
    let kind: String = row.get(7)?;
    let state: String = row.get(8)?;
    // The CHECK constraints of the table guarantee both parse; fall back defensively.
    Ok(Round {
        id: row.get(0)?,
        office_id: row.get(1)?,
        office_name: row.get(2)?,
        pack_id: row.get(3)?,
        pack_version: row.get(4)?,
        pack_year_be: row.get(5)?,
        fiscal_year_be: row.get(6)?,
        kind: RoundKind::parse(&kind).unwrap_or(RoundKind::Application),
        state: RoundState::parse(&state).unwrap_or(RoundState::Draft),
        created_at: row.get(9)?,
        approved_by_name: row.get(10)?,
        approved_by_position: row.get(11)?,
        approved_at: row.get(12)?,
        office_is_local: row.get(13)?,
    })
}

impl Store {
    /// Opens a round for the local office. The fiscal year defaults to the one `today`
    /// falls in, the pack to the newest installed.
    pub fn create_round(&mut self, input: NewRoundInput, today: time::Date) -> Result<Round> {
        let fiscal_year = input
            .fiscal_year_be
            .unwrap_or_else(|| fiscal_year_be(today));
        check_fiscal_year(fiscal_year)?;
        let pack_row = self.find_pack_row(input.pack_id.as_deref(), input.pack_version)?;
        let office_id: i64 =
            self.conn
                .query_row("SELECT id FROM offices WHERE is_local = 1", [], |r| {
                    r.get(0)
                })?;
        let taken: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM rounds WHERE office_id = ?1 AND fiscal_year_be = ?2 AND kind = ?3)",
            params![office_id, fiscal_year, input.kind.as_str()],
            |r| r.get(0),
        )?;
        if taken {
            return Err(Error::RoundExists {
                kind: input.kind.as_str(),
                fiscal_year_be: fiscal_year,
            });
        }
        let now = self.clock.stamp();
        let transaction = self.conn.transaction()?;
        transaction.execute(
            "INSERT INTO rounds (office_id, pack_row_id, fiscal_year_be, kind, state, created_at)
             VALUES (?1, ?2, ?3, ?4, 'draft', ?5)",
            params![office_id, pack_row, fiscal_year, input.kind.as_str(), now],
        )?;
        let round_id = transaction.last_insert_rowid();
        // Dates from the last known letters, for the office to correct.
        for (title, due, source) in super::deadlines::default_deadlines(input.kind, fiscal_year) {
            transaction.execute(
                "INSERT INTO deadlines (round_id, title, due_date, source, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![round_id, title, due.to_string(), source, now],
            )?;
        }
        transaction.commit()?;
        self.round(round_id)
    }

    /// Every round of every office, newest fiscal year first.
    pub fn list_rounds(&self) -> Result<Vec<Round>> {
        let sql = format!("{ROUND_QUERY} ORDER BY r.fiscal_year_be DESC, r.kind, r.id DESC");
        let mut statement = self.conn.prepare(&sql)?;
        let rounds = statement
            .query_map([], round_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rounds)
    }

    pub fn round(&self, round_id: i64) -> Result<Round> {
        // Cached statements: the province's matrix reads thousands of rounds in a row.
        let sql = format!("{ROUND_QUERY} WHERE r.id = ?1");
        self.conn
            .prepare_cached(&sql)?
            .query_row(params![round_id], round_from_row)
            .optional()?
            .ok_or(Error::RoundNotFound(round_id))
    }

    /// The pack a round is assessed against.
    pub fn round_pack(&self, round_id: i64) -> Result<crate::pack::CriteriaPack> {
        self.load_pack(self.round_pack_row(round_id)?)
    }

    /// The row of the pack a round is assessed against.
    pub(super) fn round_pack_row(&self, round_id: i64) -> Result<i64> {
        self.conn
            .prepare_cached("SELECT pack_row_id FROM rounds WHERE id = ?1")?
            .query_row(params![round_id], |r| r.get(0))
            .optional()?
            .ok_or(Error::RoundNotFound(round_id))
    }

    /// The round with its pack, answers and score: everything the checklist shows.
    pub fn checklist(&self, round_id: i64) -> Result<Checklist> {
        let round = self.round(round_id)?;
        let pack = self.round_pack(round_id)?;
        let answers = self.answers(round_id)?;
        let score = score_round(&pack, round.kind, &answers);
        let links = self.evidence_links(round_id)?;
        let mut item_evidence = super::evidence::item_evidence(&pack, &round, &links);
        let stale = self.items_needing_new_photos(round_id)?;
        for item in item_evidence.iter_mut() {
            item.needs_new_photo = stale.contains(&item.item_id);
        }
        Ok(Checklist {
            revision: self.answers_revision(round_id)?,
            tallies: super::answers::tally_summaries(&pack, &answers),
            deadlines: self.deadlines(round_id)?,
            item_evidence,
            evidence: self.round_evidence_files(round_id)?,
            links,
            round,
            pack,
            answers,
            score,
        })
    }

    pub fn score(&self, round_id: i64) -> Result<RoundScore> {
        let round = self.round(round_id)?;
        let pack = self.round_pack(round_id)?;
        Ok(score_round(&pack, round.kind, &self.answers(round_id)?))
    }
}

/// A fiscal year the database holds (B.E. 2500–2700), for a round or the province's dates.
pub(super) fn check_fiscal_year(fiscal_year: i32) -> Result<()> {
    if !(2500..=2700).contains(&fiscal_year) {
        return Err(Error::invalid(
            format!("ปีงบประมาณ {fiscal_year} ไม่ถูกต้อง ให้ใช้ปีพุทธศักราช เช่น 2569"),
            format!("Fiscal year {fiscal_year} is invalid; use a Buddhist-era year such as 2569."),
        ));
    }
    Ok(())
}
