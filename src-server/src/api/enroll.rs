//! `POST /enroll`: a one-time code for a token and the user's profile.

use super::auth::check_protocol;
use super::body::Body;
use super::{blocking, AppState};
use crate::error::ServerError;
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
    let device = blocking(&state, move |s| {
        s.enroll(
            &code_hash,
            &token_hash,
            &request.app_version,
            chrono::Utc::now(),
        )
    })
    .await?;
    Ok(Json(EnrollResponse {
        device_id: device.id,
        token,
        profile: device.profile,
    }))
}
