//! `GET /coordinator/activities`: synced activities for a logged-in coordinator, filtered,
//! sorted and paged. A coordinator sees the projects they coordinate; an administrator sees
//! every project.

use super::session::Session;
use super::{blocking, AppState};
use crate::error::ServerError;
use crate::storage::accounts::Account;
use crate::storage::review::{ActivityFilter, Paging, ReviewPage, ReviewQuery, SortKey};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use brobygge_model::sync::Role;
use brobygge_model::{Code, ErrorCode};
use chrono::NaiveDate;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct ActivitiesParams {
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    project: Option<Code>,
    area: Option<Code>,
    venue: Option<Code>,
    topic: Option<Code>,
    language: Option<Code>,
    author: Option<i64>,
    #[serde(default)]
    sort: SortKey,
    #[serde(default)]
    desc: bool,
    #[serde(default)]
    offset: u32,
    limit: Option<u32>,
}

/// The projects an account may see: none means all of them.
pub fn visible_projects(account: &Account) -> Option<Vec<Code>> {
    match account.profile.role {
        Role::Admin => None,
        _ => Some(account.profile.projects.clone()),
    }
}

pub async fn activities(
    State(state): State<AppState>,
    Session(account): Session,
    params: Result<Query<ActivitiesParams>, QueryRejection>,
) -> Result<Json<ReviewPage>, ServerError> {
    let Query(p) = params.map_err(|e| ServerError::new(ErrorCode::BadRequest, e.body_text()))?;
    let visible = visible_projects(&account);
    if let (Some(project), Some(visible)) = (&p.project, &visible) {
        if !visible.contains(project) {
            return Err(ServerError::new(
                ErrorCode::Forbidden,
                "not a project you coordinate",
            ));
        }
    }
    let query = ReviewQuery {
        filter: ActivityFilter {
            from: p.from,
            to: p.to,
            project: p.project,
            area: p.area,
            venue: p.venue,
            topic: p.topic,
            language: p.language,
            author: p.author,
        },
        visible,
        sort: p.sort,
        descending: p.desc,
        paging: Paging {
            offset: p.offset,
            limit: p.limit.unwrap_or(50),
        },
    };
    let page = blocking(&state, move |s| s.review(&query)).await?;
    Ok(Json(page))
}
