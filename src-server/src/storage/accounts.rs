//! Coordinators and administrators log in to the web pages with a login name and a password
//! (stored only as an Argon2id hash) and get a session (stored only as the hash of its token).
//! Guides and staff have no password: they use a device.

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
        matches!(role, Role::Coordinator | Role::Admin)
    }
}

pub trait Accounts {
    /// Gives a coordinator or administrator a login name and a password hash. Refused for
    /// guides and staff, for an unknown user, and for a name another user has.
    fn set_login(&self, user_id: i64, login: &str, password_hash: &str)
        -> Result<(), StorageError>;
    /// The account with this login name, and its password hash.
    fn account_by_login(&self, login: &str) -> Result<Option<(Account, String)>, StorageError>;
    fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        expires: DateTime<Utc>,
    ) -> Result<(), StorageError>;
    /// The account of a session that has not expired at `now`.
    fn session(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Account>, StorageError>;
    fn end_session(&self, token_hash: &str) -> Result<(), StorageError>;
}
