//! One storage interface for the server, with SQLite as the embedded default. (PostgreSQL, for
//! several server processes behind a load balancer, implements the same interface.) The rules
//! of sync live in [`crate::sync`] and reach a backend only through [`SyncTx`], so every
//! backend applies them the same way.

pub mod sqlite;

use brobygge_model::sync::{PushResponse, Role, ServerProfile};
use brobygge_model::{ActivityDraft, ActivityId, Code, ReferenceData};
use chrono::{DateTime, Utc};

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("unknown, used or expired enrollment code")]
    InvalidCode,
    #[error("a push skipped numbers: expected {expected}, got {got}")]
    SequenceGap { expected: u64, got: u64 },
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

pub trait Storage: Send + Sync + 'static {
    fn create_user(&self, user: &NewUser) -> Result<i64, StorageError>;
    /// Stores the hash of a one-time enrollment code for `user_id`.
    fn add_code(
        &self,
        user_id: i64,
        code_hash: &str,
        expires: DateTime<Utc>,
    ) -> Result<(), StorageError>;
    /// Uses up a code and creates a device holding `token_hash`, in one transaction.
    fn enroll(
        &self,
        code_hash: &str,
        token_hash: &str,
        app_version: &str,
        now: DateTime<Utc>,
    ) -> Result<Device, StorageError>;
    fn device(&self, token_hash: &str) -> Result<Option<Device>, StorageError>;
    /// Returns whether the device existed and was not already revoked.
    fn revoke(&self, device_id: &str) -> Result<bool, StorageError>;
    fn reference_data(&self) -> Result<ReferenceData, StorageError>;
    /// Applies a push in one transaction, by the rules of [`crate::sync::apply_push`].
    fn push(
        &self,
        device: &Device,
        mutations: &[brobygge_model::sync::Mutation],
    ) -> Result<PushResponse, StorageError>;
}

/// What the sync rules need of a backend inside one transaction.
pub trait SyncTx {
    fn last_seq(&mut self, device_id: &str) -> Result<u64, StorageError>;
    fn set_last_seq(&mut self, device_id: &str, seq: u64) -> Result<(), StorageError>;
    /// The user who owns an activity, if the server has it.
    fn owner(&mut self, id: &ActivityId) -> Result<Option<i64>, StorageError>;
    fn upsert(&mut self, device: &Device, activity: &ActivityDraft) -> Result<(), StorageError>;
    fn delete(&mut self, id: &ActivityId) -> Result<(), StorageError>;
}
