//! The user's preferences kept in the database: the interface language, and whether this
//! PC works for a district office or for a province office.

use rusqlite::{params, OptionalExtension};

use super::Store;
use crate::error::Result;
use crate::model::{DeskRole, Language, Settings};

impl Store {
    pub(super) fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                params![key],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Sets a setting, or removes it with `None`.
    pub(super) fn put_setting(&self, key: &str, value: Option<&str>) -> Result<()> {
        put_setting_in(&self.conn, key, value)
    }

    pub fn settings(&self) -> Result<Settings> {
        let role = match self.setting("role")?.as_deref() {
            Some("province") => Some(DeskRole::Province),
            Some("district") => Some(DeskRole::District),
            // Installations from before the question was asked work for their office.
            _ if !self.local_office()?.profile.name.is_empty() => Some(DeskRole::District),
            _ => None,
        };
        Ok(Settings {
            language: match self.setting("language")?.as_deref() {
                Some("en") => Language::En,
                _ => Language::Th,
            },
            role,
        })
    }

    pub fn set_language(&mut self, language: Language) -> Result<Settings> {
        let value = match language {
            Language::Th => "th",
            Language::En => "en",
        };
        self.put_setting("language", Some(value))?;
        self.settings()
    }

    /// Says whom this PC works for (asked on the first run, changeable in the office form).
    pub fn set_role(&mut self, role: DeskRole) -> Result<Settings> {
        let value = match role {
            DeskRole::District => "district",
            DeskRole::Province => "province",
        };
        self.put_setting("role", Some(value))?;
        self.settings()
    }
}

/// `Store::put_setting` inside a caller's transaction (a province package, a carry-over).
pub(super) fn put_setting_in(
    conn: &rusqlite::Connection,
    key: &str,
    value: Option<&str>,
) -> Result<()> {
    match value {
        Some(value) => conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?,
        None => conn.execute("DELETE FROM settings WHERE key = ?1", params![key])?,
    };
    Ok(())
}
