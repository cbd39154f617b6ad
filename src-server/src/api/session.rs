//! Coordinators' sessions in the browser: `POST /auth/login` with a login name and password
//! sets a session cookie (HttpOnly, SameSite=Strict, Secure when served over TLS), `POST
//! /auth/logout` ends it, `GET /auth/me` says who is logged in. A session ends after a
//! working day, or after an hour unused. A wrong password and an unknown name get the same
//! answer; failed logins slow further attempts down (`login_limits.rs`); a disabled account is
//! told so only after its password matched.

use super::auth::AuthDevice;
use super::body::Body;
use super::login_limits;
use super::{blocking, AppState};
use crate::error::ServerError;
use crate::storage::accounts::Account;
use crate::storage::audit::AuditEntry;
use crate::tokens;
use axum::extract::{FromRequestParts, State};
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{AppendHeaders, IntoResponse};
use axum::Json;
use brobygge_model::sync::Role;
use brobygge_model::ErrorCode;
use chrono::Utc;
use login_limits::ClientAddress;
use serde::Deserialize;

const COOKIE_NAME: &str = "brobygge_session";
/// How long a coordinator's or administrator's device may open the coordinator pages after its
/// enrollment.
const PRIVILEGED_DEVICE_LIFE: chrono::TimeDelta = chrono::TimeDelta::days(30);
/// How long a session lasts: a working day.
const SESSION_HOURS: i64 = 10;
/// How long a session lasts unused: a browser left open ends its session by itself.
pub const SESSION_IDLE: chrono::TimeDelta = chrono::TimeDelta::minutes(60);

#[derive(Deserialize)]
pub struct LoginRequest {
    login: String,
    password: String,
}

/// Whether the page was reached over TLS (directly, or through a proxy that says so).
fn over_tls(state: &AppState, headers: &HeaderMap) -> bool {
    state.secure_cookies
        || headers
            .get("x-forwarded-proto")
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"))
}

fn cookie(value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{COOKIE_NAME}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"
    ))
    .expect("a cookie of ASCII characters")
}

fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(&format!("{COOKIE_NAME}=")[..]))
        .map(str::to_owned)
}

pub async fn login(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Body(request): Body<LoginRequest>,
) -> Result<impl IntoResponse, ServerError> {
    let name = request.login.trim().to_lowercase();
    let keys = login_limits::Keys::new(&name, address);
    login_limits::count_attempt(&state, &keys).await?;
    let lookup = name.clone();
    let found = blocking(&state, move |s| s.account_by_login(&lookup)).await?;
    let password = request.password;
    let (account, stored) = found.map_or((None, None), |(a, h)| (Some(a), Some(h)));
    let matches = login_limits::check_password(&state, password, stored).await?;
    let Some(account) = account.filter(|_| matches) else {
        return Err(ServerError::new(
            ErrorCode::WrongLogin,
            "wrong login name or password",
        ));
    };
    let who = account.clone();
    blocking(&state, move |s| {
        s.login_succeeded(&keys.cleared_by_success(), &keys.address)?;
        if s.is_disabled(who.user_id)? {
            return Err(crate::storage::StorageError::Disabled);
        }
        s.record(&AuditEntry::by(
            &who,
            "login",
            &who.user_id.to_string(),
            serde_json::json!({}),
        ))
    })
    .await?;
    let set = start_session(&state, &headers, account.user_id).await?;
    Ok((AppendHeaders([(SET_COOKIE, set)]), Json(account)))
}

/// Starts a session for the user: the cookie that carries it.
pub(super) async fn start_session(
    state: &AppState,
    headers: &HeaderMap,
    user_id: i64,
) -> Result<HeaderValue, ServerError> {
    let token = tokens::new_token();
    let token_hash = tokens::hash(&token);
    let expires = Utc::now() + chrono::Duration::hours(SESSION_HOURS);
    blocking(state, move |s| {
        s.create_session(&token_hash, user_id, expires)
    })
    .await?;
    Ok(cookie(
        &token,
        SESSION_HOURS * 3600,
        over_tls(state, headers),
    ))
}

pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<impl IntoResponse, ServerError> {
    if let Some(token) = session_token(&headers) {
        let token_hash = tokens::hash(&token);
        blocking(&state, move |s| s.end_session(&token_hash)).await?;
    }
    let clear = cookie("", 0, over_tls(&state, &headers));
    Ok((
        AppendHeaders([(SET_COOKIE, clear)]),
        Json(serde_json::json!({})),
    ))
}

pub async fn me(session: Session) -> Json<Account> {
    Json(session.0)
}

/// Whether a viewer may make this call: read the overview, the reference lists' labels, the
/// reports, their calendar and their downloads, and their own account (and change its
/// password). Everything else a session opens is refused them, whatever it is.
fn viewer_reads(method: &axum::http::Method, path: &str) -> bool {
    let path = path.strip_prefix("/api/v1").unwrap_or(path);
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    matches!(
        (method.as_str(), parts.as_slice()),
        ("GET", ["auth", "me"])
            | ("POST", ["auth", "password"])
            | ("GET", ["coordinator", "overview" | "reference"])
            | (
                "GET",
                ["coordinator", "reports", _] | ["coordinator", "reports", _, "export"]
            )
    )
}

/// A logged-in coordinator or administrator: in a browser by the session cookie (a change only
/// from the server's own pages), in the app by the token of a device enrolled to a coordinator
/// or administrator, whose core relays the coordinator pages' calls.
pub struct Session(pub Account);

impl FromRequestParts<AppState> for Session {
    type Rejection = ServerError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if session_token(&parts.headers).is_none()
            && parts
                .headers
                .contains_key(axum::http::header::AUTHORIZATION)
        {
            let AuthDevice(device) = AuthDevice::from_request_parts(parts, state).await?;
            // A phone is easier to lose than a password: the administrator's pages need a
            // login in a browser, whatever the device's user may do there.
            let path = parts
                .extensions
                .get::<axum::extract::OriginalUri>()
                .map_or(parts.uri.path(), |u| u.0.path());
            if path.starts_with("/api/v1/admin/") || path.starts_with("/admin/") {
                return Err(ServerError::new(
                    ErrorCode::Forbidden,
                    "the administrator's pages need a login in a browser",
                ));
            }
            if !matches!(device.profile.role, Role::Coordinator | Role::Admin) {
                return Err(ServerError::new(
                    ErrorCode::Forbidden,
                    "guides and staff have no coordinator pages",
                ));
            }
            // A lost phone must not open the coordinator pages for ever: a month after its
            // enrollment, a device needs a new code for them (its own sync goes on).
            let id = device.id.clone();
            let enrolled = blocking(state, move |s| s.enrolled_at(&id)).await?;
            if enrolled.is_none_or(|at| Utc::now() - at > PRIVILEGED_DEVICE_LIFE) {
                return Err(ServerError::new(
                    ErrorCode::Unauthorized,
                    "the coordinator pages on this device need a new code",
                ));
            }
            return Ok(Session(Account {
                user_id: device.user_id,
                login: String::new(),
                profile: device.profile,
            }));
        }
        let BrowserSession(account) = BrowserSession::from_request_parts(parts, state).await?;
        if account.profile.role == Role::Viewer {
            let path = parts
                .extensions
                .get::<axum::extract::OriginalUri>()
                .map_or(parts.uri.path(), |u| u.0.path());
            if !viewer_reads(&parts.method, path) {
                return Err(ServerError::new(
                    ErrorCode::Forbidden,
                    "a viewer reads the overview and the reports only",
                ));
            }
        }
        Ok(Session(account))
    }
}

/// A coordinator or administrator logged in in a browser, by the session cookie alone: what
/// a password change needs.
pub struct BrowserSession(pub Account);

impl FromRequestParts<AppState> for BrowserSession {
    type Rejection = ServerError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let refused = || ServerError::new(ErrorCode::Unauthorized, "please log in");
        let token = session_token(&parts.headers).ok_or_else(refused)?;
        // SameSite=Strict leaves sibling sites and older browsers: a write made with the
        // cookie must also say it comes from the server's own pages.
        let authority = parts.uri.authority().map(|a| a.as_str());
        if !parts.method.is_safe() && !super::protect::from_own_pages(&parts.headers, authority) {
            return Err(ServerError::new(
                ErrorCode::Forbidden,
                "a change must come from the server's own pages",
            ));
        }
        let token_hash = tokens::hash(&token);
        let account = blocking(state, move |s| {
            s.session(&token_hash, Utc::now(), SESSION_IDLE)
        })
        .await?;
        account.map(BrowserSession).ok_or_else(refused)
    }
}
