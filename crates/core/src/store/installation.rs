//! This installation's identity: the office's id shared by its PCs, and the PC's own
//! signing key, made on first run.

use rusqlite::{params, OptionalExtension};

use super::Store;
use crate::error::{Error, Result};
use crate::signing::{key_info, new_signing_key, public_key_of, KeyInfo};

impl Store {
    pub(super) fn ensure_signing_key(&mut self) -> Result<()> {
        let present: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM installation WHERE id = 1)",
            [],
            |row| row.get(0),
        )?;
        if !present {
            let seed = new_signing_key().map_err(|e| Error::io("make a key", "", e))?;
            self.conn.execute(
                "INSERT INTO installation (id, signing_key, created_at) VALUES (1, ?1, ?2)",
                params![seed.to_vec(), self.clock.stamp()],
            )?;
        }
        Ok(())
    }

    /// The private key this installation signs bundles with.
    pub(crate) fn signing_seed(&self) -> Result<[u8; 32]> {
        let bytes: Vec<u8> = self
            .conn
            .query_row(
                "SELECT signing_key FROM installation WHERE id = 1",
                [],
                |row| row.get(0),
            )
            .optional()?
            .unwrap_or_default();
        bytes.try_into().map_err(|_| {
            Error::invalid(
                "ไม่พบกุญแจลงนามของเครื่องนี้",
                "This PC's signing key is missing.",
            )
        })
    }

    /// This installation's public key and its fingerprint, shown in the app and on forms.
    pub fn signing_key_info(&self) -> Result<KeyInfo> {
        Ok(key_info(&public_key_of(&self.signing_seed()?)))
    }

    /// The id that names the local office in bundles, the same on all its PCs.
    pub fn local_office_uid(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("SELECT uid FROM offices WHERE is_local = 1", [], |row| {
                row.get(0)
            })?)
    }
}
