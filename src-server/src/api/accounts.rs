//! Accounts in the web pages. An administrator disables an account (`POST
//! /admin/people/{id}/disable`: its sessions end and its devices are revoked) and enables it
//! again (`.../enable`), and hands a coordinator or administrator a one-time password reset
//! (`.../password-reset`, a code valid for a day, shown once). The code's owner chooses a new
//! password with it (`POST /auth/reset`), counted like a login; a logged-in coordinator changes
//! their own password (`POST /auth/password`). A new password ends every session of the
//! account, the one it was changed in getting a new one. Everything here is audited.

use super::body::{Body, Path};
use super::login_limits::{self, ClientAddress};
use super::session::{start_session, BrowserSession, Session};
use super::{blocking, AppState};
use crate::error::ServerError;
use crate::passwords;
use crate::storage::accounts::Account;
use crate::storage::audit::AuditEntry;
use crate::tokens;
use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::HeaderMap;
use axum::response::{AppendHeaders, IntoResponse};
use axum::Json;
use brobygge_model::sync::Role;
use brobygge_model::ErrorCode;
use chrono::Utc;
use serde::{Deserialize, Serialize};
use serde_json::json;

/// How long a password reset may be used.
const RESET_HOURS: i64 = 24;

pub(super) fn admin_only(account: &Account) -> Result<(), ServerError> {
    if account.profile.role == Role::Admin {
        Ok(())
    } else {
        Err(ServerError::new(
            ErrorCode::Forbidden,
            "only administrators manage accounts",
        ))
    }
}

fn checked_password(password: &str) -> Result<(), ServerError> {
    match passwords::problem(password) {
        Some(problem) => Err(ServerError::new(ErrorCode::WeakPassword, problem)),
        None => Ok(()),
    }
}

async fn set_disabled(
    state: &AppState,
    account: Account,
    id: i64,
    disabled: bool,
) -> Result<Json<serde_json::Value>, ServerError> {
    admin_only(&account)?;
    if disabled && id == account.user_id {
        return Err(ServerError::new(
            ErrorCode::Invalid,
            "an administrator cannot disable their own account",
        ));
    }
    blocking(state, move |s| {
        if s.set_disabled(id, disabled, Utc::now())? {
            let action = if disabled {
                "disable-account"
            } else {
                "enable-account"
            };
            s.record(&AuditEntry::by(
                &account,
                action,
                &id.to_string(),
                json!({}),
            ))?;
        }
        Ok(())
    })
    .await?;
    Ok(Json(json!({ "disabled": disabled })))
}

pub async fn disable(
    State(state): State<AppState>,
    Session(account): Session,
    Path(id): Path<i64>,
) -> Result<Json<serde_json::Value>, ServerError> {
    set_disabled(&state, account, id, true).await
}

pub async fn enable(
    State(state): State<AppState>,
    Session(account): Session,
    Path(id): Path<i64>,
) -> Result<Json<serde_json::Value>, ServerError> {
    set_disabled(&state, account, id, false).await
}

#[derive(Deserialize)]
pub struct ResetRequest {
    /// The login name to give an account that has none yet.
    #[serde(default)]
    login: Option<String>,
}

#[derive(Serialize)]
pub struct IssuedReset {
    login: String,
    code: String,
    expires_at: String,
}

pub async fn issue_reset(
    State(state): State<AppState>,
    Session(account): Session,
    Path(id): Path<i64>,
    Body(request): Body<ResetRequest>,
) -> Result<Json<IssuedReset>, ServerError> {
    admin_only(&account)?;
    let login = request
        .login
        .map(|l| l.trim().to_lowercase())
        .filter(|l| !l.is_empty());
    if let Some(login) = &login {
        let fine = login.len() <= 64
            && login
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | '@'));
        if !fine {
            return Err(ServerError::new(
                ErrorCode::Invalid,
                "a login name has letters, digits and . - _ @, at most 64",
            ));
        }
    }
    let code = tokens::new_code();
    let code_hash = tokens::hash(&tokens::normalize_code(&code));
    let expires = Utc::now() + chrono::Duration::hours(RESET_HOURS);
    let login = blocking(&state, move |s| {
        let login = s.add_password_reset(id, login.as_deref(), &code_hash, expires)?;
        let detail = json!({ "login": login });
        s.record(&AuditEntry::by(
            &account,
            "issue-password-reset",
            &id.to_string(),
            detail,
        ))?;
        Ok(login)
    })
    .await?;
    Ok(Json(IssuedReset {
        login,
        code,
        expires_at: expires.to_rfc3339(),
    }))
}

#[derive(Deserialize)]
pub struct UseReset {
    login: String,
    code: String,
    password: String,
}

/// Chooses a new password with a reset code: counted like a login, so codes cannot be
/// guessed. Every session of the account ends; the new password logs in.
pub async fn use_reset(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Body(request): Body<UseReset>,
) -> Result<Json<serde_json::Value>, ServerError> {
    checked_password(&request.password)?;
    let login = request.login.trim().to_lowercase();
    let keys = login_limits::Keys::new(&login, address);
    login_limits::count_attempt(&state, &keys).await?;
    let password_hash = login_limits::hash_password(&state, request.password).await?;
    let code_hash = tokens::hash(&tokens::normalize_code(&request.code));
    blocking(&state, move |s| {
        let user = s.use_password_reset(&login, &code_hash, &password_hash, Utc::now())?;
        s.login_succeeded(&keys.cleared_by_success(), &keys.address)?;
        let entry = AuditEntry {
            actor_id: Some(user),
            ..AuditEntry::now(&login, "use-password-reset", &user.to_string(), json!({}))
        };
        s.record(&entry)
    })
    .await?;
    Ok(Json(json!({})))
}

#[derive(Deserialize)]
pub struct ChangePassword {
    current: String,
    new: String,
}

/// A logged-in coordinator changes their own password, giving the current one (counted like
/// a login: a session left open must not become a way to guess it).
pub async fn change_password(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    BrowserSession(account): BrowserSession,
    Body(request): Body<ChangePassword>,
) -> Result<impl IntoResponse, ServerError> {
    checked_password(&request.new)?;
    let keys = login_limits::Keys::new(&account.login, address);
    login_limits::count_attempt(&state, &keys).await?;
    let lookup = account.login.clone();
    let stored = blocking(&state, move |s| s.account_by_login(&lookup))
        .await?
        .map(|(_, hash)| hash);
    if !login_limits::check_password(&state, request.current, stored).await? {
        return Err(ServerError::new(
            ErrorCode::WrongLogin,
            "the current password is wrong",
        ));
    }
    let password_hash = login_limits::hash_password(&state, request.new).await?;
    let who = account.clone();
    blocking(&state, move |s| {
        s.login_succeeded(&keys.cleared_by_success(), &keys.address)?;
        s.change_password(who.user_id, &password_hash)?;
        s.record(&AuditEntry::by(
            &who,
            "change-password",
            &who.user_id.to_string(),
            json!({}),
        ))
    })
    .await?;
    let set = start_session(&state, &headers, account.user_id).await?;
    Ok((AppendHeaders([(SET_COOKIE, set)]), Json(account)))
}
