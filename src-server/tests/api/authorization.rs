//! Who may call which coordinator endpoint, for every role and for their own and another
//! project: one table, checked cell by cell. Guides and staff cannot log in at all, so every
//! coordinator endpoint refuses them as it refuses someone not logged in.

mod rows;

use super::accounts::login_as;
use super::*;
use brobygge_model::sync::{Change, Mutation};
use brobygge_model::ActivityId;
pub use rows::{calls, Call};

/// Who asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Asker {
    Nobody,
    /// A guide's phone and a contact-centre staff member's, in the health-guide project.
    GuideDevice,
    StaffDevice,
    /// A coordinator of the health-guide project, whose entry `h` is: in a browser, and
    /// through the app's relay with their device's token.
    OwnCoordinator,
    OwnCoordinatorDevice,
    /// A coordinator of Egenkraft only.
    OtherCoordinator,
    Admin,
    /// The health guides' steering group: reads the overview and the reports, nothing else.
    Viewer,
}

/// Whether a viewer may make `call`: read the overview, the lists' labels, the reports (and
/// their calendar and downloads) and their own account.
fn viewer_reads(call: &Call) -> bool {
    let path = call.path.split('?').next().unwrap_or_default();
    call.method == "GET"
        && (path == "/auth/me"
            || path == "/coordinator/overview"
            || path == "/coordinator/reference"
            || (path.starts_with("/coordinator/reports/") && !path.ends_with("/texts")))
}

/// What an entry of the health guides says, which no one else may see.
const MARKER: &str = "Språkcafé 7c1f";

/// The expected status of `call` for `asker`.
fn expected(asker: Asker, call: &Call) -> StatusCode {
    match asker {
        Asker::Nobody => StatusCode::UNAUTHORIZED,
        Asker::GuideDevice | Asker::StaffDevice => StatusCode::FORBIDDEN,
        Asker::OwnCoordinatorDevice if call.path.starts_with("/admin/") => StatusCode::FORBIDDEN,
        Asker::OwnCoordinator | Asker::OwnCoordinatorDevice => call.own,
        Asker::OtherCoordinator => call.other,
        Asker::Admin => call.admin,
        Asker::Viewer if viewer_reads(call) => call.own,
        Asker::Viewer => StatusCode::FORBIDDEN,
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
            activity: Box::new(super::push::occasion(MARKER)),
            base_version: None,
        },
    };
    let (status, _) = server
        .post("/sync/push", Some(&guide), super::push::body(vec![push]))
        .await;
    assert_eq!(status, StatusCode::OK);

    let staff = server.enrolled(Role::Staff, "Lina", "halsoguider").await;
    let own = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let sara_device = server
        .enroll(&server.code_for(
            blocking(|| {
                server
                    .storage
                    .account_by_login("sara")
                    .unwrap()
                    .unwrap()
                    .0
                    .user_id
            }),
            chrono::Duration::hours(1),
        ))
        .await;
    let other = login_as(&server, "nils", Role::Coordinator, &["egenkraft"]).await;
    let admin = login_as(&server, "root", Role::Admin, &[]).await;
    let viewer = login_as(&server, "vera", Role::Viewer, &["halsoguider"]).await;
    let cookie = |c: &str| ("cookie", c.to_owned());
    let bearer = |t: &str| ("authorization", format!("Bearer {t}"));
    for (asker, credential) in [
        (Asker::Nobody, None),
        (Asker::GuideDevice, Some(bearer(&guide))),
        (Asker::StaffDevice, Some(bearer(&staff))),
        (Asker::OwnCoordinator, Some(cookie(&own))),
        (Asker::OwnCoordinatorDevice, Some(bearer(&sara_device))),
        (Asker::OtherCoordinator, Some(cookie(&other))),
        (Asker::Admin, Some(cookie(&admin))),
        (Asker::Viewer, Some(cookie(&viewer))),
    ] {
        for call in calls() {
            let status = expected(asker, &call);
            let period = match asker {
                Asker::OwnCoordinatorDevice => "year=2025&half=2",
                Asker::Admin => "year=2026&half=1",
                _ => "year=2025&half=1",
            };
            let mut request = from_own_pages(Request::builder())
                .method(call.method)
                .uri(format!("/api/v1{}", call.path.replace("{period}", period)))
                .header("content-type", "application/json")
                .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string());
            if let Some((name, value)) = &credential {
                request = request.header(*name, value.as_str());
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
            // Another project's coordinator sees nothing of the health guides' entries and
            // people; their steering group sees figures, never who logged what.
            if matches!(asker, Asker::OtherCoordinator | Asker::Viewer) {
                let body = json.to_string();
                for theirs in [MARKER, "Amina", "Lina"] {
                    assert!(
                        !body.contains(theirs),
                        "{} {}: {body}",
                        call.method,
                        call.path
                    );
                }
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
    let sara = user(&server, "Sara", Role::Coordinator, &["halsoguider"]);
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
    let root = user(&server, "Root", Role::Admin, &[]);
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

#[tokio::test]
async fn a_coordinators_device_opens_the_coordinator_pages_for_a_month_after_enrollment() {
    use brobygge_server::storage::Enrollment;
    let server = Server::fresh();
    let sara = user(&server, "Sara", Role::Coordinator, &["halsoguider"]);
    let code = server.code_for(sara, chrono::Duration::hours(1));
    let token = brobygge_server::tokens::new_token();
    blocking(|| {
        let code_hash = tokens::hash(&tokens::normalize_code(&code));
        let token_hash = tokens::hash(&token);
        server
            .storage
            .enroll_install(&Enrollment {
                code_hash: &code_hash,
                token_hash: &token_hash,
                app_version: "0.1.0",
                install_id: None,
                now: chrono::Utc::now() - chrono::Duration::days(31),
            })
            .unwrap()
    });
    let call = |path: &str| {
        let request = Request::get(format!("/api/v1{path}"))
            .header("authorization", format!("Bearer {token}"))
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string());
        server.call(request.body(Body::empty()).unwrap())
    };
    assert_error(
        call("/coordinator/activities").await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    );
    // Its own sync goes on.
    let pull = Request::post("/api/v1/sync/pull")
        .header("authorization", format!("Bearer {token}"))
        .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
        .header("content-type", "application/json")
        .body(Body::from("{}"))
        .unwrap();
    assert_eq!(server.call(pull).await.0, StatusCode::OK);
}

/// A new user with `role` in `projects`; answers their id.
fn user(server: &Server, name: &str, role: Role, projects: &[&str]) -> i64 {
    let user = NewUser {
        name: name.into(),
        role,
        projects: projects.iter().map(|p| Code::new(*p).unwrap()).collect(),
    };
    blocking(|| server.storage.create_user(&user).unwrap())
}
