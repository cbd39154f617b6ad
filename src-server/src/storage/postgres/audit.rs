//! The audit log in PostgreSQL.

use super::Postgres;
use crate::storage::audit::{Audit, AuditEntry, INSERT_POSTGRES, SELECT};
use crate::storage::StorageError;

/// Writes `e` through `client`, which may be a transaction with the change it records.
pub(super) fn insert(
    client: &mut impl postgres::GenericClient,
    e: &AuditEntry,
) -> Result<(), postgres::Error> {
    let detail = e.detail.to_string();
    client.execute(
        INSERT_POSTGRES,
        &[&e.at, &e.actor, &e.action, &e.subject, &detail, &e.actor_id],
    )?;
    Ok(())
}

impl Audit for Postgres {
    fn record(&self, e: &AuditEntry) -> Result<(), StorageError> {
        Ok(insert(&mut *self.client()?, e)?)
    }

    fn audit_log(&self, limit: u32) -> Result<Vec<AuditEntry>, StorageError> {
        self.client()?
            .query(&format!("{SELECT} $1"), &[&i64::from(limit)])?
            .iter()
            .map(|r| {
                Ok(AuditEntry {
                    at: r.get(0),
                    actor: r.get(1),
                    actor_id: r.get(5),
                    action: r.get(2),
                    subject: r.get(3),
                    detail: serde_json::from_str(r.get::<_, &str>(4))?,
                })
            })
            .collect()
    }
}
