//! Disabling accounts, changing passwords and password resets in PostgreSQL.

use super::Postgres;
use crate::storage::account_control::{may_reset, AccountControl};
use crate::storage::StorageError;
use chrono::{DateTime, Utc};

impl AccountControl for Postgres {
    fn set_disabled(
        &self,
        user_id: i64,
        disabled: bool,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        let was: bool = tx
            .query_opt(
                "SELECT disabled_at IS NOT NULL FROM users WHERE id = $1 FOR UPDATE",
                &[&user_id],
            )?
            .ok_or(StorageError::NotFound)?
            .get(0);
        if was == disabled {
            return Ok(false);
        }
        if disabled {
            tx.execute(
                "UPDATE users SET disabled_at = $2 WHERE id = $1",
                &[&user_id, &now],
            )?;
            // Everything that lets the user in ends: sessions, devices, codes, the reset.
            tx.execute("DELETE FROM sessions WHERE user_id = $1", &[&user_id])?;
            tx.execute(
                "UPDATE devices SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL",
                &[&user_id, &now],
            )?;
            tx.execute(
                "UPDATE enrollment_codes SET expires_at = $2 WHERE user_id = $1 AND expires_at > $2",
                &[&user_id, &now],
            )?;
            tx.execute(
                "DELETE FROM password_resets WHERE user_id = $1",
                &[&user_id],
            )?;
        } else {
            tx.execute(
                "UPDATE users SET disabled_at = NULL WHERE id = $1",
                &[&user_id],
            )?;
        }
        tx.commit()?;
        Ok(true)
    }

    fn is_disabled(&self, user_id: i64) -> Result<bool, StorageError> {
        let row = self.client()?.query_opt(
            "SELECT disabled_at IS NOT NULL FROM users WHERE id = $1",
            &[&user_id],
        )?;
        Ok(row.ok_or(StorageError::NotFound)?.get(0))
    }

    fn change_password(&self, user_id: i64, password_hash: &str) -> Result<(), StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        let changed = tx.execute(
            "UPDATE users SET password_hash = $2 WHERE id = $1 AND login IS NOT NULL",
            &[&user_id, &password_hash],
        )?;
        if changed == 0 {
            return Err(StorageError::NotFound);
        }
        tx.execute("DELETE FROM sessions WHERE user_id = $1", &[&user_id])?;
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
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        let row = tx
            .query_opt(
                "SELECT role, login, disabled_at IS NOT NULL FROM users WHERE id = $1 FOR UPDATE",
                &[&user_id],
            )?
            .ok_or(StorageError::NotFound)?;
        let (role, current, disabled): (String, Option<String>, bool) =
            (row.get(0), row.get(1), row.get(2));
        may_reset(&role, disabled)?;
        let login = match (login, current) {
            (Some(wanted), _) => {
                let taken = tx
                    .query_opt(
                        "SELECT 1 FROM users WHERE login = $1 AND id <> $2",
                        &[&wanted, &user_id],
                    )?
                    .is_some();
                if taken {
                    return Err(StorageError::Invalid(format!(
                        "the login name {wanted} is taken"
                    )));
                }
                tx.execute(
                    "UPDATE users SET login = $2 WHERE id = $1",
                    &[&user_id, &wanted],
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
            "INSERT INTO password_resets (user_id, code_hash, expires_at) VALUES ($1, $2, $3)
             ON CONFLICT (user_id) DO UPDATE SET
                 code_hash = excluded.code_hash, expires_at = excluded.expires_at",
            &[&user_id, &code_hash, &expires],
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
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        // Locked: the same code used twice at once succeeds once.
        let user: i64 = tx
            .query_opt(
                "SELECT u.id FROM password_resets r JOIN users u ON u.id = r.user_id
                 WHERE u.login = $1 AND r.code_hash = $2 AND r.expires_at > $3
                   AND u.disabled_at IS NULL
                 FOR UPDATE OF r",
                &[&login, &code_hash, &now],
            )?
            .ok_or(StorageError::InvalidCode)?
            .get(0);
        tx.execute(
            "UPDATE users SET password_hash = $2 WHERE id = $1",
            &[&user, &password_hash],
        )?;
        let used = tx.execute(
            "DELETE FROM password_resets WHERE user_id = $1 AND code_hash = $2",
            &[&user, &code_hash],
        )?;
        if used == 0 {
            return Err(StorageError::InvalidCode);
        }
        tx.execute("DELETE FROM sessions WHERE user_id = $1", &[&user])?;
        tx.commit()?;
        Ok(user)
    }
}
