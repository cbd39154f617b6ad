//! Coordinators' logins: the session cookie and its flags, the same answer for a wrong
//! password and an unknown name, logout, expired sessions, roles that have no password, and
//! failed logins limited per name.

use super::*;
use brobygge_server::passwords;
use brobygge_server::storage::StorageError;

pub const PASSWORD: &str = "korrekt häst batteri";
const IDLE: chrono::TimeDelta = brobygge_server::api::session::SESSION_IDLE;

/// A coordinator of the health-guide project who can log in as `sara`.
pub fn coordinator(server: &Server) -> i64 {
    let user = NewUser {
        name: "Sara Lind".into(),
        role: Role::Coordinator,
        projects: vec![Code::new("halsoguider").unwrap()],
    };
    blocking(|| {
        let id = server.storage.create_user(&user).unwrap();
        server
            .storage
            .set_login(id, "sara", &passwords::hash(PASSWORD))
            .unwrap();
        id
    })
}

pub fn login_request(login: &str, password: &str, forwarded_https: bool) -> Request<Body> {
    let mut request =
        Request::post("/api/v1/auth/login").header("content-type", "application/json");
    if forwarded_https {
        request = request.header("x-forwarded-proto", "https");
    }
    let body = serde_json::json!({"login": login, "password": password}).to_string();
    request.body(Body::from(body)).unwrap()
}

fn with_cookie(request: axum::http::request::Builder, cookie: &str) -> Request<Body> {
    from_own_pages(request)
        .header("cookie", cookie)
        .body(Body::empty())
        .unwrap()
}

/// Logs in and returns the `name=value` part of the session cookie and its whole header.
async fn log_in(server: &Server, forwarded_https: bool) -> (String, String) {
    let response = server
        .respond(login_request("Sara", PASSWORD, forwarded_https))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let header = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    let pair = header.split(';').next().unwrap().to_owned();
    (pair, header)
}

#[tokio::test]
async fn a_coordinator_logs_in_sees_who_they_are_and_logs_out() {
    let server = Server::fresh();
    coordinator(&server);
    let (cookie, header) = log_in(&server, false).await;
    assert!(header.contains("HttpOnly"), "{header}");
    assert!(header.contains("SameSite=Strict"), "{header}");
    assert!(
        !header.contains("Secure"),
        "plain HTTP on loopback: {header}"
    );

    let (status, me) = server
        .call(with_cookie(Request::get("/api/v1/auth/me"), &cookie))
        .await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["name"], "Sara Lind");
    assert_eq!(me["role"], "coordinator");
    assert_eq!(me["projects"][0], "halsoguider");

    let (status, _) = server
        .call(with_cookie(Request::post("/api/v1/auth/logout"), &cookie))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_error(
        server
            .call(with_cookie(Request::get("/api/v1/auth/me"), &cookie))
            .await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    );
    let me = Request::get("/api/v1/auth/me").body(Body::empty()).unwrap();
    assert_error(
        server.call(me).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    );
}

#[tokio::test]
async fn over_tls_the_cookie_is_secure() {
    let server = Server::fresh();
    coordinator(&server);
    let (_, header) = log_in(&server, true).await;
    assert!(header.contains("; Secure"), "{header}");
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_name_get_the_same_answer() {
    let server = Server::fresh();
    coordinator(&server);
    let wrong = server
        .call(login_request("sara", "fel lösenord!!", false))
        .await;
    let unknown = server.call(login_request("okänd", PASSWORD, false)).await;
    assert_eq!(wrong, unknown);
    assert_error(wrong, StatusCode::UNAUTHORIZED, "wrong-login");
}

#[tokio::test]
async fn failed_logins_are_limited_per_name() {
    let server = Server::fresh();
    coordinator(&server);
    for _ in 0..5 {
        let answer = server
            .call(login_request("sara", "gissning gissning", false))
            .await;
        assert_error(answer, StatusCode::UNAUTHORIZED, "wrong-login");
    }
    // Even the right password waits now; another name is not affected.
    let locked = server.call(login_request("sara", PASSWORD, false)).await;
    assert_error(locked, StatusCode::TOO_MANY_REQUESTS, "too-many-attempts");
    let other = server.call(login_request("someone", "x", false)).await;
    assert_error(other, StatusCode::UNAUTHORIZED, "wrong-login");
}

#[tokio::test]
async fn an_expired_session_is_refused() {
    let server = Server::fresh();
    let id = coordinator(&server);
    let token = tokens::new_token();
    let hash = tokens::hash(&token);
    blocking(|| {
        let past = chrono::Utc::now() - chrono::Duration::minutes(1);
        server.storage.create_session(&hash, id, past).unwrap()
    });
    let cookie = format!("brobygge_session={token}");
    assert_error(
        server
            .call(with_cookie(Request::get("/api/v1/auth/me"), &cookie))
            .await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    );
    // Once another session starts, the expired one is no longer kept at all: asked as of a
    // time when it was still valid, it is not found.
    let before = chrono::Utc::now() - chrono::Duration::hours(1);
    assert!(blocking(|| server.storage.session(&hash, before, IDLE).unwrap()).is_some());
    let future = chrono::Utc::now() + chrono::Duration::hours(1);
    blocking(|| {
        server
            .storage
            .create_session("another", id, future)
            .unwrap()
    });
    assert!(blocking(|| server.storage.session(&hash, before, IDLE).unwrap()).is_none());
}

#[tokio::test]
async fn guides_have_no_password_and_login_names_are_unique() {
    let server = Server::fresh();
    let coordinator_id = coordinator(&server);
    let guide = NewUser {
        name: "Amina".into(),
        role: Role::Guide,
        projects: vec![Code::new("halsoguider").unwrap()],
    };
    let (refused, taken) = blocking(|| {
        let guide_id = server.storage.create_user(&guide).unwrap();
        let refused = server.storage.set_login(guide_id, "amina", "x");
        let admin = NewUser {
            role: Role::Admin,
            ..guide.clone()
        };
        let admin_id = server.storage.create_user(&admin).unwrap();
        let taken = server.storage.set_login(admin_id, "sara", "x");
        (refused, taken)
    });
    assert!(
        matches!(refused, Err(StorageError::Invalid(_))),
        "{refused:?}"
    );
    assert!(matches!(taken, Err(StorageError::Invalid(_))), "{taken:?}");
    assert!(coordinator_id > 0);
}

/// A user with `role` and `projects` who is logged in as `login`; returns the session cookie.
pub async fn login_as(server: &Server, login: &str, role: Role, projects: &[&str]) -> String {
    let user = NewUser {
        name: login.into(),
        role,
        projects: projects.iter().map(|p| Code::new(*p).unwrap()).collect(),
    };
    blocking(|| {
        let id = server.storage.create_user(&user).unwrap();
        server
            .storage
            .set_login(id, login, &passwords::hash(PASSWORD))
            .unwrap();
    });
    let response = server.respond(login_request(login, PASSWORD, false)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let header = response.headers()["set-cookie"].to_str().unwrap();
    header.split(';').next().unwrap().to_owned()
}

/// A GET under /api/v1 with a session cookie.
pub async fn session_get(
    server: &Server,
    cookie: &str,
    path: &str,
) -> (StatusCode, serde_json::Value) {
    server
        .call(with_cookie(Request::get(format!("/api/v1{path}")), cookie))
        .await
}

/// A POST of JSON under /api/v1 with a session cookie.
pub async fn session_post(
    server: &Server,
    cookie: &str,
    path: &str,
    body: serde_json::Value,
) -> (StatusCode, serde_json::Value) {
    session_send(server, "POST", cookie, path, body).await
}

/// A request of JSON with `method` under /api/v1 with a session cookie.
pub async fn session_send(
    server: &Server,
    method: &str,
    cookie: &str,
    path: &str,
    body: serde_json::Value,
) -> (StatusCode, serde_json::Value) {
    let request = from_own_pages(Request::builder())
        .method(method)
        .uri(format!("/api/v1{path}"))
        .header("content-type", "application/json")
        .header("cookie", cookie)
        .body(Body::from(body.to_string()))
        .unwrap();
    server.call(request).await
}

/// A GET under /api/v1 with a session cookie, answered with a file: its status, content type
/// and bytes.
pub async fn session_download(
    server: &Server,
    cookie: &str,
    path: &str,
) -> (StatusCode, String, Vec<u8>) {
    let response = server
        .respond(with_cookie(Request::get(format!("/api/v1{path}")), cookie))
        .await;
    let status = response.status();
    let kind = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, kind, bytes.to_vec())
}
