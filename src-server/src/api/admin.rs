//! `GET /admin/audit`: the audit log, for administrators only.

use super::session::Session;
use super::{blocking, AppState};
use crate::error::ServerError;
use crate::storage::audit::AuditEntry;
use axum::extract::State;
use axum::Json;
use brobygge_model::sync::Role;
use brobygge_model::ErrorCode;

/// Entries shown at most.
const LIMIT: u32 = 500;

pub async fn audit(
    State(state): State<AppState>,
    Session(account): Session,
) -> Result<Json<Vec<AuditEntry>>, ServerError> {
    if account.profile.role != Role::Admin {
        return Err(ServerError::new(
            ErrorCode::Forbidden,
            "only administrators read the audit log",
        ));
    }
    Ok(Json(blocking(&state, |s| s.audit_log(LIMIT)).await?))
}
