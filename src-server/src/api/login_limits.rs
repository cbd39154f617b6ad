//! How failed logins slow down further attempts, so that nobody can guess a password, exhaust
//! the server, or lock a coordinator out. Each attempt is counted before its password is
//! checked (parallel guesses cannot slip through between check and count), in the database
//! (limits hold across restarts and server processes), under three keys:
//! - the login name and the client's address together: after a few failures each further
//!   attempt waits twice as long as the one before, up to a quarter of an hour;
//! - the client's address alone, across names, more loosely, for one address trying many;
//! - the login name alone, across addresses, capped at half a minute: a stranger elsewhere can
//!   slow a coordinator down a little, never lock them out.
//!
//! Counts are forgotten six hours after the last failure. At most [`PASSWORD_CHECKS`]
//! Argon2 checks run at once; more wait their turn, briefly.

use super::AppState;
use crate::error::ServerError;
use crate::passwords;
use crate::storage::accounts::Failures;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use brobygge_model::ErrorCode;
use chrono::{DateTime, Utc};
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

/// Argon2 checks at once: each holds 19 MiB and a core for tens of milliseconds.
pub const PASSWORD_CHECKS: usize = 4;
/// How long an attempt waits for a password check to be free before it is told to try again.
const CHECK_QUEUE: Duration = Duration::from_secs(10);
/// Failures are forgotten this long after the last one.
const FORGET_HOURS: i64 = 6;

/// Failures allowed before attempts wait, and the longest wait.
struct Limit {
    free: u32,
    longest: Duration,
}

const NAME_AND_ADDRESS: Limit = Limit {
    free: 5,
    longest: Duration::from_secs(15 * 60),
};
const ADDRESS: Limit = Limit {
    free: 30,
    longest: Duration::from_secs(15 * 60),
};
const NAME: Limit = Limit {
    free: 10,
    longest: Duration::from_secs(30),
};

impl Limit {
    /// How long an attempt must still wait after `failures`, at `now`; none when it may go.
    fn wait(&self, failures: Failures, now: DateTime<Utc>) -> Option<Duration> {
        let over = failures.count.checked_sub(self.free)?;
        let delay = Duration::from_secs(1u64 << over.min(20)).min(self.longest);
        let ready = failures.last? + chrono::Duration::from_std(delay).ok()?;
        (now < ready).then(|| (ready - now).to_std().unwrap_or_default())
    }
}

/// The keys an attempt is counted under.
pub struct Keys {
    name_and_address: String,
    pub address: String,
    name: String,
}

impl Keys {
    pub fn new(name: &str, address: Option<IpAddr>) -> Keys {
        let address = address.map_or_else(|| "unknown".to_owned(), |a| a.to_string());
        Keys {
            name_and_address: format!("name+address:{name} {address}"),
            address: format!("address:{address}"),
            name: format!("name:{name}"),
        }
    }

    fn all(&self) -> [String; 3] {
        [
            self.name_and_address.clone(),
            self.address.clone(),
            self.name.clone(),
        ]
    }

    /// What a successful login forgets: the name's failures. The address keeps its other
    /// names' failures, less this attempt.
    pub fn cleared_by_success(&self) -> [String; 2] {
        [self.name_and_address.clone(), self.name.clone()]
    }
}

/// Counts an attempt before its password is checked, or refuses it with how long to wait.
pub async fn count_attempt(state: &AppState, keys: &Keys) -> Result<(), ServerError> {
    let keys = keys.all();
    let verdict = super::blocking(state, move |s| {
        let now = Utc::now();
        let allow = |kept: &[Failures]| {
            let waits = [&NAME_AND_ADDRESS, &ADDRESS, &NAME]
                .iter()
                .zip(kept)
                .filter_map(|(limit, failures)| limit.wait(*failures, now));
            waits.max().map_or(Ok(()), Err)
        };
        s.count_login_attempt(&keys, now, chrono::Duration::hours(FORGET_HOURS), &allow)
    })
    .await?;
    verdict.map_err(|wait| {
        ServerError::new(
            ErrorCode::TooManyAttempts,
            format!(
                "too many failed logins; try again in {} s",
                wait.as_secs() + 1
            ),
        )
    })
}

/// Checks a password (against a stand-in hash for an unknown name), at most
/// [`PASSWORD_CHECKS`] at a time.
pub async fn check_password(
    state: &AppState,
    password: String,
    stored: Option<String>,
) -> Result<bool, ServerError> {
    let busy = || ServerError::new(ErrorCode::Unavailable, "the server is busy; try again");
    let permit = tokio::time::timeout(CHECK_QUEUE, state.password_checks.clone().acquire_owned())
        .await
        .map_err(|_| busy())?
        .map_err(|_| busy())?;
    let matches = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        passwords::verify(&password, stored.as_deref())
    })
    .await
    .map_err(|_| busy())?;
    Ok(matches)
}

/// Hashes a new password, at most [`PASSWORD_CHECKS`] hashes and checks at a time.
pub async fn hash_password(state: &AppState, password: String) -> Result<String, ServerError> {
    let busy = || ServerError::new(ErrorCode::Unavailable, "the server is busy; try again");
    let permit = tokio::time::timeout(CHECK_QUEUE, state.password_checks.clone().acquire_owned())
        .await
        .map_err(|_| busy())?
        .map_err(|_| busy())?;
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        passwords::hash(&password)
    })
    .await
    .map_err(|_| busy())
}

/// The client a request comes from: the connection's address, or, when that is a trusted
/// proxy, the last address its `X-Forwarded-For` names. None when unknown (a test calling the
/// router directly).
pub struct ClientAddress(pub Option<IpAddr>);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(a)| a.ip());
        let forwarded = || {
            parts
                .headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .next_back()
                .and_then(|a| a.trim().parse().ok())
        };
        Ok(ClientAddress(match peer {
            Some(p) if state.trusted_proxies.contains(&p) => forwarded().or(Some(p)),
            other => other,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_after_the_free_failures_up_to_the_longest() {
        let now = Utc::now();
        let after = |count| Failures {
            count,
            last: Some(now),
        };
        let secs = |limit: &Limit, count| limit.wait(after(count), now).map(|d| d.as_secs());
        assert_eq!(secs(&NAME_AND_ADDRESS, 4), None);
        assert_eq!(secs(&NAME_AND_ADDRESS, 5), Some(1));
        assert_eq!(secs(&NAME_AND_ADDRESS, 8), Some(8));
        assert_eq!(secs(&NAME_AND_ADDRESS, 60), Some(900));
        assert_eq!(
            secs(&NAME, 60),
            Some(30),
            "a stranger never locks a name out"
        );
        let later = now + chrono::Duration::seconds(31);
        assert_eq!(NAME.wait(after(60), later), None);
    }
}
