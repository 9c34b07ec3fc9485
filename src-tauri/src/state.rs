//! What the shell keeps while running: the store (or why it could not be opened), and
//! the facts read once at start.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};

use gecc_core::clock::Clock;
use gecc_core::{ErrorCode, ErrorPayload, Localized, Store};

pub struct AppState {
    /// The open store, or the error to show on every command when it could not open;
    /// nothing while it is being opened at start (see [`AppState::open_store`]). A restore
    /// closes it and opens it again, so the result itself sits behind the lock.
    store: Mutex<Option<Result<Store, ErrorPayload>>>,
    /// Told when the store has been opened: commands that came before wait for it.
    opened: Condvar,
    /// Set once the store has first been opened (or has failed to).
    store_opened: AtomicBool,
    database: PathBuf,
    /// The clock the store and every "today" of the app read (`gecc_core::clock`).
    clock: Clock,
    /// Who changes are recorded under: the person working, as chosen from the office's
    /// staff list (remembered in the database), or "unknown".
    actor: Mutex<String>,
    pub closing: AtomicBool,
    /// Set by the cancel button; the running attach checks it after every chunk.
    pub attach_cancel: AtomicBool,
    /// Dropped files waiting for the UI to name their item, by drop id.
    drops: Mutex<HashMap<u64, Vec<PathBuf>>>,
    next_drop: AtomicU64,
    /// Set by the cancel button of an export or import.
    pub bundle_cancel: AtomicBool,
    /// The bundle files picked for verifying and importing.
    held_bundles: Mutex<Vec<PathBuf>>,
    /// The province package chosen for import (kept apart from the bundles).
    held_package: Mutex<Option<PathBuf>>,
    /// Where the last export of this session wrote, for "open the folder".
    last_export_folder: Mutex<Option<PathBuf>>,
}

impl AppState {
    /// The state for the database at `path`, dated by `clock`, with the store opened.
    #[cfg(test)]
    pub fn open_at(path: &std::path::Path, clock: Clock) -> AppState {
        let state = AppState::before_opening(path, clock);
        state.open_store();
        state
    }

    /// The state for the database at `path`, dated by `clock`, whose store is not open
    /// yet: commands wait until [`AppState::open_store`] has run. The shell opens it
    /// beside the window's start, so that opening, migrating and the start-up backup (an
    /// fsync, slow on an old disk) do not hold the window back.
    pub fn before_opening(path: &std::path::Path, clock: Clock) -> AppState {
        AppState {
            store: Mutex::new(None),
            opened: Condvar::new(),
            store_opened: AtomicBool::new(false),
            database: path.to_path_buf(),
            clock,
            actor: Mutex::new(gecc_core::actor::actor_or_unknown(None)),
            closing: AtomicBool::new(false),
            attach_cancel: AtomicBool::new(false),
            drops: Mutex::new(HashMap::new()),
            next_drop: AtomicU64::new(1),
            bundle_cancel: AtomicBool::new(false),
            held_bundles: Mutex::new(Vec::new()),
            held_package: Mutex::new(None),
            last_export_folder: Mutex::new(None),
        }
    }

    /// Opens the store, backs it up, reads whom changes are recorded under, and lets the
    /// commands waiting for it go on.
    pub fn open_store(&self) {
        let opening = std::panic::AssertUnwindSafe(|| {
            open_dated(&self.database, self.clock).inspect(|store| {
                // A copy of the database as it was when the app started; a failed backup
                // (a full disk, say) must not stop the clerk from working.
                let _ = store.back_up(gecc_core::store::BackupReason::Start);
            })
        });
        // Commands wait for this: even a fault while opening must give them an answer.
        let store = std::panic::catch_unwind(opening).unwrap_or_else(|_| {
            Err(shell_error(
                "เปิดฐานข้อมูลไม่ได้",
                "Opening the database failed unexpectedly.",
            ))
        });
        let mut slot = lock(&self.store);
        // Set under the store's lock, so no command reads the actor before it is known.
        self.set_actor(remembered_actor(&store));
        *slot = Some(store);
        self.store_opened.store(true, Ordering::Release);
        self.opened.notify_all();
    }

    /// The store's lock, once the store has been opened (or has failed to open).
    fn opened_store(&self) -> MutexGuard<'_, Option<Result<Store, ErrorPayload>>> {
        self.opened
            .wait_while(lock(&self.store), |slot| slot.is_none())
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The data folder: the one holding the database.
    pub fn data_dir(&self) -> PathBuf {
        self.database
            .parent()
            .map(PathBuf::from)
            .unwrap_or_default()
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

    /// Keeps the bundle files picked in the dialog until they are imported.
    pub fn hold_bundles(&self, paths: Vec<PathBuf>) {
        *self
            .held_bundles
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = paths;
    }

    pub fn hold_package(&self, path: PathBuf) {
        *self
            .held_package
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(path);
    }

    pub fn held_package(&self) -> Option<PathBuf> {
        self.held_package
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    pub fn held_bundles(&self) -> Vec<PathBuf> {
        self.held_bundles
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    pub fn actor(&self) -> String {
        // Whom the store remembers is known once it is open. Only the wait takes the
        // store's lock, so a caller already holding it (a job's step) does not wait on itself.
        if !self.store_opened.load(Ordering::Acquire) {
            drop(self.opened_store());
        }
        self.actor
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    pub fn set_actor(&self, actor: String) {
        *self
            .actor
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = actor;
    }

    pub fn remember_export_folder(&self, folder: PathBuf) {
        *self
            .last_export_folder
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(folder);
    }

    pub fn last_export_folder(&self) -> Option<PathBuf> {
        self.last_export_folder
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Runs `work` on the store and maps its error for the UI.
    pub fn with_store<T>(
        &self,
        work: impl FnOnce(&mut Store) -> gecc_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        let mut guard = self.opened_store();
        match guard.as_mut() {
            Some(Ok(store)) => work(store).map_err(ErrorPayload::from),
            Some(Err(error)) => Err(error.clone()),
            None => Err(shell_error(
                "ฐานข้อมูลยังไม่เปิด",
                "The database is not open yet.",
            )),
        }
    }

    /// Closes the store, restores the backup `file_name` over the database, and opens it
    /// again; saves wait on the lock meanwhile.
    pub fn restore(
        &self,
        file_name: &str,
    ) -> Result<gecc_core::store::RestoreReport, ErrorPayload> {
        let mut guard = self.opened_store();
        // Dropping the store closes its connection before the file is replaced.
        *guard = Some(Err(shell_error("กำลังกู้คืนข้อมูล", "Restoring a backup.")));
        let report = gecc_core::store::restore_backup(&self.database, file_name);
        let store = open_dated(&self.database, self.clock);
        self.set_actor(remembered_actor(&store));
        *guard = Some(store);
        report.map_err(ErrorPayload::from)
    }

    /// The clock the app reads (the store's, set when it was opened).
    pub fn clock(&self) -> Clock {
        self.clock
    }

    pub fn today(&self) -> time::Date {
        self.clock.today().date
    }

    /// Today with the PC's offset, read once per printout so all its dates agree.
    pub fn local_day(&self) -> gecc_core::timestamp::LocalDay {
        self.clock.today()
    }
}

/// A lock that a panic elsewhere left poisoned is still used: a panic while holding the
/// store cannot leave a half-written save (SQLite rolls the transaction back).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Opens the store and sets its clock.
fn open_dated(path: &std::path::Path, clock: Clock) -> Result<Store, ErrorPayload> {
    let mut store = Store::open(path).map_err(ErrorPayload::from)?;
    store.set_clock(clock);
    Ok(store)
}

/// The person the store remembers as working on this PC, or "unknown".
fn remembered_actor(store: &Result<Store, ErrorPayload>) -> String {
    store
        .as_ref()
        .ok()
        .and_then(|store| store.actor().ok())
        .unwrap_or_else(|| gecc_core::actor::actor_or_unknown(None))
}

/// The error for something the shell itself could not do.
pub fn shell_error(th: &str, en: &str) -> ErrorPayload {
    tracing::error!(cause = en, "internal error in the shell");
    ErrorPayload {
        code: ErrorCode::Internal,
        message: Localized::new(th, en),
    }
}

/// The app's store lent one step at a time to a core job (`gecc_core::store::StoreAccess`),
/// so saves can run between the steps of a long import.
pub struct SharedStore<'a>(pub &'a AppState);

impl gecc_core::store::StoreAccess for SharedStore<'_> {
    type Error = ErrorPayload;

    fn with<T>(
        &mut self,
        step: impl FnOnce(&mut Store) -> gecc_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        self.0.with_store(step)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> (tempfile::TempDir, AppState) {
        let folder = tempfile::tempdir().unwrap();
        let state = AppState::open_at(&folder.path().join("gecc.sqlite3"), Clock::System);
        (folder, state)
    }

    #[test]
    fn dropped_paths_are_held_under_a_number_and_given_out_once() {
        let (_folder, state) = state();
        let first = state.hold_drop(vec![PathBuf::from("/tmp/ภาพ 1.jpg")]);
        let second = state.hold_drop(vec![
            PathBuf::from("/tmp/รายงาน.pdf"),
            PathBuf::from("/tmp/b.xlsx"),
        ]);
        assert_ne!(first, second, "every drop has its own number");
        assert_eq!(state.take_drop(second).len(), 2);
        assert!(
            state.take_drop(second).is_empty(),
            "a drop number works once"
        );
        assert_eq!(state.take_drop(first), [PathBuf::from("/tmp/ภาพ 1.jpg")]);
        assert!(
            state.take_drop(999).is_empty(),
            "an unknown number gives nothing"
        );
    }

    #[test]
    fn commands_that_come_while_the_store_is_being_opened_wait_for_it() {
        let folder = tempfile::tempdir().unwrap();
        let state = std::sync::Arc::new(AppState::before_opening(
            &folder.path().join("gecc.sqlite3"),
            Clock::System,
        ));
        let (asked, answers) = std::sync::mpsc::channel();
        let early = {
            let state = state.clone();
            std::thread::spawn(move || {
                asked.send(()).unwrap();
                let actor = state.actor();
                let office = state.with_store(|store| store.local_office());
                (actor, office.map(|office| office.id))
            })
        };
        answers.recv().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(50));
        assert!(
            !early.is_finished(),
            "nothing is answered before the store is open"
        );
        state.open_store();
        let (actor, office) = early.join().unwrap();
        assert_eq!(actor, gecc_core::actor::actor_or_unknown(None));
        assert!(
            office.is_ok(),
            "the early command got the open store's answer"
        );
        assert_eq!(
            state.with_store(|store| Ok(store.backups().len())).unwrap(),
            1,
            "the start-up backup was made while opening"
        );
    }

    #[test]
    fn a_store_that_cannot_open_answers_every_command_with_its_reason() {
        let folder = tempfile::tempdir().unwrap();
        let not_a_database = folder.path().join("gecc.sqlite3");
        std::fs::write(&not_a_database, "ไม่ใช่ฐานข้อมูล").unwrap();
        let state = AppState::open_at(&not_a_database, Clock::System);
        let error = state.with_store(|store| store.local_office()).unwrap_err();
        assert_eq!(error.code, ErrorCode::NotADatabase);
    }
}
