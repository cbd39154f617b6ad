//! What the server holds, read back, in SQLite.

use super::Sqlite;
use crate::storage::inspect::Inspect;
use crate::storage::{
    activity_from_columns, conflict_from_columns, Author, KeptConflict, ServerActivity,
    StorageError, VersionRecord,
};
use brobygge_model::ActivityId;
use rusqlite::OptionalExtension;

impl Inspect for Sqlite {
    fn activity(&self, id: &ActivityId) -> Result<Option<ServerActivity>, StorageError> {
        let conn = self.read()?;
        let row = conn
            .query_row(
                "SELECT id, user_id, version, deleted, document FROM activities WHERE id = ?1",
                [&id.0],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, bool>(3)?,
                        r.get::<_, String>(4)?,
                    ))
                },
            )
            .optional()?;
        row.map(|(id, owner, version, deleted, document)| {
            activity_from_columns(id, owner, version, deleted, &document)
        })
        .transpose()
    }

    fn activities(&self) -> Result<Vec<ServerActivity>, StorageError> {
        let conn = self.read()?;
        let mut stmt = conn.prepare(
            "SELECT id, user_id, version, deleted, document FROM activities ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        let mut all = Vec::new();
        while let Some(r) = rows.next()? {
            all.push(activity_from_columns(
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get_ref(4)?.as_str().map_err(rusqlite::Error::from)?,
            )?);
        }
        Ok(all)
    }

    fn conflicts(&self) -> Result<Vec<KeptConflict>, StorageError> {
        let conn = self.read()?;
        let mut stmt = conn.prepare(
            "SELECT activity_id, version, field, kept, lost, lost_device, lost_coordinator, id,
                 settled_at IS NOT NULL
             FROM conflicts ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        let mut all = Vec::new();
        while let Some(r) = rows.next()? {
            let conflict = conflict_from_columns(
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get_ref(3)?.as_str().map_err(rusqlite::Error::from)?,
                r.get_ref(4)?.as_str().map_err(rusqlite::Error::from)?,
                Author::from_columns(r.get(5)?, r.get(6)?),
            )?;
            all.push(KeptConflict {
                id: r.get(7)?,
                settled: r.get(8)?,
                conflict,
            });
        }
        Ok(all)
    }

    fn history(&self) -> Result<Vec<VersionRecord>, StorageError> {
        let conn = self.read()?;
        let mut stmt = conn.prepare(
            "SELECT activity_id, version, device_id, coordinator FROM activity_versions
             ORDER BY activity_id, version",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(VersionRecord {
                activity_id: r.get(0)?,
                version: u64::try_from(r.get::<_, i64>(1)?).unwrap_or_default(),
                author: Author::from_columns(r.get(2)?, r.get(3)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
