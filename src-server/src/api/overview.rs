//! `GET /coordinator/overview`: the figures for a period and project, within the projects the
//! coordinator may see (an administrator: all).

use super::review::visible_asking;
use super::session::Session;
use super::{blocking, AppState};
use crate::error::ServerError;
use crate::overview::{overview, Overview};
use crate::storage::review::ActivityFilter;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use brobygge_model::{Code, ErrorCode};
use chrono::NaiveDate;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct OverviewParams {
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    project: Option<Code>,
}

pub async fn get(
    State(state): State<AppState>,
    Session(account): Session,
    params: Result<Query<OverviewParams>, QueryRejection>,
) -> Result<Json<Overview>, ServerError> {
    let Query(p) = params.map_err(|e| ServerError::new(ErrorCode::BadRequest, e.body_text()))?;
    let visible = visible_asking(&account, p.project.as_ref())?;
    let filter = ActivityFilter {
        from: p.from,
        to: p.to,
        project: p.project,
        ..ActivityFilter::default()
    };
    let entries = blocking(&state, move |s| s.matching(&filter, &visible)).await?;
    Ok(Json(overview(&entries)))
}
