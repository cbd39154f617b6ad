//! People and devices: a coordinator creates guides of their projects and issues their
//! enrollment codes, sees each device's app version and last push, and revokes a device, which
//! is then refused; they cannot create coordinators or manage another project's people. All of
//! it audited.

use super::accounts::{login_as, session_get, session_post};
use super::push::body;
use super::*;
use serde_json::json;

#[tokio::test]
async fn a_coordinator_manages_the_guides_and_devices_of_their_projects() {
    let server = Server::fresh();
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let guide = json!({"name": "Amina Hassan", "role": "guide", "projects": ["halsoguider"]});
    let (status, created) = session_post(&server, &sara, "/coordinator/people", guide).await;
    assert_eq!(status, StatusCode::OK, "{created}");
    let id = created["id"].as_i64().unwrap();

    let (status, issued) = session_post(
        &server,
        &sara,
        &format!("/coordinator/people/{id}/code"),
        json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{issued}");
    let token = server.enroll(issued["code"].as_str().unwrap()).await;
    let (status, _) = server.post("/sync/push", Some(&token), body(vec![])).await;
    assert_eq!(status, StatusCode::OK);

    let (_, people) = session_get(&server, &sara, "/coordinator/people").await;
    let amina = people
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id)
        .expect("the new guide is listed");
    let device = &amina["devices"][0];
    assert_eq!(device["app_version"], "0.1.0");
    assert!(device["last_sync_at"].is_string(), "{device}");
    assert_eq!(device["revoked"], false);

    let path = format!(
        "/coordinator/devices/{}/revoke",
        device["id"].as_str().unwrap()
    );
    let (status, _) = session_post(&server, &sara, &path, json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert_error(
        server.post("/sync/push", Some(&token), body(vec![])).await,
        StatusCode::FORBIDDEN,
        "revoked",
    );

    let log = blocking(|| server.storage.audit_log(10).unwrap());
    let actions: Vec<&str> = log
        .iter()
        .map(|e| e.action.as_str())
        .filter(|a| *a != "login")
        .collect();
    assert_eq!(actions, ["revoke-device", "issue-code", "create-user"]);
    assert!(log.iter().all(|e| e.actor == "sara"));
}

#[tokio::test]
async fn a_coordinator_cannot_create_coordinators_or_manage_other_projects() {
    let server = Server::fresh();
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    for person in [
        json!({"name": "Ny samordnare", "role": "coordinator", "projects": ["halsoguider"]}),
        json!({"name": "Hodan", "role": "staff", "projects": ["egenkraft"]}),
        json!({"name": "Ingen", "role": "guide", "projects": []}),
    ] {
        let answer = session_post(&server, &sara, "/coordinator/people", person).await;
        assert_error(answer, StatusCode::FORBIDDEN, "forbidden");
    }
    let nils = login_as(&server, "nils", Role::Coordinator, &["egenkraft"]).await;
    let hodan = json!({"name": "Hodan", "role": "staff", "projects": ["egenkraft"]});
    let (_, created) = session_post(&server, &nils, "/coordinator/people", hodan).await;
    let path = format!("/coordinator/people/{}/code", created["id"]);
    assert_error(
        session_post(&server, &sara, &path, json!({})).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    let (_, people) = session_get(&server, &sara, "/coordinator/people").await;
    assert!(
        people
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["name"] != "Hodan"),
        "{people}"
    );
    let admin = login_as(&server, "root", Role::Admin, &[]).await;
    let coordinator =
        json!({"name": "Ny samordnare", "role": "coordinator", "projects": ["egenkraft"]});
    let (status, _) = session_post(&server, &admin, "/coordinator/people", coordinator).await;
    assert_eq!(status, StatusCode::OK);
}
