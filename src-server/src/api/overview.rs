//! `GET /coordinator/overview`: the figures for a period and project, within the projects the
//! coordinator may see (an administrator: all). `GET /coordinator/hours`: for the same
//! period and project, each guide's and staff member's occasions and hours (their volunteer
//! hours), those who logged nothing included.

use super::review::{visible_asking, visible_projects};
use super::session::Session;
use super::{blocking, AppState};
use crate::error::ServerError;
use crate::overview::{hours, overview, HoursLine, Overview};
use crate::storage::review::ActivityFilter;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use brobygge_model::sync::Role;
use brobygge_model::{Code, ErrorCode};
use chrono::NaiveDate;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct OverviewParams {
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    project: Option<Code>,
}

impl OverviewParams {
    fn filter(&self) -> ActivityFilter {
        ActivityFilter {
            from: self.from,
            to: self.to,
            project: self.project.clone(),
            ..ActivityFilter::default()
        }
    }
}

pub async fn get(
    State(state): State<AppState>,
    Session(account): Session,
    params: Result<Query<OverviewParams>, QueryRejection>,
) -> Result<Json<Overview>, ServerError> {
    let Query(p) = params.map_err(|e| ServerError::new(ErrorCode::BadRequest, e.body_text()))?;
    let visible = visible_asking(&account, p.project.as_ref())?;
    let filter = p.filter();
    let entries = blocking(&state, move |s| s.matching(&filter, &visible)).await?;
    Ok(Json(overview(&entries)))
}

pub async fn volunteer_hours(
    State(state): State<AppState>,
    Session(account): Session,
    params: Result<Query<OverviewParams>, QueryRejection>,
) -> Result<Json<Vec<HoursLine>>, ServerError> {
    let Query(p) = params.map_err(|e| ServerError::new(ErrorCode::BadRequest, e.body_text()))?;
    let visible = visible_asking(&account, p.project.as_ref())?;
    let filter = p.filter();
    let (entries, everyone) = blocking(&state, move |s| {
        Ok((s.matching(&filter, &visible)?, s.people()?))
    })
    .await?;
    // The guides and staff of the project asked for, or of every project the asker sees.
    let own = visible_projects(&account);
    let members: Vec<(i64, String)> = everyone
        .iter()
        .filter(|person| matches!(person.role, Role::Guide | Role::Staff))
        .filter(|person| {
            person.projects.iter().any(|c| {
                p.project.as_ref().is_none_or(|asked| asked == c)
                    && own.as_ref().is_none_or(|own| own.contains(c))
            })
        })
        .map(|person| (person.id, person.name.clone()))
        .collect();
    let name_of = |user: i64| {
        (everyone.iter())
            .find(|person| person.id == user)
            .map_or_else(String::new, |person| person.name.clone())
    };
    Ok(Json(hours(&entries, &members, name_of)))
}
