//! `POST /sync/push`: a batch of a device's outbox, applied exactly once in one transaction.

use super::auth::AuthDevice;
use super::body::Body;
use super::{blocking, AppState};
use crate::error::ServerError;
use axum::extract::State;
use axum::Json;
use brobygge_model::sync::{PushRequest, PushResponse};

pub async fn push(
    State(state): State<AppState>,
    AuthDevice(device): AuthDevice,
    Body(request): Body<PushRequest>,
) -> Result<Json<PushResponse>, ServerError> {
    let response = blocking(&state, move |s| s.push(&device, &request.mutations)).await?;
    Ok(Json(response))
}
