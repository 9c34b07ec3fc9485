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
    Migration {
        version: 7,
        name: "roster and carry-over",
        sql: include_str!("../../migrations/007_roster.sql"),
    },
    Migration {
        version: 8,
        name: "reduced photos",
        sql: include_str!("../../migrations/008_reduced_photos.sql"),
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

    /// The SHA-256 of each released migration (line ends as LF, as a Windows checkout
    /// may turn them into CRLF). A database upgraded by a released program has run that
    /// text: editing it would leave such databases unlike new ones, so a change goes into
    /// a new migration instead. A new migration adds its hash here when it is released.
    const RELEASED: &[(i64, &str)] = &[
        (
            1,
            "a8369323de7e744087bb4feb2a3bc5715c3b970e9032e70e84aaac3c3e8ffe5f",
        ),
        (
            2,
            "fee7a9bb54b1dbc267e426f0590bf4a5b4fcb41dc7a06790a7a707e325122af1",
        ),
        (
            3,
            "09cd979f318ce28f3eaec9ad5503e4eeaacf27038eb6da3b74d54e2fed17f59d",
        ),
        (
            4,
            "307e4c77633f3bc2dedffe2ac6df4b91583eab80bf59d74b18bccf123f37a4f7",
        ),
        (
            5,
            "95de375f547d9d60a199d9e1a6d2a41cfcb1030df354c03b49d9064a2e1d7a46",
        ),
        (
            6,
            "8f14bf327ca1ceb250d44b78bedb9761dc278b60bdb1ed03876a1eef2e882e6e",
        ),
        (
            7,
            "1e755bcd0b9ff0627ce9c3ed2cbabae282f7bfc268ed8d8f0c0ea343948e8b81",
        ),
        (
            8,
            "81a2369711d610e6dd882102f51af7a25fa6cf46ccd6b93c9fb4e58fcda8247f",
        ),
    ];

    #[test]
    fn released_migrations_are_frozen() {
        for migration in MIGRATIONS {
            let text = migration.sql.replace("\r\n", "\n");
            let hash = crate::hashing::sha256_hex(text.as_bytes());
            let frozen = RELEASED
                .iter()
                .find(|(version, _)| *version == migration.version);
            assert_eq!(
                frozen.map(|(_, hash)| *hash),
                Some(hash.as_str()),
                "migration {} ({}) was edited after release, or its hash is not held here",
                migration.version,
                migration.name
            );
        }
        assert_eq!(
            RELEASED.len(),
            MIGRATIONS.len(),
            "a released migration was removed"
        );
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
