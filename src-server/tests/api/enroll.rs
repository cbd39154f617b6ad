//! Enrollment: a one-time code, valid for 72 hours, for a token and the user's profile.

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
    assert_error(again, StatusCode::BAD_REQUEST, "invalid-code");
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
