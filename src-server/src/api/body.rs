//! A JSON body whose rejections use the server's error shape: 400 for JSON that cannot be
//! read, 413 for a body over the limit.

use crate::error::ServerError;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::Json;
use brobygge_model::ErrorCode;
use serde::de::DeserializeOwned;

pub struct Body<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Body<T> {
    type Rejection = ServerError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(value)) => Ok(Body(value)),
            Err(rejection) => Err(rejected(&rejection)),
        }
    }
}

fn rejected(rejection: &JsonRejection) -> ServerError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ServerError::new(ErrorCode::TooLarge, "the request body is too large")
    } else {
        ServerError::new(ErrorCode::BadRequest, rejection.body_text())
    }
}
