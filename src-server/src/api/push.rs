//! `POST /sync/push`: a batch of a device's outbox, applied exactly once in one transaction.

use super::auth::{AuthDevice, Protocol};
use super::body::Body;
use super::{blocking, AppState};
use crate::error::ServerError;
use axum::extract::State;
use axum::Json;
use brobygge_model::sync::{Outcome, PushRequest, PushResponse};

pub async fn push(
    State(state): State<AppState>,
    AuthDevice(device): AuthDevice,
    Protocol(protocol): Protocol,
    Body(request): Body<PushRequest>,
) -> Result<Json<PushResponse>, ServerError> {
    let mut response = blocking(&state, move |s| {
        crate::sync::push(s, &device, request.mutations)
    })
    .await?;
    for result in &mut response.results {
        if let Outcome::Rejected { problems } = &mut result.outcome {
            for problem in problems.iter_mut() {
                *problem = problem.clone().for_protocol(protocol);
            }
        }
    }
    Ok(Json(response))
}
