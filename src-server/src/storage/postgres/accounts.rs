//! Logins and sessions in PostgreSQL.

use super::Postgres;
use crate::storage::accounts::{Account, Accounts, Failures};
use crate::storage::{device_from_columns, StorageError};
use chrono::{DateTime, Utc};

/// An account from the columns id, login, name, role, projects.
fn to_account(r: &postgres::Row) -> Result<Account, StorageError> {
    let user_id: i64 = r.get(0);
    let profile =
        device_from_columns(String::new(), user_id, false, r.get(2), r.get(3), r.get(4))?.profile;
    Ok(Account {
        user_id,
        login: r.get(1),
        profile,
    })
}

impl Accounts for Postgres {
    fn set_login(
        &self,
        user_id: i64,
        login: &str,
        password_hash: &str,
    ) -> Result<(), StorageError> {
        let mut client = self.client()?;
        let role: Option<String> = client
            .query_opt("SELECT role FROM users WHERE id = $1", &[&user_id])?
            .map(|r| r.get(0));
        super::super::accounts::may_have_password(&role.ok_or(StorageError::NotFound)?)?;
        let taken = client
            .query_opt(
                "SELECT 1 FROM users WHERE login = $1 AND id <> $2",
                &[&login, &user_id],
            )?
            .is_some();
        if taken {
            return Err(StorageError::Invalid(format!(
                "the login name {login} is taken"
            )));
        }
        client.execute(
            "UPDATE users SET login = $2, password_hash = $3 WHERE id = $1",
            &[&user_id, &login, &password_hash],
        )?;
        Ok(())
    }

    fn account_by_login(&self, login: &str) -> Result<Option<(Account, String)>, StorageError> {
        let row = self.client()?.query_opt(
            "SELECT id, login, name, role, projects, password_hash FROM users
             WHERE login = $1 AND password_hash IS NOT NULL",
            &[&login],
        )?;
        row.map(|r| Ok((to_account(&r)?, r.get(5)))).transpose()
    }

    fn count_login_attempt(
        &self,
        keys: &[String],
        now: DateTime<Utc>,
        forget: chrono::Duration,
        allow: &dyn Fn(&[Failures]) -> Result<(), std::time::Duration>,
    ) -> Result<Result<(), std::time::Duration>, StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        let forgotten = (now - forget).to_rfc3339();
        tx.execute(
            "DELETE FROM login_failures WHERE last_at < $1",
            &[&forgotten],
        )?;
        let mut kept = Vec::with_capacity(keys.len());
        for key in keys {
            // The row exists and is locked until commit: another process counting under
            // the same key waits, and then sees this attempt.
            tx.execute(
                "INSERT INTO login_failures (key, failures, last_at) VALUES ($1, 0, $2)
                 ON CONFLICT (key) DO NOTHING",
                &[key, &forgotten],
            )?;
            let row = tx.query_one(
                "SELECT failures, last_at FROM login_failures WHERE key = $1 FOR UPDATE",
                &[key],
            )?;
            let (count, last): (i32, String) = (row.get(0), row.get(1));
            kept.push(Failures {
                count: u32::try_from(count).unwrap_or_default(),
                last: DateTime::parse_from_rfc3339(&last)
                    .ok()
                    .map(|t| t.with_timezone(&Utc))
                    .filter(|_| count > 0),
            });
        }
        let verdict = allow(&kept);
        if verdict.is_ok() {
            for (key, failures) in keys.iter().zip(&kept) {
                let count = i32::try_from(failures.count + 1).unwrap_or(i32::MAX);
                tx.execute(
                    "UPDATE login_failures SET failures = $2, last_at = $3 WHERE key = $1",
                    &[key, &count, &now.to_rfc3339()],
                )?;
            }
        }
        tx.commit()?;
        Ok(verdict)
    }

    fn login_succeeded(&self, clear: &[String], undo: &str) -> Result<(), StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        for key in clear {
            tx.execute("DELETE FROM login_failures WHERE key = $1", &[key])?;
        }
        tx.execute(
            "UPDATE login_failures SET failures = greatest(failures - 1, 0) WHERE key = $1",
            &[&undo],
        )?;
        tx.commit()?;
        Ok(())
    }

    fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        expires: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        let mut client = self.client()?;
        // Expired sessions are of no use to anyone: they go as new ones come.
        client.execute("DELETE FROM sessions WHERE expires_at <= now()", &[])?;
        client.execute(
            "INSERT INTO sessions (token_hash, user_id, expires_at, last_seen)
             VALUES ($1, $2, $3, now())",
            &[&token_hash, &user_id, &expires],
        )?;
        Ok(())
    }

    fn session(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
        idle: chrono::Duration,
    ) -> Result<Option<Account>, StorageError> {
        let mut client = self.client()?;
        let row = client.query_opt(
            "SELECT u.id, u.login, u.name, u.role, u.projects
             FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen > $3
               AND u.login IS NOT NULL AND u.disabled_at IS NULL",
            &[&token_hash, &now, &(now - idle)],
        )?;
        if row.is_some() {
            client.execute(
                "UPDATE sessions SET last_seen = $2 WHERE token_hash = $1 AND last_seen < $3",
                &[&token_hash, &now, &(now - chrono::Duration::minutes(1))],
            )?;
        }
        row.as_ref().map(to_account).transpose()
    }

    fn end_session(&self, token_hash: &str) -> Result<(), StorageError> {
        self.client()?
            .execute("DELETE FROM sessions WHERE token_hash = $1", &[&token_hash])?;
        Ok(())
    }
}
