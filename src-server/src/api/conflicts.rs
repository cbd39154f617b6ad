//! `GET /coordinator/conflicts`: the open conflicts of the projects a coordinator may see, and
//! `POST /coordinator/conflicts/{id}/settle` with `{"keep": "kept" | "lost"}`.

use super::body::Body;
use super::body::Path;
use super::review::{not_yours, visible_projects};
use super::session::Session;
use super::{blocking, AppState};
use crate::error::ServerError;
use crate::storage::accounts::Account;
use crate::storage::{Choice, KeptConflict, Storage, StorageError};
use axum::extract::State;
use axum::Json;
use brobygge_model::ActivityId;
use serde::Deserialize;

/// Whether the account may see the activity's project.
fn may_see(storage: &dyn Storage, account: &Account, id: &str) -> Result<bool, StorageError> {
    let Some(visible) = visible_projects(account) else {
        return Ok(true);
    };
    let project = storage
        .activity(&ActivityId(id.to_owned()))?
        .and_then(|a| a.activity.project);
    Ok(project.is_some_and(|p| visible.contains(&p)))
}

pub async fn list(
    State(state): State<AppState>,
    Session(account): Session,
) -> Result<Json<Vec<KeptConflict>>, ServerError> {
    let open = blocking(&state, move |s| {
        let mut open = Vec::new();
        for c in s.conflicts()?.into_iter().filter(|c| !c.settled) {
            if may_see(s, &account, &c.conflict.activity_id)? {
                open.push(c);
            }
        }
        Ok(open)
    })
    .await?;
    Ok(Json(open))
}

#[derive(Deserialize)]
pub struct SettleRequest {
    keep: Choice,
}

pub async fn settle(
    State(state): State<AppState>,
    Session(account): Session,
    Path(id): Path<i64>,
    Body(request): Body<SettleRequest>,
) -> Result<Json<serde_json::Value>, ServerError> {
    let allowed = blocking(&state, {
        let account = account.clone();
        move |s| {
            let conflict = s
                .conflicts()?
                .into_iter()
                .find(|c| c.id == id && !c.settled)
                .ok_or(StorageError::NotFound)?;
            may_see(s, &account, &conflict.conflict.activity_id)
        }
    })
    .await?;
    if !allowed {
        return Err(not_yours());
    }
    let by = super::review::corrector(&account);
    blocking(&state, move |s| {
        crate::sync::settle(s, id, request.keep, &by)
    })
    .await?;
    Ok(Json(serde_json::json!({})))
}
