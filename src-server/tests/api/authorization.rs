//! Who may call which coordinator endpoint, for every role and for their own and another
//! project: one table, checked cell by cell. Guides and staff cannot log in at all, so every
//! coordinator endpoint refuses them as it refuses someone not logged in.

use super::accounts::login_as;
use super::*;
use brobygge_model::sync::{Change, Mutation};
use brobygge_model::ActivityId;

/// Who asks.
#[derive(Clone, Copy, Debug)]
enum Asker {
    Nobody,
    /// A coordinator of the health-guide project, whose entry `h` is.
    OwnCoordinator,
    /// A coordinator of Egenkraft only.
    OtherCoordinator,
    Admin,
}

/// One call of a coordinator endpoint; the calls that name a project name the health guides.
/// A coordinator of the project gets `own`, a coordinator of another project `other`; an
/// administrator always succeeds and someone not logged in never does.
struct Call {
    method: &'static str,
    path: &'static str,
    body: Option<serde_json::Value>,
    own: StatusCode,
    other: StatusCode,
}

fn call(method: &'static str, path: &'static str, own: u16, other: u16) -> Call {
    Call {
        method,
        path,
        body: None,
        own: StatusCode::from_u16(own).unwrap(),
        other: StatusCode::from_u16(other).unwrap(),
    }
}

fn with(mut call: Call, body: serde_json::Value) -> Call {
    call.body = Some(body);
    call
}

/// The reference data with the health guides' Swedish label changed.
fn renamed_reference() -> serde_json::Value {
    let seed = include_str!("../../../src-core/seed/reference-data.json");
    let mut reference: serde_json::Value = serde_json::from_str(seed).unwrap();
    reference["projects"][0]["labels"]["sv"] = "Hälsoguiderna".into();
    reference
}

fn calls() -> Vec<Call> {
    let correction = serde_json::json!({"field": "note", "value": "Rättad anteckning."});
    let reviewed = serde_json::json!({"ids": ["h"], "reviewed": true});
    let texts = serde_json::json!({"done": "Språkcaféer varje vecka."});
    vec![
        call("GET", "/auth/me", 200, 200),
        call("GET", "/coordinator/activities", 200, 200),
        call(
            "GET",
            "/coordinator/activities?project=halsoguider",
            200,
            403,
        ),
        call("GET", "/coordinator/overview?project=halsoguider", 200, 403),
        with(
            call("POST", "/coordinator/activities/h/correct", 200, 403),
            correction,
        ),
        // Marking answers how many were marked: none of another project's.
        with(
            call("POST", "/coordinator/activities/reviewed", 200, 200),
            reviewed,
        ),
        call(
            "GET",
            "/coordinator/activities/export?project=halsoguider",
            200,
            403,
        ),
        call("GET", "/coordinator/conflicts", 200, 200),
        call("GET", "/coordinator/people", 200, 200),
        call("GET", "/coordinator/reference", 200, 200),
        with(
            call("PUT", "/coordinator/reference", 200, 403),
            renamed_reference(),
        ),
        call(
            "GET",
            "/coordinator/reports/half-year?project=halsoguider&year=2026&half=2",
            200,
            403,
        ),
        with(
            call(
                "PUT",
                "/coordinator/reports/half-year/texts?project=halsoguider&year=2026&half=2",
                200,
                403,
            ),
            texts,
        ),
        call(
            "GET",
            "/coordinator/reports/half-year/export?project=halsoguider&year=2026&half=2&format=csv",
            200,
            403,
        ),
        call(
            "GET",
            "/coordinator/reports/final/export?project=halsoguider",
            200,
            403,
        ),
        // The compilation holds what the asker may see.
        call("GET", "/coordinator/reports/annual?year=2026", 200, 200),
        call("GET", "/admin/audit", 403, 403),
    ]
}

/// The expected status of `call` for `asker`.
fn expected(asker: Asker, call: &Call) -> StatusCode {
    match asker {
        Asker::Nobody => StatusCode::UNAUTHORIZED,
        Asker::OwnCoordinator => call.own,
        Asker::OtherCoordinator => call.other,
        Asker::Admin => StatusCode::OK,
    }
}

#[tokio::test]
async fn every_coordinator_endpoint_for_every_role_and_project() {
    let server = Server::fresh();
    let guide = server.enroll(&server.guide_with_code("Amina")).await;
    let push = Mutation {
        seq: 1,
        activity_id: ActivityId("h".into()),
        change: Change::Upsert {
            activity: Box::new(super::push::occasion("Språkcafé")),
            base_version: None,
        },
    };
    let (status, _) = server
        .post("/sync/push", Some(&guide), super::push::body(vec![push]))
        .await;
    assert_eq!(status, StatusCode::OK);

    let own = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let other = login_as(&server, "nils", Role::Coordinator, &["egenkraft"]).await;
    let admin = login_as(&server, "root", Role::Admin, &[]).await;
    for (asker, cookie) in [
        (Asker::Nobody, None),
        (Asker::OwnCoordinator, Some(&own)),
        (Asker::OtherCoordinator, Some(&other)),
        (Asker::Admin, Some(&admin)),
    ] {
        for call in calls() {
            let status = expected(asker, &call);
            let mut request = from_own_pages(Request::builder())
                .method(call.method)
                .uri(format!("/api/v1{}", call.path))
                .header("content-type", "application/json");
            if let Some(c) = cookie {
                request = request.header("cookie", c.as_str());
            }
            let mut body = call.body.clone();
            if let Some(b) = body
                .as_mut()
                .filter(|_| call.path == "/coordinator/reference")
            {
                // Each asker's edit changes something, or it would be allowed as a no-op.
                b["projects"][0]["labels"]["sv"] = format!("Hälsoguiderna {asker:?}").into();
            }
            let body = body.map_or(String::new(), |b| b.to_string());
            let (got, json) = server.call(request.body(Body::from(body)).unwrap()).await;
            let mut answer = json.to_string();
            answer.truncate(300);
            assert_eq!(
                got, status,
                "{asker:?} {} {}: {answer}",
                call.method, call.path
            );
            if !status.is_success() {
                assert!(
                    json["code"].is_string() && json["message"].is_string(),
                    "{json}"
                );
            }
        }
    }
}

#[tokio::test]
async fn guides_and_staff_cannot_log_in() {
    let server = Server::fresh();
    for role in [Role::Guide, Role::Staff] {
        let user = NewUser {
            name: "Amina".into(),
            role,
            projects: vec![Code::new("halsoguider").unwrap()],
        };
        let refused = blocking(|| {
            let id = server.storage.create_user(&user).unwrap();
            server.storage.set_login(id, &format!("{role:?}"), "x")
        });
        assert!(refused.is_err(), "{role:?}");
    }
}

#[tokio::test]
async fn a_coordinators_device_token_opens_the_coordinator_api_and_a_guides_does_not() {
    let server = Server::fresh();
    let guide = server.enroll(&server.guide_with_code("Amina")).await;
    let sara = blocking(|| {
        server
            .storage
            .create_user(&NewUser {
                name: "Sara".into(),
                role: Role::Coordinator,
                projects: vec![Code::new("halsoguider").unwrap()],
            })
            .unwrap()
    });
    let (sara_device, sara_token) = server
        .enroll_device(&server.code_for(sara, chrono::Duration::hours(1)))
        .await;
    let get = |token: &str| {
        Request::get("/api/v1/coordinator/activities?project=halsoguider")
            .header("authorization", format!("Bearer {token}"))
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
            .body(Body::empty())
            .unwrap()
    };
    let (status, json) = server.call(get(&sara_token)).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(json["total"], 0);
    assert_error(
        server.call(get(&guide)).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    assert_error(
        server.call(get("forged")).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    );
    blocking(|| server.storage.revoke(&sara_device).unwrap());
    assert_error(
        server.call(get(&sara_token)).await,
        StatusCode::FORBIDDEN,
        "revoked",
    );
}

#[tokio::test]
async fn an_administrators_device_token_does_not_open_the_administrators_pages() {
    let server = Server::fresh();
    let root = blocking(|| {
        server
            .storage
            .create_user(&NewUser {
                name: "Root".into(),
                role: Role::Admin,
                projects: vec![],
            })
            .unwrap()
    });
    let token = server
        .enroll(&server.code_for(root, chrono::Duration::hours(1)))
        .await;
    let get = |path: &str| {
        Request::get(format!("/api/v1{path}"))
            .header("authorization", format!("Bearer {token}"))
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
            .body(Body::empty())
            .unwrap()
    };
    let (status, json) = server.call(get("/coordinator/people")).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_error(
        server.call(get("/admin/audit")).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
}
