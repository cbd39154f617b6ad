//! Coordinators' edits of the reference data: a label changed or an item retired reaches the
//! devices on their next pull; removing an item, or changing a project one does not
//! coordinate, is refused; every edit is audited.

use super::accounts::{login_as, session_get, session_send};
use super::*;
use serde_json::json;

fn pull(cursor: Option<&str>) -> String {
    json!({ "cursor": cursor }).to_string()
}

#[tokio::test]
async fn a_retired_topic_reaches_the_devices_and_removing_one_is_refused() {
    let server = Server::fresh();
    let device = server.enroll(&server.guide_with_code("Amina")).await;
    let (_, first) = server.post("/sync/pull", Some(&device), pull(None)).await;
    let cursor = first["cursor"].as_str().unwrap().to_owned();

    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let (_, mut reference) = session_get(&server, &sara, "/coordinator/reference").await;
    let topics = reference["topics"].as_array_mut().unwrap();
    let sleep = topics.iter_mut().find(|t| t["code"] == "sleep").unwrap();
    sleep["retired"] = true.into();
    sleep["labels"]["en"] = "Sleep and rest".into();
    let (status, _) = session_send(
        &server,
        "PUT",
        &sara,
        "/coordinator/reference",
        reference.clone(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);

    let (_, next) = server
        .post("/sync/pull", Some(&device), pull(Some(&cursor)))
        .await;
    let sleep = next["reference"]["topics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == "sleep")
        .cloned()
        .unwrap();
    assert_eq!(sleep["retired"], true);
    assert_eq!(sleep["labels"]["en"], "Sleep and rest");

    // Removing the topic would leave old entries without meaning.
    let mut removed = reference.clone();
    removed["topics"]
        .as_array_mut()
        .unwrap()
        .retain(|t| t["code"] != "sleep");
    let refused = session_send(&server, "PUT", &sara, "/coordinator/reference", removed).await;
    assert_error(refused, StatusCode::BAD_REQUEST, "invalid");

    // Without a Swedish label an item has nothing to fall back on.
    let mut unlabelled = reference.clone();
    unlabelled["areas"][0]["labels"] = json!({"en": "Råslätt"});
    let refused = session_send(&server, "PUT", &sara, "/coordinator/reference", unlabelled).await;
    assert_error(refused, StatusCode::BAD_REQUEST, "bad-request");

    // Another project is its own coordinators' to change; adding one is an administrator's.
    let mut foreign = reference.clone();
    foreign["projects"][2]["labels"]["sv"] = "Egen kraft".into();
    let refused = session_send(&server, "PUT", &sara, "/coordinator/reference", foreign).await;
    assert_error(refused, StatusCode::FORBIDDEN, "forbidden");
    let mut added = reference.clone();
    let mut new_project = added["projects"][0].clone();
    new_project["code"] = "sommarlov".into();
    added["projects"].as_array_mut().unwrap().push(new_project);
    let refused = session_send(
        &server,
        "PUT",
        &sara,
        "/coordinator/reference",
        added.clone(),
    )
    .await;
    assert_error(refused, StatusCode::FORBIDDEN, "forbidden");
    let root = login_as(&server, "root", Role::Admin, &[]).await;
    let (status, _) = session_send(&server, "PUT", &root, "/coordinator/reference", added).await;
    assert_eq!(status, StatusCode::OK);

    let (_, audit) = session_get(&server, &root, "/admin/audit").await;
    let edits: Vec<_> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "edit-reference")
        .map(|e| (e["actor"].clone(), e["detail"]["changed"].clone()))
        .collect();
    assert_eq!(
        edits,
        [
            (json!("root"), json!(["sommarlov"])),
            (json!("sara"), json!(["sleep"]))
        ]
    );
}

#[tokio::test]
async fn an_entry_marked_reviewed_becomes_unreviewed_when_its_guide_edits_it() {
    let server = Server::fresh();
    let guide = server.enroll(&server.guide_with_code("Amina")).await;
    super::review::logged(&server, &guide, 1, "r", |_| {}).await;
    super::review::logged(&server, &guide, 2, "s", |_| {}).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let nils = login_as(&server, "nils", Role::Coordinator, &["egenkraft"]).await;

    let mark = json!({"ids": ["r"], "reviewed": true});
    let (_, answer) = session_send(
        &server,
        "POST",
        &nils,
        "/coordinator/activities/reviewed",
        mark.clone(),
    )
    .await;
    assert_eq!(answer["marked"], 0, "not Nils's project");
    let (_, answer) = session_send(
        &server,
        "POST",
        &sara,
        "/coordinator/activities/reviewed",
        mark,
    )
    .await;
    assert_eq!(answer["marked"], 1);

    let ids = |json: &serde_json::Value| -> Vec<String> {
        json["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let (_, done) = session_get(&server, &sara, "/coordinator/activities?reviewed=true").await;
    assert_eq!(ids(&done), ["r"]);
    assert_eq!(done["rows"][0]["reviewed"], true);
    let (_, waiting) = session_get(&server, &sara, "/coordinator/activities?reviewed=false").await;
    assert_eq!(ids(&waiting), ["s"]);

    // The guide edits the reviewed entry: it waits for review again.
    super::review::logged(&server, &guide, 3, "r", |a| a.note = "Ändrad.".into()).await;
    let (_, waiting) = session_get(
        &server,
        &sara,
        "/coordinator/activities?reviewed=false&sort=date",
    )
    .await;
    let mut waiting = ids(&waiting);
    waiting.sort();
    assert_eq!(waiting, ["r", "s"]);
}
