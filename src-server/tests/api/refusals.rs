//! Every endpoint refuses the same mistakes the same way: bad JSON, a body over the limit, and
//! (where a device must be known) a missing, forged or revoked token. Always `{code, message}`
//! with a 4xx status.

use super::*;

/// The endpoints that take a body, and whether they need a device's token.
const ENDPOINTS: &[(&str, bool)] = &[
    ("/enroll", false),
    ("/sync/push", true),
    ("/sync/pull", true),
];

/// Posts `body` to every endpoint with `token` (where one is needed) and checks the answer.
async fn check(
    server: &Server,
    token: Option<&str>,
    body: impl Fn() -> String,
    status: StatusCode,
    code: &str,
    only_with_token: bool,
) {
    for (path, needs_token) in ENDPOINTS {
        if only_with_token && !needs_token {
            continue;
        }
        let answer = server
            .post(path, token.filter(|_| *needs_token), body())
            .await;
        assert_eq!(answer.0, status, "{path}: {}", answer.1);
        assert_error(answer, status, code);
    }
}

#[tokio::test]
async fn every_endpoint_refuses_bad_json_and_oversized_bodies() {
    let server = Server::fresh();
    let token = server.enroll(&server.guide_with_code("Amina")).await;
    let ok = Some(token.as_str());
    check(
        &server,
        ok,
        || "{not json".into(),
        StatusCode::BAD_REQUEST,
        "bad-request",
        false,
    )
    .await;
    check(
        &server,
        ok,
        || "[1, 2]".into(),
        StatusCode::BAD_REQUEST,
        "bad-request",
        false,
    )
    .await;
    let huge = || format!(r#"{{"padding": "{}"}}"#, "x".repeat(3 * 1024 * 1024));
    check(
        &server,
        ok,
        huge,
        StatusCode::PAYLOAD_TOO_LARGE,
        "too-large",
        false,
    )
    .await;
}

#[tokio::test]
async fn every_device_endpoint_refuses_missing_forged_and_revoked_tokens() {
    let server = Server::fresh();
    let (device_id, token) = server.enroll_device(&server.guide_with_code("Amina")).await;
    let empty = || r#"{"mutations": [], "cursor": null}"#.to_owned();
    check(
        &server,
        None,
        empty,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
        true,
    )
    .await;
    let forged = "0".repeat(64);
    check(
        &server,
        Some(&forged),
        empty,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
        true,
    )
    .await;
    // The same token works until the device is revoked.
    for (path, _) in &ENDPOINTS[1..] {
        assert_eq!(
            server.post(path, Some(&token), empty()).await.0,
            StatusCode::OK
        );
    }
    assert!(blocking(|| server.storage.revoke(&device_id).unwrap()));
    check(
        &server,
        Some(&token),
        empty,
        StatusCode::FORBIDDEN,
        "revoked",
        true,
    )
    .await;
}
