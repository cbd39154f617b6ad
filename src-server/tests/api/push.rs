//! Push: the outbox in order, each number applied exactly once, gaps refused, rejections not
//! blocking, other users' entries untouched, tokens checked on every call.

use super::*;
use brobygge_model::sync::{Change, Mutation, PushRequest};
use brobygge_model::{ActivityDraft, ActivityId, Count, PeopleReached};
use chrono::{NaiveDate, NaiveTime};

pub fn occasion(note: &str) -> ActivityDraft {
    let code = |s: &str| Some(Code::new(s).unwrap());
    ActivityDraft {
        project: code("halsoguider"),
        date: NaiveDate::from_ymd_opt(2026, 11, 30),
        start_time: NaiveTime::from_hms_opt(10, 0, 0),
        duration_minutes: Some(60),
        area: code("raslatt"),
        venue: code("raslatt-library"),
        venue_type: code("library"),
        format: code("drop-in"),
        languages: vec![Code::new("ar").unwrap()],
        topics: vec![Code::new("vaccination").unwrap()],
        people: PeopleReached {
            women: Count::new(4).unwrap(),
            ..Default::default()
        },
        note: note.into(),
        ..ActivityDraft::default()
    }
}

pub fn upsert(seq: u64, id: &str, note: &str) -> Mutation {
    Mutation {
        seq,
        activity_id: ActivityId(id.into()),
        change: Change::Upsert {
            activity: Box::new(occasion(note)),
            base_version: None,
        },
    }
}

pub fn body(mutations: Vec<Mutation>) -> String {
    serde_json::to_string(&PushRequest { mutations }).unwrap()
}

pub fn outcomes(json: &serde_json::Value) -> Vec<String> {
    json["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn each_number_is_applied_exactly_once() {
    let server = Server::fresh();
    let token = server.enroll(&server.guide_with_code("Amina")).await;
    let batch = vec![
        upsert(1, "a", "Språkcafé"),
        upsert(2, "b", "Föräldrafrukost"),
    ];
    let (status, json) = server
        .post("/sync/push", Some(&token), body(batch.clone()))
        .await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(json["last_applied"], 2);
    assert_eq!(outcomes(&json), ["applied", "applied"]);

    // The answer was lost; the device sends the batch again, with one more.
    let mut again = batch;
    again.push(Mutation {
        seq: 3,
        activity_id: ActivityId("a".into()),
        change: Change::Delete,
    });
    let (_, json) = server.post("/sync/push", Some(&token), body(again)).await;
    assert_eq!(
        outcomes(&json),
        ["already-applied", "already-applied", "applied"]
    );
    assert_eq!(json["last_applied"], 3);
}

#[tokio::test]
async fn a_gap_is_refused_and_nothing_is_applied() {
    let server = Server::fresh();
    let token = server.enroll(&server.guide_with_code("Amina")).await;
    let gap = server
        .post("/sync/push", Some(&token), body(vec![upsert(2, "a", "x")]))
        .await;
    assert_error(gap, StatusCode::CONFLICT, "sequence-gap");
    let (_, json) = server
        .post("/sync/push", Some(&token), body(vec![upsert(1, "a", "x")]))
        .await;
    assert_eq!(json["last_applied"], 1);
}

#[tokio::test]
async fn a_rejected_mutation_does_not_block_the_ones_after_it() {
    let server = Server::fresh();
    let token = server.enroll(&server.guide_with_code("Amina")).await;
    let batch = vec![
        upsert(1, "a", "Ring 070-123 45 67"),
        upsert(2, "b", "Språkcafé"),
    ];
    let (_, json) = server.post("/sync/push", Some(&token), body(batch)).await;
    assert_eq!(outcomes(&json), ["rejected", "applied"]);
    assert_eq!(
        json["results"][0]["problems"][0]["problem"],
        "note-identifies"
    );
    assert_eq!(json["last_applied"], 2);
}

#[tokio::test]
async fn a_day_that_has_not_come_anywhere_or_outside_the_projects_run_is_rejected() {
    let server = Server::fresh();
    let token = server.enroll(&server.guide_with_code("Amina")).await;
    let utc_today = chrono::Utc::now().date_naive();
    let on = |seq, date: NaiveDate| {
        let mut m = upsert(seq, &format!("m{seq}"), "Språkcafé");
        if let Change::Upsert { activity, .. } = &mut m.change {
            activity.date = Some(date);
        }
        m
    };
    let batch = vec![
        // Already today east of UTC (Sweden's today from 23:00 UTC): taken.
        on(1, utc_today + chrono::Days::new(1)),
        // Today nowhere yet.
        on(2, utc_today + chrono::Days::new(2)),
        // The health guides began on 2025-01-01.
        on(3, NaiveDate::from_ymd_opt(2024, 12, 31).unwrap()),
    ];
    let (_, json) = server.post("/sync/push", Some(&token), body(batch)).await;
    assert_eq!(
        outcomes(&json),
        ["applied", "rejected", "rejected"],
        "{json}"
    );
    let problem = |i: usize| json["results"][i]["problems"][0].clone();
    assert_eq!(problem(1)["problem"], "date-in-future");
    assert_eq!(problem(2)["problem"], "date-before-project");
    assert_eq!(problem(2)["start"], "2025-01-01");

    // An app from before protocol 2 knows no date problem: it is told the date is missing,
    // which it can read, and the lost answer sent again reads the same.
    let old_app = |mutations| {
        let request = axum::http::Request::post("/api/v1/sync/push")
            .header("content-type", "application/json")
            .header("authorization", format!("Bearer {token}"))
            .header(brobygge_model::sync::PROTOCOL_HEADER, "1")
            .body(axum::body::Body::from(body(mutations)))
            .unwrap();
        server.call(request)
    };
    let later = on(4, utc_today + chrono::Days::new(3));
    let (status, json) = old_app(vec![later.clone()]).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(outcomes(&json), ["rejected"]);
    let missing = serde_json::json!([{"problem": "missing", "field": "date"}]);
    assert_eq!(json["results"][0]["problems"], missing);
    let (_, again) = old_app(vec![later]).await;
    assert_eq!(again["results"][0]["problems"], missing);
}

#[tokio::test]
async fn another_users_entry_is_forbidden() {
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
    let (_, json) = server
        .post(
            "/sync/push",
            Some(&omar),
            body(vec![upsert(1, "a", "Omars")]),
        )
        .await;
    assert_eq!(outcomes(&json), ["forbidden"]);
    // The answer was lost and Omar's device sends the number again: it is told again.
    let (_, again) = server
        .post(
            "/sync/push",
            Some(&omar),
            body(vec![upsert(1, "a", "Omars")]),
        )
        .await;
    assert_eq!(outcomes(&again), ["forbidden"]);
    assert_eq!(again["last_applied"], 1);
}

#[tokio::test]
async fn missing_forged_and_revoked_tokens_are_refused() {
    let server = Server::fresh();
    let (device_id, token) = server.enroll_device(&server.guide_with_code("Amina")).await;
    let push = || body(vec![upsert(1, "a", "x")]);
    assert_error(
        server.post("/sync/push", None, push()).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    );
    let forged = "0".repeat(64);
    assert_error(
        server.post("/sync/push", Some(&forged), push()).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    );

    let (status, _) = server.post("/sync/push", Some(&token), body(vec![])).await;
    assert_eq!(status, StatusCode::OK);
    assert!(blocking(|| server.storage.revoke(&device_id).unwrap()));
    assert_error(
        server.post("/sync/push", Some(&token), push()).await,
        StatusCode::FORBIDDEN,
        "revoked",
    );
}

#[tokio::test]
async fn an_oversized_body_is_refused_with_413() {
    let server = Server::fresh();
    let token = server.enroll(&server.guide_with_code("Amina")).await;
    let huge = upsert(1, "a", &"x".repeat(3 * 1024 * 1024));
    let refused = server
        .post("/sync/push", Some(&token), body(vec![huge]))
        .await;
    assert_error(refused, StatusCode::PAYLOAD_TOO_LARGE, "too-large");
}
