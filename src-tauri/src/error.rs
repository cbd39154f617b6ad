//! Maps the core's errors onto the one `{code, message}` shape the UI understands.

use brobygge_core::{CoreError, SyncError};
use brobygge_model::ApiError;
use serde::{Serialize, Serializer};

/// The error every command returns; serialises as `{code, message}`.
#[derive(Clone, Debug)]
pub struct IpcError(ApiError);

impl From<CoreError> for IpcError {
    fn from(e: CoreError) -> Self {
        IpcError(e.to_api_error())
    }
}

impl From<SyncError> for IpcError {
    fn from(e: SyncError) -> Self {
        IpcError(e.to_api_error())
    }
}

impl Serialize for IpcError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_errors_cross_the_boundary_as_code_and_message() {
        let json = serde_json::to_value(IpcError::from(CoreError::NotFound)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "not-found", "message": "no such activity"})
        );
    }
}
