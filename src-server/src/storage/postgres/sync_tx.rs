//! The sync rules' view of one PostgreSQL transaction, which already holds the change
//! counter's lock.

use crate::storage::{Author, Conflict, Head, StorageError, StoredVersion, SyncTx};
use brobygge_model::ActivityId;
use postgres::Transaction;

pub(super) struct PgTx<'a, 'c>(pub(super) &'a mut Transaction<'c>);

fn to_u64(v: i64) -> u64 {
    u64::try_from(v).unwrap_or_default()
}

fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

/// Takes the next number of the server's change order.
fn next_change(tx: &mut Transaction<'_>) -> Result<i64, StorageError> {
    Ok(tx
        .query_one(
            "UPDATE change_counter SET last = last + 1 WHERE id = 1 RETURNING last",
            &[],
        )?
        .get(0))
}

impl SyncTx for PgTx<'_, '_> {
    fn last_seq(&mut self, device_id: &str) -> Result<u64, StorageError> {
        let row = self.0.query_one(
            "SELECT last_seq FROM devices WHERE id = $1 FOR UPDATE",
            &[&device_id],
        )?;
        Ok(to_u64(row.get(0)))
    }

    fn set_last_seq(&mut self, device_id: &str, seq: u64) -> Result<(), StorageError> {
        self.0.execute(
            "UPDATE devices SET last_seq = $2 WHERE id = $1",
            &[&device_id, &to_i64(seq)],
        )?;
        Ok(())
    }

    fn head(&mut self, id: &ActivityId) -> Result<Option<Head>, StorageError> {
        let row = self.0.query_opt(
            "SELECT user_id, version, deleted FROM activities WHERE id = $1",
            &[&id.0],
        )?;
        Ok(row.map(|r| Head {
            owner: r.get(0),
            version: to_u64(r.get(1)),
            deleted: r.get(2),
        }))
    }

    fn versions_from(
        &mut self,
        id: &ActivityId,
        from: u64,
    ) -> Result<Vec<StoredVersion>, StorageError> {
        let rows = self.0.query(
            "SELECT version, document, device_id, coordinator FROM activity_versions
             WHERE activity_id = $1 AND version >= $2 ORDER BY version",
            &[&id.0, &to_i64(from)],
        )?;
        Ok(rows
            .iter()
            .map(|r| StoredVersion {
                version: to_u64(r.get(0)),
                document: r.get(1),
                author: Author::from_columns(r.get(2), r.get(3)),
            })
            .collect())
    }

    fn last_version_by(
        &mut self,
        id: &ActivityId,
        device_id: &str,
    ) -> Result<Option<u64>, StorageError> {
        let row = self.0.query_one(
            "SELECT max(version) FROM activity_versions
             WHERE activity_id = $1 AND device_id = $2",
            &[&id.0, &device_id],
        )?;
        Ok(row.get::<_, Option<i64>>(0).map(to_u64))
    }

    fn write(
        &mut self,
        id: &ActivityId,
        owner: i64,
        author: &Author,
        document: &str,
    ) -> Result<u64, StorageError> {
        let change = next_change(self.0)?;
        let (device, coordinator) = author.columns();
        // `device_id` is the device that last wrote the activity; a correction leaves it.
        let version: i64 = self
            .0
            .query_one(
                "INSERT INTO activities AS a (id, user_id, device_id, document, version,
                     change_seq)
                 VALUES ($1, $2, coalesce($5, (SELECT device_id FROM activities WHERE id = $1)),
                         $3, 1, $4)
                 ON CONFLICT (id) DO UPDATE SET document = excluded.document,
                     device_id = excluded.device_id, version = a.version + 1, deleted = FALSE,
                     change_seq = excluded.change_seq
                 RETURNING version",
                &[&id.0, &owner, &document, &change, &device],
            )?
            .get(0);
        self.0.execute(
            "INSERT INTO activity_versions (activity_id, version, document, device_id,
                 coordinator)
             VALUES ($1, $2, $3, $4, $5)",
            &[&id.0, &version, &document, &device, &coordinator],
        )?;
        Ok(to_u64(version))
    }

    fn delete(&mut self, id: &ActivityId) -> Result<(), StorageError> {
        let live = self.0.query_opt(
            "SELECT 1 FROM activities WHERE id = $1 AND NOT deleted",
            &[&id.0],
        )?;
        if live.is_some() {
            let change = next_change(self.0)?;
            self.0.execute(
                "UPDATE activities SET deleted = TRUE, version = version + 1, change_seq = $2
                 WHERE id = $1",
                &[&id.0, &change],
            )?;
        }
        Ok(())
    }

    fn add_conflict(&mut self, c: &Conflict) -> Result<(), StorageError> {
        let (device, coordinator) = c.lost_author.columns();
        self.0.execute(
            "INSERT INTO conflicts (activity_id, version, field, kept, lost, lost_device,
                 lost_coordinator)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &[
                &c.activity_id,
                &to_i64(c.version),
                &c.field,
                &c.kept.to_string(),
                &c.lost.to_string(),
                &device,
                &coordinator,
            ],
        )?;
        Ok(())
    }
}
