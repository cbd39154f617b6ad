//! The audit log: who corrected an entry, revoked a device, exported a report or changed a
//! role, and when. Administrators read it. A correction is recorded in the same transaction
//! as the correction itself ([`super::SyncTx::record`]).

use super::sql::{SqlBackend, SqlTx};
use super::StorageError;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AuditEntry {
    /// When, in UTC (RFC 3339).
    pub at: String,
    /// Who: a coordinator's or administrator's name as it was then, or `command line`.
    pub actor: String,
    /// Who, for certain: the user's id (none for the command line). Names change and repeat.
    pub actor_id: Option<i64>,
    /// What: `correct`, `revoke-device`, ...
    pub action: String,
    /// What it was done to: an activity's or a device's id.
    pub subject: String,
    pub detail: serde_json::Value,
}

impl AuditEntry {
    pub fn now(actor: &str, action: &str, subject: &str, detail: serde_json::Value) -> Self {
        AuditEntry {
            at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            actor: actor.to_owned(),
            actor_id: None,
            action: action.to_owned(),
            subject: subject.to_owned(),
            detail,
        }
    }

    /// An entry made by a logged-in coordinator or administrator, by id and name.
    pub fn by(
        account: &super::accounts::Account,
        action: &str,
        subject: &str,
        detail: serde_json::Value,
    ) -> Self {
        AuditEntry {
            actor_id: Some(account.user_id),
            ..AuditEntry::now(&account.profile.name, action, subject, detail)
        }
    }
}

pub trait Audit {
    fn record(&self, entry: &AuditEntry) -> Result<(), StorageError>;
    /// The latest `limit` entries, newest first.
    fn audit_log(&self, limit: u32) -> Result<Vec<AuditEntry>, StorageError>;
}

/// Writes `e` in `tx`, which may be the transaction of the change it records.
pub(crate) fn insert(tx: &mut dyn SqlTx, e: &AuditEntry) -> Result<(), StorageError> {
    tx.execute(
        "INSERT INTO audit_log (at, actor, action, subject, detail, actor_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        &[
            e.at.as_str().into(),
            e.actor.as_str().into(),
            e.action.as_str().into(),
            e.subject.as_str().into(),
            e.detail.to_string().as_str().into(),
            e.actor_id.into(),
        ],
    )?;
    Ok(())
}

/// Both backends, in one SQL.
impl<B: SqlBackend> Audit for B {
    fn record(&self, e: &AuditEntry) -> Result<(), StorageError> {
        self.write(|tx| insert(tx, e))
    }

    fn audit_log(&self, limit: u32) -> Result<Vec<AuditEntry>, StorageError> {
        let rows = self.read(|db| {
            db.query(
                "SELECT at, actor, action, subject, detail, actor_id FROM audit_log
                 ORDER BY id DESC LIMIT ?1",
                &[i64::from(limit).into()],
            )
        })?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    at: r.text(0)?,
                    actor: r.text(1)?,
                    actor_id: r.opt_int(5)?,
                    action: r.text(2)?,
                    subject: r.text(3)?,
                    detail: serde_json::from_str(&r.text(4)?)?,
                })
            })
            .collect()
    }
}
