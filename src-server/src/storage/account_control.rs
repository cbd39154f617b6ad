//! What an administrator does to accounts, and what a coordinator does to their own: disabling
//! an account (its sessions end, its devices are revoked, its unused codes and password reset
//! stop working) and enabling it again, changing a password (every session of the account
//! ends), and a one-time password reset that an administrator hands out and the account's
//! owner uses once, within a day, to choose a new password.

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
