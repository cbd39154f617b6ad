//! Viewers, the steering group and the co-funding region: an administrator alone creates one
//! and hands them a password reset; a viewer logs in and reads the overview and reports of
//! their projects, never another project's, never the entries or people; a viewer has no
//! device, even one enrolled with a code from the command line.

use super::super::accounts::{login_as, session_get, session_post, session_send};
use super::super::*;
use super::{login, NEW_PASSWORD};

#[tokio::test]
async fn an_administrator_makes_a_viewer_who_reads_the_reports_of_their_project_only() {
    let server = Server::fresh();
    let admin = login_as(&server, "root", Role::Admin, &[]).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let new = json!({"name": "Vera Styrgrupp", "role": "viewer", "projects": ["halsoguider"]});
    // A coordinator makes guides and staff only.
    let refused = session_post(&server, &sara, "/coordinator/people", new.clone()).await;
    assert_error(refused, StatusCode::FORBIDDEN, "forbidden");
    let (status, created) = session_post(&server, &admin, "/coordinator/people", new).await;
    assert_eq!(status, StatusCode::OK, "{created}");
    let id = created["id"].as_i64().unwrap();
    // A viewer gets no enrollment code: they have no device.
    let code = format!("/coordinator/people/{id}/code");
    let code = session_post(&server, &admin, &code, json!({})).await;
    assert_error(code, StatusCode::BAD_REQUEST, "invalid");

    let path = format!("/admin/people/{id}/password-reset");
    let (status, reset) = session_post(&server, &admin, &path, json!({"login": "vera"})).await;
    assert_eq!(status, StatusCode::OK, "{reset}");
    let body = json!({"login": "vera", "code": reset["code"], "password": NEW_PASSWORD});
    let (status, used) = server.post("/auth/reset", None, body.to_string()).await;
    assert_eq!(status, StatusCode::OK, "{used}");
    let response = server
        .respond(super::super::accounts::login_request(
            "vera",
            NEW_PASSWORD,
            false,
        ))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let vera = super::cookie_of(&response);

    let (status, me) = session_get(&server, &vera, "/auth/me").await;
    assert_eq!(
        (status, me["role"].as_str()),
        (StatusCode::OK, Some("viewer"))
    );
    for readable in [
        "/coordinator/overview?project=halsoguider",
        "/coordinator/reports/half-year?project=halsoguider&year=2026&half=2",
        "/coordinator/reports/calendar",
        "/coordinator/reference",
    ] {
        let (status, json) = session_get(&server, &vera, readable).await;
        assert_eq!(status, StatusCode::OK, "{readable}: {json}");
    }
    let other = "/coordinator/reports/final?project=egenkraft";
    assert_error(
        session_get(&server, &vera, other).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    for hidden in [
        "/coordinator/activities",
        "/coordinator/hours",
        "/coordinator/people",
        "/coordinator/conflicts",
        "/admin/audit",
    ] {
        let answer = session_get(&server, &vera, hidden).await;
        assert_error(answer, StatusCode::FORBIDDEN, "forbidden");
    }
    let texts = "/coordinator/reports/half-year/texts?project=halsoguider&year=2026&half=2";
    let answer = session_send(&server, "PUT", &vera, texts, json!({"done": "x"})).await;
    assert_error(answer, StatusCode::FORBIDDEN, "forbidden");
    let hand_in = "/coordinator/reports/half-year/hand-in?project=halsoguider&year=2026&half=2";
    let answer = session_post(&server, &vera, hand_in, json!({})).await;
    assert_error(answer, StatusCode::FORBIDDEN, "forbidden");
    // Their own password they change themselves.
    let change = json!({"current": NEW_PASSWORD, "new": "styrgruppens eget lösenord"});
    let (status, json) = session_post(&server, &vera, "/auth/password", change).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(
        login(&server, "vera", "styrgruppens eget lösenord").await.0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_viewers_device_is_answered_nothing() {
    let server = Server::fresh();
    let viewer = blocking(|| {
        server
            .storage
            .create_user(&NewUser {
                name: "Vera".into(),
                role: Role::Viewer,
                projects: vec![Code::new("halsoguider").unwrap()],
            })
            .unwrap()
    });
    // A code made on the command line, which the pages would not give.
    let token = server
        .enroll(&server.code_for(viewer, chrono::Duration::hours(1)))
        .await;
    for (path, body) in [
        ("/sync/pull", r#"{"after":"0"}"#),
        ("/sync/push", r#"{"mutations":[]}"#),
    ] {
        let answer = server.post(path, Some(&token), body).await;
        assert_error(answer, StatusCode::FORBIDDEN, "forbidden");
    }
    let request = Request::get("/api/v1/coordinator/overview")
        .header("authorization", format!("Bearer {token}"))
        .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
        .body(Body::empty())
        .unwrap();
    assert_error(
        server.call(request).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
}
