//! Coordinators and administrators log in to the web pages with a login name and a password
//! (stored only as an Argon2id hash) and get a session (stored only as the hash of its token).
//! Guides and staff have no password: they use a device. Viewers (the steering group, the
//! co-funding region) log in too, and read the overview and reports only.

use super::StorageError;
use brobygge_model::sync::{Role, ServerProfile};
use chrono::{DateTime, Utc};

/// A user who can log in, as a session knows them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Account {
    pub user_id: i64,
    pub login: String,
    #[serde(flatten)]
    pub profile: ServerProfile,
}

impl Account {
    /// Whether the role may have a password at all.
    pub fn may_log_in(role: Role) -> bool {
        matches!(role, Role::Coordinator | Role::Admin | Role::Viewer)
    }
}

/// Refuses a password to a user whose stored role (`coordinator`, `guide`, ...) may not have
/// one: guides and staff use a device.
pub(crate) fn may_have_password(role: &str) -> Result<(), StorageError> {
    let role: Option<Role> = serde_json::from_value(serde_json::Value::String(role.into())).ok();
    if role.is_some_and(Account::may_log_in) {
        Ok(())
    } else {
        Err(StorageError::Invalid(
            "only coordinators, administrators and viewers log in with a password".into(),
        ))
    }
}

pub trait Accounts {
    /// Gives a coordinator, administrator or viewer a login name and a password hash. Refused for
    /// guides and staff, for an unknown user, and for a name another user has.
    fn set_login(&self, user_id: i64, login: &str, password_hash: &str)
        -> Result<(), StorageError>;
    /// The account with this login name, and its password hash; a disabled account too
    /// ([`super::account_control::AccountControl::is_disabled`] refuses its login after its
    /// password is checked).
    fn account_by_login(&self, login: &str) -> Result<Option<(Account, String)>, StorageError>;
    fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        expires: DateTime<Utc>,
    ) -> Result<(), StorageError>;
    /// The account of a session that has not expired at `now`, was used within `idle` before
    /// it, and whose account is not disabled; the session's last use becomes `now` (written
    /// at most once a minute).
    fn session(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
        idle: chrono::Duration,
    ) -> Result<Option<Account>, StorageError>;
    fn end_session(&self, token_hash: &str) -> Result<(), StorageError>;
    /// In one transaction: reads the failed logins kept under each of `keys` (forgetting
    /// those older than `forget`), asks `allow` whether an attempt may go ahead, and if so
    /// counts it under every key as a failure (until [`Accounts::login_succeeded`] says
    /// otherwise), before the password is checked. Answers what `allow` said: how long to
    /// wait when it refused. Several server processes share the counts.
    fn count_login_attempt(
        &self,
        keys: &[String],
        now: DateTime<Utc>,
        forget: chrono::Duration,
        allow: &dyn Fn(&[Failures]) -> Result<(), std::time::Duration>,
    ) -> Result<Result<(), std::time::Duration>, StorageError>;
    /// A login succeeded: the failures under `clear` are forgotten, and the attempt counted
    /// under `undo` is taken back.
    fn login_succeeded(&self, clear: &[String], undo: &str) -> Result<(), StorageError>;
}

/// The failed logins kept under one key (a login name, a client's address, or both).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Failures {
    pub count: u32,
    pub last: Option<DateTime<Utc>>,
}

/// The schema step, the same in SQLite and PostgreSQL, that keeps failed logins in the
/// database, so that limits hold across restarts and server processes.
pub(crate) const LOGIN_FAILURES: &str = "
CREATE TABLE login_failures (
    key      TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_at  TEXT NOT NULL
);";
