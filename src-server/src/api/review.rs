//! `GET /coordinator/activities`: synced activities for a logged-in coordinator, filtered,
//! sorted and paged, and `POST /coordinator/activities/{id}/correct`. A coordinator sees and
//! corrects the projects they coordinate; an administrator every project.

use super::body::Body;
use super::body::Path;
use super::session::Session;
use super::{blocking, AppState};
use crate::error::ServerError;
use crate::storage::accounts::Account;
use crate::storage::review::{ActivityFilter, Paging, ReviewPage, ReviewQuery, SortKey, MAX_PAGE};
use crate::storage::Corrector;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use brobygge_model::sync::Role;
use brobygge_model::{ActivityId, Code, ErrorCode};
use chrono::NaiveDate;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct ActivitiesParams {
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    pub project: Option<Code>,
    area: Option<Code>,
    venue: Option<Code>,
    topic: Option<Code>,
    language: Option<Code>,
    author: Option<i64>,
    reviewed: Option<bool>,
    #[serde(default)]
    sort: SortKey,
    #[serde(default)]
    desc: bool,
    #[serde(default)]
    offset: u32,
    limit: Option<u32>,
    /// For an export: the file's format and the language of its headings.
    pub format: Option<crate::export::Format>,
    pub lang: Option<brobygge_model::LocaleCode>,
}

impl ActivitiesParams {
    pub fn filter(&self) -> ActivityFilter {
        ActivityFilter {
            from: self.from,
            to: self.to,
            project: self.project.clone(),
            area: self.area.clone(),
            venue: self.venue.clone(),
            topic: self.topic.clone(),
            language: self.language.clone(),
            author: self.author,
            reviewed: self.reviewed,
        }
    }
}

/// The projects an account may see: none means all of them.
pub fn visible_projects(account: &Account) -> Option<Vec<Code>> {
    match account.profile.role {
        Role::Admin => None,
        _ => Some(account.profile.projects.clone()),
    }
}

/// The account as it corrects: by name, into the projects it may see.
pub fn corrector(account: &Account) -> Corrector {
    Corrector {
        name: account.profile.name.clone(),
        user_id: Some(account.user_id),
        projects: visible_projects(account),
    }
}

/// The refusal for a project the account does not coordinate.
pub fn not_yours() -> ServerError {
    ServerError::new(ErrorCode::Forbidden, "not a project you coordinate")
}

/// The projects an account may see (none: all), refusing a project asked for that it may not.
pub fn visible_asking(
    account: &Account,
    asked: Option<&Code>,
) -> Result<Option<Vec<Code>>, ServerError> {
    let visible = visible_projects(account);
    match (asked, &visible) {
        (Some(project), Some(list)) if !list.contains(project) => Err(not_yours()),
        _ => Ok(visible),
    }
}

pub async fn activities(
    State(state): State<AppState>,
    Session(account): Session,
    params: Result<Query<ActivitiesParams>, QueryRejection>,
) -> Result<Json<ReviewPage>, ServerError> {
    let Query(p) = params.map_err(|e| ServerError::new(ErrorCode::BadRequest, e.body_text()))?;
    let visible = visible_asking(&account, p.project.as_ref())?;
    let query = ReviewQuery {
        filter: p.filter(),
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

#[derive(Deserialize)]
pub struct CorrectionRequest {
    /// A field's path, such as `people.women`.
    field: String,
    value: serde_json::Value,
}

#[derive(serde::Serialize)]
pub struct CorrectionAnswer {
    version: u64,
}

/// `POST /coordinator/activities/{id}/correct`: sets one field of an activity of a project the
/// coordinator may see. Audited; it reaches the guide's devices by sync.
pub async fn correct(
    State(state): State<AppState>,
    Session(account): Session,
    Path(id): Path<String>,
    Body(request): Body<CorrectionRequest>,
) -> Result<Json<CorrectionAnswer>, ServerError> {
    let id = ActivityId(id);
    let lookup = id.clone();
    let activity = blocking(&state, move |s| s.activity(&lookup))
        .await?
        .filter(|a| !a.deleted)
        .ok_or_else(|| ServerError::new(ErrorCode::NotFound, "no such activity"))?;
    let project = activity.activity.project.as_ref().ok_or_else(not_yours)?;
    visible_asking(&account, Some(project))?;
    let by = corrector(&account);
    let version = blocking(&state, move |s| {
        crate::sync::correct(s, &id, &request.field, request.value, &by)
    })
    .await?;
    Ok(Json(CorrectionAnswer { version }))
}

#[derive(Deserialize)]
pub struct ReviewedRequest {
    ids: Vec<String>,
    reviewed: bool,
}

#[derive(serde::Serialize)]
pub struct ReviewedAnswer {
    /// How many of the entries were marked: those of projects the coordinator does not
    /// coordinate, and deleted ones, are left alone.
    marked: u64,
}

/// `POST /coordinator/activities/reviewed` with `{ids, reviewed}`: marks the current version of
/// each entry as reviewed (or not). A later edit from a device makes an entry unreviewed again.
pub async fn mark_reviewed(
    State(state): State<AppState>,
    Session(account): Session,
    Body(request): Body<ReviewedRequest>,
) -> Result<Json<ReviewedAnswer>, ServerError> {
    if request.ids.len() > MAX_PAGE as usize {
        return Err(ServerError::new(
            ErrorCode::BadRequest,
            format!("at most {MAX_PAGE} entries at a time"),
        ));
    }
    let visible = visible_projects(&account);
    let name = account.profile.name;
    let marked = blocking(&state, move |s| {
        s.set_reviewed(&request.ids, request.reviewed, &name, &visible)
    })
    .await?;
    Ok(Json(ReviewedAnswer { marked }))
}
