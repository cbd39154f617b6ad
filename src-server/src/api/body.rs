//! A JSON body (and path parameters) whose rejections use the server's error shape: 400 for a body that is not JSON
//! or cannot be read, 413 for a body over the limit. Parsed with plain `serde_json`: a push
//! carries a megabyte of entries, and tracking the path of every value (as axum's `Json`
//! does for its messages) costs time on every request, not only on bad ones.

use crate::error::ServerError;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use brobygge_model::ErrorCode;
use serde::de::DeserializeOwned;

pub struct Body<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Body<T> {
    type Rejection = ServerError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        let bytes = Bytes::from_request(req, state).await.map_err(|r| {
            if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ServerError::new(ErrorCode::TooLarge, "the request body is too large")
            } else {
                ServerError::new(ErrorCode::BadRequest, r.body_text())
            }
        })?;
        if !json {
            return Err(ServerError::new(
                ErrorCode::BadRequest,
                "the request body must be JSON (content-type: application/json)",
            ));
        }
        serde_json::from_slice(&bytes).map(Body).map_err(|e| {
            ServerError::new(
                ErrorCode::BadRequest,
                format!("the request body could not be read: {e}"),
            )
        })
    }
}

/// A route's path parameters, whose rejections (an id that is not a number, a report kind
/// that does not exist) use the server's error shape, as axum's own `Path` does not.
pub struct Path<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for Path<T> {
    type Rejection = ServerError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(value)| Path(value))
            .map_err(|r| ServerError::new(ErrorCode::BadRequest, r.body_text()))
    }
}
