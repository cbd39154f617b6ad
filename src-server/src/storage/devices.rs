//! Users, their enrollment codes and their devices, written once for both backends
//! ([`super::sql`]).

use super::sql::{Row, SqlBackend, Value};
use super::{device_from_columns, retried_device, role_str};
use super::{Device, Enrolled, Enrollment, NewUser, StorageError};
use chrono::{DateTime, Utc};

/// The users the server knows, the one-time codes that enroll their devices, and the devices.
pub trait Devices {
    fn create_user(&self, user: &NewUser) -> Result<i64, StorageError>;
    /// Stores the hash of a one-time enrollment code for `user_id`. The user's earlier codes
    /// that were not used expire at once: the newest code handed out is the only one valid.
    fn add_code(
        &self,
        user_id: i64,
        code_hash: &str,
        expires: DateTime<Utc>,
    ) -> Result<(), StorageError>;
    /// Uses up a code and creates a device holding `token_hash`, in one transaction, for a
    /// caller that names no install (the command line, benches).
    fn enroll(
        &self,
        code_hash: &str,
        token_hash: &str,
        app_version: &str,
        now: DateTime<Utc>,
    ) -> Result<Device, StorageError> {
        let enrollment = Enrollment {
            code_hash,
            token_hash,
            app_version,
            install_id: None,
            now,
        };
        Ok(self.enroll_install(&enrollment)?.device)
    }
    /// Uses up a code and creates a device holding `token_hash`, in one transaction. The
    /// install that used a code may use it again until it expires (its first answer was
    /// lost): its device, unless revoked, then holds the new token beside its first. Another
    /// install is refused with [`StorageError::CodeUsedElsewhere`].
    fn enroll_install(&self, enrollment: &Enrollment<'_>) -> Result<Enrolled, StorageError>;
    /// The device holding `token_hash`: its first token, or the one of a retried enrollment.
    fn device(&self, token_hash: &str) -> Result<Option<Device>, StorageError>;
    /// Returns whether the device existed and was not already revoked.
    fn revoke(&self, device_id: &str) -> Result<bool, StorageError>;
    /// When the device was enrolled, if it exists.
    fn enrolled_at(&self, device_id: &str) -> Result<Option<DateTime<Utc>>, StorageError>;
}

/// A device and its user, as [`to_device`] reads them.
const DEVICE_SELECT: &str =
    "SELECT d.id, d.user_id, d.revoked_at IS NOT NULL OR u.disabled_at IS NOT NULL,
            u.name, u.role, u.projects
     FROM devices d JOIN users u ON u.id = d.user_id";

fn to_device(r: &Row) -> Result<Device, StorageError> {
    device_from_columns(
        r.text(0)?,
        r.int(1)?,
        r.bool(2)?,
        r.text(3)?,
        r.text(4)?,
        r.text(5)?,
    )
}

/// Both backends, in one SQL.
impl<B: SqlBackend> Devices for B {
    fn create_user(&self, user: &NewUser) -> Result<i64, StorageError> {
        self.write(|tx| {
            tx.query_opt(
                "INSERT INTO users (name, role, projects) VALUES (?1, ?2, ?3) RETURNING id",
                &[
                    user.name.as_str().into(),
                    role_str(user.role).into(),
                    serde_json::to_string(&user.projects)?.as_str().into(),
                ],
            )?
            .ok_or_else(|| StorageError::Database("no id for the new user".into()))?
            .int(0)
        })
    }

    fn add_code(
        &self,
        user_id: i64,
        code_hash: &str,
        expires: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        let now = Value::from(Utc::now());
        self.write(|tx| {
            // The user's unused codes expire now; expired codes are forgotten (a used one only
            // once it expired, as the install that used it may retry it until then).
            tx.execute(
                "UPDATE enrollment_codes SET expires_at = ?2
                 WHERE user_id = ?1 AND used_at IS NULL AND expires_at > ?2",
                &[user_id.into(), now.clone()],
            )?;
            tx.execute(
                "DELETE FROM enrollment_codes WHERE expires_at < ?1",
                std::slice::from_ref(&now),
            )?;
            tx.execute(
                "INSERT INTO enrollment_codes (code_hash, user_id, expires_at) VALUES (?1, ?2, ?3)",
                &[code_hash.into(), user_id.into(), expires.into()],
            )?;
            Ok(())
        })
    }

    fn enroll_install(&self, e: &Enrollment<'_>) -> Result<Enrolled, StorageError> {
        let now = Value::from(e.now);
        self.write(|tx| {
            let first_use = tx.query_opt(
                "UPDATE enrollment_codes SET used_at = ?2, install_id = ?3
                 WHERE code_hash = ?1 AND used_at IS NULL AND expires_at > ?2
                 RETURNING user_id",
                &[e.code_hash.into(), now.clone(), e.install_id.into()],
            )?;
            let (id, last_applied) = match first_use {
                Some(row) => {
                    let id = uuid::Uuid::now_v7().to_string();
                    tx.execute(
                        "INSERT INTO devices (id, user_id, token_hash, app_version, enrolled_at)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        &[
                            id.as_str().into(),
                            row.int(0)?.into(),
                            e.token_hash.into(),
                            e.app_version.into(),
                            now.clone(),
                        ],
                    )?;
                    tx.execute(
                        "UPDATE enrollment_codes SET device_id = ?2 WHERE code_hash = ?1",
                        &[e.code_hash.into(), id.as_str().into()],
                    )?;
                    (id, 0)
                }
                None => {
                    let used = tx
                        .query_opt(
                            "SELECT install_id, device_id FROM enrollment_codes
                             WHERE code_hash = ?1 AND used_at IS NOT NULL AND expires_at > ?2",
                            &[e.code_hash.into(), now.clone()],
                        )?
                        .map(|r| Ok::<_, StorageError>((r.opt_text(0)?, r.opt_text(1)?)))
                        .transpose()?;
                    let device = retried_device(used, e.install_id)?;
                    let last_seq = tx
                        .query_opt(
                            "UPDATE devices SET retry_token_hash = ?2, app_version = ?3
                             WHERE id = ?1 AND revoked_at IS NULL RETURNING last_seq",
                            &[
                                device.as_str().into(),
                                e.token_hash.into(),
                                e.app_version.into(),
                            ],
                        )?
                        .ok_or(StorageError::InvalidCode)?
                        .int(0)?;
                    (device, u64::try_from(last_seq).unwrap_or_default())
                }
            };
            let row = tx
                .query_opt(
                    &format!("{DEVICE_SELECT} WHERE d.id = ?1"),
                    &[id.as_str().into()],
                )?
                .ok_or(StorageError::NotFound)?;
            Ok(Enrolled {
                device: to_device(&row)?,
                last_applied,
            })
        })
    }

    fn device(&self, token_hash: &str) -> Result<Option<Device>, StorageError> {
        let sql = format!("{DEVICE_SELECT} WHERE d.token_hash = ?1 OR d.retry_token_hash = ?1");
        let row = self.read(|r| r.query_opt(&sql, &[token_hash.into()]))?;
        row.as_ref().map(to_device).transpose()
    }

    fn revoke(&self, device_id: &str) -> Result<bool, StorageError> {
        let changed = self.write(|tx| {
            tx.execute(
                "UPDATE devices SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
                &[device_id.into(), Utc::now().into()],
            )
        })?;
        Ok(changed == 1)
    }

    fn enrolled_at(&self, device_id: &str) -> Result<Option<DateTime<Utc>>, StorageError> {
        let row = self.read(|r| {
            r.query_opt(
                "SELECT enrolled_at FROM devices WHERE id = ?1",
                &[device_id.into()],
            )
        })?;
        Ok(row.map(|r| r.opt_time(0)).transpose()?.flatten())
    }
}
