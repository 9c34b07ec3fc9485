//! Backups of the database: a consistent copy made with SQLite's online backup while the
//! program runs — when the app starts, before an import and before a round moves to
//! another pack — keeping the newest few; and a restore that checks the copy first and
//! backs up what it replaces.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::migrations::{application_id, user_version, APPLICATION_ID, LATEST_SCHEMA_VERSION};
use super::Store;
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::files::{partial_path, rename_into_place, sync_file};

/// The folder of backups beside the database.
pub const BACKUP_FOLDER: &str = "backups";
/// How many backups are kept; the oldest go first.
pub const KEEP_BACKUPS: usize = 10;

/// Why a backup was made; part of its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum BackupReason {
    Start,
    BeforeImport,
    BeforePackMove,
    BeforeRestore,
    Manual,
}

impl BackupReason {
    pub fn as_str(self) -> &'static str {
        match self {
            BackupReason::Start => "start",
            BackupReason::BeforeImport => "before-import",
            BackupReason::BeforePackMove => "before-pack-move",
            BackupReason::BeforeRestore => "before-restore",
            BackupReason::Manual => "manual",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [
            Self::Start,
            Self::BeforeImport,
            Self::BeforePackMove,
            Self::BeforeRestore,
            Self::Manual,
        ]
        .into_iter()
        .find(|r| r.as_str() == text)
    }
}

/// A backup file, newest first in lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupInfo {
    pub file_name: String,
    pub reason: BackupReason,
    /// When it was made (UTC, RFC 3339).
    pub created_at: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// "2026-11-22T06:40:00.123Z" as a file-name part without colons (Windows).
fn stamp_for_file(stamp: &str) -> String {
    stamp.replace(':', "-")
}

fn info_of(path: &Path) -> Option<BackupInfo> {
    let file_name = path.file_name()?.to_str()?.to_string();
    let stem = file_name.strip_suffix(".sqlite3")?;
    // "<stamp>_<reason>", the stamp being fixed-width.
    let (stamp, reason) = stem.split_once('_')?;
    let created_at = format!(
        "{}:{}:{}",
        stamp.get(..13)?,
        stamp.get(14..16)?,
        stamp.get(17..)?
    );
    Some(BackupInfo {
        reason: BackupReason::parse(reason)?,
        created_at,
        bytes: fs::metadata(path).ok()?.len(),
        file_name,
    })
}

/// The backups in `folder`, newest first.
pub fn list_backups(folder: &Path) -> Vec<BackupInfo> {
    let mut backups: Vec<BackupInfo> = fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| info_of(&entry.path()))
        .collect();
    backups.sort_by(|a, b| b.file_name.cmp(&a.file_name));
    backups
}

fn backup_error(path: &Path, error: impl std::fmt::Display) -> Error {
    Error::io("back up", path, std::io::Error::other(error.to_string()))
}

/// SQLite's online backup of `conn` into a new file at `target` (opened as the store opens
/// its own file, so a deep folder works on Windows too).
fn copy_database(conn: &Connection, target: &Path) -> rusqlite::Result<()> {
    let flags =
        rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_CREATE;
    let mut copy = crate::os::open_database(target, flags)?;
    let backup = rusqlite::backup::Backup::new(conn, &mut copy)?;
    // Every page in one step, failing (as `Connection::backup` does) if the source is busy.
    match backup.step(-1)? {
        rusqlite::backup::StepResult::Done => Ok(()),
        _ => Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            Some("the database was busy during the backup".into()),
        )),
    }
}

/// Copies the database open on `conn` into `folder` (temporary name, then renamed) and
/// removes all but the newest `KEEP_BACKUPS`.
fn back_up_connection(
    conn: &Connection,
    folder: &Path,
    reason: BackupReason,
    now: &str,
) -> Result<BackupInfo> {
    fs::create_dir_all(folder).map_err(|e| Error::io("create folder", folder, e))?;
    let name = format!("{}_{}.sqlite3", stamp_for_file(now), reason.as_str());
    let target = folder.join(&name);
    let partial = partial_path(&target);
    let copied = copy_database(conn, &partial)
        .map_err(|e| backup_error(&partial, e))
        .and_then(|()| sync_file(&partial).map_err(|e| Error::io("sync", &partial, e)))
        .and_then(|()| rename_into_place(&partial, &target, true));
    if let Err(error) = copied {
        let _ = fs::remove_file(&partial);
        return Err(error);
    }
    for old in list_backups(folder).into_iter().skip(KEEP_BACKUPS) {
        let _ = fs::remove_file(folder.join(old.file_name));
    }
    info_of(&target).ok_or_else(|| backup_error(&target, "the backup cannot be read back"))
}

impl Store {
    pub fn backup_dir(&self) -> PathBuf {
        backup_dir_of(&self.path)
    }

    /// Makes a backup now.
    pub fn back_up(&self, reason: BackupReason) -> Result<BackupInfo> {
        back_up_connection(&self.conn, &self.backup_dir(), reason, &self.clock.stamp())
    }

    pub fn backups(&self) -> Vec<BackupInfo> {
        list_backups(&self.backup_dir())
    }

    /// After a restore: evidence rows whose file is gone (deleted after the backup was
    /// made) are marked as not received, so no row claims a file that is not there.
    pub(super) fn mark_missing_evidence(&mut self) -> Result<u32> {
        let evidence_dir = self.evidence_dir();
        let rows: Vec<(i64, String)> = {
            let mut statement = self
                .conn
                .prepare("SELECT id, sha256 FROM evidence_files WHERE received = 1")?;
            let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut missing = 0;
        for (id, sha256) in rows {
            if !crate::evidence::stored_path(&evidence_dir, &sha256).is_file() {
                self.conn.execute(
                    "UPDATE evidence_files SET received = 0 WHERE id = ?1",
                    params![id],
                )?;
                missing += 1;
            }
        }
        Ok(missing)
    }
}

fn backup_dir_of(database: &Path) -> PathBuf {
    database
        .parent()
        .map(|folder| folder.join(BACKUP_FOLDER))
        .unwrap_or_else(|| PathBuf::from(BACKUP_FOLDER))
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RestoreReport {
    pub restored: BackupInfo,
    /// The backup of the database as it was just before the restore.
    pub previous: BackupInfo,
    /// Evidence files the restored database names that are no longer on disk.
    pub missing_evidence: u32,
}

/// Replaces the database at `database` with the backup `file_name` from its backup
/// folder. No store may be open on it. The backup is checked first (a GECC Desk database,
/// not newer than this program, passing `PRAGMA integrity_check`); the current database is
/// backed up; the copy lands under a temporary name and is renamed over the database.
pub fn restore_backup(database: &Path, file_name: &str) -> Result<RestoreReport> {
    let folder = backup_dir_of(database);
    let source = folder.join(file_name);
    let restored = info_of(&source)
        .filter(|_| !file_name.contains(['/', '\\']))
        .ok_or_else(|| {
            Error::invalid(
                format!("ไม่พบสำเนาสำรอง \"{file_name}\""),
                format!("There is no backup \"{file_name}\"."),
            )
        })?;
    check_backup(&source)?;

    // The copy comes first: the backup made next may prune the oldest one, which could be
    // the one being restored.
    let partial = partial_path(database);
    let copied = fs::copy(&source, &partial)
        .and_then(|_| sync_file(&partial))
        .map_err(|e| Error::io("copy", &partial, e));
    if let Err(error) = copied {
        let _ = fs::remove_file(&partial);
        return Err(error);
    }
    // Fold the write-ahead log into the database, so nothing of it can be applied to the
    // restored file, and keep a copy of the current state.
    let previous = (|| -> Result<BackupInfo> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE;
        let conn = crate::os::open_database(database, flags)?;
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        // No store is open during a restore: the PC's clock names the backup.
        back_up_connection(
            &conn,
            &folder,
            BackupReason::BeforeRestore,
            &Clock::System.stamp(),
        )
    })();
    let previous = match previous {
        Ok(previous) => previous,
        Err(error) => {
            let _ = fs::remove_file(&partial);
            return Err(error);
        }
    };
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", database.display()));
        let _ = fs::remove_file(side);
    }
    rename_into_place(&partial, database, true)?;
    let mut store = Store::open(database)?;
    let missing_evidence = store.mark_missing_evidence()?;
    Ok(RestoreReport {
        restored,
        previous,
        missing_evidence,
    })
}

/// A backup is restored only if it is whole and ours.
fn check_backup(path: &Path) -> Result<()> {
    let refuse = |reason: &str| {
        Error::invalid(
            format!("สำเนาสำรองนี้ใช้ไม่ได้ ({reason}) ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ"),
            format!("This backup cannot be used ({reason}); nothing was changed."),
        )
    };
    // Immutable: reading the copy must not leave -wal or -shm files beside it.
    let uri = format!("file:{}?immutable=1", path.display());
    let conn = Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
    )
    .map_err(|_| refuse("not a database"))?;
    let version = user_version(&conn).map_err(|_| refuse("not a database"))?;
    if version > LATEST_SCHEMA_VERSION {
        return Err(Error::DatabaseTooNew {
            found: version,
            supported: LATEST_SCHEMA_VERSION,
        });
    }
    if application_id(&conn).map_err(|_| refuse("not a database"))? != APPLICATION_ID {
        return Err(refuse("not a GECC Desk database"));
    }
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .map_err(|_| refuse("damaged"))?;
    if check != "ok" {
        return Err(refuse("damaged"));
    }
    Ok(())
}
