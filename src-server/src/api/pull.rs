//! `POST /sync/pull`: pages of what changed for the device's user after its cursor (with the
//! occasions they co-host), each with the first day the municipality keeps entries from, for
//! the device to thin out its own, and the user's colleagues, whom the device offers as
//! co-hosts.

use super::auth::{AuthDevice, Protocol};
use super::body::Body;
use super::{blocking, AppState};
use crate::colleagues;
use crate::error::ServerError;
use crate::storage::retention::kept_from;
use axum::extract::State;
use axum::Json;
use brobygge_model::sync::{PullRequest, PullResponse};
use brobygge_model::ErrorCode;

/// Activities per page: about a megabyte of JSON before compression.
const PAGE: u32 = 2_000;

pub async fn pull(
    State(state): State<AppState>,
    AuthDevice(device): AuthDevice,
    Protocol(protocol): Protocol,
    Body(request): Body<PullRequest>,
) -> Result<Json<PullResponse>, ServerError> {
    let after = parse_cursor(request.cursor.as_deref())?;
    // From protocol 4 an app knows co-hosts: it shows the occasions its user co-hosts without
    // taking them for its own, and offers its user's colleagues.
    let co_hosts = protocol >= 4;
    let page = blocking(&state, move |s| {
        let mut page = s.pull(&device, after, PAGE, co_hosts)?;
        let today = chrono::Local::now().date_naive();
        page.kept_from = s.retention()?.map(|months| kept_from(today, months));
        if co_hosts {
            let people = s.people()?;
            let mine = &device.profile.projects;
            page.colleagues = Some(colleagues::of(&people, device.user_id, mine));
        }
        Ok(page)
    })
    .await?;
    Ok(Json(page))
}

/// The last change number a pull's cursor stands for: 0 without one. Change numbers are
/// SQL's 64-bit integers, so a cursor above `i64::MAX` is none this server gave.
#[doc(hidden)]
pub fn parse_cursor(cursor: Option<&str>) -> Result<u64, ServerError> {
    let refused = || ServerError::new(ErrorCode::BadRequest, "not a cursor this server gave");
    match cursor {
        None => Ok(0),
        Some(c) => c
            .parse::<u64>()
            .ok()
            .filter(|&n| i64::try_from(n).is_ok())
            .ok_or_else(refused),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_cursor;

    #[test]
    fn a_cursor_is_a_change_number() {
        assert_eq!(parse_cursor(None).unwrap(), 0);
        assert_eq!(parse_cursor(Some("42")).unwrap(), 42);
        let max = i64::MAX.to_string();
        assert_eq!(parse_cursor(Some(&max)).unwrap(), i64::MAX as u64);
        // Found by the `pull_cursor` fuzz target: the storage read this one as `i64::MAX`, so
        // the page's cursor went back from it.
        for refused in ["9223372036854775808", "18446744073709551616", "-1", "x", ""] {
            assert!(parse_cursor(Some(refused)).is_err(), "{refused:?}");
        }
    }
}
