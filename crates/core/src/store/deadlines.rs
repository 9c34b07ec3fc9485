//! The dates a round must meet: filled in from the last known letters when the round
//! is opened, then edited by the office to match its own province's letter.

use rusqlite::{params, OptionalExtension, Row};
use time::{Date, Month};

use super::Store;
use crate::error::{Error, Result};
use crate::model::{Deadline, DeadlineInput, RoundKind};
use crate::thai::ce_year;

/// Where the default dates come from, shown beside them until the office edits them.
pub(super) const APPLICATION_SOURCE: &str =
    "ตัวอย่างจากหนังสือ มท ๐๘๑๐.๗/ว ๒๕๙ (๑๗ ม.ค. ๒๕๖๗): แก้ไขให้ตรงกับหนังสือของจังหวัด";
pub(super) const MAINTENANCE_SOURCE: &str =
    "สิ้นรอบตามปีงบประมาณ (หนังสือ มท ๐๘๑๐.๗/ ๗๕๕๕): แก้ไขให้ตรงกับหนังสือของจังหวัด";

fn deadline_from_row(row: &Row<'_>) -> rusqlite::Result<Deadline> {
    Ok(Deadline {
        id: row.get(0)?,
        round_id: row.get(1)?,
        title: row.get(2)?,
        due_date: row.get(3)?,
        done: row.get::<_, i64>(4)? == 1,
        source: row.get(5)?,
    })
}

/// The default dates of a round of `kind` in fiscal year `fiscal_year_be`: for an
/// application, the 2567 letter's window and report dates moved to that year.
pub(super) fn default_deadlines(
    kind: RoundKind,
    fiscal_year_be: i32,
) -> Vec<(String, Date, &'static str)> {
    // The application window and the reports fall in January-March, which belong to the
    // fiscal year that ends the following September.
    let year = ce_year(fiscal_year_be);
    let date = |month: Month, day: u8| Date::from_calendar_date(year, month, day).ok();
    let end_of_february = date(Month::February, 29).or_else(|| date(Month::February, 28));
    let dates: Vec<(&str, Option<Date>, &'static str)> = match kind {
        RoundKind::Application => vec![
            (
                "เปิดรับสมัครทางระบบ GECC Online",
                date(Month::January, 8),
                APPLICATION_SOURCE,
            ),
            (
                "รายงานจังหวัด ครั้งที่ ๑ (แบบรายงาน ๑: การลงทะเบียน)",
                date(Month::January, 31),
                APPLICATION_SOURCE,
            ),
            (
                "ปิดรับสมัครทางระบบ GECC Online",
                end_of_february,
                APPLICATION_SOURCE,
            ),
            (
                "รายงานจังหวัด ครั้งที่ ๒ (แบบรายงาน ๒: ความก้าวหน้าการสมัคร)",
                date(Month::March, 1),
                APPLICATION_SOURCE,
            ),
        ],
        RoundKind::Maintenance6Month => {
            vec![(
                "ส่งผลความพึงพอใจและ Self Checklist รอบ ๖ เดือน",
                date(Month::March, 31),
                MAINTENANCE_SOURCE,
            )]
        }
        RoundKind::Maintenance12Month => vec![(
            "ส่งผลความพึงพอใจและ Self Checklist รอบ ๑๒ เดือน",
            date(Month::September, 30),
            MAINTENANCE_SOURCE,
        )],
    };
    dates
        .into_iter()
        .filter_map(|(title, date, source)| date.map(|d| (title.to_string(), d, source)))
        .collect()
}

pub(crate) fn validate_deadline(input: &DeadlineInput) -> Result<(String, String)> {
    let title = input.title.trim().to_string();
    if title.is_empty() || title.chars().count() > 300 {
        return Err(Error::invalid(
            "กำหนดการต้องมีชื่อ (ไม่เกิน 300 ตัวอักษร)",
            "A deadline needs a title (at most 300 characters).",
        ));
    }
    Ok((
        title,
        crate::answer_rules::parse_iso_date(input.due_date.trim())?,
    ))
}

impl Store {
    /// A round's deadlines, earliest first.
    pub fn deadlines(&self, round_id: i64) -> Result<Vec<Deadline>> {
        let mut statement = self.conn.prepare(
            "SELECT id, round_id, title, due_date, done, source FROM deadlines WHERE round_id = ?1
             ORDER BY due_date, id",
        )?;
        let deadlines = statement
            .query_map(params![round_id], deadline_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(deadlines)
    }

    /// Adds a deadline (no `id`) or changes one; a date the office edits loses its
    /// "example" source note.
    pub fn save_deadline(&mut self, round_id: i64, input: DeadlineInput) -> Result<Deadline> {
        self.round(round_id)?;
        let (title, due_date) = validate_deadline(&input)?;
        let id = match input.id {
            None => {
                self.conn.execute(
                    "INSERT INTO deadlines (round_id, title, due_date, done, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![round_id, title, due_date, input.done, self.clock.stamp()],
                )?;
                self.conn.last_insert_rowid()
            }
            Some(id) => {
                let changed = self.conn.execute(
                    "UPDATE deadlines SET title = ?3, due_date = ?4, done = ?5, updated_at = ?6,
                         source = CASE WHEN title = ?3 AND due_date = ?4 THEN source ELSE '' END
                     WHERE id = ?1 AND round_id = ?2",
                    params![
                        id,
                        round_id,
                        title,
                        due_date,
                        input.done,
                        self.clock.stamp()
                    ],
                )?;
                if changed == 0 {
                    return Err(Error::invalid(
                        "ไม่พบกำหนดการนี้",
                        "There is no such deadline.",
                    ));
                }
                id
            }
        };
        let sql = "SELECT id, round_id, title, due_date, done, source FROM deadlines WHERE id = ?1";
        Ok(self.conn.query_row(sql, params![id], deadline_from_row)?)
    }

    pub fn delete_deadline(&mut self, round_id: i64, deadline_id: i64) -> Result<()> {
        self.conn.execute(
            "DELETE FROM deadlines WHERE id = ?1 AND round_id = ?2",
            params![deadline_id, round_id],
        )?;
        Ok(())
    }

    /// The first deadline not done that is due today or later.
    pub fn next_deadline(&self, round_id: i64, today: Date) -> Result<Option<Deadline>> {
        let format = time::macros::format_description!("[year]-[month]-[day]");
        let today = today.format(format).unwrap_or_default();
        Ok(self
            .conn
            .query_row(
                "SELECT id, round_id, title, due_date, done, source FROM deadlines
                 WHERE round_id = ?1 AND done = 0 AND due_date >= ?2 ORDER BY due_date, id LIMIT 1",
                params![round_id, today],
                deadline_from_row,
            )
            .optional()?)
    }
}
