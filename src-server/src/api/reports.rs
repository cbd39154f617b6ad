//! `GET /coordinator/reports/{kind}`: a report for a project and period (or the annual
//! compilation), and `PUT /coordinator/reports/{kind}/texts`: the coordinator's texts saved
//! with it (audited). A coordinator reports on the projects they coordinate; an administrator
//! on all. A report handed in (`handing_in.rs`) is given as it was handed in, with what has
//! changed in its figures since, and its texts are no longer saved.

use super::body::Body;
use super::body::Path;
use super::review::visible_asking;
use super::session::Session;
use super::{off_thread, AppState};
use crate::error::ServerError;
use crate::report::period::{PeriodQuery, ReportPeriod};
use crate::report::{report, Report, ReportKind, ReportTexts};
use crate::storage::accounts::Account;
use crate::storage::audit::AuditEntry;
use crate::storage::reports::ReportKey;
use crate::storage::review::ActivityFilter;
use crate::storage::Storage;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use brobygge_model::handed_in::changes;
use brobygge_model::{privacy, Code, ErrorCode, LocaleCode};
use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
pub struct ReportParams {
    pub project: Option<Code>,
    pub year: Option<i32>,
    pub half: Option<u8>,
    /// Counts from 1 to below this are suppressed (0: none).
    #[serde(default)]
    pub threshold: u32,
    /// The language of an export's headings and labels.
    pub lang: Option<LocaleCode>,
    pub format: Option<crate::export::Format>,
}

/// The largest threshold for suppression a coordinator can choose.
const MAX_THRESHOLD: u32 = 100;

pub fn query_params<T>(params: Result<Query<T>, QueryRejection>) -> Result<T, ServerError> {
    params
        .map(|Query(p)| p)
        .map_err(|e| ServerError::new(ErrorCode::BadRequest, e.body_text()))
}

/// The period of a report of `kind`, checked against what `account` may see.
pub(super) fn period(
    storage: &dyn Storage,
    account: &Account,
    kind: ReportKind,
    p: &ReportParams,
) -> Result<(ReportPeriod, brobygge_model::ReferenceData), ServerError> {
    let visible = visible_asking(account, p.project.as_ref())?;
    let reference = storage.reference_data()?;
    let query = PeriodQuery {
        project: p.project.clone(),
        year: p.year,
        half: p.half,
    };
    let period = ReportPeriod::resolve(kind, &query, &reference, &visible)
        .map_err(|e| ServerError::new(ErrorCode::BadRequest, e.to_string()))?;
    Ok((period, reference))
}

/// Where a report's texts are kept: a project's report by its project; the compilation by the
/// projects it covers for the one asking, so that a coordinator reads and writes only the
/// texts of the compilation they see (shared with whoever coordinates the same projects).
pub(super) fn key(period: &ReportPeriod) -> ReportKey {
    let project = match &period.project {
        Some(project) => project.to_string(),
        None => {
            let mut covered: Vec<&str> = period.projects.iter().map(Code::as_str).collect();
            covered.sort_unstable();
            format!("compilation:{}", covered.join(","))
        }
    };
    ReportKey {
        kind: period.kind,
        project,
        from: period.from,
        to: period.to,
    }
}

/// Builds the report that `p` asks for, as `account` may see it.
pub fn build(
    storage: &dyn Storage,
    account: &Account,
    kind: ReportKind,
    p: &ReportParams,
) -> Result<(Report, brobygge_model::ReferenceData), ServerError> {
    if p.threshold > MAX_THRESHOLD {
        return Err(ServerError::new(
            ErrorCode::BadRequest,
            format!("the threshold is at most {MAX_THRESHOLD}"),
        ));
    }
    let (period, reference) = period(storage, account, kind, p)?;
    let key = key(&period);
    let texts = storage.report_texts(&key)?.unwrap_or_default();
    if let Some((mut frozen, who)) = storage.handed_in(&key)? {
        // As handed in, against the figures as they are now at the same threshold.
        let now = compute(storage, &period, &reference, frozen.threshold, texts)?;
        frozen.changes = (frozen.sections.iter())
            .flat_map(|then| {
                let current = now.sections.iter().find(|s| s.project == then.project);
                changes(then, current)
            })
            .collect();
        frozen.handed_in = Some(who);
        return Ok((frozen, reference));
    }
    let report = compute(storage, &period, &reference, p.threshold, texts)?;
    Ok((report, reference))
}

/// The report of `period` from the entries as they are now.
pub(super) fn compute(
    storage: &dyn Storage,
    period: &ReportPeriod,
    reference: &brobygge_model::ReferenceData,
    threshold: u32,
    texts: ReportTexts,
) -> Result<Report, ServerError> {
    let filter = ActivityFilter {
        from: Some(period.from),
        to: Some(period.to),
        project: period.project.clone(),
        ..ActivityFilter::default()
    };
    let entries = storage.matching(&filter, &Some(period.projects.clone()))?;
    Ok(report(period, reference, &entries, threshold, texts))
}

pub async fn get(
    State(state): State<AppState>,
    Session(account): Session,
    Path(kind): Path<ReportKind>,
    params: Result<Query<ReportParams>, QueryRejection>,
) -> Result<Json<Report>, ServerError> {
    let p = query_params(params)?;
    let (report, _) = off_thread(&state, move |s| build(s, &account, kind, &p)).await?;
    Ok(Json(report))
}

pub async fn save_texts(
    State(state): State<AppState>,
    Session(account): Session,
    Path(kind): Path<ReportKind>,
    params: Result<Query<ReportParams>, QueryRejection>,
    Body(texts): Body<ReportTexts>,
) -> Result<Json<ReportTexts>, ServerError> {
    let p = query_params(params)?;
    // The texts are about the work, never about a resident.
    let per_part = texts.areas.values().chain(texts.projects.values());
    for text in [&texts.done, &texts.analysis, &texts.afterwards]
        .into_iter()
        .chain(per_part)
    {
        if let Some(finding) = privacy::scan(text).first() {
            return Err(ServerError::new(
                ErrorCode::Invalid,
                format!("the text seems to hold personal data ({:?})", finding.kind),
            ));
        }
    }
    let name = account.profile.name.clone();
    let saved = texts.clone();
    off_thread(&state, move |s| {
        let (period, _) = period(s, &account, kind, &p)?;
        check_parts(&saved, &period, &s.reference_data()?)?;
        let key = key(&period);
        if !s.save_report_texts(&key, &saved, &name)? {
            return Err(super::handing_in::handed_in_already());
        }
        let detail = serde_json::json!({
            "kind": kind, "from": key.from, "to": key.to, "user": account.user_id,
        });
        Ok(s.record(&AuditEntry::by(
            &account,
            "save-report-texts",
            &key.project,
            detail,
        ))?)
    })
    .await?;
    Ok(Json(texts))
}

/// A text per development area or per project belongs to the annual compilation, and names an
/// area of the reference data or a project the report covers.
fn check_parts(
    texts: &ReportTexts,
    period: &ReportPeriod,
    reference: &brobygge_model::ReferenceData,
) -> Result<(), ServerError> {
    let annual = period.kind == ReportKind::Annual;
    let unknown_area = (texts.areas.keys()).find(|a| {
        !annual
            || !reference
                .development_areas
                .iter()
                .any(|d| d.code.as_str() == *a)
    });
    let unknown_project = (texts.projects.keys())
        .find(|c| !annual || !period.projects.iter().any(|p| p.as_str() == *c));
    match unknown_area.or(unknown_project) {
        Some(code) => Err(ServerError::new(
            ErrorCode::Invalid,
            format!("{code:?} is not a development area or project of this report"),
        )),
        None => Ok(()),
    }
}
