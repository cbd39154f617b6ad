//! Who is calling: the protocol version every call states, and the device behind a bearer
//! token. A revoked device is refused on every call.

use super::AppState;
use crate::error::ServerError;
use crate::storage::Device;
use crate::tokens::hash;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::HeaderMap;
use brobygge_model::sync::{Role, OLDEST_PROTOCOL, PROTOCOL_HEADER, PROTOCOL_VERSION};
use brobygge_model::ErrorCode;

/// The protocol the app speaks; an app older than [`OLDEST_PROTOCOL`] is refused with an
/// answer it can show: "update".
pub fn check_protocol(headers: &HeaderMap) -> Result<u32, ServerError> {
    let version = headers
        .get(PROTOCOL_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u32>().ok());
    match version {
        Some(v) if v >= OLDEST_PROTOCOL => Ok(v),
        _ => Err(ServerError::new(
            ErrorCode::UpdateRequired,
            format!("this server speaks protocol {PROTOCOL_VERSION}; update the app"),
        )),
    }
}

/// The protocol a calling app speaks (refused when too old).
pub struct Protocol(pub u32);

impl<S: Send + Sync> FromRequestParts<S> for Protocol {
    type Rejection = ServerError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        check_protocol(&parts.headers).map(Protocol)
    }
}

/// An enrolled, not revoked device.
pub struct AuthDevice(pub Device);

impl FromRequestParts<AppState> for AuthDevice {
    type Rejection = ServerError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        check_protocol(&parts.headers)?;
        let token = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::to_owned)
            .ok_or_else(|| ServerError::new(ErrorCode::Unauthorized, "a device token is needed"))?;
        let token_hash = hash(&token);
        let device = super::blocking(state, move |s| s.device(&token_hash)).await?;
        match device {
            None => Err(ServerError::new(
                ErrorCode::Unauthorized,
                "unknown device token",
            )),
            Some(d) if d.revoked => Err(ServerError::new(
                ErrorCode::Revoked,
                "this device was revoked; wipe local data",
            )),
            // A viewer has no device; one enrolled anyway (a code from the command line) is
            // answered nothing.
            Some(d) if d.profile.role == Role::Viewer => Err(ServerError::new(
                ErrorCode::Forbidden,
                "a viewer reads the reports in a browser and has no device",
            )),
            Some(d) => Ok(AuthDevice(d)),
        }
    }
}
