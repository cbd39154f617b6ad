//! The database's epoch: a random name kept in `settings`, made when the database is first
//! opened and made anew when it is restored from a backup. Pull cursors carry it, so that a
//! device whose cursor (or whose numbering) is ahead of a restored database finds out and sends
//! its entries again instead of skipping what comes next ([`crate::api`]'s pull). The backup
//! that a restore puts back is made here too.

use super::reports::numbered;
use super::retention::{SELECT_SETTING, SET_SETTING};
use super::sql::SqlBackend;
use super::StorageError;

pub trait Epoch {
    /// The database's epoch.
    fn epoch(&self) -> Result<String, StorageError>;
    /// Gives the database a new epoch: it was restored from a backup. Answers the new one.
    fn new_epoch(&self) -> Result<String, StorageError>;
    /// Writes a consistent copy of the database into the new file `to` while the server
    /// serves (SQLite; PostgreSQL is copied with its own tools, `pg_dump`).
    fn backup_to(&self, to: &std::path::Path) -> Result<(), StorageError>;
}

/// The setting's name.
pub(super) const EPOCH: &str = "epoch";

/// Names the epoch of a database that has none yet, `{1}` the setting's name and `{2}` the
/// value.
pub(super) const FIRST_EPOCH: &str =
    "INSERT INTO settings (name, value) VALUES ({1}, {2}) ON CONFLICT (name) DO NOTHING";

const READ_EPOCH: &str = SELECT_SETTING;

const WRITE_EPOCH: &str = SET_SETTING;

/// The epoch read, or an error for a database opened without one.
fn found(value: Option<String>) -> Result<String, StorageError> {
    value.ok_or_else(|| StorageError::Database("the database has no epoch".into()))
}

/// The epoch of `db`, for a backend's [`Epoch::epoch`].
pub(super) fn read(db: &impl SqlBackend) -> Result<String, StorageError> {
    let sql = numbered(READ_EPOCH, '?');
    let row = db.read(|r| r.query_opt(&sql, &[EPOCH.into()]))?;
    found(row.map(|r| r.text(0)).transpose()?)
}

/// Gives `db` a new epoch, for a backend's [`Epoch::new_epoch`].
pub(super) fn renew(db: &impl SqlBackend) -> Result<String, StorageError> {
    let epoch = crate::tokens::new_epoch();
    let sql = numbered(WRITE_EPOCH, '?');
    db.write(|tx| tx.execute(&sql, &[EPOCH.into(), epoch.as_str().into()]))?;
    Ok(epoch)
}
