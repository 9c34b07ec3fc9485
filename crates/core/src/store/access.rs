//! How a long job reaches the store. The CLI owns its store; the app shares one behind a
//! lock that saves also need, so a job that reads files for minutes (verifying bundles,
//! say) must take the store only for the short steps that use it. Jobs written against
//! this trait are the same code in both front doors.

use super::Store;

/// Something that lends the store for one short step at a time.
pub trait StoreAccess {
    /// What a step fails with: core's error, or the front door's own (which the app also
    /// uses when its store could not be opened).
    type Error: From<crate::Error>;

    /// Runs `step` with the store, holding it only for that long.
    fn with<T>(
        &mut self,
        step: impl FnOnce(&mut Store) -> crate::Result<T>,
    ) -> Result<T, Self::Error>;
}

impl StoreAccess for Store {
    type Error = crate::Error;

    fn with<T>(&mut self, step: impl FnOnce(&mut Store) -> crate::Result<T>) -> crate::Result<T> {
        step(self)
    }
}
