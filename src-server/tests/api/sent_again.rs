//! An entry sent again: the undo of a deletion, and an entry a device sends again exactly as it
//! last saw it (after a restore or a new enrollment), which must not undo what another device
//! of the same user did since.

use super::push::{body, upsert};
use super::*;
use brobygge_model::sync::{Change, Mutation};
use brobygge_model::ActivityId;

fn delete(seq: u64, id: &str) -> Mutation {
    Mutation {
        seq,
        activity_id: ActivityId(id.into()),
        change: Change::Delete,
    }
}

/// The server's current form of each of the user's entries: its id, version and whether it
/// is deleted, as a device pulling from the start receives them.
async fn entries(server: &Server, token: &str) -> Vec<(String, u64, bool)> {
    let pull = json!({ "cursor": null }).to_string();
    let (status, json) = server.post("/sync/pull", Some(token), pull).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    let mut entries: Vec<_> = json["activities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let id = a["id"].as_str().unwrap().to_owned();
            (id, a["version"].as_u64().unwrap(), a["activity"].is_null())
        })
        .collect();
    entries.sort();
    entries
}

/// A phone and a tablet of one guide: their tokens.
async fn phone_and_tablet(server: &Server) -> (String, String) {
    let user = NewUser {
        name: "Amina".into(),
        role: Role::Guide,
        projects: vec![Code::new("halsoguider").unwrap()],
    };
    let amina = blocking(|| server.storage.create_user(&user).unwrap());
    let phone = server
        .enroll(&server.code_for(amina, chrono::Duration::hours(1)))
        .await;
    let tablet = server
        .enroll(&server.code_for(amina, chrono::Duration::hours(1)))
        .await;
    (phone, tablet)
}

#[tokio::test]
async fn an_entry_its_own_device_deleted_and_brought_back_lives_again() {
    let server = Server::fresh();
    let phone = server.enroll(&server.guide_with_code("Amina")).await;
    // Saved, deleted and undone before the first sync: one push carries all three.
    let first = vec![
        upsert(1, "a", "Språkcafé"),
        delete(2, "a"),
        upsert(3, "a", "Språkcafé"),
    ];
    let (status, json) = server.post("/sync/push", Some(&phone), body(first)).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    // Synced, then deleted and undone, each in a sync of its own.
    server
        .post(
            "/sync/push",
            Some(&phone),
            body(vec![upsert(4, "b", "Frukost")]),
        )
        .await;
    server
        .post("/sync/push", Some(&phone), body(vec![delete(5, "b")]))
        .await;
    server
        .post(
            "/sync/push",
            Some(&phone),
            body(vec![upsert(6, "b", "Frukost")]),
        )
        .await;
    assert_eq!(
        entries(&server, &phone).await,
        [("a".into(), 3, false), ("b".into(), 3, false)]
    );
}

#[tokio::test]
async fn an_entry_sent_again_as_seen_keeps_another_devices_deletion() {
    let server = Server::fresh();
    let (phone, tablet) = phone_and_tablet(&server).await;
    server
        .post(
            "/sync/push",
            Some(&phone),
            body(vec![upsert(1, "a", "Språkcafé")]),
        )
        .await;
    server
        .post("/sync/push", Some(&tablet), body(vec![delete(1, "a")]))
        .await;
    // The phone sends everything again, the entry exactly as it wrote it.
    let (status, json) = server
        .post(
            "/sync/push",
            Some(&phone),
            body(vec![upsert(2, "a", "Språkcafé")]),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(entries(&server, &phone).await, [("a".into(), 2, true)]);
    // The tablet's own undo brings it back.
    server
        .post(
            "/sync/push",
            Some(&tablet),
            body(vec![upsert(2, "a", "Språkcafé")]),
        )
        .await;
    assert_eq!(entries(&server, &phone).await, [("a".into(), 3, false)]);
}

#[tokio::test]
async fn an_entry_deleted_on_two_devices_comes_back_with_the_undo_of_the_last() {
    let server = Server::fresh();
    let (phone, tablet) = phone_and_tablet(&server).await;
    server
        .post(
            "/sync/push",
            Some(&phone),
            body(vec![upsert(1, "a", "Språkcafé")]),
        )
        .await;
    server
        .post("/sync/push", Some(&tablet), body(vec![delete(1, "a")]))
        .await;
    // The phone deleted it too, offline, and then thought better of it.
    let (status, json) = server
        .post(
            "/sync/push",
            Some(&phone),
            body(vec![delete(2, "a"), upsert(3, "a", "Språkcafé")]),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(entries(&server, &phone).await, [("a".into(), 3, false)]);
}
