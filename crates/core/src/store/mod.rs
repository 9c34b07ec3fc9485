//! The SQLite store: one file per installation, durable on every save (WAL with full
//! sync), migrated forward on open, and never touched if it was made by a newer program.

mod access;
mod answers;
mod backup;
mod bundle_checks;
mod bundle_import;
mod bundles;
mod carry_over;
mod deadlines;
mod events;
mod evidence;
mod evidence_kinds;
mod health;
pub(crate) mod import_checks;
mod installation;
pub mod migrations;
mod office;
mod pack_move;
mod package_preview;
mod packs;
mod province;
mod province_desk;
mod province_package;
mod province_rows;
mod report_dates;
mod review;
mod roster;
mod rounds;
mod settings;
mod staff;

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};
pub use access::StoreAccess;
pub use backup::{
    list_backups, restore_backup, BackupInfo, BackupReason, RestoreReport, BACKUP_FOLDER,
    KEEP_BACKUPS,
};
pub use bundle_import::ImportPlan;
pub use bundles::{BundleContents, EvidenceSource, PrintedDocument};
pub use carry_over::{CarriedRound, CarryOver};
pub(crate) use deadlines::validate_deadline;
pub use health::{database_health, DatabaseHealth};
use migrations::{application_id, migrate_to, user_version, APPLICATION_ID, LATEST_SCHEMA_VERSION};
pub(crate) use office::validate_office;
pub use package_preview::{
    ItemChange, PackageKeyTrust, PackagePreview, PackageRound, PackageWritten, PartChange,
};
pub use packs::{draft_to_file, PackOrigin};
pub use province::{OfficeRow, PartCell, PartColumn, PartProgress, ProvinceStatus, Reporting};
pub use province_desk::ProvinceDesk;
pub(crate) use report_dates::validate_report_dates;
pub use report_dates::{ReportDate, ReportDates};
pub use roster::{RosterAdded, RosterEntry, RosterOfficeInput};
pub use staff::{Staff, MAX_STAFF};

/// The file name of the database inside the data directory.
pub const DATABASE_FILE_NAME: &str = "gecc-desk.sqlite3";

/// How long a write waits for another connection (the CLI, say) before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Copies into the evidence folder cut off this long ago are leftovers of a crash.
const STALE_PARTIAL_COPY: Duration = Duration::from_secs(24 * 60 * 60);

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Every moment the store writes comes from here (`crate::clock`).
    clock: crate::clock::Clock,
}

impl Store {
    /// Opens (or creates) the database at `path`, upgrading its schema and installing the
    /// built-in criteria packs. A file that is not ours, or is newer than this program,
    /// is refused before anything is written to it.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        refuse_foreign_file(&path)?;
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| Error::io("create folder", parent, e))?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = crate::os::open_database(&path, flags)?;

        // Read-only checks first: a refused file must be left exactly as it was.
        let version =
            user_version(&conn).map_err(|_| Error::NotADatabase { path: path.clone() })?;
        if version > LATEST_SCHEMA_VERSION {
            return Err(Error::DatabaseTooNew {
                found: version,
                supported: LATEST_SCHEMA_VERSION,
            });
        }
        let is_ours = if version == 0 {
            let tables: i64 =
                conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
            tables == 0
        } else {
            application_id(&conn)? == APPLICATION_ID
        };
        if !is_ours {
            return Err(Error::NotADatabase { path });
        }

        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: a save the user saw acknowledged survives a power cut, not only a crash.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrate_to(&mut conn, LATEST_SCHEMA_VERSION)?;
        tracing::info!(
            schema_before = version,
            schema = LATEST_SCHEMA_VERSION,
            "database opened"
        );

        let mut store = Store {
            conn,
            path,
            clock: crate::clock::Clock::System,
        };
        store.install_builtin_packs()?;
        store.ensure_local_office()?;
        store.ensure_signing_key()?;
        crate::evidence::sweep_stale_partial_files(&store.evidence_dir(), STALE_PARTIAL_COPY);
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The clock every moment this store writes, and every "today" its callers print,
    /// is read from.
    pub fn clock(&self) -> crate::clock::Clock {
        self.clock
    }

    /// Stops (or restarts) the clock: tests date their rows and printouts with it.
    pub fn set_clock(&mut self, clock: crate::clock::Clock) {
        self.clock = clock;
    }

    pub fn schema_version(&self) -> Result<i64> {
        user_version(&self.conn)
    }

    /// The settings that make saves durable, as SQLite reports them on this connection.
    pub fn durability(&self) -> Result<Durability> {
        let text = |name: &str| -> Result<String> {
            Ok(self
                .conn
                .pragma_query_value(None, name, |row| row.get::<_, rusqlite::types::Value>(0))
                .map(|value| match value {
                    rusqlite::types::Value::Integer(number) => number.to_string(),
                    rusqlite::types::Value::Text(text) => text,
                    other => format!("{other:?}"),
                })?)
        };
        Ok(Durability {
            journal_mode: text("journal_mode")?,
            synchronous: text("synchronous")?,
            foreign_keys: text("foreign_keys")? == "1",
            busy_timeout_ms: text("busy_timeout")?.parse().unwrap_or(0),
        })
    }
}

/// What `PRAGMA` says about durability on the store's connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Durability {
    pub journal_mode: String,
    /// "2" is FULL: every commit is synced to disk before it is acknowledged.
    pub synchronous: String,
    pub foreign_keys: bool,
    pub busy_timeout_ms: u64,
}

/// SQLite files start with this header; anything else is not a database at all.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

fn refuse_foreign_file(path: &Path) -> Result<()> {
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io("open", path, e)),
    };
    let mut header = Vec::with_capacity(16);
    (&mut file)
        .take(16)
        .read_to_end(&mut header)
        .map_err(|e| Error::io("read", path, e))?;
    if header.is_empty() || header == SQLITE_HEADER {
        Ok(())
    } else {
        Err(Error::NotADatabase {
            path: path.to_path_buf(),
        })
    }
}
