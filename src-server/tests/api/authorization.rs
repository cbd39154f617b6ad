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
struct Call {
    method: &'static str,
    path: &'static str,
    body: Option<serde_json::Value>,
}

fn calls() -> Vec<Call> {
    let correction = serde_json::json!({"field": "note", "value": "Rättad anteckning."});
    vec![
        Call {
            method: "GET",
            path: "/auth/me",
            body: None,
        },
        Call {
            method: "GET",
            path: "/coordinator/activities",
            body: None,
        },
        Call {
            method: "GET",
            path: "/coordinator/activities?project=halsoguider",
            body: None,
        },
        Call {
            method: "GET",
            path: "/coordinator/overview?project=halsoguider",
            body: None,
        },
        Call {
            method: "POST",
            path: "/coordinator/activities/h/correct",
            body: Some(correction),
        },
        Call {
            method: "GET",
            path: "/coordinator/conflicts",
            body: None,
        },
        Call {
            method: "GET",
            path: "/coordinator/people",
            body: None,
        },
        Call {
            method: "GET",
            path: "/coordinator/reference",
            body: None,
        },
        Call {
            method: "GET",
            path: "/admin/audit",
            body: None,
        },
    ]
}

/// The expected status for each asker, in the order of [`calls`].
fn expected(asker: Asker) -> [StatusCode; 9] {
    use StatusCode as S;
    match asker {
        Asker::Nobody => [S::UNAUTHORIZED; 9],
        Asker::OwnCoordinator => [
            S::OK,
            S::OK,
            S::OK,
            S::OK,
            S::OK,
            S::OK,
            S::OK,
            S::OK,
            S::FORBIDDEN,
        ],
        // The list and the conflicts answer with what the other project may see: nothing.
        Asker::OtherCoordinator => [
            S::OK,
            S::OK,
            S::FORBIDDEN,
            S::FORBIDDEN,
            S::FORBIDDEN,
            S::OK,
            S::OK,
            S::OK,
            S::FORBIDDEN,
        ],
        Asker::Admin => [S::OK; 9],
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
        for (call, status) in calls().iter().zip(expected(asker)) {
            let mut request = Request::builder()
                .method(call.method)
                .uri(format!("/api/v1{}", call.path))
                .header("content-type", "application/json");
            if let Some(c) = cookie {
                request = request.header("cookie", c.as_str());
            }
            let body = call.body.as_ref().map_or(String::new(), |b| b.to_string());
            let (got, json) = server.call(request.body(Body::from(body)).unwrap()).await;
            assert_eq!(
                got, status,
                "{asker:?} {} {}: {json}",
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
