//! The database's epoch in PostgreSQL (see `storage/epoch.rs`): read and renewed as both backends
//! do it, named on first open, and the backup.

use super::Postgres;
use crate::storage::epoch::{self, Epoch, EPOCH, FIRST_EPOCH};
use crate::storage::reports::numbered;
use crate::storage::StorageError;

impl Epoch for Postgres {
    fn epoch(&self) -> Result<String, StorageError> {
        epoch::read(self)
    }

    fn new_epoch(&self) -> Result<String, StorageError> {
        epoch::renew(self)
    }

    fn backup_to(&self, _: &std::path::Path) -> Result<(), StorageError> {
        Err(StorageError::Database(
            "a PostgreSQL database is backed up with pg_dump (see the README)".into(),
        ))
    }
}

/// Names the epoch of a database that has none yet (on open, after the migrations).
pub(super) fn first_epoch(tx: &mut postgres::Transaction<'_>) -> Result<(), StorageError> {
    tx.execute(
        &numbered(FIRST_EPOCH, '$'),
        &[&EPOCH, &crate::tokens::new_epoch()],
    )?;
    Ok(())
}
