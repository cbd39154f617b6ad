//! `POST /enroll`: a one-time code for a token and the user's profile. The install that used
//! a code may send it again (its answer was lost) and gets a second token for the same device.

use super::auth::check_protocol;
use super::body::Body;
use super::{blocking, AppState};
use crate::error::ServerError;
use crate::storage::Enrollment;
use crate::tokens::{hash, new_token, normalize_code};
use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use brobygge_model::sync::{EnrollRequest, EnrollResponse};

pub async fn enroll(
    State(state): State<AppState>,
    headers: HeaderMap,
    Body(request): Body<EnrollRequest>,
) -> Result<Json<EnrollResponse>, ServerError> {
    check_protocol(&headers)?;
    let token = new_token();
    let (code_hash, token_hash) = (hash(&normalize_code(&request.code)), hash(&token));
    let enrolled = blocking(&state, move |s| {
        s.enroll_install(&Enrollment {
            code_hash: &code_hash,
            token_hash: &token_hash,
            app_version: &request.app_version,
            install_id: request.install_id.as_deref(),
            now: chrono::Utc::now(),
        })
    })
    .await?;
    Ok(Json(EnrollResponse {
        device_id: enrolled.device.id,
        token,
        user_id: enrolled.device.user_id,
        profile: enrolled.device.profile,
        last_applied: enrolled.last_applied,
    }))
}
