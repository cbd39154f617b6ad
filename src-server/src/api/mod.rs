//! The HTTP API under `/api/v1`: JSON in and out, gzip both ways, bodies limited in size.

mod accounts;
mod admin;
mod auth;
mod body;
mod conflicts;
mod enroll;
mod exports;
mod handing_in;
mod login_limits;
mod overview;
mod people;
mod protect;
mod pull;
mod push;
mod reference;
mod reference_funder;
mod reports;
mod retention;
mod review;
pub mod session;

#[doc(hidden)]
pub use pull::{parse_cursor, Cursor};

use crate::error::ServerError;
use crate::storage::Storage;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post, put, MethodRouter};
use axum::{Json, Router};
use brobygge_model::sync::PROTOCOL_VERSION;
use brobygge_model::ErrorCode;
use std::sync::Arc;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::decompression::RequestDecompressionLayer;
use tower_http::trace::TraceLayer;

/// The largest request body accepted: a push of a few hundred occasions.
pub const BODY_LIMIT: usize = 2 * 1024 * 1024;

#[derive(Clone)]
pub struct AppState {
    pub storage: Arc<dyn Storage>,
    /// Password checks running at once: each Argon2 check takes 19 MiB and a core's time.
    pub password_checks: Arc<tokio::sync::Semaphore>,
    /// Proxies whose `X-Forwarded-For` names the client: the address a login is counted
    /// under. Without one, the connection's own address.
    pub trusted_proxies: Arc<Vec<std::net::IpAddr>>,
    /// Mark session cookies `Secure`: the server is reached over TLS (through a proxy that may
    /// not say so).
    pub secure_cookies: bool,
}

impl AppState {
    pub fn new(storage: Arc<dyn Storage>) -> AppState {
        AppState {
            storage,
            password_checks: Arc::new(tokio::sync::Semaphore::new(login_limits::PASSWORD_CHECKS)),
            trusted_proxies: Arc::default(),
            secure_cookies: false,
        }
    }
}

/// Where the built UI (`src-ui/dist`) keeps the coordinator pages, the page a browser gets.
const COORDINATOR_PAGE: &str = "coordinator/index.html";

/// The API, and for browsers the built UI from `ui_dir`: the coordinator pages at `/` and at
/// any path that is not a file (they route themselves), and the UI's files (scripts, styles,
/// fonts, the languages' strings), gzipped and checked again on each load, as the coordinator
/// pages' files keep their names from one build to the next. The device pages' `index.html`
/// belongs to the app: a browser asking for it gets the coordinator pages.
pub fn app_with_ui(state: AppState, ui_dir: &std::path::Path) -> Router {
    use axum::http::header::{HeaderValue, CACHE_CONTROL};
    use tower_http::services::{ServeDir, ServeFile};
    let page = ui_dir.join(COORDINATOR_PAGE);
    let policy =
        protect::content_security_policy(&std::fs::read_to_string(&page).unwrap_or_default());
    let page = ServeFile::new(page);
    let ui = Router::new()
        .route_service("/", page.clone())
        .route_service("/index.html", page.clone())
        .fallback_service(ServeDir::new(ui_dir).fallback(page))
        .layer(CompressionLayer::new())
        .layer(
            tower_http::set_header::SetResponseHeaderLayer::if_not_present(
                CACHE_CONTROL,
                HeaderValue::from_static("no-cache"),
            ),
        );
    protect::around(api(state).fallback_service(ui), policy)
}

/// The API alone, with the headers and limits every answer gets.
pub fn app(state: AppState) -> Router {
    protect::around(api(state), protect::api_only_policy())
}

/// Every route of the API under `/api/v1`, with its handlers: the router is built from this
/// list, and the authorization test asks the router about every path in it.
fn routes() -> Vec<(&'static str, MethodRouter<AppState>)> {
    vec![
        ("/health", get(health)),
        ("/enroll", post(enroll::enroll)),
        ("/sync/push", post(push::push)),
        ("/sync/pull", post(pull::pull)),
        ("/auth/login", post(session::login)),
        ("/auth/logout", post(session::logout)),
        ("/auth/me", get(session::me)),
        ("/auth/password", post(accounts::change_password)),
        ("/auth/reset", post(accounts::use_reset)),
        ("/coordinator/activities", get(review::activities)),
        (
            "/coordinator/activities/reviewed",
            post(review::mark_reviewed),
        ),
        ("/coordinator/overview", get(overview::get)),
        ("/coordinator/hours", get(overview::volunteer_hours)),
        (
            "/coordinator/reference",
            get(reference::get).put(reference::replace),
        ),
        ("/coordinator/activities/export", get(exports::activities)),
        ("/coordinator/reports/calendar", get(handing_in::calendar)),
        ("/coordinator/reports/{kind}", get(reports::get)),
        (
            "/coordinator/reports/{kind}/hand-in",
            post(handing_in::hand_in),
        ),
        (
            "/coordinator/reports/{kind}/texts",
            put(reports::save_texts),
        ),
        ("/coordinator/reports/{kind}/export", get(exports::report)),
        ("/coordinator/conflicts", get(conflicts::list)),
        (
            "/coordinator/people",
            get(people::list).post(people::create),
        ),
        ("/coordinator/people/{id}/code", post(people::issue_code)),
        ("/coordinator/devices/{id}/revoke", post(people::revoke)),
        (
            "/coordinator/conflicts/{id}/settle",
            post(conflicts::settle),
        ),
        (
            "/coordinator/activities/{id}/correct",
            post(review::correct),
        ),
        ("/admin/audit", get(admin::audit)),
        ("/admin/retention", get(retention::get).put(retention::set)),
        ("/admin/retention/thin", post(retention::thin)),
        ("/admin/people/{id}/disable", post(accounts::disable)),
        ("/admin/people/{id}/enable", post(accounts::enable)),
        (
            "/admin/people/{id}/password-reset",
            post(accounts::issue_reset),
        ),
    ]
}

/// The paths of [`routes`], for the authorization test.
#[doc(hidden)]
pub fn route_paths() -> Vec<&'static str> {
    routes().into_iter().map(|(path, _)| path).collect()
}

fn api(state: AppState) -> Router {
    let api = routes()
        .into_iter()
        .fold(Router::new(), |router, (path, handlers)| {
            router.route(path, handlers)
        })
        // A path or a method the API does not have is answered in the shared shape too.
        .fallback(|| async { ServerError::new(ErrorCode::NotFound, "no such route") })
        .method_not_allowed_fallback(|| async {
            let error = brobygge_model::ApiError {
                code: ErrorCode::BadRequest,
                message: "this route does not take that method".into(),
            };
            (axum::http::StatusCode::METHOD_NOT_ALLOWED, Json(error))
        });
    Router::new()
        .nest("/api/v1", protect::not_cached(api))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(RequestDecompressionLayer::new())
        // Fastest: most of the gain for JSON at a fraction of the time.
        .layer(CompressionLayer::new().quality(CompressionLevel::Fastest))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Serves `router` on `address`, each connection's address known to the login limits, until
/// the process is interrupted (Ctrl-C) or told to stop (SIGTERM, as systemd and container
/// runtimes do): from then on no new connection is taken, the requests under way are
/// answered, and the call returns once they are.
pub async fn serve(address: &str, router: Router) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(address).await?;
    tracing::info!(address = %listener.local_addr()?, "serving");
    let router = router.into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, router)
        .with_graceful_shutdown(stop_asked()?)
        .await?;
    tracing::info!("stopped: every request under way was answered");
    Ok(())
}

/// Resolves when the process is interrupted or, on Unix, sent SIGTERM. The handlers are set
/// up before the server takes its first connection, so that no signal is missed.
fn stop_asked() -> std::io::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    Ok(async move {
        #[cfg(unix)]
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = terminate.recv() => {}
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("stopping: answering the requests under way");
    })
}

async fn health() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok", "protocol": PROTOCOL_VERSION }))
}

/// Runs work that calls storage off the async threads, for handlers whose work can fail with
/// more than a storage error.
async fn off_thread<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce(&dyn Storage) -> Result<T, crate::error::ServerError> + Send + 'static,
) -> Result<T, crate::error::ServerError> {
    let storage = state.storage.clone();
    tokio::task::spawn_blocking(move || work(storage.as_ref()))
        .await
        .map_err(|_| {
            crate::error::ServerError::new(
                brobygge_model::ErrorCode::Unavailable,
                "the server could not complete this",
            )
        })?
}

/// Runs a storage call off the async threads; storage calls block on the database.
async fn blocking<T: Send + 'static>(
    state: &AppState,
    call: impl FnOnce(&dyn Storage) -> Result<T, crate::storage::StorageError> + Send + 'static,
) -> Result<T, crate::error::ServerError> {
    off_thread(state, move |storage| call(storage).map_err(Into::into)).await
}
