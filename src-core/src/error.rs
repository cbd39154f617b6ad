//! What can go wrong in the device engine.

use brobygge_model::profile::ProfileProblem;
use brobygge_model::Problem;

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
}
