//! Downloads: `GET /coordinator/reports/{kind}/export` and `GET /coordinator/activities/export`
//! with `format=xlsx|csv` and `lang`. Every export is written to the audit log before the file
//! is sent.

use super::body::Path;
use super::reports::{build, query_params, ReportParams};
use super::review::{visible_asking, ActivitiesParams};
use super::session::Session;
use super::{off_thread, AppState};
use crate::error::ServerError;
use crate::export::{self, ExportError, Format, Words};
use crate::report::ReportKind;
use crate::storage::audit::AuditEntry;
use crate::storage::StorageError;
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use brobygge_model::{ErrorCode, LocaleCode};
use serde_json::json;
use std::io::{Seek, SeekFrom};
use tokio_util::io::ReaderStream;

fn failed(e: ExportError) -> ServerError {
    tracing::error!("export: {e}");
    ServerError::new(ErrorCode::Internal, "the file could not be made")
}

fn file(format: Format, name: &str, bytes: impl Into<Body>) -> Response {
    let disposition = format!("attachment; filename=\"{name}.{}\"", format.extension());
    (
        [
            (header::CONTENT_TYPE, format.content_type().to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes.into(),
    )
        .into_response()
}

pub async fn report(
    State(state): State<AppState>,
    Session(account): Session,
    Path(kind): Path<ReportKind>,
    params: Result<Query<ReportParams>, QueryRejection>,
) -> Result<Response, ServerError> {
    let p = query_params(params)?;
    let format = p.format.unwrap_or(Format::Xlsx);
    let words = Words(p.lang.unwrap_or(LocaleCode::Sv));
    let (name, bytes) = off_thread(&state, move |s| {
        let (report, reference) = build(s, &account, kind, &p)?;
        let project = p.project.as_ref().map_or("alla", |c| c.as_str());
        let subject = format!("{}/{project}/{}..{}", kind.as_str(), report.from, report.to);
        let detail = json!({ "format": format.extension(), "threshold": p.threshold });
        s.record(&AuditEntry::by(&account, "export-report", &subject, detail))?;
        let bytes = export::report::export(&report, &reference, words, format).map_err(failed)?;
        let name = format!("{}-{project}-{}", kind.as_str(), report.from);
        Ok((name, bytes))
    })
    .await?;
    Ok(file(format, &name, bytes))
}

pub async fn activities(
    State(state): State<AppState>,
    Session(account): Session,
    params: Result<Query<ActivitiesParams>, QueryRejection>,
) -> Result<Response, ServerError> {
    let p = query_params(params)?;
    let format = p.format.unwrap_or(Format::Xlsx);
    let words = Words(p.lang.unwrap_or(LocaleCode::Sv));
    let visible = visible_asking(&account, p.project.as_ref())?;
    let filter = p.filter();
    let made = off_thread(&state, move |s| {
        let reference = s.reference_data()?;
        let temporary = tempfile::tempfile().map_err(|e| failed(e.into()))?;
        let mut exporter =
            export::activities::Exporter::new(temporary, &reference, words, format)
                .map_err(failed)?;
        s.listing(&filter, &visible, &mut |id, activity| {
            exporter
                .add(&id, &activity)
                .map_err(|e| StorageError::Database(format!("export: {e}")))
        })?;
        let (mut made, entries) = exporter.finish().map_err(failed)?;
        made.seek(SeekFrom::Start(0))
            .map_err(|e| failed(e.into()))?;
        let detail = json!({ "format": format.extension(), "entries": entries, "filter": format!("{filter:?}") });
        s.record(&AuditEntry::by(&account, "export-activities", "activities", detail))?;
        Ok(made)
    })
    .await?;
    // Sent from the file in pieces, the file gone once sent.
    let length = made.metadata().map_err(|e| failed(e.into()))?.len();
    let body = Body::from_stream(ReaderStream::new(tokio::fs::File::from_std(made)));
    let mut response = file(format, "tillfallen", body);
    response
        .headers_mut()
        .insert(header::CONTENT_LENGTH, length.into());
    Ok(response)
}
