//! What the shell keeps while running: the store (or why it could not be opened), and
//! the facts read once at start.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;

use gecc_core::data_dir::{database_path, resolve_data_dir};
use gecc_core::{ErrorCode, ErrorPayload, Localized, Store};
use time::UtcOffset;

pub struct AppState {
    /// The open store, or the error to show on every command when it could not open.
    store: Result<Mutex<Store>, ErrorPayload>,
    pub utc_offset: UtcOffset,
    pub actor: String,
    pub closing: AtomicBool,
    /// Set by the cancel button; the running attach checks it after every chunk.
    pub attach_cancel: AtomicBool,
    /// Dropped files waiting for the UI to name their item, by drop id.
    drops: Mutex<HashMap<u64, Vec<PathBuf>>>,
    next_drop: AtomicU64,
}

impl AppState {
    pub fn open(utc_offset: UtcOffset) -> AppState {
        let path = database_path(&resolve_data_dir(None));
        AppState {
            store: Store::open(&path)
                .map(Mutex::new)
                .map_err(ErrorPayload::from),
            utc_offset,
            actor: gecc_core::actor::os_user_name(),
            closing: AtomicBool::new(false),
            attach_cancel: AtomicBool::new(false),
            drops: Mutex::new(HashMap::new()),
            next_drop: AtomicU64::new(1),
        }
    }

    pub fn evidence_dir(&self) -> Result<PathBuf, ErrorPayload> {
        self.with_store(|store| Ok(store.evidence_dir()))
    }

    /// Keeps dropped paths in Rust and gives the UI a number for them.
    pub fn hold_drop(&self, paths: Vec<PathBuf>) -> u64 {
        let id = self.next_drop.fetch_add(1, Ordering::SeqCst);
        let mut drops = self
            .drops
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        drops.insert(id, paths);
        id
    }

    /// The paths of a drop, once: a drop id cannot be used twice.
    pub fn take_drop(&self, id: u64) -> Vec<PathBuf> {
        let mut drops = self
            .drops
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        drops.remove(&id).unwrap_or_default()
    }

    /// Runs `work` on the store and maps its error for the UI.
    pub fn with_store<T>(
        &self,
        work: impl FnOnce(&mut Store) -> gecc_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        let store = self.store.as_ref().map_err(Clone::clone)?;
        // A panic while holding the lock cannot leave a half-written save (SQLite rolls
        // the transaction back), so a poisoned lock is safe to keep using.
        let mut store = store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        work(&mut store).map_err(ErrorPayload::from)
    }

    pub fn today(&self) -> time::Date {
        gecc_core::timestamp::today_at(self.utc_offset)
    }
}

/// The error for something the shell itself could not do.
pub fn shell_error(th: &str, en: &str) -> ErrorPayload {
    ErrorPayload {
        code: ErrorCode::Internal,
        message: Localized::new(th, en),
    }
}
