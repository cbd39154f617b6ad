//! The database's epoch in SQLite (see `storage/epoch.rs`): read and renewed as both backends
//! do it, named on first open, and the backup.

use super::Sqlite;
use crate::storage::epoch::{self, Epoch, EPOCH, FIRST_EPOCH};
use crate::storage::reports::numbered;
use crate::storage::StorageError;

impl Epoch for Sqlite {
    fn epoch(&self) -> Result<String, StorageError> {
        epoch::read(self)
    }

    fn new_epoch(&self) -> Result<String, StorageError> {
        epoch::renew(self)
    }

    fn backup_to(&self, to: &std::path::Path) -> Result<(), StorageError> {
        Sqlite::backup_to(self, to)
    }
}

/// Names the epoch of a database that has none yet (on open, after the migrations).
pub(super) fn first_epoch(tx: &rusqlite::Transaction<'_>) -> Result<(), StorageError> {
    tx.execute(
        &numbered(FIRST_EPOCH, '?'),
        (EPOCH, crate::tokens::new_epoch()),
    )?;
    Ok(())
}
