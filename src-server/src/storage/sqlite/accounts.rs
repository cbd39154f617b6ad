//! Logins and sessions in SQLite.

use super::Sqlite;
use crate::storage::accounts::{Account, Accounts, Failures};
use crate::storage::{device_from_columns, StorageError};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, TransactionBehavior};

/// The columns an account is read from: id, login, name, role, projects.
fn account(r: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, String, String, String, String)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

fn to_account(
    (user_id, login, name, role, projects): (i64, String, String, String, String),
) -> Result<Account, StorageError> {
    let profile = device_from_columns(String::new(), user_id, false, name, role, projects)?.profile;
    Ok(Account {
        user_id,
        login,
        profile,
    })
}

impl Accounts for Sqlite {
    fn set_login(
        &self,
        user_id: i64,
        login: &str,
        password_hash: &str,
    ) -> Result<(), StorageError> {
        let conn = self.conn()?;
        let role: Option<String> = conn
            .query_row("SELECT role FROM users WHERE id = ?1", [user_id], |r| {
                r.get(0)
            })
            .optional()?;
        super::super::accounts::may_have_password(&role.ok_or(StorageError::NotFound)?)?;
        let taken: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM users WHERE login = ?1 AND id <> ?2)",
            (login, user_id),
            |r| r.get(0),
        )?;
        if taken {
            return Err(StorageError::Invalid(format!(
                "the login name {login} is taken"
            )));
        }
        conn.execute(
            "UPDATE users SET login = ?2, password_hash = ?3 WHERE id = ?1",
            (user_id, login, password_hash),
        )?;
        Ok(())
    }

    fn account_by_login(&self, login: &str) -> Result<Option<(Account, String)>, StorageError> {
        let conn = self.read()?;
        let row = conn
            .query_row(
                "SELECT id, login, name, role, projects, password_hash FROM users
                 WHERE login = ?1 AND password_hash IS NOT NULL",
                [login],
                |r| Ok((account(r)?, r.get::<_, String>(5)?)),
            )
            .optional()?;
        row.map(|(a, hash)| Ok((to_account(a)?, hash))).transpose()
    }

    fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        expires: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        let conn = self.conn()?;
        // Expired sessions are of no use to anyone: they go as new ones come.
        conn.execute(
            "DELETE FROM sessions WHERE expires_at <= ?1",
            [Utc::now().to_rfc3339()],
        )?;
        conn.execute(
            "INSERT INTO sessions (token_hash, user_id, expires_at, last_seen)
             VALUES (?1, ?2, ?3, ?4)",
            (
                token_hash,
                user_id,
                expires.to_rfc3339(),
                Utc::now().to_rfc3339(),
            ),
        )?;
        Ok(())
    }

    fn session(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
        idle: chrono::Duration,
    ) -> Result<Option<Account>, StorageError> {
        // Read without the writer; the session's last use is written at most once a minute.
        let a_minute_ago = (now - chrono::Duration::minutes(1)).to_rfc3339();
        let row = self
            .read()?
            .query_row(
                "SELECT u.id, u.login, u.name, u.role, u.projects, s.last_seen < ?4
                 FROM sessions s JOIN users u ON u.id = s.user_id
                 WHERE s.token_hash = ?1 AND s.expires_at > ?2 AND s.last_seen > ?3
                   AND u.login IS NOT NULL AND u.disabled_at IS NULL",
                (
                    token_hash,
                    now.to_rfc3339(),
                    (now - idle).to_rfc3339(),
                    &a_minute_ago,
                ),
                |r| Ok((account(r)?, r.get::<_, bool>(5)?)),
            )
            .optional()?;
        if row.as_ref().is_some_and(|(_, stale)| *stale) {
            self.conn()?.execute(
                "UPDATE sessions SET last_seen = ?2 WHERE token_hash = ?1 AND last_seen < ?3",
                (token_hash, now.to_rfc3339(), &a_minute_ago),
            )?;
        }
        row.map(|(columns, _)| to_account(columns)).transpose()
    }

    fn count_login_attempt(
        &self,
        keys: &[String],
        now: DateTime<Utc>,
        forget: chrono::Duration,
        allow: &dyn Fn(&[Failures]) -> Result<(), std::time::Duration>,
    ) -> Result<Result<(), std::time::Duration>, StorageError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "DELETE FROM login_failures WHERE last_at < ?1",
            [(now - forget).to_rfc3339()],
        )?;
        let mut kept = Vec::with_capacity(keys.len());
        for key in keys {
            let row: Option<(u32, String)> = tx
                .query_row(
                    "SELECT failures, last_at FROM login_failures WHERE key = ?1",
                    [key],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            kept.push(row.map_or(Failures::default(), |(count, last)| {
                Failures {
                    count,
                    last: DateTime::parse_from_rfc3339(&last)
                        .ok()
                        .map(|t| t.with_timezone(&Utc)),
                }
            }));
        }
        let verdict = allow(&kept);
        if verdict.is_ok() {
            for (key, failures) in keys.iter().zip(&kept) {
                tx.execute(
                    "INSERT INTO login_failures (key, failures, last_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (key) DO UPDATE SET
                         failures = excluded.failures, last_at = excluded.last_at",
                    (key, failures.count + 1, now.to_rfc3339()),
                )?;
            }
        }
        tx.commit()?;
        Ok(verdict)
    }

    fn login_succeeded(&self, clear: &[String], undo: &str) -> Result<(), StorageError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction()?;
        for key in clear {
            tx.execute("DELETE FROM login_failures WHERE key = ?1", [key])?;
        }
        tx.execute(
            "UPDATE login_failures SET failures = max(failures - 1, 0) WHERE key = ?1",
            [undo],
        )?;
        tx.commit()?;
        Ok(())
    }

    fn end_session(&self, token_hash: &str) -> Result<(), StorageError> {
        self.conn()?
            .execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
        Ok(())
    }
}
