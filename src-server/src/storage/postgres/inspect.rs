//! What the server holds, read back, in PostgreSQL.

use super::Postgres;
use crate::storage::inspect::Inspect;
use crate::storage::{
    activity_from_columns, conflict_from_columns, Author, KeptConflict, ServerActivity,
    StorageError, VersionRecord,
};
use brobygge_model::ActivityId;

impl Inspect for Postgres {
    fn activity(&self, id: &ActivityId) -> Result<Option<ServerActivity>, StorageError> {
        let row = self.client()?.query_opt(
            "SELECT id, user_id, version, deleted, document FROM activities WHERE id = $1",
            &[&id.0],
        )?;
        row.map(|r| {
            activity_from_columns(r.get(0), r.get(1), r.get(2), r.get(3), r.get::<_, &str>(4))
        })
        .transpose()
    }

    fn activities(&self) -> Result<Vec<ServerActivity>, StorageError> {
        self.client()?
            .query(
                "SELECT id, user_id, version, deleted, document FROM activities ORDER BY id",
                &[],
            )?
            .iter()
            .map(|r| {
                activity_from_columns(r.get(0), r.get(1), r.get(2), r.get(3), r.get::<_, &str>(4))
            })
            .collect()
    }

    fn conflicts(&self) -> Result<Vec<KeptConflict>, StorageError> {
        self.client()?
            .query(
                "SELECT activity_id, version, field, kept, lost, lost_device, lost_coordinator, id,
                     settled_at IS NOT NULL
                 FROM conflicts ORDER BY id",
                &[],
            )?
            .iter()
            .map(|r| {
                let conflict = conflict_from_columns(
                    r.get(0),
                    r.get(1),
                    r.get(2),
                    r.get::<_, &str>(3),
                    r.get::<_, &str>(4),
                    Author::from_columns(r.get(5), r.get(6)),
                )?;
                Ok(KeptConflict {
                    id: r.get(7),
                    settled: r.get(8),
                    conflict,
                })
            })
            .collect()
    }

    fn history(&self) -> Result<Vec<VersionRecord>, StorageError> {
        let rows = self.client()?.query(
            "SELECT activity_id, version, device_id, coordinator FROM activity_versions
             ORDER BY activity_id, version",
            &[],
        )?;
        Ok(rows
            .iter()
            .map(|r| VersionRecord {
                activity_id: r.get(0),
                version: u64::try_from(r.get::<_, i64>(1)).unwrap_or_default(),
                author: Author::from_columns(r.get(2), r.get(3)),
            })
            .collect())
    }
}
