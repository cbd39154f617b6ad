//! Coordinators and administrators log in to the web pages with a login name and a password
//! (stored only as an Argon2id hash) and get a session (stored only as the hash of its token).
//! Guides and staff have no password: they use a device. Viewers (the steering group, the
//! co-funding region) log in too, and read the overview and reports only.

use super::sql::{Row, SqlBackend, Value};
use super::{device_from_columns, StorageError};
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

/// The columns an account is read from, first in a query's row.
const ACCOUNT_COLUMNS: &str = "u.id, u.login, u.name, u.role, u.projects";

fn to_account(r: &Row) -> Result<Account, StorageError> {
    let user_id = r.int(0)?;
    let (name, role, projects) = (r.text(2)?, r.text(3)?, r.text(4)?);
    let profile = device_from_columns(String::new(), user_id, false, name, role, projects)?.profile;
    Ok(Account {
        user_id,
        login: r.text(1)?,
        profile,
    })
}

/// Both backends, in one SQL.
impl<B: SqlBackend> Accounts for B {
    fn set_login(
        &self,
        user_id: i64,
        login: &str,
        password_hash: &str,
    ) -> Result<(), StorageError> {
        self.write(|tx| {
            let role = tx
                .query_opt("SELECT role FROM users WHERE id = ?1", &[user_id.into()])?
                .ok_or(StorageError::NotFound)?
                .text(0)?;
            may_have_password(&role)?;
            let taken = tx
                .query_opt(
                    "SELECT 1 FROM users WHERE login = ?1 AND id <> ?2",
                    &[login.into(), user_id.into()],
                )?
                .is_some();
            if taken {
                return Err(StorageError::Invalid(format!(
                    "the login name {login} is taken"
                )));
            }
            tx.execute(
                "UPDATE users SET login = ?2, password_hash = ?3 WHERE id = ?1",
                &[user_id.into(), login.into(), password_hash.into()],
            )?;
            Ok(())
        })
    }

    fn account_by_login(&self, login: &str) -> Result<Option<(Account, String)>, StorageError> {
        let sql = format!(
            "SELECT {ACCOUNT_COLUMNS}, u.password_hash FROM users u
             WHERE u.login = ?1 AND u.password_hash IS NOT NULL"
        );
        let row = self.read(|db| db.query_opt(&sql, &[login.into()]))?;
        row.map(|r| Ok((to_account(&r)?, r.text(5)?))).transpose()
    }

    fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        expires: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        let now = Value::from(Utc::now());
        self.write(|tx| {
            // Expired sessions are of no use to anyone: they go as new ones come.
            tx.execute(
                "DELETE FROM sessions WHERE expires_at <= ?1",
                std::slice::from_ref(&now),
            )?;
            tx.execute(
                "INSERT INTO sessions (token_hash, user_id, expires_at, last_seen)
                 VALUES (?1, ?2, ?3, ?4)",
                &[token_hash.into(), user_id.into(), expires.into(), now],
            )?;
            Ok(())
        })
    }

    fn session(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
        idle: chrono::Duration,
    ) -> Result<Option<Account>, StorageError> {
        // Read without the writer; the session's last use is written at most once a minute.
        let a_minute_ago = Value::from(now - chrono::Duration::minutes(1));
        let sql = format!(
            "SELECT {ACCOUNT_COLUMNS}, s.last_seen < ?4
             FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = ?1 AND s.expires_at > ?2 AND s.last_seen > ?3
               AND u.login IS NOT NULL AND u.disabled_at IS NULL"
        );
        let params = [
            token_hash.into(),
            now.into(),
            (now - idle).into(),
            a_minute_ago.clone(),
        ];
        let Some(row) = self.read(|db| db.query_opt(&sql, &params))? else {
            return Ok(None);
        };
        if row.bool(5)? {
            self.write(|tx| {
                tx.execute(
                    "UPDATE sessions SET last_seen = ?2 WHERE token_hash = ?1 AND last_seen < ?3",
                    &[token_hash.into(), now.into(), a_minute_ago],
                )
            })?;
        }
        to_account(&row).map(Some)
    }

    fn end_session(&self, token_hash: &str) -> Result<(), StorageError> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM sessions WHERE token_hash = ?1",
                &[token_hash.into()],
            )
        })?;
        Ok(())
    }

    fn count_login_attempt(
        &self,
        keys: &[String],
        now: DateTime<Utc>,
        forget: chrono::Duration,
        allow: &dyn Fn(&[Failures]) -> Result<(), std::time::Duration>,
    ) -> Result<Result<(), std::time::Duration>, StorageError> {
        self.write(|tx| {
            let forgotten = Value::from(now - forget);
            tx.execute(
                "DELETE FROM login_failures WHERE last_at < ?1",
                std::slice::from_ref(&forgotten),
            )?;
            let lock = tx.dialect().for_update("");
            let mut kept = Vec::with_capacity(keys.len());
            for key in keys {
                // The row exists and is locked until commit: another process counting under
                // the same key waits, and then sees this attempt.
                tx.execute(
                    "INSERT INTO login_failures (key, failures, last_at) VALUES (?1, 0, ?2)
                     ON CONFLICT (key) DO NOTHING",
                    &[key.as_str().into(), forgotten.clone()],
                )?;
                let row = tx
                    .query_opt(
                        &format!(
                            "SELECT failures, last_at FROM login_failures WHERE key = ?1{lock}"
                        ),
                        &[key.as_str().into()],
                    )?
                    .ok_or(StorageError::NotFound)?;
                let count = u32::try_from(row.int(0)?).unwrap_or_default();
                kept.push(Failures {
                    count,
                    last: row.opt_time(1)?.filter(|_| count > 0),
                });
            }
            let verdict = allow(&kept);
            if verdict.is_ok() {
                for (key, failures) in keys.iter().zip(&kept) {
                    tx.execute(
                        "UPDATE login_failures SET failures = ?2, last_at = ?3 WHERE key = ?1",
                        &[
                            key.as_str().into(),
                            i64::from(failures.count + 1).into(),
                            now.into(),
                        ],
                    )?;
                }
            }
            Ok(verdict)
        })
    }

    fn login_succeeded(&self, clear: &[String], undo: &str) -> Result<(), StorageError> {
        self.write(|tx| {
            for key in clear {
                tx.execute(
                    "DELETE FROM login_failures WHERE key = ?1",
                    &[key.as_str().into()],
                )?;
            }
            tx.execute(
                "UPDATE login_failures
                 SET failures = CASE WHEN failures > 0 THEN failures - 1 ELSE 0 END
                 WHERE key = ?1",
                &[undo.into()],
            )?;
            Ok(())
        })
    }
}
