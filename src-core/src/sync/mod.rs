//! The device's side of sync: enrollment with the municipality's server, and `sync`, which
//! pushes the outbox (`push.rs`), pulls what changed (`pull.rs`) and records how it went
//! (`status.rs`). The `sync_link` table holds the server's address and the device's token.

use crate::{CoreError, Store};
use brobygge_model::sync::{
    EnrollRequest, EnrollResponse, ServerProfile, PROTOCOL_HEADER, PROTOCOL_VERSION,
};
use brobygge_model::{ActivityId, ApiError, ErrorCode, Profile};
use rusqlite::OptionalExtension;
use std::time::Duration;

pub(crate) const SCHEMA_V3: &str = "
CREATE TABLE sync_link (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    server       TEXT NOT NULL,
    device_id    TEXT NOT NULL,
    token        TEXT NOT NULL,
    last_success TEXT,
    last_error   TEXT,
    pull_cursor  TEXT
);
CREATE TABLE refusals (
    activity_id TEXT PRIMARY KEY,
    outcome     TEXT NOT NULL
);";

mod pull;
mod push;
mod relay;
mod status;

/// Where this device syncs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerLink {
    pub server: String,
    pub device_id: String,
    token: String,
}

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("the server could not be reached: {0}")]
    Offline(String),
    /// The server answered with an error of the shared shape.
    #[error("the server refused: {0}")]
    Refused(ApiError),
    #[error("the server's answer could not be read: {0}")]
    BadAnswer(String),
    #[error("this device is not connected to a server")]
    NotEnrolled,
    #[error(transparent)]
    Core(#[from] CoreError),
}

/// What a push did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PushSummary {
    pub sent: usize,
    /// Mutations the server refused for good; their entries are marked refused.
    pub refused: usize,
}

/// Forgets a refusal when the entry is saved again: the new version is sent.
pub(crate) fn clear_refusal(conn: &rusqlite::Connection, id: &ActivityId) -> Result<(), CoreError> {
    conn.execute("DELETE FROM refusals WHERE activity_id = ?1", [&id.0])?;
    Ok(())
}

pub(super) async fn post<Q: serde::Serialize, A: serde::de::DeserializeOwned>(
    client: &reqwest::Client,
    url: String,
    token: Option<&str>,
    body: &Q,
) -> Result<A, SyncError> {
    let mut request = client
        .post(url)
        .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
        .json(body);
    if let Some(t) = token {
        request = request.bearer_auth(t);
    }
    let response = request
        .send()
        .await
        .map_err(|e| SyncError::Offline(e.to_string()))?;
    let status = response.status();
    let bytes = response
        .bytes()
        .await
        .map_err(|e| SyncError::Offline(e.to_string()))?;
    if status.is_success() {
        serde_json::from_slice(&bytes).map_err(|e| SyncError::BadAnswer(e.to_string()))
    } else {
        let error = serde_json::from_slice(&bytes).unwrap_or(ApiError {
            code: ErrorCode::Unavailable,
            message: format!("HTTP {status}"),
        });
        Err(SyncError::Refused(error))
    }
}

impl From<SyncError> for ApiError {
    fn from(e: SyncError) -> Self {
        e.to_api_error()
    }
}

impl SyncError {
    /// The error in the shared shape, for the UI and for keeping as the last failure.
    pub fn to_api_error(&self) -> ApiError {
        let code = match self {
            SyncError::Offline(_) => ErrorCode::Offline,
            SyncError::Refused(e) => return e.clone(),
            SyncError::BadAnswer(_) => ErrorCode::Unavailable,
            SyncError::NotEnrolled => ErrorCode::Unauthorized,
            SyncError::Core(_) => ErrorCode::Storage,
        };
        ApiError {
            code,
            message: self.to_string(),
        }
    }
}

impl Store {
    fn http(&self) -> &reqwest::Client {
        self.http.get_or_init(|| {
            reqwest::Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .expect("an HTTP client")
        })
    }

    /// Pushes everything waiting and records how it went. A device the server says is revoked
    /// wipes its local data, as the municipality asked.
    pub async fn sync(&self) -> Result<PushSummary, SyncError> {
        let result = match self.push().await {
            Ok(summary) => self.pull().await.map(|_| summary),
            Err(e) => Err(e),
        };
        let conn = self.conn()?;
        match &result {
            Ok(_) => {
                conn.execute(
                    "UPDATE sync_link SET last_success = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
                     last_error = NULL",
                    [],
                )
                .map_err(CoreError::from)?;
            }
            Err(SyncError::Refused(e)) if e.code == ErrorCode::Revoked => {
                conn.execute_batch(
                    "DELETE FROM activities; DELETE FROM outbox; DELETE FROM sync_link;
                     DELETE FROM profile;",
                )
                .map_err(CoreError::from)?;
            }
            Err(e) => {
                let error = serde_json::to_string(&e.to_api_error()).map_err(CoreError::from)?;
                conn.execute("UPDATE sync_link SET last_error = ?1", [error])
                    .map_err(CoreError::from)?;
            }
        }
        result
    }

    pub fn server_link(&self) -> Result<Option<ServerLink>, CoreError> {
        let conn = self.conn()?;
        Ok(conn
            .query_row(
                "SELECT server, device_id, token FROM sync_link WHERE id = 1",
                [],
                |r| {
                    Ok(ServerLink {
                        server: r.get(0)?,
                        device_id: r.get(1)?,
                        token: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// Connects this device to the server at `server` with a coordinator's one-time code.
    /// The server's profile of the user replaces the local one; entries logged before stay
    /// and are sent.
    pub async fn enroll(
        &self,
        server: &str,
        code: &str,
        app_version: &str,
    ) -> Result<ServerProfile, SyncError> {
        let server = server.trim_end_matches('/').to_owned();
        let request = EnrollRequest {
            code: code.to_owned(),
            device_name: "Brobygge".into(),
            app_version: app_version.to_owned(),
        };
        let answer: EnrollResponse = post(
            self.http(),
            format!("{server}/api/v1/enroll"),
            None,
            &request,
        )
        .await?;
        let locale = self
            .profile()?
            .map(|p| p.locale)
            .unwrap_or(brobygge_model::LocaleCode::Sv);
        let profile = Profile::new(
            &answer.profile.name,
            locale,
            answer.profile.projects.clone(),
        )
        .map_err(CoreError::from)?;
        let mut conn = self.conn()?;
        let tx = conn.transaction().map_err(CoreError::from)?;
        tx.execute(
            "INSERT INTO sync_link (id, server, device_id, token) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET server = excluded.server,
                 device_id = excluded.device_id, token = excluded.token",
            (&server, &answer.device_id, &answer.token),
        )
        .map_err(CoreError::from)?;
        crate::profile::set(&tx, &profile)?;
        tx.commit().map_err(CoreError::from)?;
        Ok(answer.profile)
    }
}
