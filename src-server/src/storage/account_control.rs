//! What an administrator does to accounts, and what a coordinator does to their own: disabling
//! an account (its sessions end, its devices are revoked, its unused codes and password reset
//! stop working) and enabling it again, changing a password (every session of the account
//! ends), and a one-time password reset that an administrator hands out and the account's
//! owner uses once, within a day, to choose a new password.

use super::sql::{SqlBackend, SqlTx, Value};
use super::StorageError;
use chrono::{DateTime, Utc};

pub trait AccountControl {
    /// Disables the user, or enables them again. Disabling ends their sessions, revokes their
    /// devices and ends their unused enrollment codes and password reset, in one transaction;
    /// enabling gives nothing back: the user logs in again, or gets a new code for a device.
    /// Answers whether anything changed; [`StorageError::NotFound`] for an unknown user.
    fn set_disabled(
        &self,
        user_id: i64,
        disabled: bool,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError>;
    /// Whether the user is disabled; [`StorageError::NotFound`] for an unknown user.
    fn is_disabled(&self, user_id: i64) -> Result<bool, StorageError>;
    /// Sets a new password hash, and ends every session of the user.
    fn change_password(&self, user_id: i64, password_hash: &str) -> Result<(), StorageError>;
    /// Keeps a one-time password reset for a coordinator or administrator, in place of any
    /// earlier one. A `login` name is given to the account first (refused when another user
    /// has it); an account without one needs it. Answers the account's login name.
    fn add_password_reset(
        &self,
        user_id: i64,
        login: Option<&str>,
        code_hash: &str,
        expires: DateTime<Utc>,
    ) -> Result<String, StorageError>;
    /// Uses the reset `code_hash` of the account named `login`, in one transaction: when it is
    /// theirs, has not expired and the account is not disabled, the password becomes
    /// `password_hash`, the reset is used up and every session of the account ends. Answers
    /// the user's id; [`StorageError::InvalidCode`] otherwise, whichever way it failed.
    fn use_password_reset(
        &self,
        login: &str,
        code_hash: &str,
        password_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<i64, StorageError>;
}

/// The schema step in SQLite: when an account was disabled, when each session was last used
/// (sessions from before end: their last use is unknown), who made an audited change by user
/// id, and the password resets.
pub(crate) const ACCOUNT_CONTROL_SQLITE: &str = "
ALTER TABLE users ADD COLUMN disabled_at TEXT;
DELETE FROM sessions;
ALTER TABLE sessions ADD COLUMN last_seen TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN actor_id INTEGER;
CREATE TABLE password_resets (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id),
    code_hash  TEXT NOT NULL UNIQUE,
    expires_at TEXT NOT NULL
);";

/// The same step in PostgreSQL.
pub(crate) const ACCOUNT_CONTROL_POSTGRES: &str = "
ALTER TABLE users ADD COLUMN disabled_at TIMESTAMPTZ;
DELETE FROM sessions;
ALTER TABLE sessions ADD COLUMN last_seen TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE audit_log ADD COLUMN actor_id BIGINT;
CREATE TABLE password_resets (
    user_id    BIGINT PRIMARY KEY REFERENCES users (id),
    code_hash  TEXT NOT NULL UNIQUE,
    expires_at TIMESTAMPTZ NOT NULL
);";

/// Refuses a password reset for a guide or staff (they have no password) and for a disabled
/// account.
pub(crate) fn may_reset(role: &str, disabled: bool) -> Result<(), StorageError> {
    super::accounts::may_have_password(role)?;
    if disabled {
        return Err(StorageError::Disabled);
    }
    Ok(())
}

/// Both backends, in one SQL.
impl<B: SqlBackend> AccountControl for B {
    fn set_disabled(
        &self,
        user_id: i64,
        disabled: bool,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        self.write(|tx| {
            let lock = tx.dialect().for_update("");
            let was = tx
                .query_opt(
                    &format!("SELECT disabled_at IS NOT NULL FROM users WHERE id = ?1{lock}"),
                    &[user_id.into()],
                )?
                .ok_or(StorageError::NotFound)?
                .bool(0)?;
            if was == disabled {
                return Ok(false);
            }
            let (user, now) = (Value::from(user_id), Value::from(now));
            if !disabled {
                tx.execute(
                    "UPDATE users SET disabled_at = NULL WHERE id = ?1",
                    &[user],
                )?;
                return Ok(true);
            }
            let both = [user.clone(), now];
            tx.execute("UPDATE users SET disabled_at = ?2 WHERE id = ?1", &both)?;
            // Everything that lets the user in ends: sessions, devices, codes, the reset.
            tx.execute("DELETE FROM sessions WHERE user_id = ?1", &both[..1])?;
            tx.execute(
                "UPDATE devices SET revoked_at = ?2 WHERE user_id = ?1 AND revoked_at IS NULL",
                &both,
            )?;
            tx.execute(
                "UPDATE enrollment_codes SET expires_at = ?2 WHERE user_id = ?1 AND expires_at > ?2",
                &both,
            )?;
            tx.execute("DELETE FROM password_resets WHERE user_id = ?1", &both[..1])?;
            Ok(true)
        })
    }

    fn is_disabled(&self, user_id: i64) -> Result<bool, StorageError> {
        self.read(|db| {
            db.query_opt(
                "SELECT disabled_at IS NOT NULL FROM users WHERE id = ?1",
                &[user_id.into()],
            )?
            .ok_or(StorageError::NotFound)?
            .bool(0)
        })
    }

    fn change_password(&self, user_id: i64, password_hash: &str) -> Result<(), StorageError> {
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE users SET password_hash = ?2 WHERE id = ?1 AND login IS NOT NULL",
                &[user_id.into(), password_hash.into()],
            )?;
            if changed == 0 {
                return Err(StorageError::NotFound);
            }
            tx.execute("DELETE FROM sessions WHERE user_id = ?1", &[user_id.into()])?;
            Ok(())
        })
    }

    fn add_password_reset(
        &self,
        user_id: i64,
        login: Option<&str>,
        code_hash: &str,
        expires: DateTime<Utc>,
    ) -> Result<String, StorageError> {
        self.write(|tx| {
            let lock = tx.dialect().for_update("");
            let row = tx
                .query_opt(
                    &format!(
                        "SELECT role, login, disabled_at IS NOT NULL FROM users WHERE id = ?1{lock}"
                    ),
                    &[user_id.into()],
                )?
                .ok_or(StorageError::NotFound)?;
            may_reset(&row.text(0)?, row.bool(2)?)?;
            let login = match (login, row.opt_text(1)?) {
                (Some(wanted), _) => give_login(tx, user_id, wanted)?,
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
                &[user_id.into(), code_hash.into(), expires.into()],
            )?;
            Ok(login)
        })
    }

    fn use_password_reset(
        &self,
        login: &str,
        code_hash: &str,
        password_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<i64, StorageError> {
        self.write(|tx| {
            // Locked: the same code used twice at once succeeds once.
            let lock = tx.dialect().for_update("r");
            let user = tx
                .query_opt(
                    &format!(
                        "SELECT u.id FROM password_resets r JOIN users u ON u.id = r.user_id
                         WHERE u.login = ?1 AND r.code_hash = ?2 AND r.expires_at > ?3
                           AND u.disabled_at IS NULL{lock}"
                    ),
                    &[login.into(), code_hash.into(), now.into()],
                )?
                .ok_or(StorageError::InvalidCode)?
                .int(0)?;
            tx.execute(
                "UPDATE users SET password_hash = ?2 WHERE id = ?1",
                &[user.into(), password_hash.into()],
            )?;
            let used = tx.execute(
                "DELETE FROM password_resets WHERE user_id = ?1 AND code_hash = ?2",
                &[user.into(), code_hash.into()],
            )?;
            if used == 0 {
                return Err(StorageError::InvalidCode);
            }
            tx.execute("DELETE FROM sessions WHERE user_id = ?1", &[user.into()])?;
            Ok(user)
        })
    }
}

/// Gives the account the login name `wanted`, unless another user has it.
fn give_login(tx: &mut dyn SqlTx, user_id: i64, wanted: &str) -> Result<String, StorageError> {
    let taken = tx
        .query_opt(
            "SELECT 1 FROM users WHERE login = ?1 AND id <> ?2",
            &[wanted.into(), user_id.into()],
        )?
        .is_some();
    if taken {
        return Err(StorageError::Invalid(format!(
            "the login name {wanted} is taken"
        )));
    }
    tx.execute(
        "UPDATE users SET login = ?2 WHERE id = ?1",
        &[user_id.into(), wanted.into()],
    )?;
    Ok(wanted.to_owned())
}
