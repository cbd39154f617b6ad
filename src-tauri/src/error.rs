//! Maps the core's errors onto the one `{code, message}` shape the UI understands.

use brobygge_core::{CoreError, SyncError};
use brobygge_model::{ApiError, ErrorCode};
use serde::{Serialize, Serializer};

/// The error every command returns; serialises as `{code, message}`.
#[derive(Clone, Debug)]
pub struct IpcError(ApiError);

impl From<CoreError> for IpcError {
    fn from(e: CoreError) -> Self {
        let code = match &e {
            CoreError::Invalid(_) => ErrorCode::Invalid,
            CoreError::Profile(_) => ErrorCode::InvalidProfile,
            CoreError::NotFound => ErrorCode::NotFound,
            CoreError::NotADraft => ErrorCode::NotADraft,
            CoreError::NewerSchema { .. } => ErrorCode::NewerSchema,
            CoreError::Storage(_) | CoreError::Corrupt(_) => ErrorCode::Storage,
            CoreError::Poisoned => ErrorCode::Internal,
        };
        IpcError(ApiError {
            code,
            message: e.to_string(),
        })
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
