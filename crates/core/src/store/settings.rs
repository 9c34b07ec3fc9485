//! The user's preferences kept in the database (the interface language).

use rusqlite::{params, OptionalExtension};

use super::Store;
use crate::error::Result;
use crate::model::{Language, Settings};

impl Store {
    pub fn settings(&self) -> Result<Settings> {
        let language: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'language'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(Settings {
            language: match language.as_deref() {
                Some("en") => Language::En,
                _ => Language::Th,
            },
        })
    }

    pub fn set_language(&mut self, language: Language) -> Result<Settings> {
        let value = match language {
            Language::Th => "th",
            Language::En => "en",
        };
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES ('language', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![value],
        )?;
        self.settings()
    }
}
