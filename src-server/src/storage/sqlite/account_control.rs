//! Disabling accounts, changing passwords and password resets in SQLite.

use super::Sqlite;
use crate::storage::account_control::AccountControl;
use crate::storage::StorageError;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, TransactionBehavior};

impl AccountControl for Sqlite {
    fn set_disabled(
        &self,
        user_id: i64,
        disabled: bool,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let was: Option<bool> = tx
            .query_row(
                "SELECT disabled_at IS NOT NULL FROM users WHERE id = ?1",
                [user_id],
                |r| r.get(0),
            )
            .optional()?;
        let was = was.ok_or(StorageError::NotFound)?;
        if was == disabled {
            return Ok(false);
        }
        let now = now.to_rfc3339();
        if disabled {
            tx.execute(
                "UPDATE users SET disabled_at = ?2 WHERE id = ?1",
                (user_id, &now),
            )?;
            // Everything that lets the user in ends: sessions, devices, codes, the reset.
            tx.execute("DELETE FROM sessions WHERE user_id = ?1", [user_id])?;
            tx.execute(
                "UPDATE devices SET revoked_at = ?2 WHERE user_id = ?1 AND revoked_at IS NULL",
                (user_id, &now),
            )?;
            tx.execute(
                "UPDATE enrollment_codes SET expires_at = ?2 WHERE user_id = ?1 AND expires_at > ?2",
                (user_id, &now),
            )?;
            tx.execute("DELETE FROM password_resets WHERE user_id = ?1", [user_id])?;
        } else {
            tx.execute(
                "UPDATE users SET disabled_at = NULL WHERE id = ?1",
                [user_id],
            )?;
        }
        tx.commit()?;
        Ok(true)
    }

    fn is_disabled(&self, user_id: i64) -> Result<bool, StorageError> {
        let disabled: Option<bool> = self
            .read()?
            .query_row(
                "SELECT disabled_at IS NOT NULL FROM users WHERE id = ?1",
                [user_id],
                |r| r.get(0),
            )
            .optional()?;
        disabled.ok_or(StorageError::NotFound)
    }

    fn change_password(&self, user_id: i64, password_hash: &str) -> Result<(), StorageError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let changed = tx.execute(
            "UPDATE users SET password_hash = ?2 WHERE id = ?1 AND login IS NOT NULL",
            (user_id, password_hash),
        )?;
        if changed == 0 {
            return Err(StorageError::NotFound);
        }
        tx.execute("DELETE FROM sessions WHERE user_id = ?1", [user_id])?;
        tx.commit()?;
        Ok(())
    }

    fn add_password_reset(
        &self,
        user_id: i64,
        login: Option<&str>,
        code_hash: &str,
        expires: DateTime<Utc>,
    ) -> Result<String, StorageError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found: Option<(String, Option<String>, bool)> = tx
            .query_row(
                "SELECT role, login, disabled_at IS NOT NULL FROM users WHERE id = ?1",
                [user_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let (role, current, disabled) = found.ok_or(StorageError::NotFound)?;
        crate::storage::account_control::may_reset(&role, disabled)?;
        let login = match (login, current) {
            (Some(wanted), _) => {
                let taken: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM users WHERE login = ?1 AND id <> ?2)",
                    (wanted, user_id),
                    |r| r.get(0),
                )?;
                if taken {
                    return Err(StorageError::Invalid(format!(
                        "the login name {wanted} is taken"
                    )));
                }
                tx.execute(
                    "UPDATE users SET login = ?2 WHERE id = ?1",
                    (user_id, wanted),
                )?;
                wanted.to_owned()
            }
            (None, Some(current)) => current,
            (None, None) => {
                return Err(StorageError::Invalid(
                    "the account needs a login name".into(),
                ))
            }
        };
        tx.execute(
            "INSERT INTO password_resets (user_id, code_hash, expires_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (user_id) DO UPDATE SET
                 code_hash = excluded.code_hash, expires_at = excluded.expires_at",
            (user_id, code_hash, expires.to_rfc3339()),
        )?;
        tx.commit()?;
        Ok(login)
    }

    fn use_password_reset(
        &self,
        login: &str,
        code_hash: &str,
        password_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<i64, StorageError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let user: Option<i64> = tx
            .query_row(
                "SELECT u.id FROM password_resets r JOIN users u ON u.id = r.user_id
                 WHERE u.login = ?1 AND r.code_hash = ?2 AND r.expires_at > ?3
                   AND u.disabled_at IS NULL",
                (login, code_hash, now.to_rfc3339()),
                |r| r.get(0),
            )
            .optional()?;
        let user = user.ok_or(StorageError::InvalidCode)?;
        tx.execute(
            "UPDATE users SET password_hash = ?2 WHERE id = ?1",
            (user, password_hash),
        )?;
        tx.execute("DELETE FROM password_resets WHERE user_id = ?1", [user])?;
        tx.execute("DELETE FROM sessions WHERE user_id = ?1", [user])?;
        tx.commit()?;
        Ok(user)
    }
}
