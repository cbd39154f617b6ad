//! The server's API through `app()` and `oneshot`: every endpoint's happy path and its
//! refusals. On a real SQLite file, or, when `BROBYGGE_TEST_POSTGRES` names a PostgreSQL
//! server (as `cargo xtask test` does for its second run of this suite), on a fresh database
//! there.

mod account_control;
mod accounts;
mod authorization;
mod co_hosts;
mod contact_centre;
mod corrections;
mod enroll;
mod exports;
mod funder;
mod handing_in;
mod hostile;
mod hours;
mod login_limits;
mod new_people;
mod people;
mod postgres_limits;
mod postgres_tls;
mod protect;
mod pull;
mod push;
mod reference;
mod refusals;
mod reports;
mod retention;
mod review;
mod routes;
mod sent_again;
mod suppression;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use brobygge_model::sync::{Role, PROTOCOL_HEADER, PROTOCOL_VERSION};
use brobygge_model::Code;
use brobygge_server::storage::postgres::Postgres;
use brobygge_server::storage::{self, NewUser, Storage};
use brobygge_server::{app, tokens, AppState};
use http_body_util::BodyExt;
use serde_json::json;
use std::sync::Arc;
use tempfile::TempDir;
use tower::ServiceExt;

pub struct Server {
    pub storage: Arc<dyn Storage>,
    /// One state for the whole test, as one server process has: login attempts are counted.
    state: AppState,
    _dir: TempDir,
}

/// Runs a blocking storage call on a thread of its own, outside the test's async runtime
/// (the PostgreSQL client must not block inside it).
pub fn blocking<T: Send>(call: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| s.spawn(call).join().unwrap())
}

impl Server {
    pub fn fresh() -> Server {
        let dir = tempfile::tempdir().unwrap();
        let database = match std::env::var("BROBYGGE_TEST_POSTGRES") {
            Ok(url) => blocking(|| Postgres::create_database(&url).unwrap()),
            Err(_) => dir.path().to_string_lossy().into_owned(),
        };
        let storage = blocking(|| storage::open(&database).unwrap());
        Server {
            state: AppState::new(storage.clone()),
            storage,
            _dir: dir,
        }
    }

    /// A server on `storage`, made by the test.
    pub fn on(storage: Arc<dyn Storage>) -> Server {
        Server {
            state: AppState::new(storage.clone()),
            storage,
            _dir: tempfile::tempdir().unwrap(),
        }
    }

    /// A guide in the health-guide project with a fresh enrollment code.
    pub fn guide_with_code(&self, name: &str) -> String {
        let user = NewUser {
            name: name.into(),
            role: Role::Guide,
            projects: vec![Code::new("halsoguider").unwrap()],
        };
        let id = blocking(|| self.storage.create_user(&user).unwrap());
        self.code_for(id, chrono::Duration::hours(72))
    }

    pub fn code_for(&self, user: i64, valid_for: chrono::Duration) -> String {
        let code = tokens::new_code();
        let hash = tokens::hash(&tokens::normalize_code(&code));
        blocking(|| {
            self.storage
                .add_code(user, &hash, chrono::Utc::now() + valid_for)
                .unwrap()
        });
        code
    }

    /// Sends a request; returns the status and the JSON body.
    pub async fn respond(&self, request: Request<Body>) -> axum::response::Response {
        app(self.state.clone()).oneshot(request).await.unwrap()
    }

    pub async fn call(&self, request: Request<Body>) -> (StatusCode, serde_json::Value) {
        let response = self.respond(request).await;
        let status = response.status();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let json = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
        (status, json)
    }

    pub async fn post(
        &self,
        path: &str,
        token: Option<&str>,
        body: impl Into<Body>,
    ) -> (StatusCode, serde_json::Value) {
        self.post_as(PROTOCOL_VERSION, path, token, body).await
    }

    /// [`Server::post`] from an app speaking `protocol`.
    pub async fn post_as(
        &self,
        protocol: u32,
        path: &str,
        token: Option<&str>,
        body: impl Into<Body>,
    ) -> (StatusCode, serde_json::Value) {
        let mut request = Request::post(format!("/api/v1{path}"))
            .header("content-type", "application/json")
            .header(PROTOCOL_HEADER, protocol.to_string());
        if let Some(t) = token {
            request = request.header("authorization", format!("Bearer {t}"));
        }
        self.call(request.body(body.into()).unwrap()).await
    }

    /// A device enrolled to a new user with `role` in `project`; answers its token.
    pub async fn enrolled(&self, role: Role, name: &str, project: &str) -> String {
        let user = NewUser {
            name: name.into(),
            role,
            projects: vec![Code::new(project).unwrap()],
        };
        let id = blocking(|| self.storage.create_user(&user).unwrap());
        self.enroll(&self.code_for(id, chrono::Duration::hours(1)))
            .await
    }

    /// Enrolls a device with `code`, returning its token.
    pub async fn enroll(&self, code: &str) -> String {
        self.enroll_device(code).await.1
    }

    /// Enrolls a device with `code`, returning its id and token.
    pub async fn enroll_device(&self, code: &str) -> (String, String) {
        let body =
            serde_json::json!({"code": code, "device_name": "phone", "app_version": "0.1.0"});
        let (status, json) = self.post("/enroll", None, body.to_string()).await;
        assert_eq!(status, StatusCode::OK, "{json}");
        let field = |name: &str| json[name].as_str().unwrap().to_owned();
        (field("device_id"), field("token"))
    }
}

/// A request as the server's own pages send it: to its host, from its origin.
pub fn from_own_pages(request: axum::http::request::Builder) -> axum::http::request::Builder {
    request
        .header("host", "brobygge.test")
        .header("origin", "http://brobygge.test")
}

/// Asserts an error answer: the status and the `{code, message}` shape.
pub fn assert_error(
    (status, json): (StatusCode, serde_json::Value),
    expected: StatusCode,
    code: &str,
) {
    assert_eq!(status, expected, "{json}");
    assert_eq!(json["code"], code, "{json}");
    assert!(
        json["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{json}"
    );
}

#[tokio::test]
async fn health_says_the_protocol() {
    let server = Server::fresh();
    let request = Request::get("/api/v1/health").body(Body::empty()).unwrap();
    let (status, json) = server.call(request).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json["protocol"], PROTOCOL_VERSION);
}
