//! `POST /sync/pull`: pages of what changed for the device's user after its cursor (with the
//! occasions they co-host), each with the first day the municipality keeps entries from, for
//! the device to thin out its own, and the user's colleagues, whom the device offers as
//! co-hosts. A cursor names the database's epoch: one from before a restore is answered
//! `sequence-gap`, and the device sends its entries again.

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
    let cursor = parse_cursor(request.cursor.as_deref())?;
    // From protocol 4 an app knows co-hosts: it shows the occasions its user co-hosts without
    // taking them for its own, and offers its user's colleagues.
    let co_hosts = protocol >= 4;
    let page = blocking(&state, move |s| {
        let epoch = s.epoch()?;
        let after = match cursor.epoch {
            // From before a restore: from protocol 5 the app hears so (below) and sends its
            // entries again before it pulls from the start; an older one only pulls again.
            Some(e) if e != epoch && protocol >= 5 => return Ok(None),
            Some(e) if e != epoch => 0,
            _ => cursor.after,
        };
        let mut page = s.pull(&device, after, PAGE, co_hosts)?;
        page.cursor = Cursor {
            epoch: Some(epoch),
            after: page.cursor.parse().unwrap_or(after),
        }
        .to_string();
        let today = chrono::Local::now().date_naive();
        page.kept_from = s.retention()?.map(|months| kept_from(today, months));
        if co_hosts {
            let people = s.people()?;
            let mine = &device.profile.projects;
            page.colleagues = Some(colleagues::of(&people, device.user_id, mine));
        }
        Ok(Some(page))
    })
    .await?;
    // The device may have pulled changes the database no longer has, and sent some.
    let restored = || {
        ServerError::new(
            ErrorCode::SequenceGap,
            "the server was restored from a backup: send every entry again, then pull from the start",
        )
    };
    page.map(Json).ok_or_else(restored)
}

/// Where a pull goes on from: the last change number applied, in the database of an epoch
/// (see `storage::epoch`). Its text is `epoch:number`; a bare number is a cursor given before
/// epochs were, taken as of today's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub epoch: Option<String>,
    pub after: u64,
}

impl std::fmt::Display for Cursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.epoch {
            Some(epoch) => write!(f, "{epoch}:{}", self.after),
            None => write!(f, "{}", self.after),
        }
    }
}

/// The cursor a pull names: none is the start. Change numbers are SQL's 64-bit integers, so a
/// number above `i64::MAX` is none this server gave; an epoch is 16 lowercase hex digits.
#[doc(hidden)]
pub fn parse_cursor(cursor: Option<&str>) -> Result<Cursor, ServerError> {
    let refused = || ServerError::new(ErrorCode::BadRequest, "not a cursor this server gave");
    let Some(text) = cursor else {
        return Ok(Cursor::default());
    };
    let (epoch, number) = match text.split_once(':') {
        Some((epoch, number)) => (Some(epoch), number),
        None => (None, text),
    };
    let epoch_ok =
        |e: &str| e.len() == 16 && e.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if epoch.is_some_and(|e| !epoch_ok(e)) {
        return Err(refused());
    }
    let after = number
        .parse::<u64>()
        .ok()
        .filter(|&n| i64::try_from(n).is_ok())
        .ok_or_else(refused)?;
    Ok(Cursor {
        epoch: epoch.map(str::to_owned),
        after,
    })
}

#[cfg(test)]
mod tests {
    use super::{parse_cursor, Cursor};

    #[test]
    fn a_cursor_is_an_epoch_and_a_change_number() {
        let at = |n| Cursor {
            epoch: None,
            after: n,
        };
        assert_eq!(parse_cursor(None).unwrap(), at(0));
        assert_eq!(parse_cursor(Some("42")).unwrap(), at(42));
        let max = i64::MAX.to_string();
        assert_eq!(parse_cursor(Some(&max)).unwrap(), at(i64::MAX as u64));
        let cursor = parse_cursor(Some("0123456789abcdef:7")).unwrap();
        assert_eq!(cursor.epoch.as_deref(), Some("0123456789abcdef"));
        assert_eq!(cursor.after, 7);
        assert_eq!(cursor.to_string(), "0123456789abcdef:7");
        // Found by the `pull_cursor` fuzz target: the storage read this one as `i64::MAX`, so
        // the page's cursor went back from it.
        for refused in [
            "9223372036854775808",
            "18446744073709551616",
            "-1",
            "x",
            "",
            "0123456789ABCDEF:7",
            "0123456789abcde:7",
            "0123456789abcdef:",
            ":7",
            "0123456789abcdef:1:2",
        ] {
            assert!(parse_cursor(Some(refused)).is_err(), "{refused:?}");
        }
    }
}
