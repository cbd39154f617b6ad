//! What the sync rules ([`crate::sync`]) need of a storage backend inside one transaction.

use super::{audit, Author, Choice, Conflict, Head, StorageError, StoredVersion};
use brobygge_model::ActivityId;

/// A piece of the sync rules' work, run by [`super::Storage::write_sync`] in one transaction.
pub type SyncWork = Box<dyn FnOnce(&mut dyn SyncTx) -> Result<(), StorageError> + Send>;

/// What the sync rules need of a backend inside one transaction. A backend may hold writes
/// back and send them together, as long as every read sees them.
pub trait SyncTx {
    /// The activities a push is about to touch, so that a backend can look them up at once.
    fn prefetch(&mut self, _ids: &[&ActivityId]) -> Result<(), StorageError> {
        Ok(())
    }
    /// Called once before the transaction commits: writes what was held back.
    fn finish(&mut self) -> Result<(), StorageError> {
        Ok(())
    }
    fn last_seq(&mut self, device_id: &str) -> Result<u64, StorageError>;
    fn set_last_seq(&mut self, device_id: &str, seq: u64) -> Result<(), StorageError>;
    /// Keeps the outcome of a mutation the server refused, for the same number sent again.
    fn keep_refusal(
        &mut self,
        device_id: &str,
        seq: u64,
        outcome: &str,
    ) -> Result<(), StorageError>;
    /// The kept outcome of a refused mutation, if the number was refused.
    fn kept_refusal(&mut self, device_id: &str, seq: u64) -> Result<Option<String>, StorageError>;
    /// The activity's head, if the server has it.
    fn head(&mut self, id: &ActivityId) -> Result<Option<Head>, StorageError>;
    /// The kept versions numbered `from` and later, oldest first.
    fn versions_from(
        &mut self,
        id: &ActivityId,
        from: u64,
    ) -> Result<Vec<StoredVersion>, StorageError>;
    /// The latest version this device wrote, if any.
    fn last_version_by(
        &mut self,
        id: &ActivityId,
        device_id: &str,
    ) -> Result<Option<u64>, StorageError>;
    /// Writes the next version of an activity (its first if it is new, undeleting it if it was
    /// deleted) with the next change number, keeps the version, and returns its number.
    fn write(
        &mut self,
        id: &ActivityId,
        owner: i64,
        author: &Author,
        document: &str,
    ) -> Result<u64, StorageError>;
    /// Deletes an activity for `device_id`, which becomes the head's device.
    fn delete(&mut self, id: &ActivityId, device_id: &str) -> Result<(), StorageError>;
    fn add_conflict(&mut self, conflict: &Conflict) -> Result<(), StorageError>;
    /// An open conflict: its activity, field and the value that lost.
    fn open_conflict(
        &mut self,
        id: i64,
    ) -> Result<Option<(ActivityId, String, serde_json::Value)>, StorageError>;
    fn settle_conflict(&mut self, id: i64, by: &str, chose: Choice) -> Result<(), StorageError>;
    /// Adds an entry to the audit log in this transaction.
    fn record(&mut self, entry: &audit::AuditEntry) -> Result<(), StorageError>;
}
