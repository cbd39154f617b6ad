//! What every answer carries and what a cookie's write must show: security headers on the API
//! and on the served pages (a policy that names the coordinator pages' start-up script by its
//! hash; the UI's files gzipped and checked again on each load), nothing of the API cached,
//! and a change with the session cookie from another origin refused with nothing written.

use super::accounts::{login_as, session_get};
use super::*;
use brobygge_server::app_with_ui;

fn header<'a>(response: &'a axum::response::Response, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

#[tokio::test]
async fn every_answer_carries_the_security_headers_and_the_api_is_never_cached() {
    let server = Server::fresh();
    let request = Request::get("/api/v1/health").body(Body::empty()).unwrap();
    let response = server.respond(request).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "x-content-type-options"), "nosniff");
    assert_eq!(header(&response, "x-frame-options"), "DENY");
    assert_eq!(header(&response, "referrer-policy"), "no-referrer");
    assert_eq!(header(&response, "cache-control"), "no-store");
    assert!(header(&response, "content-security-policy").contains("frame-ancestors 'none'"));

    let ui = tempfile::tempdir().unwrap();
    let start = "import init from '/coordinator/app.js'; init();";
    let page =
        format!("<html><head><script type=\"module\">{start}</script></head><body></body></html>");
    std::fs::create_dir(ui.path().join("coordinator")).unwrap();
    std::fs::write(ui.path().join("coordinator/index.html"), &page).unwrap();
    // The device pages, the app's first page: a browser is never given them.
    std::fs::write(ui.path().join("index.html"), "the app's page").unwrap();
    std::fs::write(ui.path().join("coordinator/app.js"), "x".repeat(4096)).unwrap();
    let pages = app_with_ui(AppState::new(server.storage.clone()), ui.path());
    for path in ["/", "/index.html", "/coordinator/overview"] {
        let request = Request::get(path).body(Body::empty()).unwrap();
        let response = pages.clone().oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let policy = header(&response, "content-security-policy");
        // The coordinator pages' start-up script, by its hash (the device pages have none).
        assert!(
            policy.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
            "{policy}"
        );
        assert!(!policy.contains("unsafe-inline"), "{policy}");
        assert_eq!(header(&response, "x-frame-options"), "DENY");
        assert_eq!(header(&response, "cache-control"), "no-cache", "{path}");
        let body = axum::body::to_bytes(response.into_body(), usize::MAX).await;
        assert_eq!(body.unwrap(), page.as_bytes(), "{path}");
    }
    // The UI's files are gzipped for a browser that takes it.
    let request = Request::get("/coordinator/app.js")
        .header("accept-encoding", "gzip")
        .body(Body::empty())
        .unwrap();
    let response = pages.clone().oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "content-encoding"), "gzip");
}

#[tokio::test]
async fn a_change_with_the_cookie_from_another_origin_is_refused_and_writes_nothing() {
    let server = Server::fresh();
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let people = |origin: Option<&str>| {
        let mut request = Request::post("/api/v1/coordinator/people")
            .header("host", "brobygge.test")
            .header("content-type", "application/json")
            .header("cookie", sara.as_str());
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        let body = serde_json::json!({"name": "Mallory", "role": "guide",
            "projects": ["halsoguider"]});
        request.body(Body::from(body.to_string())).unwrap()
    };
    for origin in [Some("https://evil.example"), Some("null"), None] {
        let answer = server.call(people(origin)).await;
        assert_error(answer, StatusCode::FORBIDDEN, "forbidden");
    }
    let (_, listed) = session_get(&server, &sara, "/coordinator/people").await;
    assert!(!listed.to_string().contains("Mallory"), "{listed}");
    // From the server's own pages, the same change is made.
    let (status, json) = server.call(people(Some("http://brobygge.test"))).await;
    assert_eq!(status, StatusCode::OK, "{json}");
}
