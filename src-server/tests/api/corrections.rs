//! A coordinator's correction and a device's later edit, decided field by field against the
//! version the device last saw; the value that lost is kept as a conflict.

use super::accounts::{login_as, session_get, session_send};
use super::push::{body, occasion};
use super::*;
use brobygge_model::sync::{Change, Mutation};
use brobygge_model::{ActivityId, Count};
use brobygge_server::storage::{Author, Corrector, StorageError};
use brobygge_server::sync;
use serde_json::json;

fn edit(seq: u64, base_version: Option<u64>, women: u32, note: &str) -> Mutation {
    let mut activity = occasion(note);
    activity.people.women = Count::new(women).unwrap();
    Mutation {
        seq,
        activity_id: ActivityId("a".into()),
        change: Change::Upsert {
            activity: Box::new(activity),
            base_version,
        },
    }
}

/// Sara Lind, an administrator: every project is hers to correct.
fn sara() -> Corrector {
    Corrector {
        name: "Sara Lind".into(),
        user_id: None,
        projects: None,
    }
}

fn correct(server: &Server, field: &str, value: serde_json::Value) -> Result<u64, StorageError> {
    let id = ActivityId("a".into());
    blocking(|| sync::correct(&*server.storage, &id, field, value, &sara()))
}

#[tokio::test]
async fn a_correction_and_a_later_edit_of_the_same_field_keep_the_correction_and_the_loser() {
    let server = Server::fresh();
    let token = server.enroll(&server.guide_with_code("Amina")).await;
    let push = |m: Mutation| server.post("/sync/push", Some(&token), body(vec![m]));
    let (status, _) = push(edit(1, None, 4, "Språkcafé")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(correct(&server, "people.women", json!(6)).unwrap(), 2);
    // The device saw version 1 and changes the same count, and the note.
    let (_, json) = push(edit(2, Some(1), 9, "Språkcafé med fika")).await;
    assert_eq!(json["results"][0]["outcome"], "applied", "{json}");

    let stored = blocking(|| server.storage.activities().unwrap());
    assert_eq!(stored[0].version, 3);
    assert_eq!(
        stored[0].activity.people.women.get(),
        6,
        "the correction stays"
    );
    assert_eq!(
        stored[0].activity.note, "Språkcafé med fika",
        "the edit is kept"
    );
    let conflicts = blocking(|| server.storage.conflicts().unwrap());
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].conflict.field, "people.women");
    assert_eq!(
        (&conflicts[0].conflict.kept, &conflicts[0].conflict.lost),
        (&json!(6), &json!(9))
    );
    assert!(matches!(
        conflicts[0].conflict.lost_author,
        Author::Device(_)
    ));
}

#[tokio::test]
async fn an_edit_after_seeing_the_correction_is_no_conflict() {
    let server = Server::fresh();
    let token = server.enroll(&server.guide_with_code("Amina")).await;
    let push = |m: Mutation| server.post("/sync/push", Some(&token), body(vec![m]));
    push(edit(1, None, 4, "Språkcafé")).await;
    correct(&server, "note", json!("Språkcafé i biblioteket")).unwrap();
    push(edit(2, Some(2), 8, "Språkcafé i biblioteket, del 2")).await;
    // A second edit made offline before the first reached the server, on the same base.
    push(edit(3, Some(2), 8, "Språkcafé i biblioteket, del 3")).await;

    let stored = blocking(|| server.storage.activities().unwrap());
    assert_eq!(stored[0].activity.people.women.get(), 8);
    assert_eq!(stored[0].activity.note, "Språkcafé i biblioteket, del 3");
    assert!(blocking(|| server.storage.conflicts().unwrap()).is_empty());
}

#[tokio::test]
async fn a_correction_is_checked_like_an_entry() {
    let server = Server::fresh();
    let token = server.enroll(&server.guide_with_code("Amina")).await;
    server
        .post(
            "/sync/push",
            Some(&token),
            body(vec![edit(1, None, 4, "x")]),
        )
        .await;
    for (field, value) in [
        ("people.women", json!(5000)),
        ("people.women", json!("many")),
        ("venue", json!("no-such-venue")),
        ("residents", json!(3)),
        ("id", json!("b")),
        ("note", json!("Ring Amina på 070-123 45 67")),
        // A day that has not come, and one before the health guides began (2025-01-01).
        ("date", json!("2099-01-01")),
        ("date", json!("2024-12-31")),
    ] {
        let result = correct(&server, field, value.clone());
        assert!(
            matches!(result, Err(StorageError::Invalid(_))),
            "{field} = {value}: {result:?}"
        );
    }
    let missing = blocking(|| {
        let id = ActivityId("zz".into());
        sync::correct(&*server.storage, &id, "note", json!("x"), &sara())
    });
    assert!(matches!(missing, Err(StorageError::NotFound)));
    assert_eq!(
        blocking(|| server.storage.activities().unwrap())[0].version,
        1
    );
}

#[tokio::test]
async fn a_coordinator_settles_a_conflict_by_choosing_the_value_that_lost() {
    let server = Server::fresh();
    let token = server.enroll(&server.guide_with_code("Amina")).await;
    let push = |m: Mutation| server.post("/sync/push", Some(&token), body(vec![m]));
    push(edit(1, None, 4, "Språkcafé")).await;
    correct(&server, "people.women", json!(6)).unwrap();
    push(edit(2, Some(1), 9, "Språkcafé")).await;

    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let (status, open) = session_get(&server, &sara, "/coordinator/conflicts").await;
    assert_eq!(status, StatusCode::OK, "{open}");
    assert_eq!(open.as_array().unwrap().len(), 1, "{open}");
    assert_eq!(
        (open[0]["kept"].clone(), open[0]["lost"].clone()),
        (json!(6), json!(9))
    );
    let nils = login_as(&server, "nils", Role::Coordinator, &["egenkraft"]).await;
    let (_, none) = session_get(&server, &nils, "/coordinator/conflicts").await;
    assert_eq!(none, json!([]), "another project's conflicts are not shown");

    let path = format!("/api/v1/coordinator/conflicts/{}/settle", open[0]["id"]);
    let settle = |cookie: &str| {
        from_own_pages(Request::post(path.clone()))
            .header("content-type", "application/json")
            .header("cookie", cookie)
            .body(Body::from(r#"{"keep": "lost"}"#))
            .unwrap()
    };
    assert_error(
        server.call(settle(&nils)).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    let (status, json) = server.call(settle(&sara)).await;
    assert_eq!(status, StatusCode::OK, "{json}");

    let stored = blocking(|| server.storage.activities().unwrap());
    assert_eq!(
        stored[0].activity.people.women.get(),
        9,
        "the guide's value now stands"
    );
    assert_eq!(stored[0].version, 4);
    let (_, open) = session_get(&server, &sara, "/coordinator/conflicts").await;
    assert_eq!(open, json!([]));
    assert_error(
        server.call(settle(&sara)).await,
        StatusCode::NOT_FOUND,
        "not-found",
    );
    let log = blocking(|| server.storage.audit_log(10).unwrap());
    let actions: Vec<&str> = log
        .iter()
        .map(|e| e.action.as_str())
        .filter(|a| *a != "login")
        .collect();
    assert_eq!(actions, ["settle-conflict", "correct", "correct"]);
}

#[tokio::test]
async fn no_correction_moves_an_entry_into_a_project_its_coordinator_does_not_coordinate() {
    let server = Server::fresh();
    let token = server.enroll(&server.guide_with_code("Amina")).await;
    // Without topics, nothing else ties the entry to its project.
    let mut activity = occasion("Språkcafé");
    activity.topics.clear();
    // A day within both projects' runs (Egenkraft's ended on 31 July 2026).
    activity.date = chrono::NaiveDate::from_ymd_opt(2026, 7, 1);
    let entry = Mutation {
        seq: 1,
        activity_id: ActivityId("a".into()),
        change: Change::Upsert {
            activity: Box::new(activity),
            base_version: None,
        },
    };
    let (status, _) = server
        .post("/sync/push", Some(&token), body(vec![entry]))
        .await;
    assert_eq!(status, StatusCode::OK);
    let move_to = |project: &str| json!({"field": "project", "value": project});
    let path = "/coordinator/activities/a/correct";

    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let moved = session_send(&server, "POST", &sara, path, move_to("egenkraft")).await;
    assert_error(moved, StatusCode::FORBIDDEN, "forbidden");
    let stored = blocking(|| server.storage.activities().unwrap());
    assert_eq!(
        stored[0].activity.project.as_ref().unwrap().as_str(),
        "halsoguider"
    );
    assert_eq!(stored[0].version, 1);

    // A coordinator of both projects, or an administrator, may move it.
    let both = login_as(
        &server,
        "ida",
        Role::Coordinator,
        &["halsoguider", "egenkraft"],
    )
    .await;
    let (status, json) = session_send(&server, "POST", &both, path, move_to("egenkraft")).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    // Now in Egenkraft, it is no longer Sara's to correct, nor to move back.
    let back = session_send(&server, "POST", &sara, path, move_to("halsoguider")).await;
    assert_error(back, StatusCode::FORBIDDEN, "forbidden");
}
