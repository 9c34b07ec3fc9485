//! The schema as numbered SQL files compiled into the binary, applied in order, each in
//! its own transaction together with `PRAGMA user_version`.

use rusqlite::Connection;

use crate::error::Result;

pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

/// Every migration ever released, oldest first. Released ones are never edited.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "initial",
        sql: include_str!("../../migrations/001_initial.sql"),
    },
    Migration {
        version: 2,
        name: "settings",
        sql: include_str!("../../migrations/002_settings.sql"),
    },
    Migration {
        version: 3,
        name: "evidence and review",
        sql: include_str!("../../migrations/003_evidence_and_review.sql"),
    },
    Migration {
        version: 4,
        name: "deadlines",
        sql: include_str!("../../migrations/004_deadlines.sql"),
    },
    Migration {
        version: 5,
        name: "figures",
        sql: include_str!("../../migrations/005_figures.sql"),
    },
    Migration {
        version: 6,
        name: "bundles",
        sql: include_str!("../../migrations/006_bundles.sql"),
    },
];

/// The schema version this program creates and understands.
pub const LATEST_SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// "GECC" in ASCII, written by migration 1 into the database header.
pub const APPLICATION_ID: i64 = 0x4745_4343;

pub fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

pub fn application_id(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "application_id", |row| row.get(0))?)
}

/// Applies every migration above the database's version, up to `target`.
pub fn migrate_to(conn: &mut Connection, target: i64) -> Result<()> {
    let current = user_version(conn)?;
    for migration in MIGRATIONS
        .iter()
        .filter(|m| m.version > current && m.version <= target)
    {
        let transaction = conn.transaction()?;
        transaction.execute_batch(migration.sql)?;
        transaction.pragma_update(None, "user_version", migration.version)?;
        transaction.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_one_by_one_from_one() {
        for (index, migration) in MIGRATIONS.iter().enumerate() {
            assert_eq!(
                migration.version,
                index as i64 + 1,
                "migration {} is out of order",
                migration.name
            );
        }
    }

    #[test]
    fn migrating_an_empty_database_reaches_the_latest_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_to(&mut conn, LATEST_SCHEMA_VERSION).unwrap();
        assert_eq!(user_version(&conn).unwrap(), LATEST_SCHEMA_VERSION);
        assert_eq!(
            application_id(&conn).unwrap(),
            APPLICATION_ID,
            "migration 1 marks the file as ours"
        );
    }
}
