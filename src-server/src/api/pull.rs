//! `POST /sync/pull`: pages of what changed for the device's user after its cursor.

use super::auth::AuthDevice;
use super::body::Body;
use super::{blocking, AppState};
use crate::error::ServerError;
use axum::extract::State;
use axum::Json;
use brobygge_model::sync::{PullRequest, PullResponse};
use brobygge_model::ErrorCode;

/// Activities per page: about a megabyte of JSON before compression.
const PAGE: u32 = 2_000;

pub async fn pull(
    State(state): State<AppState>,
    AuthDevice(device): AuthDevice,
    Body(request): Body<PullRequest>,
) -> Result<Json<PullResponse>, ServerError> {
    let after = parse_cursor(request.cursor.as_deref())?;
    let page = blocking(&state, move |s| s.pull(&device, after, PAGE)).await?;
    Ok(Json(page))
}

/// The last change number a pull's cursor stands for: 0 without one.
#[doc(hidden)]
pub fn parse_cursor(cursor: Option<&str>) -> Result<u64, ServerError> {
    match cursor {
        None => Ok(0),
        Some(c) => c
            .parse::<u64>()
            .map_err(|_| ServerError::new(ErrorCode::BadRequest, "not a cursor this server gave")),
    }
}
