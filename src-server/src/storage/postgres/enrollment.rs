//! Enrollment in PostgreSQL: a code used once, or again by the install that used it.

use super::{to_device, Postgres, DEVICE_SELECT};
use crate::storage::{Enrolled, Enrollment, StorageError};

pub(super) fn enroll(db: &Postgres, e: &Enrollment<'_>) -> Result<Enrolled, StorageError> {
    let mut client = db.client()?;
    let mut tx = client.transaction()?;
    let first_use = tx.query_opt(
        "UPDATE enrollment_codes SET used_at = $2, install_id = $3
         WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2
         RETURNING user_id",
        &[&e.code_hash, &e.now, &e.install_id],
    )?;
    let (id, last_applied) = match first_use {
        Some(row) => {
            let user_id: i64 = row.get(0);
            let id = uuid::Uuid::now_v7().to_string();
            tx.execute(
                "INSERT INTO devices (id, user_id, token_hash, app_version, enrolled_at)
                 VALUES ($1, $2, $3, $4, $5)",
                &[&id, &user_id, &e.token_hash, &e.app_version, &e.now],
            )?;
            tx.execute(
                "UPDATE enrollment_codes SET device_id = $2 WHERE code_hash = $1",
                &[&e.code_hash, &id],
            )?;
            (id, 0)
        }
        None => {
            let used = tx
                .query_opt(
                    "SELECT install_id, device_id FROM enrollment_codes
                     WHERE code_hash = $1 AND used_at IS NOT NULL AND expires_at > $2",
                    &[&e.code_hash, &e.now],
                )?
                .map(|r| (r.get(0), r.get(1)));
            let device = crate::storage::retried_device(used, e.install_id)?;
            let last_seq: i64 = tx
                .query_opt(
                    "UPDATE devices SET retry_token_hash = $2, app_version = $3
                     WHERE id = $1 AND revoked_at IS NULL RETURNING last_seq",
                    &[&device, &e.token_hash, &e.app_version],
                )?
                .ok_or(StorageError::InvalidCode)?
                .get(0);
            (device, u64::try_from(last_seq).unwrap_or_default())
        }
    };
    let row = tx.query_one(&format!("{DEVICE_SELECT} WHERE d.id = $1"), &[&id])?;
    tx.commit()?;
    Ok(Enrolled {
        device: to_device(&row)?,
        last_applied,
    })
}
