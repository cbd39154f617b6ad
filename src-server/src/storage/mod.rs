//! One storage interface for the server, with two backends: SQLite, the embedded default, and
//! PostgreSQL, for several server processes behind a load balancer. The rules of sync and of
//! corrections live above it, in [`crate::sync`]: they hand their work to
//! [`Storage::write_sync`] and see the transaction only through [`SyncTx`], so every backend
//! applies them the same way and none knows them.

pub mod account_control;
pub mod accounts;
pub mod audit;
mod corrector;
pub mod devices;
mod enrollment;
pub mod epoch;
pub(crate) mod hosts;
pub mod inspect;
mod outcome_facts;
pub mod people;
pub mod postgres;
pub mod reference;
pub mod reports;
pub mod retention;
pub mod review;
mod rows;
pub(crate) mod sql;
pub mod sqlite;
mod sync_tx;

pub use corrector::Corrector;
pub(crate) use enrollment::{retried_device, ENROLLMENT_RETRY};
pub use enrollment::{Enrolled, Enrollment};
use rows::{activity_from_columns, conflict_from_columns, device_from_columns, role_str};
pub use rows::{page, PullRow};
pub use sync_tx::{SyncTx, SyncWork};

use brobygge_model::sync::{PullResponse, Role, ServerProfile};
use brobygge_model::{ActivityDraft, Code, ReferenceData};
use std::path::Path;
use std::sync::Arc;

/// The reference data a new server starts with; coordinators manage it from then on.
const SEED: &str = include_str!("../../../src-core/seed/reference-data.json");

/// Opens the storage a database setting names: a `postgres://` (or `postgresql://`) URL, or
/// else the folder in which the SQLite file `brobygge.sqlite3` lives (created if missing).
pub fn open(database: &str) -> Result<Arc<dyn Storage>, StorageError> {
    open_with(database, &self::postgres::TlsTrust::default())
}

/// As [`open`], a PostgreSQL server's certificate checked against `trust`.
pub fn open_with(
    database: &str,
    trust: &self::postgres::TlsTrust,
) -> Result<Arc<dyn Storage>, StorageError> {
    if database.starts_with("postgres://") || database.starts_with("postgresql://") {
        return Ok(Arc::new(self::postgres::Postgres::open_with(
            database, trust,
        )?));
    }
    let dir = Path::new(database);
    std::fs::create_dir_all(dir)
        .map_err(|e| StorageError::Database(format!("creating {}: {e}", dir.display())))?;
    Ok(Arc::new(sqlite::Sqlite::open(
        &dir.join(sqlite::DATABASE_FILE),
    )?))
}

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("unknown, used or expired enrollment code")]
    InvalidCode,
    #[error("this enrollment code has already connected another device")]
    CodeUsedElsewhere,
    #[error("a push skipped numbers: expected {expected}, got {got}")]
    SequenceGap { expected: u64, got: u64 },
    #[error("no such activity")]
    NotFound,
    /// Someone the asker does not manage, or a project they do not coordinate.
    #[error("not a project you coordinate")]
    Forbidden,
    /// The account was disabled by an administrator.
    #[error("this account is disabled")]
    Disabled,
    /// A correction that would make the activity invalid, with the reason.
    #[error("{0}")]
    Invalid(String),
    #[error("database: {0}")]
    Database(String),
    #[error("stored data could not be read: {0}")]
    Corrupt(#[from] serde_json::Error),
}

impl From<rusqlite::Error> for StorageError {
    fn from(e: rusqlite::Error) -> Self {
        StorageError::Database(e.to_string())
    }
}

impl From<self::postgres::PgError> for StorageError {
    fn from(e: self::postgres::PgError) -> Self {
        StorageError::Database(e.to_string())
    }
}

/// Who made a version of an activity.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", content = "name", rename_all = "lowercase")]
pub enum Author {
    /// A device, by its id, sending its user's entry.
    Device(String),
    /// A coordinator correcting the entry, by name.
    Coordinator(String),
}

impl Author {
    /// The author from the two columns that store it.
    pub fn from_columns(device: Option<String>, coordinator: Option<String>) -> Author {
        match (device, coordinator) {
            (_, Some(name)) => Author::Coordinator(name),
            (Some(id), None) => Author::Device(id),
            (None, None) => Author::Device(String::new()),
        }
    }

    /// The (device, coordinator) columns that store the author.
    pub fn columns(&self) -> (Option<&str>, Option<&str>) {
        match self {
            Author::Device(id) => (Some(id), None),
            Author::Coordinator(name) => (None, Some(name)),
        }
    }
}

/// One kept version of an activity's document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredVersion {
    pub version: u64,
    pub document: String,
    pub author: Author,
}

/// The head of an activity on the server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    pub owner: i64,
    pub version: u64,
    pub deleted: bool,
    /// The device that last wrote the activity, or last deleted it (a deletion of an entry
    /// deleted already included); a correction leaves it.
    pub device: Option<String>,
}

/// A field that a device and someone else both changed since the version the device last saw:
/// which value was kept, and the value that lost, kept here for a coordinator to review.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Conflict {
    pub activity_id: String,
    /// The version that the decision made.
    pub version: u64,
    /// The field's path, such as `people.women`.
    pub field: String,
    pub kept: serde_json::Value,
    pub lost: serde_json::Value,
    pub lost_author: Author,
}

/// A conflict as kept: its number, and whether a coordinator settled it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct KeptConflict {
    pub id: i64,
    pub settled: bool,
    #[serde(flatten)]
    pub conflict: Conflict,
}

/// Which value a coordinator keeps when settling a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Choice {
    /// The value the server kept: nothing changes.
    Kept,
    /// The value that lost: it becomes a correction.
    Lost,
}

/// Who made one version of an activity.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct VersionRecord {
    pub activity_id: String,
    pub version: u64,
    pub author: Author,
}

/// An activity as the server holds it, for administrators and checks.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ServerActivity {
    pub id: String,
    pub owner: i64,
    pub version: u64,
    pub deleted: bool,
    pub activity: ActivityDraft,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewUser {
    pub name: String,
    pub role: Role,
    pub projects: Vec<Code>,
}

/// An enrolled device, as found by its token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Device {
    pub id: String,
    pub user_id: i64,
    pub revoked: bool,
    pub profile: ServerProfile,
}

pub trait Storage:
    account_control::AccountControl
    + accounts::Accounts
    + audit::Audit
    + epoch::Epoch
    + inspect::Inspect
    + devices::Devices
    + people::People
    + reference::ReferenceEdits
    + reports::Reports
    + retention::Retention
    + review::Review
    + Send
    + Sync
    + 'static
{
    fn reference_data(&self) -> Result<ReferenceData, StorageError>;
    /// What changed for the device's user after the change number `after`: at most `limit`
    /// activities, and the reference data if it changed.
    /// A page of what changed for `device`'s user after `after`: with the activities the user
    /// co-hosts when `co_hosted` (an app from before co-hosts would take them for its own).
    fn pull(
        &self,
        device: &Device,
        after: u64,
        limit: u32,
        co_hosted: bool,
    ) -> Result<PullResponse, StorageError>;
    /// Runs `work` of the sync rules ([`crate::sync`]: a push, a correction, a settled
    /// conflict) in one write transaction, which commits when `work` succeeds and rolls back
    /// when it fails. Answers only once the commit is durable.
    fn write_sync(&self, work: SyncWork) -> Result<(), StorageError>;
}
