//! The authorization matrix covers the router itself: every path the router is built from is
//! asked with every method, and each one it serves must have a row, in the coordinator API's
//! matrix (`authorization.rs`) or here, where the device and public routes are called by
//! every kind of caller.

use super::accounts::login_as;
use super::authorization::calls;
use super::*;

/// The routes called here, by every kind of caller, with the status each gets: nobody, a
/// guide's device, a staff device, a coordinator's device, a coordinator's session.
const PUBLIC_AND_DEVICE: &[(&str, &str, [u16; 5])] = &[
    ("GET", "/health", [200, 200, 200, 200, 200]),
    ("POST", "/enroll", [400, 400, 400, 400, 400]),
    ("POST", "/sync/push", [401, 200, 200, 200, 401]),
    ("POST", "/sync/pull", [401, 200, 200, 200, 401]),
    ("POST", "/auth/login", [401, 401, 401, 401, 401]),
    // A password is changed in a browser only, and a new one must be long enough.
    ("POST", "/auth/password", [401, 401, 401, 401, 400]),
    ("POST", "/auth/reset", [400, 400, 400, 400, 400]),
    // Last: it ends the session.
    ("POST", "/auth/logout", [200, 200, 200, 200, 200]),
];

/// Whether the concrete `path` (with its query, and sample ids) is an instance of `route`.
fn instance_of(path: &str, route: &str) -> bool {
    let path = path.split('?').next().unwrap_or_default();
    let (mut a, mut b) = (path.split('/'), route.split('/'));
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y || (y.starts_with('{') && !x.is_empty()) => {}
            _ => return false,
        }
    }
}

#[tokio::test]
async fn every_route_the_router_serves_has_a_row_in_the_matrix() {
    let server = Server::fresh();
    let mut rows: Vec<(&str, String)> = calls()
        .into_iter()
        .map(|c| (c.method, c.path.to_owned()))
        .collect();
    rows.extend(
        PUBLIC_AND_DEVICE
            .iter()
            .map(|(m, p, _)| (*m, (*p).to_owned())),
    );
    let mut served = 0;
    let mut missing = Vec::new();
    for route in brobygge_server::route_paths() {
        let path = route.replace("{kind}", "half-year").replace("{id}", "1");
        for method in ["GET", "POST", "PUT", "DELETE", "PATCH"] {
            let request = Request::builder()
                .method(method)
                .uri(format!("/api/v1{path}"))
                .body(Body::empty())
                .unwrap();
            if server.call(request).await.0 == StatusCode::METHOD_NOT_ALLOWED {
                continue;
            }
            served += 1;
            if !rows
                .iter()
                .any(|(m, p)| *m == method && instance_of(p, route))
            {
                missing.push(format!("{method} {route}"));
            }
        }
    }
    assert!(served >= 24, "the router serves {served} routes");
    assert!(missing.is_empty(), "routes without a row: {missing:?}");
}

#[tokio::test]
async fn the_device_and_public_routes_for_every_kind_of_caller() {
    let server = Server::fresh();
    let guide = server.enrolled(Role::Guide, "Amina", "halsoguider").await;
    let staff = server.enrolled(Role::Staff, "Lina", "halsoguider").await;
    let coordinator = server
        .enrolled(Role::Coordinator, "Ida", "halsoguider")
        .await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let bearer = |t: &str| Some(("authorization", format!("Bearer {t}")));
    let callers = [
        None,
        bearer(&guide),
        bearer(&staff),
        bearer(&coordinator),
        Some(("cookie", sara.clone())),
    ];
    let body = |path: &str| match path {
        "/enroll" => r#"{"code":"ABCD-EFGH-JKMN","device_name":"p","app_version":"0.1.0"}"#,
        "/sync/push" => r#"{"mutations":[]}"#,
        "/auth/login" => r#"{"login":"sara","password":"fel lösenord"}"#,
        "/auth/password" => r#"{"current":"fel lösenord","new":"kort"}"#,
        "/auth/reset" => {
            r#"{"login":"mira","code":"ABCD-EFGH-JKMN","password":"ett långt nytt lösenord"}"#
        }
        _ => "{}",
    };
    for (method, path, statuses) in PUBLIC_AND_DEVICE {
        for (caller, expected) in callers.iter().zip(statuses) {
            let mut request = from_own_pages(Request::builder())
                .method(*method)
                .uri(format!("/api/v1{path}"))
                .header("content-type", "application/json")
                .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string());
            if let Some((name, value)) = caller {
                request = request.header(*name, value.as_str());
            }
            let (status, json) = server
                .call(request.body(Body::from(body(path))).unwrap())
                .await;
            let who = caller.as_ref().map_or("nobody", |c| c.0);
            assert_eq!(status.as_u16(), *expected, "{who} {method} {path}: {json}");
            if !status.is_success() {
                assert!(
                    json["code"].is_string() && json["message"].is_string(),
                    "{json}"
                );
            }
        }
    }
}
