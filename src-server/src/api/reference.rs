//! `GET /coordinator/reference`: the reference data, whose labels the coordinator pages show;
//! `PUT /coordinator/reference`: a coordinator's edit of it. Items are retired, never removed.
//! A coordinator changes the shared lists and the projects they coordinate; only an
//! administrator adds a project or changes another's. Every edit is audited and reaches the
//! devices on their next pull.

use super::body::Body;
use super::reference_funder as funder_lists;
use super::review::{not_yours, visible_projects};
use super::session::Session;
use super::{blocking, off_thread, AppState};
use crate::error::ServerError;
use crate::storage::audit::AuditEntry;
use crate::storage::reference::check_nothing_removed;
use axum::extract::State;
use axum::Json;
use brobygge_model::{ErrorCode, LocaleCode, ReferenceData};
use serde::Serialize;
use serde_json::json;

pub async fn get(
    State(state): State<AppState>,
    _session: Session,
) -> Result<Json<ReferenceData>, ServerError> {
    Ok(Json(blocking(&state, |s| s.reference_data()).await?))
}

/// The codes of every item that is new or differs between `old` and `new`.
fn changed(old: &ReferenceData, new: &ReferenceData) -> Vec<String> {
    fn diff<T: Serialize>(old: &[T], new: &[T], code: impl Fn(&T) -> String) -> Vec<String> {
        let json = |t: &T| serde_json::to_value(t).unwrap_or_default();
        new.iter()
            .filter(|n| !old.iter().any(|o| code(o) == code(n) && json(o) == json(n)))
            .map(&code)
            .collect()
    }
    let mut all = diff(&old.projects, &new.projects, |p| p.code.to_string());
    all.extend(diff(&old.venues, &new.venues, |v| v.code.to_string()));
    all.extend(diff(&old.outcomes, &new.outcomes, |o| o.code.to_string()));
    let areas = |d: &ReferenceData| d.development_areas.clone();
    all.extend(diff(&areas(old), &areas(new), |a| a.code.to_string()));
    for (o, n) in [
        (&old.areas, &new.areas),
        (&old.venue_types, &new.venue_types),
        (&old.formats, &new.formats),
        (&old.topics, &new.topics),
        (&old.languages, &new.languages),
        (&old.question_categories, &new.question_categories),
        (&old.referral_targets, &new.referral_targets),
        (&old.partners, &new.partners),
    ] {
        all.extend(diff(o, n, |i| i.code.to_string()));
    }
    all
}

fn invalid(message: String) -> ServerError {
    ServerError::new(ErrorCode::BadRequest, message)
}

/// Every item needs a Swedish label: it is the fallback of every other language.
fn check_labels(data: &ReferenceData) -> Result<(), ServerError> {
    let labels = data
        .projects
        .iter()
        .map(|p| (&p.code, &p.labels))
        .chain(data.venues.iter().map(|v| (&v.code, &v.labels)))
        .chain(data.outcomes.iter().map(|o| (&o.code, &o.labels)))
        .chain(data.development_areas.iter().map(|a| (&a.code, &a.labels)))
        .chain(
            [
                &data.areas,
                &data.venue_types,
                &data.formats,
                &data.topics,
                &data.languages,
                &data.question_categories,
                &data.referral_targets,
                &data.partners,
            ]
            .into_iter()
            .flatten()
            .map(|i| (&i.code, &i.labels)),
        );
    for (code, labels) in labels {
        if labels.get(LocaleCode::Sv).trim().is_empty() {
            return Err(invalid(format!("{code} has no Swedish label")));
        }
    }
    Ok(())
}

pub async fn replace(
    State(state): State<AppState>,
    Session(account): Session,
    Body(new): Body<ReferenceData>,
) -> Result<Json<ReferenceData>, ServerError> {
    check_labels(&new)?;
    let saved = new.clone();
    off_thread(&state, move |s| {
        let old = s.reference_data()?;
        check_nothing_removed(&old, &new)?;
        funder_lists::check_codes(&new).map_err(invalid)?;
        let changed = changed(&old, &new);
        if let Some(visible) = visible_projects(&account) {
            let foreign = new
                .projects
                .iter()
                .find(|p| changed.contains(&p.code.to_string()) && !visible.contains(&p.code));
            if foreign.is_some() || funder_lists::reaches_past(&old, &new, &visible) {
                return Err(not_yours());
            }
        }
        let audit = AuditEntry::by(
            &account,
            "edit-reference",
            "reference",
            json!({ "changed": changed }),
        );
        Ok(s.replace_reference(&new, &audit)?)
    })
    .await?;
    Ok(Json(saved))
}
