//! Pull: the user's own activities after a cursor, tombstones, the reference data narrowed to
//! the user's projects, and a cursor that only moves forward.

use super::push::{body, upsert};
use super::*;
use brobygge_server::api::parse_cursor;

fn pull(cursor: Option<&str>) -> String {
    serde_json::json!({ "cursor": cursor }).to_string()
}

#[tokio::test]
async fn a_device_receives_its_users_activities_once_and_never_another_users() {
    let server = Server::fresh();
    let amina = server.enroll(&server.guide_with_code("Amina")).await;
    let omar = server.enroll(&server.guide_with_code("Omar")).await;
    server
        .post(
            "/sync/push",
            Some(&amina),
            body(vec![upsert(1, "a", "Aminas")]),
        )
        .await;
    server
        .post(
            "/sync/push",
            Some(&omar),
            body(vec![upsert(1, "o", "Omars")]),
        )
        .await;

    let (status, first) = server.post("/sync/pull", Some(&amina), pull(None)).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    let ids: Vec<_> = first["activities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].clone())
        .collect();
    assert_eq!(ids, ["a"]);
    assert_eq!(first["reference"]["projects"].as_array().unwrap().len(), 1);
    assert_eq!(first["more"], false);

    let cursor = first["cursor"].as_str().unwrap();
    let (_, again) = server
        .post("/sync/pull", Some(&amina), pull(Some(cursor)))
        .await;
    assert_eq!(again["activities"], serde_json::json!([]));
    assert_eq!(again["reference"], serde_json::Value::Null);
    assert_eq!(
        again["cursor"], cursor,
        "the cursor does not move without changes"
    );

    let delete = r#"{"mutations":[{"seq":2,"activity_id":"a","op":"delete"}]}"#;
    server.post("/sync/push", Some(&amina), delete).await;
    let (_, after_delete) = server
        .post("/sync/pull", Some(&amina), pull(Some(cursor)))
        .await;
    assert_eq!(after_delete["activities"][0]["id"], "a");
    assert_eq!(
        after_delete["activities"][0]["activity"],
        serde_json::Value::Null,
        "a tombstone"
    );
    let number = |c: &str| parse_cursor(Some(c)).unwrap();
    let next = number(after_delete["cursor"].as_str().unwrap());
    assert_eq!(next.epoch, number(cursor).epoch, "the database's epoch");
    assert!(
        next.after > number(cursor).after,
        "cursors only move forward"
    );
}

/// After `restored` (a database put back from a backup) a cursor from before is answered
/// `sequence-gap`, so that an app sends its entries again; an app older than protocol 5 only
/// pulls from the start; a cursor from before epochs is taken as of today's.
#[tokio::test]
async fn a_cursor_from_before_a_restore_is_answered_sequence_gap() {
    let server = Server::fresh();
    let amina = server.enroll(&server.guide_with_code("Amina")).await;
    server
        .post(
            "/sync/push",
            Some(&amina),
            body(vec![upsert(1, "a", "Aminas")]),
        )
        .await;
    let (_, first) = server.post("/sync/pull", Some(&amina), pull(None)).await;
    let cursor = first["cursor"].as_str().unwrap().to_owned();
    let (status, _) = server
        .post("/sync/pull", Some(&amina), pull(Some("1")))
        .await;
    assert_eq!(status, StatusCode::OK, "a cursor from before epochs");

    blocking(|| server.storage.new_epoch().unwrap());
    let gap = server
        .post("/sync/pull", Some(&amina), pull(Some(&cursor)))
        .await;
    assert_error(gap, StatusCode::CONFLICT, "sequence-gap");
    let (status, older) = server
        .post_as(4, "/sync/pull", Some(&amina), pull(Some(&cursor)))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(older["activities"][0]["id"], "a", "from the start");
    let (_, nothing) = server
        .post("/sync/push", Some(&amina), r#"{"mutations":[]}"#)
        .await;
    assert_eq!(nothing["last_applied"], 1, "a push of nothing says how far");
}

#[tokio::test]
async fn a_cursor_the_server_did_not_give_is_refused() {
    let server = Server::fresh();
    let token = server.enroll(&server.guide_with_code("Amina")).await;
    let refused = server
        .post("/sync/pull", Some(&token), pull(Some("yesterday")))
        .await;
    assert_error(refused, StatusCode::BAD_REQUEST, "bad-request");
    let anonymous = server.post("/sync/pull", None, pull(None)).await;
    assert_error(anonymous, StatusCode::UNAUTHORIZED, "unauthorized");
}
