//! What can go wrong in the device engine.

use brobygge_model::profile::ProfileProblem;
use brobygge_model::{ApiError, ErrorCode, Problem};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error("the activity breaks {} rule(s)", .0.len())]
    Invalid(Vec<Problem>),
    #[error("invalid profile: {0}")]
    Profile(#[from] ProfileProblem),
    #[error("no such activity")]
    NotFound,
    #[error("only a draft can be saved as a draft")]
    NotADraft,
    #[error("the database has schema version {found}; this app understands up to {supported}")]
    NewerSchema { found: u32, supported: u32 },
    #[error("storage: {0}")]
    Storage(#[from] rusqlite::Error),
    #[error("stored data could not be read: {0}")]
    Corrupt(#[from] serde_json::Error),
    #[error("the store's lock was poisoned by an earlier panic")]
    Poisoned,
    #[error("{}: {source}", .path.display())]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} does not hold a database key", .0.display())]
    DamagedKey(PathBuf),
    #[error("the database cannot be read with this device's key")]
    WrongKey,
    #[error(
        "the database's key is in the operating system's secret store, which does not answer: {0}"
    )]
    SecretStore(String),
    #[error(
        "the database's key is neither in the operating system's secret store nor in its file"
    )]
    KeyMissing,
}

impl CoreError {
    pub(crate) fn file(path: &Path, source: std::io::Error) -> CoreError {
        CoreError::File {
            path: path.into(),
            source,
        }
    }

    /// The error in the shared `{code, message}` shape the UI turns into a message.
    pub fn to_api_error(&self) -> ApiError {
        let code = match self {
            CoreError::Invalid(_) => ErrorCode::Invalid,
            CoreError::Profile(_) => ErrorCode::InvalidProfile,
            CoreError::NotFound => ErrorCode::NotFound,
            CoreError::NotADraft => ErrorCode::NotADraft,
            CoreError::NewerSchema { .. } => ErrorCode::NewerSchema,
            CoreError::Storage(_) | CoreError::Corrupt(_) | CoreError::File { .. } => {
                ErrorCode::Storage
            }
            CoreError::DamagedKey(_)
            | CoreError::WrongKey
            | CoreError::SecretStore(_)
            | CoreError::KeyMissing => ErrorCode::Locked,
            CoreError::Poisoned => ErrorCode::Internal,
        };
        ApiError {
            code,
            message: self.to_string(),
        }
    }
}

impl From<CoreError> for ApiError {
    fn from(e: CoreError) -> Self {
        e.to_api_error()
    }
}
