//! Accounts in the web pages: an administrator disables and enables accounts (sessions and
//! devices end) and hands out one-time password resets; a coordinator changes their own
//! password (every old session ends); sessions end when left unused; the audit names who did
//! it by user id.

use super::accounts::{login_as, login_request, session_get, session_post, PASSWORD};
use super::*;

mod resets;
mod viewers;

const NEW_PASSWORD: &str = "ett helt nytt lösenord";

/// The session cookie a login answered with.
fn cookie_of(response: &axum::response::Response) -> String {
    let header = response.headers()["set-cookie"].to_str().unwrap();
    header.split(';').next().unwrap().to_owned()
}

async fn login(server: &Server, login: &str, password: &str) -> (StatusCode, serde_json::Value) {
    server.call(login_request(login, password, false)).await
}

fn user_id(server: &Server, login: &str) -> i64 {
    blocking(|| {
        server
            .storage
            .account_by_login(login)
            .unwrap()
            .unwrap()
            .0
            .user_id
    })
}

fn audit(server: &Server) -> Vec<brobygge_server::storage::audit::AuditEntry> {
    blocking(|| server.storage.audit_log(100).unwrap())
}

#[tokio::test]
async fn a_disabled_account_loses_its_sessions_devices_and_codes_until_enabled() {
    let server = Server::fresh();
    let admin = login_as(&server, "root", Role::Admin, &[]).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let id = user_id(&server, "sara");
    let device = server
        .enroll(&server.code_for(id, chrono::Duration::hours(1)))
        .await;
    let unused_code = server.code_for(id, chrono::Duration::hours(1));

    let path = format!("/admin/people/{id}/disable");
    let (status, json) = session_post(&server, &admin, &path, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{json}");

    assert_error(
        session_get(&server, &sara, "/auth/me").await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    );
    let pull = server
        .post("/sync/pull", Some(&device), r#"{"after":"0"}"#)
        .await;
    assert_error(pull, StatusCode::FORBIDDEN, "revoked");
    // The right password says the account is disabled; a wrong one says no more than ever.
    assert_error(
        login(&server, "sara", PASSWORD).await,
        StatusCode::FORBIDDEN,
        "account-disabled",
    );
    assert_error(
        login(&server, "sara", "fel lösenord").await,
        StatusCode::UNAUTHORIZED,
        "wrong-login",
    );
    let body = json!({"code": unused_code, "device_name": "p", "app_version": "0.1.0"});
    let enroll = server.post("/enroll", None, body.to_string()).await;
    assert_error(enroll, StatusCode::BAD_REQUEST, "invalid-code");
    let issue = format!("/coordinator/people/{id}/code");
    let code = session_post(&server, &admin, &issue, json!({})).await;
    assert_error(code, StatusCode::FORBIDDEN, "account-disabled");
    let reset = format!("/admin/people/{id}/password-reset");
    let reset = session_post(&server, &admin, &reset, json!({})).await;
    assert_error(reset, StatusCode::FORBIDDEN, "account-disabled");
    let (_, people) = session_get(&server, &admin, "/coordinator/people").await;
    let listed = people
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id)
        .unwrap();
    assert_eq!(listed["disabled"], true, "{listed}");
    assert_eq!(listed["login"], "sara", "{listed}");

    let path = format!("/admin/people/{id}/enable");
    let (status, json) = session_post(&server, &admin, &path, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(login(&server, "sara", PASSWORD).await.0, StatusCode::OK);
    // A device stays revoked: it was told to erase itself, and needs a new code.
    let pull = server
        .post("/sync/pull", Some(&device), r#"{"after":"0"}"#)
        .await;
    assert_error(pull, StatusCode::FORBIDDEN, "revoked");
    let (status, _) = session_post(&server, &admin, &issue, json!({})).await;
    assert_eq!(status, StatusCode::OK);

    let root = user_id(&server, "root");
    let log = audit(&server);
    for action in ["disable-account", "enable-account"] {
        let entry = log.iter().find(|e| e.action == action).unwrap();
        assert_eq!(
            (entry.actor_id, entry.subject.clone()),
            (Some(root), id.to_string())
        );
    }
}

#[tokio::test]
async fn only_an_administrator_disables_and_never_their_own_account() {
    let server = Server::fresh();
    let admin = login_as(&server, "root", Role::Admin, &[]).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let guide = blocking(|| server.storage.create_user(&guide("Amina")).unwrap());
    for action in ["disable", "enable", "password-reset"] {
        let path = format!("/admin/people/{guide}/{action}");
        let refused = session_post(&server, &sara, &path, json!({})).await;
        assert_error(refused, StatusCode::FORBIDDEN, "forbidden");
    }
    let own = format!("/admin/people/{}/disable", user_id(&server, "root"));
    assert_error(
        session_post(&server, &admin, &own, json!({})).await,
        StatusCode::BAD_REQUEST,
        "invalid",
    );
    let missing = session_post(&server, &admin, "/admin/people/999/disable", json!({})).await;
    assert_error(missing, StatusCode::NOT_FOUND, "not-found");
    // Guides have no password to reset.
    let path = format!("/admin/people/{guide}/password-reset");
    assert_error(
        session_post(&server, &admin, &path, json!({})).await,
        StatusCode::BAD_REQUEST,
        "invalid",
    );
    assert_eq!(
        session_get(&server, &sara, "/auth/me").await.0,
        StatusCode::OK
    );
}

fn guide(name: &str) -> NewUser {
    NewUser {
        name: name.into(),
        role: Role::Guide,
        projects: vec![Code::new("halsoguider").unwrap()],
    }
}

#[tokio::test]
async fn a_new_password_ends_every_old_session() {
    let server = Server::fresh();
    let here = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let elsewhere = cookie_of(&server.respond(login_request("sara", PASSWORD, false)).await);

    let wrong = json!({"current": "fel lösenord", "new": NEW_PASSWORD});
    let refused = session_post(&server, &here, "/auth/password", wrong).await;
    assert_error(refused, StatusCode::UNAUTHORIZED, "wrong-login");
    let short = json!({"current": PASSWORD, "new": "kort"});
    let refused = session_post(&server, &here, "/auth/password", short).await;
    assert_error(refused, StatusCode::BAD_REQUEST, "weak-password");

    let request = from_own_pages(Request::post("/api/v1/auth/password"))
        .header("content-type", "application/json")
        .header("cookie", &here)
        .body(Body::from(
            json!({"current": PASSWORD, "new": NEW_PASSWORD}).to_string(),
        ))
        .unwrap();
    let response = server.respond(request).await;
    assert_eq!(response.status(), StatusCode::OK);
    let renewed = cookie_of(&response);
    for old in [&here, &elsewhere] {
        assert_error(
            session_get(&server, old, "/auth/me").await,
            StatusCode::UNAUTHORIZED,
            "unauthorized",
        );
    }
    assert_eq!(
        session_get(&server, &renewed, "/auth/me").await.0,
        StatusCode::OK
    );
    assert_error(
        login(&server, "sara", PASSWORD).await,
        StatusCode::UNAUTHORIZED,
        "wrong-login",
    );
    assert_eq!(login(&server, "sara", NEW_PASSWORD).await.0, StatusCode::OK);
    let entry = audit(&server)
        .into_iter()
        .find(|e| e.action == "change-password")
        .unwrap();
    assert_eq!(entry.actor_id, Some(user_id(&server, "sara")));
}

#[tokio::test]
async fn a_coordinators_device_cannot_change_the_password() {
    let server = Server::fresh();
    let ida = server
        .enrolled(Role::Coordinator, "Ida", "halsoguider")
        .await;
    let request = Request::post("/api/v1/auth/password")
        .header("content-type", "application/json")
        .header("authorization", format!("Bearer {ida}"))
        .body(Body::from(
            json!({"current": PASSWORD, "new": NEW_PASSWORD}).to_string(),
        ))
        .unwrap();
    assert_error(
        server.call(request).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    );
}

#[tokio::test]
async fn a_session_left_unused_ends_and_one_in_use_goes_on() {
    let server = Server::fresh();
    login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let id = user_id(&server, "sara");
    let idle = brobygge_server::api::session::SESSION_IDLE;
    let start = chrono::Utc::now();
    let (kept, left) = (tokens::hash("kept"), tokens::hash("left"));
    let expires = start + chrono::Duration::hours(10);
    blocking(|| {
        let s = &server.storage;
        s.create_session(&kept, id, expires).unwrap();
        s.create_session(&left, id, expires).unwrap();
        let minute = chrono::Duration::minutes(1);
        // Used now and then, a session lives on past the idle time.
        for step in 1..=3 {
            let at = start + (idle - minute * 5) * step;
            assert!(s.session(&kept, at, idle).unwrap().is_some(), "step {step}");
        }
        assert!(s
            .session(&left, start + idle + minute, idle)
            .unwrap()
            .is_none());
    });
}
