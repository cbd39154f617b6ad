//! Retention (gallring), for administrators only: `GET /admin/retention` says how many months
//! entries are kept, the first day kept and how many entries are older; `PUT` sets the months
//! (`{"months": 24}`, or `{"forever": true}`); `POST /admin/retention/thin` deletes the older entries, with
//! everything kept of them. Reports handed in stay as they were. Every change is audited.

use super::accounts::admin_only;
use super::body::Body;
use super::session::Session;
use super::{off_thread, AppState};
use crate::error::ServerError;
use crate::storage::audit::AuditEntry;
use crate::storage::retention::{kept_from, MAX_MONTHS};
use crate::storage::Storage;
use axum::extract::State;
use axum::Json;
use brobygge_model::ErrorCode;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;

#[derive(Debug, Serialize)]
pub struct RetentionState {
    /// How many months entries are kept; none: for ever.
    months: Option<u32>,
    /// The first day kept today.
    kept_from: Option<NaiveDate>,
    /// The entries (deleted ones too) that took place before it.
    older: u64,
}

/// `{"months": 24}`, or `{"forever": true}`: nothing is left to a missing field.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetRetention {
    months: Option<u32>,
    #[serde(default)]
    forever: bool,
}

#[derive(Serialize)]
pub struct Thinned {
    thinned: u64,
    kept_from: NaiveDate,
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn state_of(storage: &dyn Storage) -> Result<RetentionState, ServerError> {
    let months = storage.retention()?;
    let kept_from = months.map(|m| kept_from(today(), m));
    let older = match kept_from {
        Some(day) => storage.count_before(day)?,
        None => 0,
    };
    Ok(RetentionState {
        months,
        kept_from,
        older,
    })
}

pub async fn get(
    State(state): State<AppState>,
    Session(account): Session,
) -> Result<Json<RetentionState>, ServerError> {
    admin_only(&account)?;
    Ok(Json(off_thread(&state, state_of).await?))
}

pub async fn set(
    State(state): State<AppState>,
    Session(account): Session,
    Body(request): Body<SetRetention>,
) -> Result<Json<RetentionState>, ServerError> {
    admin_only(&account)?;
    let months = match (request.months, request.forever) {
        (Some(m), false) if (1..=MAX_MONTHS).contains(&m) => Some(m),
        (None, true) => None,
        _ => {
            return Err(ServerError::new(
                ErrorCode::Invalid,
                format!("entries are kept from 1 to {MAX_MONTHS} months, or for ever"),
            ))
        }
    };
    let answer = off_thread(&state, move |s| {
        let audit = AuditEntry::by(
            &account,
            "set-retention",
            "entries",
            json!({ "months": months }),
        );
        s.set_retention(months, &audit)?;
        state_of(s)
    })
    .await?;
    Ok(Json(answer))
}

pub async fn thin(
    State(state): State<AppState>,
    Session(account): Session,
) -> Result<Json<Thinned>, ServerError> {
    admin_only(&account)?;
    let answer = off_thread(&state, move |s| {
        let Some(months) = s.retention()? else {
            return Err(ServerError::new(
                ErrorCode::Invalid,
                "no retention is set: entries are kept for ever",
            ));
        };
        let day = kept_from(today(), months);
        let older = s.count_before(day)?;
        let audit = AuditEntry::by(
            &account,
            "thin-entries",
            "entries",
            json!({ "months": months, "before": day, "entries": older }),
        );
        let thinned = s.thin_before(day, &audit)?;
        Ok(Thinned {
            thinned,
            kept_from: day,
        })
    })
    .await?;
    Ok(Json(answer))
}
