//! Reading what the server holds, activity by activity, with its versions and conflicts: for
//! administrators' commands, the checks of the test suite, and a coordinator's correction.

use super::{KeptConflict, ServerActivity, StorageError, VersionRecord};
use brobygge_model::ActivityId;

pub trait Inspect {
    /// One activity, deleted or not.
    fn activity(&self, id: &ActivityId) -> Result<Option<ServerActivity>, StorageError>;
    /// Every activity, ordered by id.
    fn activities(&self) -> Result<Vec<ServerActivity>, StorageError>;
    /// The kept conflicts, oldest first.
    fn conflicts(&self) -> Result<Vec<KeptConflict>, StorageError>;
    /// Who made each kept version of each activity, ordered by activity and version.
    fn history(&self) -> Result<Vec<VersionRecord>, StorageError>;
}
