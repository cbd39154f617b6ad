//! Failed logins slow further attempts down: counted before the password is checked, so that
//! parallel guesses do not slip through; kept in the database, so that another server process
//! sees them; per name and client address, so that a stranger elsewhere cannot lock a
//! coordinator out; the client's address taken from a trusted proxy's `X-Forwarded-For`.

use super::accounts::{coordinator, login_request, PASSWORD};
use super::*;
use axum::extract::ConnectInfo;
use brobygge_server::app;
use std::net::SocketAddr;

/// A login attempt from `address` (the connection's own address, as the server sees it).
fn from(address: &str, login: &str, password: &str) -> Request<Body> {
    let mut request = login_request(login, password, false);
    let peer: SocketAddr = format!("{address}:40000").parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(peer));
    request
}

async fn answer(router: &axum::Router, request: Request<Body>) -> (StatusCode, String) {
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
    (status, json["code"].as_str().unwrap_or("ok").to_owned())
}

#[tokio::test(flavor = "multi_thread")]
async fn parallel_guesses_are_counted_before_they_are_checked() {
    let server = Server::fresh();
    coordinator(&server);
    let router = app(AppState::new(server.storage.clone()));
    let guesses: Vec<_> = (0..20)
        .map(|n| {
            let router = router.clone();
            let guess = from("10.0.0.66", "sara", &format!("gissning {n}"));
            tokio::spawn(async move { answer(&router, guess).await })
        })
        .collect();
    let mut answers = Vec::new();
    for guess in guesses {
        answers.push(guess.await.unwrap());
    }
    let checked = answers.iter().filter(|a| a.1 == "wrong-login").count();
    let held = answers
        .iter()
        .filter(|a| a.1 == "too-many-attempts")
        .count();
    assert_eq!(checked + held, 20, "{answers:?}");
    assert!(checked <= 5, "{checked} guesses were checked: {answers:?}");
}

#[tokio::test]
async fn another_server_process_sees_the_failures_and_a_stranger_only_slows_a_coordinator() {
    let server = Server::fresh();
    coordinator(&server);
    let first = app(AppState::new(server.storage.clone()));
    // A stranger guesses from three addresses until held back: five guesses each at most,
    // fewer once the name's own count holds every address back.
    let mut checked = 0;
    for address in ["10.0.0.66", "10.0.0.67", "10.0.0.68"] {
        let mut here = 0;
        for n in 0..10 {
            let guess = from(address, "sara", &format!("gissning {n}"));
            match answer(&first, guess).await.1.as_str() {
                "wrong-login" => here += 1,
                "too-many-attempts" => break,
                other => panic!("{other}"),
            }
        }
        assert!(here <= 5, "{address}: {here} guesses checked");
        checked += here;
    }
    assert!(
        checked >= 10,
        "the name's count reached its free failures: {checked}"
    );
    // A second server process on the same database holds the stranger back too...
    let second = app(AppState::new(server.storage.clone()));
    let held = answer(&second, from("10.0.0.66", "sara", "gissning")).await;
    assert_eq!(held.1, "too-many-attempts");
    // ...while Sara, at her own address, waits at most half a minute, never longer.
    let request = from("10.0.0.7", "sara", PASSWORD);
    let response = second.clone().oneshot(request).await.unwrap();
    if response.status() != StatusCode::OK {
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(json["code"], "too-many-attempts", "{json}");
        let message = json["message"].as_str().unwrap();
        let seconds: u64 = message
            .split_whitespace()
            .find_map(|w| w.parse().ok())
            .unwrap();
        assert!(seconds <= 31, "{message}");
    }
}

#[tokio::test]
async fn behind_a_trusted_proxy_the_forwarded_address_is_counted() {
    let server = Server::fresh();
    coordinator(&server);
    let state = AppState {
        trusted_proxies: std::sync::Arc::new(vec!["127.0.0.1".parse().unwrap()]),
        ..AppState::new(server.storage.clone())
    };
    let router = app(state);
    let via_proxy = |client: &'static str, password: &str| {
        let mut request = from("127.0.0.1", "sara", password);
        let header = format!("198.51.100.9, {client}").parse().unwrap();
        request.headers_mut().insert("x-forwarded-for", header);
        request
    };
    for n in 0..5 {
        let guess = via_proxy("203.0.113.66", &format!("gissning {n}"));
        assert_eq!(answer(&router, guess).await.1, "wrong-login");
    }
    let held = answer(&router, via_proxy("203.0.113.66", PASSWORD)).await;
    assert_eq!(held.1, "too-many-attempts");
    // Sara behind the same proxy, at another address, logs in.
    let sara = answer(&router, via_proxy("203.0.113.7", PASSWORD)).await;
    assert_eq!(sara, (StatusCode::OK, "ok".to_owned()));
    // A header from a client that is not the proxy is not believed.
    let mut spoofed = from("203.0.113.66", "sara", PASSWORD);
    spoofed
        .headers_mut()
        .insert("x-forwarded-for", "203.0.113.7".parse().unwrap());
    assert_eq!(answer(&router, spoofed).await.1, "too-many-attempts");
}
