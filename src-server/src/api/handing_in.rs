//! `POST /coordinator/reports/{kind}/hand-in`: keeps a report as it is handed in (its figures
//! at the threshold chosen, and its texts), with who handed it in and when, audited; from then
//! on the report is given as it was handed in. `GET /coordinator/reports/calendar`: every
//! half-year and final report of the projects the asker coordinates, with its due date and
//! where it stands. A half-year report is due, as the final report is, one month after the
//! last day it covers.

use super::reports::{build, key, period, query_params, ReportParams};
use super::review::visible_projects;
use super::session::Session;
use super::{off_thread, AppState};
use crate::error::ServerError;
use crate::report::period::{PeriodQuery, ReportPeriod};
use crate::report::{Report, ReportKind};
use crate::storage::audit::AuditEntry;
use crate::storage::Storage;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use brobygge_model::handed_in::{CalendarEntry, HandedIn, Standing};
use brobygge_model::ErrorCode;
use chrono::{Datelike, Months, NaiveDate};

/// The refusal to change a report that was handed in.
pub fn handed_in_already() -> ServerError {
    ServerError::new(
        ErrorCode::HandedIn,
        "the report was handed in and stays as it was",
    )
}

pub async fn hand_in(
    State(state): State<AppState>,
    Session(account): Session,
    super::body::Path(kind): super::body::Path<ReportKind>,
    params: Result<Query<ReportParams>, QueryRejection>,
) -> Result<Json<Report>, ServerError> {
    let p = query_params(params)?;
    let report = off_thread(&state, move |s| {
        let (report, _) = build(s, &account, kind, &p)?;
        if report.handed_in.is_some() {
            return Err(handed_in_already());
        }
        let (period, _) = period(s, &account, kind, &p)?;
        let key = key(&period);
        let detail = serde_json::json!({
            "kind": kind, "from": key.from, "to": key.to, "threshold": report.threshold,
        });
        let audit = AuditEntry::by(&account, "hand-in-report", &key.project, detail);
        let by = account.profile.name.clone();
        if !s.hand_in(&key, &report, &by, &audit)? {
            return Err(handed_in_already());
        }
        Ok(build(s, &account, kind, &p)?.0)
    })
    .await?;
    Ok(Json(report))
}

pub async fn calendar(
    State(state): State<AppState>,
    Session(account): Session,
) -> Result<Json<Vec<CalendarEntry>>, ServerError> {
    let today = chrono::Local::now().date_naive();
    let entries = off_thread(&state, move |s| calendar_of(s, &account, today)).await?;
    Ok(Json(entries))
}

fn calendar_of(
    storage: &dyn Storage,
    account: &crate::storage::accounts::Account,
    today: NaiveDate,
) -> Result<Vec<CalendarEntry>, ServerError> {
    let reference = storage.reference_data()?;
    let visible = visible_projects(account);
    let handed_in = storage.handed_in_reports()?;
    let mut entries = Vec::new();
    for project in &reference.projects {
        if visible.as_ref().is_some_and(|v| !v.contains(&project.code)) || project.retired {
            continue;
        }
        let (Some(start), Some(end)) = (project.start, project.end) else {
            continue; // a project without its run set has no reports due
        };
        let query = |year, half| PeriodQuery {
            project: Some(project.code.clone()),
            year,
            half,
        };
        let mut periods = Vec::new();
        // Every half-year from the project's start to the one that is running now.
        for year in start.year()..=end.min(today).year() {
            for half in [1, 2] {
                let q = query(Some(year), Some(half));
                match ReportPeriod::resolve(ReportKind::HalfYear, &q, &reference, &visible) {
                    Ok(p) if p.from <= today => periods.push((p, Some(year), Some(half))),
                    _ => {}
                }
            }
        }
        if let Ok(p) =
            ReportPeriod::resolve(ReportKind::Final, &query(None, None), &reference, &visible)
        {
            periods.push((p, None, None));
        }
        for (period, year, half) in periods {
            let key = key(&period);
            let due = period
                .due
                .or_else(|| period.to.checked_add_months(Months::new(1)))
                .unwrap_or(period.to);
            let who: Option<HandedIn> = (handed_in.iter())
                .find(|(k, _)| *k == key)
                .map(|(_, who)| who.clone());
            entries.push(CalendarEntry {
                kind: period.kind,
                project: project.code.clone(),
                year,
                half,
                from: period.from,
                to: period.to,
                due,
                standing: Standing::of(who.is_some(), period.to, due, today),
                handed_in: who,
            });
        }
    }
    entries.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.project.cmp(&b.project)));
    Ok(entries)
}
