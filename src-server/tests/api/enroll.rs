//! Enrollment: a one-time code, valid for 72 hours, for a token and the user's profile; the
//! install that used a code may use it again after a lost answer, no other install may.

use super::*;

#[tokio::test]
async fn a_code_enrolls_a_device_once() {
    let server = Server::fresh();
    let code = server.guide_with_code("Amina");
    // Typed loosely: lower case, spaces instead of dashes.
    let typed = code.to_lowercase().replace('-', " ");
    let body = serde_json::json!({"code": typed, "device_name": "phone", "app_version": "0.1.0"});
    let (status, json) = server.post("/enroll", None, body.to_string()).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(json["profile"]["name"], "Amina");
    assert_eq!(json["profile"]["role"], "guide");
    assert_eq!(
        json["profile"]["projects"],
        serde_json::json!(["halsoguider"])
    );
    assert_eq!(json["token"].as_str().unwrap().len(), 64);

    let again = server.post("/enroll", None, body.to_string()).await;
    assert_error(again, StatusCode::BAD_REQUEST, "code-used-elsewhere");
}

#[tokio::test]
async fn the_install_that_used_a_code_may_retry_it_and_numbers_on() {
    use super::push::{body as push_body, upsert};
    let server = Server::fresh();
    let code = server.guide_with_code("Amina");
    let enroll = |install: &str| {
        serde_json::json!({"code": code, "device_name": "phone", "app_version": "0.1.0",
            "install_id": install})
        .to_string()
    };
    let (status, first) = server.post("/enroll", None, enroll("install-a")).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    assert_eq!(
        (first["last_applied"].as_u64(), first["user_id"].as_i64()),
        (Some(0), Some(1))
    );
    let old_token = first["token"].as_str().unwrap();
    let pushed = vec![upsert(1, "a1", "Kost"), upsert(2, "a2", "Motion")];
    let (status, _) = server
        .post("/sync/push", Some(old_token), push_body(pushed))
        .await;
    assert_eq!(status, StatusCode::OK);

    let (status, again) = server.post("/enroll", None, enroll("install-a")).await;
    assert_eq!(status, StatusCode::OK, "{again}");
    assert_eq!(again["device_id"], first["device_id"], "the same device");
    assert_eq!(
        again["last_applied"], 2,
        "it numbers on from what was applied"
    );
    let token = again["token"].as_str().unwrap();
    assert_ne!(token, old_token);
    // Both answers' tokens work: two copies of one request may both have been answered, and
    // the device kept whichever reached it.
    let first_answer = server
        .post("/sync/push", Some(old_token), push_body(vec![]))
        .await;
    assert_eq!(first_answer.0, StatusCode::OK);
    let next = vec![upsert(3, "a3", "Sömn")];
    let (status, json) = server
        .post("/sync/push", Some(token), push_body(next))
        .await;
    assert_eq!(
        (status, &json["last_applied"]),
        (StatusCode::OK, &serde_json::json!(3))
    );

    let elsewhere = server.post("/enroll", None, enroll("install-b")).await;
    assert_error(elsewhere, StatusCode::BAD_REQUEST, "code-used-elsewhere");
    let device = again["device_id"].as_str().unwrap().to_owned();
    blocking(|| server.storage.revoke(&device).unwrap());
    let revoked = server.post("/enroll", None, enroll("install-a")).await;
    assert_error(revoked, StatusCode::BAD_REQUEST, "invalid-code");
}

#[tokio::test]
async fn unknown_and_expired_codes_are_refused() {
    let server = Server::fresh();
    let body = |code: &str| {
        serde_json::json!({"code": code, "device_name": "phone", "app_version": "0.1.0"})
            .to_string()
    };
    let unknown = server.post("/enroll", None, body("ABCD-EFGH-JKMN")).await;
    assert_error(unknown, StatusCode::BAD_REQUEST, "invalid-code");

    server.guide_with_code("Amina");
    let expired = server.code_for(1, chrono::Duration::hours(-1));
    let (status, _) = server.post("/enroll", None, body(&expired)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn bad_json_and_an_old_app_get_clear_answers() {
    let server = Server::fresh();
    let bad = server.post("/enroll", None, "{not json").await;
    assert_error(bad, StatusCode::BAD_REQUEST, "bad-request");
    let missing_field = server.post("/enroll", None, r#"{"code": "x"}"#).await;
    assert_error(missing_field, StatusCode::BAD_REQUEST, "bad-request");

    let old = Request::post("/api/v1/enroll")
        .header("content-type", "application/json")
        .header(PROTOCOL_HEADER, "0")
        .body(Body::from(
            r#"{"code":"x","device_name":"p","app_version":"0.0.1"}"#,
        ))
        .unwrap();
    assert_error(
        server.call(old).await,
        StatusCode::UPGRADE_REQUIRED,
        "update-required",
    );
}

#[tokio::test]
async fn a_new_code_ends_the_users_earlier_unused_codes() {
    let server = Server::fresh();
    let first = server.guide_with_code("Amina");
    let second = server.code_for(1, chrono::Duration::hours(72));
    let body = |code: &str| {
        serde_json::json!({"code": code, "device_name": "phone", "app_version": "0.1.0"})
            .to_string()
    };
    let stale = server.post("/enroll", None, body(&first)).await;
    assert_error(stale, StatusCode::BAD_REQUEST, "invalid-code");
    let (status, json) = server.post("/enroll", None, body(&second)).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    // A code used already is not ended by the next one: the device keeps working.
    let token = json["token"].as_str().unwrap().to_owned();
    server.code_for(1, chrono::Duration::hours(72));
    let pull = server.post("/sync/pull", Some(&token), "{}").await;
    assert_eq!(pull.0, StatusCode::OK);
}
