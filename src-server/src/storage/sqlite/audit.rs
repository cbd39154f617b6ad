//! The audit log in SQLite.

use super::Sqlite;
use crate::storage::audit::{Audit, AuditEntry, INSERT_SQLITE, SELECT};
use crate::storage::StorageError;

/// Writes `e` through `conn`, which may be in a transaction with the change it records.
pub(super) fn insert(conn: &rusqlite::Connection, e: &AuditEntry) -> rusqlite::Result<()> {
    conn.prepare_cached(INSERT_SQLITE)?.execute((
        &e.at,
        &e.actor,
        &e.action,
        &e.subject,
        e.detail.to_string(),
        e.actor_id,
    ))?;
    Ok(())
}

impl Audit for Sqlite {
    fn record(&self, e: &AuditEntry) -> Result<(), StorageError> {
        Ok(insert(&*self.conn()?, e)?)
    }

    fn audit_log(&self, limit: u32) -> Result<Vec<AuditEntry>, StorageError> {
        let conn = self.read()?;
        let mut stmt = conn.prepare(&format!("{SELECT} ?1"))?;
        let rows = stmt
            .query_map([limit], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get::<_, String>(4)?,
                    r.get(5)?,
                ))
            })?
            .collect::<Result<Vec<(String, String, String, String, String, Option<i64>)>, _>>()?;
        rows.into_iter()
            .map(|(at, actor, action, subject, detail, actor_id)| {
                Ok(AuditEntry {
                    at,
                    actor,
                    actor_id,
                    action,
                    subject,
                    detail: serde_json::from_str(&detail)?,
                })
            })
            .collect()
    }
}
