//! The database's health for a diagnostics file: its schema version, SQLite's own
//! integrity check and how many rows each table holds, never what is in them. Read over a
//! read-only connection, so that a database the program refuses to open (too new, not
//! ours, damaged) can still be described, and nothing is changed by looking.

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use super::migrations::{application_id, user_version, APPLICATION_ID, LATEST_SCHEMA_VERSION};

/// How many lines of `PRAGMA integrity_check` are kept: the first ones say what is wrong.
const INTEGRITY_LINES: u32 = 20;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DatabaseHealth {
    pub file_bytes: Option<u64>,
    pub schema_version: Option<i64>,
    /// The newest schema this program reads.
    pub supported_schema_version: i64,
    /// The file says it is a GECC Desk database (`PRAGMA application_id`).
    pub ours: Option<bool>,
    /// `ok`, or the first problems SQLite found.
    pub integrity_check: Vec<String>,
    /// Rows per table (our tables only, by name).
    pub table_rows: BTreeMap<String, i64>,
    /// Why the database could not be read at all, if it could not.
    pub unreadable: Option<String>,
}

/// Describes the database file at `path` without changing it.
pub fn database_health(path: &Path) -> DatabaseHealth {
    let mut health = DatabaseHealth {
        file_bytes: std::fs::metadata(path).ok().map(|m| m.len()),
        supported_schema_version: LATEST_SCHEMA_VERSION,
        ..DatabaseHealth::default()
    };
    if health.file_bytes.is_none() {
        health.unreadable = Some("no database file yet".into());
        return health;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if let Err(error) = crate::os::open_database(path, flags).and_then(|conn| {
        describe(&conn, &mut health)?;
        Ok(())
    }) {
        health.unreadable = Some(error.to_string());
    }
    health
}

fn describe(conn: &Connection, health: &mut DatabaseHealth) -> rusqlite::Result<()> {
    health.schema_version = user_version(conn).ok();
    health.ours = application_id(conn).ok().map(|id| id == APPLICATION_ID);
    let mut check = conn.prepare(&format!("PRAGMA integrity_check({INTEGRITY_LINES})"))?;
    health.integrity_check = check
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<_>>()?;
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for name in names {
        // A name read from the schema, quoted as an identifier.
        let quoted = format!("\"{}\"", name.replace('"', "\"\""));
        let rows: i64 = conn.query_row(&format!("SELECT count(*) FROM {quoted}"), [], |row| {
            row.get(0)
        })?;
        health.table_rows.insert(name, rows);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_database_is_ours_whole_and_counted_by_table() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("gecc.sqlite3");
        let store = crate::Store::open(&path).unwrap();
        drop(store);
        let health = database_health(&path);
        assert_eq!(health.schema_version, Some(LATEST_SCHEMA_VERSION));
        assert_eq!(health.ours, Some(true));
        assert_eq!(health.integrity_check, ["ok"]);
        assert!(health.table_rows.contains_key("answers"), "{health:?}");
        assert_eq!(health.unreadable, None);
    }

    #[test]
    fn a_missing_or_foreign_file_is_described_not_refused() {
        let folder = tempfile::tempdir().unwrap();
        let missing = database_health(&folder.path().join("none.sqlite3"));
        assert_eq!(missing.file_bytes, None);
        assert!(missing.unreadable.is_some());

        let text = folder.path().join("notes.txt");
        std::fs::write(&text, "not a database at all, but a page of text").unwrap();
        let foreign = database_health(&text);
        assert!(foreign.unreadable.is_some(), "{foreign:?}");
        assert_eq!(
            std::fs::read_to_string(&text).unwrap(),
            "not a database at all, but a page of text"
        );
    }
}
