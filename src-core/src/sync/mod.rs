//! The device's side of sync: enrollment with the municipality's server (`enroll.rs`), and
//! `sync`, which pushes the outbox (`push.rs`), pulls what changed (`pull.rs`), sends
//! everything again to a server that lost some of it (`resend.rs`) and records how it went
//! (`status.rs`). The `sync_link` table holds the server's address and the device's
//! token; a device the server says is revoked erases its data (`crate::erase`).

use crate::erase::Erasure;
use crate::{CoreError, Store};
use brobygge_model::sync::{PROTOCOL_HEADER, PROTOCOL_VERSION};
use brobygge_model::{ActivityId, ApiError, ErrorCode};
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

/// Version 5: each enrollment's user and the offset of its mutation numbers (a device enrolled
/// again numbers its changes from 1 for the server while its outbox counter goes on); the
/// install's own id, made once, and when a revocation erased the data; and the server's
/// version of an entry that arrived while a local change of it waited, kept until that change
/// is applied or refused.
pub(crate) const SCHEMA_V5: &str = "
ALTER TABLE sync_link ADD COLUMN user_id INTEGER;
ALTER TABLE sync_link ADD COLUMN seq_base INTEGER NOT NULL DEFAULT 0;
CREATE TABLE install (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    install_id TEXT NOT NULL,
    erased_at  TEXT
);
CREATE TABLE server_copies (
    activity_id TEXT PRIMARY KEY,
    version     INTEGER NOT NULL,
    document    TEXT
);";

/// Version 3 changed after its first release without a new number: the `sync_link` columns
/// `last_success`, `last_error` and `pull_cursor` and the `refusals` table came later. Adds
/// what a database of an early form lacks, before version 5 builds on them.
pub(crate) fn repair_early_v3(tx: &rusqlite::Transaction<'_>) -> Result<(), CoreError> {
    for column in ["last_success", "last_error", "pull_cursor"] {
        let present: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM pragma_table_info('sync_link') WHERE name = ?1)",
            [column],
            |r| r.get(0),
        )?;
        if !present {
            tx.execute_batch(&format!("ALTER TABLE sync_link ADD COLUMN {column} TEXT;"))?;
        }
    }
    // As in `SCHEMA_V3`.
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS refusals (
             activity_id TEXT PRIMARY KEY,
             outcome     TEXT NOT NULL
         );",
    )?;
    Ok(())
}

mod enroll;
mod pull;
mod push;
mod relay;
mod resend;
mod status;

pub use enroll::Handover;
#[doc(hidden)]
pub use relay::relayable_path;

/// Where this device syncs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerLink {
    pub server: String,
    pub device_id: String,
    token: String,
    /// The user the device is enrolled to; none for an enrollment made before version 5.
    pub(crate) user_id: Option<i64>,
    /// The outbox's sequence number minus this is the mutation number the server sees.
    pub(crate) seq_base: i64,
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
    /// The server's address is not a URL, or not `https://` for a server off this device.
    #[error("the server's address must be an https:// URL: {0}")]
    InvalidServer(String),
    /// Enrolling to another user would delete changes of the previous user that could not be
    /// sent now; [`Handover::DiscardUnsent`] confirms.
    #[error("{waiting} entries of the previous user have not reached the server")]
    UnsentEntries { waiting: u32 },
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

impl SyncError {
    /// Whether the server said this device is revoked.
    pub fn is_revoked(&self) -> bool {
        matches!(self, SyncError::Refused(e) if e.code == ErrorCode::Revoked)
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
            SyncError::UnsentEntries { .. } => ErrorCode::UnsentEntries,
            SyncError::InvalidServer(_) => ErrorCode::InvalidServer,
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

    /// Pushes everything waiting, pulls what changed and records how it went. A device the
    /// server says is revoked erases its data, as the municipality asked; a server that lacks
    /// changes this device made (restored from a backup) gets all of its entries again.
    pub async fn sync(&self) -> Result<PushSummary, SyncError> {
        let _gate = self.sync_gate.lock().await;
        let link = self.server_link()?.ok_or(SyncError::NotEnrolled)?;
        let mut result = self.exchange(&link).await;
        if result.as_ref().is_err_and(SyncError::server_lacks_changes) {
            // Restored from a backup: it gets everything again, once.
            result = match self.resend_everything(&link).await {
                Ok(()) => {
                    let link = self.server_link()?.ok_or(SyncError::NotEnrolled)?;
                    self.exchange(&link).await
                }
                Err(e) => Err(e),
            };
        }
        if !result.as_ref().is_err_and(SyncError::is_revoked) {
            self.record_outcome(&result)?;
        }
        self.erase_if_revoked(&link, result)
    }

    /// Pushes, then pulls.
    async fn exchange(&self, link: &ServerLink) -> Result<PushSummary, SyncError> {
        let summary = self.push_batches(link).await?;
        self.pull_pages(link).await?;
        Ok(summary)
    }

    /// Keeps when sync last worked, or why it failed.
    fn record_outcome<T>(&self, result: &Result<T, SyncError>) -> Result<(), CoreError> {
        let conn = self.conn()?;
        match result {
            Ok(_) => conn.execute(
                "UPDATE sync_link SET last_success = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
                 last_error = NULL",
                [],
            )?,
            Err(e) => {
                let error = serde_json::to_string(&e.to_api_error())?;
                conn.execute("UPDATE sync_link SET last_error = ?1", [error])?
            }
        };
        Ok(())
    }

    /// Passes `result` on; when it says the device is revoked, first erases the store, as long
    /// as `link` (the enrollment the call was made with) is still the device's. The caller
    /// holds the sync gate.
    pub(crate) fn erase_if_revoked<T>(
        &self,
        link: &ServerLink,
        result: Result<T, SyncError>,
    ) -> Result<T, SyncError> {
        if result.as_ref().is_err_and(SyncError::is_revoked)
            && self
                .server_link()?
                .is_some_and(|now| now.device_id == link.device_id)
        {
            self.erase(Erasure::Revoked)?;
        }
        result
    }

    pub fn server_link(&self) -> Result<Option<ServerLink>, CoreError> {
        let conn = self.conn()?;
        Ok(conn
            .query_row(
                "SELECT server, device_id, token, user_id, seq_base FROM sync_link WHERE id = 1",
                [],
                |r| {
                    Ok(ServerLink {
                        server: r.get(0)?,
                        device_id: r.get(1)?,
                        token: r.get(2)?,
                        user_id: r.get(3)?,
                        seq_base: r.get(4)?,
                    })
                },
            )
            .optional()?)
    }
}
