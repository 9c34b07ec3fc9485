//! What the shell keeps while running: the store (or why it could not be opened), and
//! the facts read once at start.

use std::sync::atomic::AtomicBool;
use std::sync::Mutex;

use gecc_core::data_dir::{database_path, resolve_data_dir};
use gecc_core::{ErrorPayload, Store};
use time::UtcOffset;

pub struct AppState {
    /// The open store, or the error to show on every command when it could not open.
    store: Result<Mutex<Store>, ErrorPayload>,
    pub utc_offset: UtcOffset,
    pub actor: String,
    pub closing: AtomicBool,
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
        }
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
