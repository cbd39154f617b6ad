//! People and devices for coordinators: `GET /coordinator/people` (with their devices),
//! `POST /coordinator/people` to create a user, `POST /coordinator/people/{id}/code` for a
//! one-time enrollment code, and `POST /coordinator/devices/{id}/revoke`. A coordinator
//! manages guides and staff of the projects they coordinate; an administrator manages
//! everyone and alone creates coordinators and administrators. Every change is audited.

use super::body::Body;
use super::body::Path;
use super::review::visible_projects;
use super::session::Session;
use super::{blocking, AppState};
use crate::error::ServerError;
use crate::storage::accounts::Account;
use crate::storage::audit::AuditEntry;
use crate::storage::people::Person;
use crate::storage::{NewUser, StorageError};
use crate::tokens;
use axum::extract::State;
use axum::Json;
use brobygge_model::sync::Role;
use brobygge_model::{Code, ErrorCode};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// Whether the account manages a user with `role` in `projects`.
fn manages(account: &Account, role: Role, projects: &[Code]) -> bool {
    match visible_projects(account) {
        None => true,
        Some(own) => {
            matches!(role, Role::Guide | Role::Staff)
                && !projects.is_empty()
                && projects.iter().all(|p| own.contains(p))
        }
    }
}

pub async fn list(
    State(state): State<AppState>,
    Session(account): Session,
) -> Result<Json<Vec<Person>>, ServerError> {
    let people = blocking(&state, |s| s.people()).await?;
    let visible = visible_projects(&account);
    Ok(Json(
        people
            .into_iter()
            .filter(|p| {
                visible
                    .as_ref()
                    .is_none_or(|v| p.projects.iter().any(|c| v.contains(c)))
            })
            .collect(),
    ))
}

#[derive(Deserialize)]
pub struct NewPerson {
    name: String,
    role: Role,
    projects: Vec<Code>,
}

#[derive(Serialize)]
pub struct Created {
    id: i64,
}

pub async fn create(
    State(state): State<AppState>,
    Session(account): Session,
    Body(request): Body<NewPerson>,
) -> Result<Json<Created>, ServerError> {
    let name = request.name.trim().to_owned();
    if name.is_empty() {
        return Err(ServerError::new(ErrorCode::Invalid, "a name is needed"));
    }
    if !manages(&account, request.role, &request.projects) {
        return Err(ServerError::new(
            ErrorCode::Forbidden,
            "you create guides and staff of the projects you coordinate",
        ));
    }
    let user = NewUser {
        name,
        role: request.role,
        projects: request.projects,
    };
    let id = blocking(&state, move |s| {
        let id = s.create_user(&user)?;
        let detail = json!({ "name": user.name, "role": user.role, "projects": user.projects });
        s.record(&AuditEntry::by(
            &account,
            "create-user",
            &id.to_string(),
            detail,
        ))?;
        Ok(id)
    })
    .await?;
    Ok(Json(Created { id }))
}

/// The person with `id`, if the account manages them.
fn managed(
    s: &dyn crate::storage::Storage,
    account: &Account,
    id: i64,
) -> Result<Person, StorageError> {
    let person = s
        .people()?
        .into_iter()
        .find(|p| p.id == id)
        .ok_or(StorageError::NotFound)?;
    if manages(account, person.role, &person.projects) {
        Ok(person)
    } else {
        Err(StorageError::Forbidden)
    }
}

#[derive(Serialize)]
pub struct IssuedCode {
    code: String,
    expires_at: String,
}

pub async fn issue_code(
    State(state): State<AppState>,
    Session(account): Session,
    Path(id): Path<i64>,
) -> Result<Json<IssuedCode>, ServerError> {
    let answer = blocking(&state, move |s| {
        let person = managed(s, &account, id)?;
        if person.disabled {
            return Err(StorageError::Disabled);
        }
        if person.role == Role::Viewer {
            return Err(StorageError::Invalid(
                "a viewer reads the reports in a browser and has no device".into(),
            ));
        }
        let code = tokens::new_code();
        let expires = chrono::Utc::now() + chrono::Duration::hours(72);
        s.add_code(
            person.id,
            &tokens::hash(&tokens::normalize_code(&code)),
            expires,
        )?;
        let entry = AuditEntry::by(&account, "issue-code", &id.to_string(), json!({}));
        s.record(&entry)?;
        Ok(IssuedCode {
            code,
            expires_at: expires.to_rfc3339(),
        })
    })
    .await?;
    Ok(Json(answer))
}

pub async fn revoke(
    State(state): State<AppState>,
    Session(account): Session,
    Path(device): Path<String>,
) -> Result<Json<serde_json::Value>, ServerError> {
    blocking(&state, move |s| {
        let owner = s
            .people()?
            .into_iter()
            .find(|p| p.devices.iter().any(|d| d.id == device))
            .ok_or(StorageError::NotFound)?;
        managed(s, &account, owner.id)?;
        if !s.revoke(&device)? {
            return Err(StorageError::Invalid(
                "the device is already revoked".into(),
            ));
        }
        let entry = AuditEntry::by(&account, "revoke-device", &device, json!({}));
        s.record(&entry)
    })
    .await?;
    Ok(Json(json!({})))
}
