//! One storage interface for the server, with SQLite as the embedded default. (PostgreSQL, for
//! several server processes behind a load balancer, implements the same interface.) The rules
//! of sync live in [`crate::sync`] and reach a backend only through [`SyncTx`], so every
//! backend applies them the same way.

pub mod sqlite;

use brobygge_model::sync::{PullResponse, PulledActivity, PushResponse, Role, ServerProfile};
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
    /// What changed for the device's user after the change number `after`: at most `limit`
    /// activities, and the reference data if it changed.
    fn pull(&self, device: &Device, after: u64, limit: u32) -> Result<PullResponse, StorageError>;
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

/// Builds a pull page from a backend's rows (id, document, deleted, change number), fetched
/// with one row more than `limit` to tell whether more follow, and the reference data with its
/// change number when it changed after `after`. The reference data is narrowed to the user's
/// projects; the cursor covers exactly what the page delivers.
pub fn page(
    device: &Device,
    after: i64,
    limit: u32,
    mut rows: Vec<(String, String, bool, i64)>,
    reference: Option<(ReferenceData, i64)>,
) -> Result<PullResponse, StorageError> {
    let more = rows.len() > limit as usize;
    rows.truncate(limit as usize);
    let last_row = rows.last().map(|r| r.3);
    let mut cursor = last_row.unwrap_or(after).max(after);
    if !more {
        cursor = cursor.max(reference.as_ref().map_or(after, |r| r.1));
    }
    let activities = rows
        .into_iter()
        .map(|(id, document, deleted, _)| {
            let activity = if deleted {
                None
            } else {
                Some(Box::new(serde_json::from_str::<ActivityDraft>(&document)?))
            };
            Ok(PulledActivity {
                id: ActivityId(id),
                activity,
            })
        })
        .collect::<Result<Vec<_>, serde_json::Error>>()?;
    let reference = reference.map(|(mut r, _)| {
        r.projects
            .retain(|p| device.profile.projects.contains(&p.code));
        Box::new(r)
    });
    Ok(PullResponse {
        activities,
        reference,
        cursor: cursor.to_string(),
        more,
    })
}
