//! The server's errors as the one `{code, message}` shape: a 4xx for the client's mistakes,
//! never a 5xx for bad input, and no internals in the message.

use crate::storage::StorageError;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use brobygge_model::{ApiError, ErrorCode};

#[derive(Debug)]
pub struct ServerError {
    pub code: ErrorCode,
    pub message: String,
}

impl ServerError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ServerError {
        ServerError {
            code,
            message: message.into(),
        }
    }

    fn status(&self) -> StatusCode {
        match self.code {
            ErrorCode::Unauthorized | ErrorCode::WrongLogin => StatusCode::UNAUTHORIZED,
            ErrorCode::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::Forbidden | ErrorCode::AccountDisabled => StatusCode::FORBIDDEN,
            ErrorCode::WeakPassword => StatusCode::BAD_REQUEST,
            ErrorCode::Revoked => StatusCode::FORBIDDEN,
            ErrorCode::UpdateRequired => StatusCode::UPGRADE_REQUIRED,
            ErrorCode::BadRequest | ErrorCode::Invalid | ErrorCode::InvalidProfile => {
                StatusCode::BAD_REQUEST
            }
            ErrorCode::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::SequenceGap
            | ErrorCode::NotADraft
            | ErrorCode::UnsentEntries
            | ErrorCode::HandedIn => StatusCode::CONFLICT,
            ErrorCode::InvalidCode | ErrorCode::CodeUsedElsewhere | ErrorCode::InvalidServer => {
                StatusCode::BAD_REQUEST
            }
            ErrorCode::NotFound => StatusCode::NOT_FOUND,
            ErrorCode::NewerSchema
            | ErrorCode::Storage
            | ErrorCode::Locked
            | ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Unavailable | ErrorCode::Offline => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

impl From<StorageError> for ServerError {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::InvalidCode => ServerError::new(ErrorCode::InvalidCode, e.to_string()),
            StorageError::CodeUsedElsewhere => {
                ServerError::new(ErrorCode::CodeUsedElsewhere, e.to_string())
            }
            StorageError::NotFound => ServerError::new(ErrorCode::NotFound, e.to_string()),
            StorageError::Forbidden => ServerError::new(ErrorCode::Forbidden, e.to_string()),
            StorageError::Disabled => ServerError::new(ErrorCode::AccountDisabled, e.to_string()),
            StorageError::Invalid(_) => ServerError::new(ErrorCode::Invalid, e.to_string()),
            StorageError::SequenceGap { .. } => {
                ServerError::new(ErrorCode::SequenceGap, e.to_string())
            }
            StorageError::Database(_) | StorageError::Corrupt(_) => {
                tracing::error!(error = %e, "storage failed");
                ServerError::new(ErrorCode::Unavailable, "the server could not complete this")
            }
        }
    }
}

impl IntoResponse for ServerError {
    fn into_response(self) -> Response {
        let status = self.status();
        let body = ApiError {
            code: self.code,
            message: self.message,
        };
        (status, Json(body)).into_response()
    }
}
