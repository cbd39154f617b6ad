//! Enrollment in SQLite: a code used once, or again by the install that used it.

use super::{device_row, to_device, Sqlite, DEVICE_SELECT};
use crate::storage::{Enrolled, Enrollment, StorageError};
use rusqlite::{OptionalExtension, TransactionBehavior};

pub(super) fn enroll(db: &Sqlite, e: &Enrollment<'_>) -> Result<Enrolled, StorageError> {
    let mut conn = db.conn()?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let now = e.now.to_rfc3339();
    let first_use: Option<i64> = tx
        .query_row(
            "UPDATE enrollment_codes SET used_at = ?2, install_id = ?3
             WHERE code_hash = ?1 AND used_at IS NULL AND expires_at > ?2
             RETURNING user_id",
            (e.code_hash, &now, e.install_id),
            |r| r.get(0),
        )
        .optional()?;
    let (id, last_applied) = match first_use {
        Some(user_id) => {
            let id = uuid::Uuid::now_v7().to_string();
            tx.execute(
                "INSERT INTO devices (id, user_id, token_hash, app_version, enrolled_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                (&id, user_id, e.token_hash, e.app_version, &now),
            )?;
            tx.execute(
                "UPDATE enrollment_codes SET device_id = ?2 WHERE code_hash = ?1",
                (e.code_hash, &id),
            )?;
            (id, 0)
        }
        None => {
            let used: Option<(Option<String>, Option<String>)> = tx
                .query_row(
                    "SELECT install_id, device_id FROM enrollment_codes
                     WHERE code_hash = ?1 AND used_at IS NOT NULL AND expires_at > ?2",
                    (e.code_hash, &now),
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let device = crate::storage::retried_device(used, e.install_id)?;
            let last_seq: Option<i64> = tx
                .query_row(
                    "UPDATE devices SET retry_token_hash = ?2, app_version = ?3
                     WHERE id = ?1 AND revoked_at IS NULL RETURNING last_seq",
                    (&device, e.token_hash, e.app_version),
                    |r| r.get(0),
                )
                .optional()?;
            let last_seq = last_seq.ok_or(StorageError::InvalidCode)?;
            (device, u64::try_from(last_seq).unwrap_or_default())
        }
    };
    let row = tx.query_row(
        &format!("{DEVICE_SELECT} WHERE d.id = ?1"),
        [&id],
        device_row,
    )?;
    tx.commit()?;
    Ok(Enrolled {
        device: to_device(row)?,
        last_applied,
    })
}
