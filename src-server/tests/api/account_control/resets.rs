//! One-time password resets: an administrator gives a new coordinator a login name and a code,
//! a newer code ends the older, a code works once even when used twice at once, and an expired
//! one is refused.

use super::super::accounts::{login_as, session_get, session_post};
use super::super::*;
use super::{audit, login, user_id, NEW_PASSWORD};

#[tokio::test]
async fn a_password_reset_gives_a_new_coordinator_a_login_and_works_once() {
    let server = Server::fresh();
    let admin = login_as(&server, "root", Role::Admin, &[]).await;
    let new = json!({"name": "Mira Ek", "role": "coordinator", "projects": ["halsoguider"]});
    let (_, created) = session_post(&server, &admin, "/coordinator/people", new).await;
    let id = created["id"].as_i64().unwrap();
    let path = format!("/admin/people/{id}/password-reset");
    let refused = session_post(&server, &admin, &path, json!({})).await;
    assert_error(refused, StatusCode::BAD_REQUEST, "invalid");
    let taken = session_post(&server, &admin, &path, json!({"login": "root"})).await;
    assert_error(taken, StatusCode::BAD_REQUEST, "invalid");

    let (status, first) = session_post(&server, &admin, &path, json!({"login": " Mira "})).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    assert_eq!(first["login"], "mira");
    let (_, second) = session_post(&server, &admin, &path, json!({})).await;
    let use_reset = |code: &serde_json::Value, password: &str| {
        let body = json!({"login": "Mira", "code": code, "password": password});
        server.post("/auth/reset", None, body.to_string())
    };
    // A newer reset ends the older one; a weak password is refused before the code is used.
    assert_error(
        use_reset(&first["code"], NEW_PASSWORD).await,
        StatusCode::BAD_REQUEST,
        "invalid-code",
    );
    assert_error(
        use_reset(&second["code"], "kort").await,
        StatusCode::BAD_REQUEST,
        "weak-password",
    );
    let typed = serde_json::Value::from(second["code"].as_str().unwrap().to_lowercase());
    assert_eq!(use_reset(&typed, NEW_PASSWORD).await.0, StatusCode::OK);
    assert_error(
        use_reset(&second["code"], "ännu ett lösenord").await,
        StatusCode::BAD_REQUEST,
        "invalid-code",
    );
    assert_eq!(login(&server, "mira", NEW_PASSWORD).await.0, StatusCode::OK);
    let actions: Vec<String> = audit(&server).into_iter().map(|e| e.action).collect();
    assert!(
        actions.contains(&"issue-password-reset".to_owned()),
        "{actions:?}"
    );
    assert!(
        actions.contains(&"use-password-reset".to_owned()),
        "{actions:?}"
    );
}

#[tokio::test]
async fn a_reset_used_twice_at_once_succeeds_once_and_ends_old_sessions() {
    let server = Server::fresh();
    let admin = login_as(&server, "root", Role::Admin, &[]).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let path = format!("/admin/people/{}/password-reset", user_id(&server, "sara"));
    let (_, reset) = session_post(&server, &admin, &path, json!({})).await;
    let attempt = |password: &str| {
        let body = json!({"login": "sara", "code": reset["code"], "password": password});
        server.post("/auth/reset", None, body.to_string())
    };
    let (a, b) = tokio::join!(
        attempt("första nya lösenordet"),
        attempt("andra nya lösenordet")
    );
    let mut statuses = [a.0, b.0];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::OK, StatusCode::BAD_REQUEST],
        "{a:?} {b:?}"
    );
    assert_error(
        session_get(&server, &sara, "/auth/me").await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    );
}

#[tokio::test]
async fn an_expired_reset_is_refused() {
    let server = Server::fresh();
    login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let id = user_id(&server, "sara");
    let hash = tokens::hash(&tokens::normalize_code("ABCD-EFGH-JKMN"));
    let past = chrono::Utc::now() - chrono::Duration::minutes(1);
    blocking(|| {
        server
            .storage
            .add_password_reset(id, None, &hash, past)
            .unwrap()
    });
    let body = json!({"login": "sara", "code": "ABCD-EFGH-JKMN", "password": NEW_PASSWORD});
    let refused = server.post("/auth/reset", None, body.to_string()).await;
    assert_error(refused, StatusCode::BAD_REQUEST, "invalid-code");
}
