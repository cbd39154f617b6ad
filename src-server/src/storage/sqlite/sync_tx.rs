//! The sync rules' view of one SQLite transaction.

use crate::storage::audit::AuditEntry;
use crate::storage::{Author, Choice, Conflict, Head, StorageError, StoredVersion, SyncTx};
use brobygge_model::ActivityId;
use rusqlite::{Connection, OptionalExtension};

/// Change numbers are counted here and stored once, in [`SyncTx::finish`].
pub(super) struct SqliteTx<'a> {
    /// A transaction, or a savepoint of one.
    tx: &'a Connection,
    last_change: Option<i64>,
}

impl<'a> SqliteTx<'a> {
    pub(super) fn new(tx: &'a Connection) -> Self {
        SqliteTx {
            tx,
            last_change: None,
        }
    }

    /// Takes the next number of the server's change order.
    fn next_change(&mut self) -> Result<i64, StorageError> {
        let last = match self.last_change {
            Some(last) => last,
            None => self
                .tx
                .prepare_cached("SELECT last FROM change_counter WHERE id = 1")?
                .query_row([], |r| r.get(0))?,
        };
        self.last_change = Some(last + 1);
        Ok(last + 1)
    }
}

fn to_u64(v: i64) -> u64 {
    u64::try_from(v).unwrap_or_default()
}

fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

impl SyncTx for SqliteTx<'_> {
    fn finish(&mut self) -> Result<(), StorageError> {
        if let Some(last) = self.last_change {
            self.tx
                .prepare_cached("UPDATE change_counter SET last = ?1 WHERE id = 1")?
                .execute([last])?;
        }
        Ok(())
    }

    fn last_seq(&mut self, device_id: &str) -> Result<u64, StorageError> {
        let seq: i64 = self
            .tx
            .prepare_cached("SELECT last_seq FROM devices WHERE id = ?1")?
            .query_row([device_id], |r| r.get(0))?;
        Ok(to_u64(seq))
    }

    fn set_last_seq(&mut self, device_id: &str, seq: u64) -> Result<(), StorageError> {
        self.tx
            .prepare_cached(
                "UPDATE devices SET last_seq = ?2,
                     last_sync_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
                 WHERE id = ?1",
            )?
            .execute((device_id, to_i64(seq)))?;
        Ok(())
    }

    fn keep_refusal(
        &mut self,
        device_id: &str,
        seq: u64,
        outcome: &str,
    ) -> Result<(), StorageError> {
        self.tx
            .prepare_cached(
                "INSERT OR REPLACE INTO push_refusals (device_id, seq, outcome) VALUES (?1, ?2, ?3)",
            )?
            .execute((device_id, to_i64(seq), outcome))?;
        Ok(())
    }

    fn kept_refusal(&mut self, device_id: &str, seq: u64) -> Result<Option<String>, StorageError> {
        Ok(self
            .tx
            .prepare_cached("SELECT outcome FROM push_refusals WHERE device_id = ?1 AND seq = ?2")?
            .query_row((device_id, to_i64(seq)), |r| r.get(0))
            .optional()?)
    }

    fn head(&mut self, id: &ActivityId) -> Result<Option<Head>, StorageError> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT user_id, version, deleted, device_id FROM activities WHERE id = ?1",
            )?
            .query_row([&id.0], |r| {
                Ok(Head {
                    owner: r.get(0)?,
                    version: to_u64(r.get(1)?),
                    deleted: r.get(2)?,
                    device: r.get(3)?,
                })
            })
            .optional()?)
    }

    fn versions_from(
        &mut self,
        id: &ActivityId,
        from: u64,
    ) -> Result<Vec<StoredVersion>, StorageError> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT version, document, device_id, coordinator FROM activity_versions
             WHERE activity_id = ?1 AND version >= ?2 ORDER BY version",
        )?;
        let rows = stmt
            .query_map((&id.0, to_i64(from)), |r| {
                Ok(StoredVersion {
                    version: to_u64(r.get(0)?),
                    document: r.get(1)?,
                    author: Author::from_columns(r.get(2)?, r.get(3)?),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    fn last_version_by(
        &mut self,
        id: &ActivityId,
        device_id: &str,
    ) -> Result<Option<u64>, StorageError> {
        let version: Option<i64> = self.tx.prepare_cached("SELECT max(version) FROM activity_versions WHERE activity_id = ?1 AND device_id = ?2")?.query_row(
            (&id.0, device_id),
            |r| r.get(0),
        )?;
        Ok(version.map(to_u64))
    }

    fn write(
        &mut self,
        id: &ActivityId,
        owner: i64,
        author: &Author,
        document: &str,
    ) -> Result<u64, StorageError> {
        let change = self.next_change()?;
        let (device, coordinator) = author.columns();
        // `device_id` is the device that last wrote the activity; a correction leaves it.
        let version: i64 = self
            .tx
            .prepare_cached(
                "INSERT INTO activities (id, user_id, device_id, document, version, change_seq)
             VALUES (?1, ?2, coalesce(?5, (SELECT device_id FROM activities WHERE id = ?1)),
                     ?3, 1, ?4)
             ON CONFLICT (id) DO UPDATE SET document = excluded.document,
                 device_id = excluded.device_id, version = version + 1, deleted = 0,
                 change_seq = excluded.change_seq
             RETURNING version",
            )?
            .query_row((&id.0, owner, document, change, device), |r| r.get(0))?;
        self.tx
            .prepare_cached(
                "INSERT INTO activity_versions
                 (activity_id, version, document, device_id, coordinator, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
            )?
            .execute((&id.0, version, document, device, coordinator))?;
        Ok(to_u64(version))
    }

    fn delete(&mut self, id: &ActivityId, device_id: &str) -> Result<(), StorageError> {
        let live: bool = self
            .tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM activities WHERE id = ?1 AND deleted = 0)",
            )?
            .query_row([&id.0], |r| r.get(0))?;
        if live {
            let change = self.next_change()?;
            self.tx
                .prepare_cached(
                    "UPDATE activities SET deleted = 1, version = version + 1, change_seq = ?2,
                     device_id = ?3
                 WHERE id = ?1",
                )?
                .execute((&id.0, change, device_id))?;
        } else {
            // Deleted already: this device's deletion is the last, for its undo to count.
            self.tx
                .prepare_cached("UPDATE activities SET device_id = ?2 WHERE id = ?1")?
                .execute((&id.0, device_id))?;
        }
        Ok(())
    }

    fn add_conflict(&mut self, c: &Conflict) -> Result<(), StorageError> {
        let (device, coordinator) = c.lost_author.columns();
        self.tx
            .prepare_cached(
                "INSERT INTO conflicts (activity_id, version, field, kept, lost, lost_device,
                 lost_coordinator, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
            )?
            .execute((
                &c.activity_id,
                to_i64(c.version),
                &c.field,
                c.kept.to_string(),
                c.lost.to_string(),
                device,
                coordinator,
            ))?;
        Ok(())
    }

    fn record(&mut self, e: &AuditEntry) -> Result<(), StorageError> {
        super::sql::audit(self.tx, e)
    }

    fn open_conflict(
        &mut self,
        id: i64,
    ) -> Result<Option<(ActivityId, String, serde_json::Value)>, StorageError> {
        let row: Option<(String, String, String)> = self
            .tx
            .prepare_cached(
                "SELECT activity_id, field, lost FROM conflicts
                 WHERE id = ?1 AND settled_at IS NULL",
            )?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        row.map(|(a, f, lost)| Ok((ActivityId(a), f, serde_json::from_str(&lost)?)))
            .transpose()
    }

    fn settle_conflict(&mut self, id: i64, by: &str, chose: Choice) -> Result<(), StorageError> {
        let chose = match chose {
            Choice::Kept => "kept",
            Choice::Lost => "lost",
        };
        self.tx
            .prepare_cached(
                "UPDATE conflicts SET settled_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                     settled_by = ?2, chose = ?3
                 WHERE id = ?1",
            )?
            .execute((id, by, chose))?;
        Ok(())
    }
}
