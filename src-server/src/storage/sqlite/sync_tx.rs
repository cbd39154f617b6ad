//! The sync rules' view of one SQLite transaction.

use crate::storage::{Device, StorageError, SyncTx};
use brobygge_model::{ActivityDraft, ActivityId};
use rusqlite::{OptionalExtension, Transaction};

pub(super) struct SqliteTx<'a, 'c>(pub(super) &'a mut Transaction<'c>);

/// Takes the next number of the server's change order.
fn next_change(tx: &Transaction<'_>) -> Result<(), StorageError> {
    tx.execute("UPDATE change_counter SET last = last + 1 WHERE id = 1", [])?;
    Ok(())
}

impl SyncTx for SqliteTx<'_, '_> {
    fn last_seq(&mut self, device_id: &str) -> Result<u64, StorageError> {
        let seq: i64 = self.0.query_row(
            "SELECT last_seq FROM devices WHERE id = ?1",
            [device_id],
            |r| r.get(0),
        )?;
        Ok(u64::try_from(seq).unwrap_or_default())
    }

    fn set_last_seq(&mut self, device_id: &str, seq: u64) -> Result<(), StorageError> {
        self.0.execute(
            "UPDATE devices SET last_seq = ?2 WHERE id = ?1",
            (device_id, i64::try_from(seq).unwrap_or(i64::MAX)),
        )?;
        Ok(())
    }

    fn owner(&mut self, id: &ActivityId) -> Result<Option<i64>, StorageError> {
        Ok(self
            .0
            .query_row(
                "SELECT user_id FROM activities WHERE id = ?1",
                [&id.0],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn upsert(&mut self, device: &Device, activity: &ActivityDraft) -> Result<(), StorageError> {
        next_change(self.0)?;
        let id = activity
            .id
            .as_ref()
            .map(|i| i.0.clone())
            .unwrap_or_default();
        self.0.execute(
            "INSERT INTO activities (id, user_id, device_id, document, version, change_seq)
             VALUES (?1, ?2, ?3, ?4, 1, (SELECT last FROM change_counter))
             ON CONFLICT (id) DO UPDATE SET document = excluded.document,
                 device_id = excluded.device_id, version = version + 1, deleted = 0,
                 change_seq = excluded.change_seq",
            (
                id,
                device.user_id,
                &device.id,
                serde_json::to_string(activity)?,
            ),
        )?;
        Ok(())
    }

    fn delete(&mut self, id: &ActivityId) -> Result<(), StorageError> {
        next_change(self.0)?;
        self.0.execute(
            "UPDATE activities SET deleted = 1, version = version + 1,
                 change_seq = (SELECT last FROM change_counter)
             WHERE id = ?1 AND deleted = 0",
            [&id.0],
        )?;
        Ok(())
    }
}
