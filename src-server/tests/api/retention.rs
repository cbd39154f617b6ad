//! Retention (gallring), on SQLite and PostgreSQL: an administrator alone sets how long
//! entries are kept and thins out the older ones, with their versions and conflicts; a report
//! handed in keeps its figures; the audit says who and when; a device that sends an entry
//! older than is kept has it refused, in words an older app can read too.

use super::accounts::{login_as, session_get, session_post, session_send};
use super::push::{body, outcomes, upsert};
use super::reports::fixture;
use super::*;
use brobygge_model::sync::Change;
use chrono::{Datelike, NaiveDate};
use serde_json::json;

const HAND_IN: &str =
    "/coordinator/reports/half-year/hand-in?project=halsoguider&year=2026&half=2&threshold=0";
const HALF: &str =
    "/coordinator/reports/half-year?project=halsoguider&year=2026&half=2&threshold=0";

/// The months that, kept from today, keep August 2026 on: the fixture's occasions of 30 June,
/// 10 and 30 July are older, those of 15 September and 1 December are kept.
fn months_from_august() -> u32 {
    let today = chrono::Local::now().date_naive();
    (today.year() * 12 + today.month() as i32 - (2026 * 12 + 8)) as u32
}

#[tokio::test]
async fn an_administrator_thins_out_old_entries_and_reports_handed_in_stay() {
    let server = Server::fresh();
    fixture(&server).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let root = login_as(&server, "root", Role::Admin, &[]).await;
    let (status, handed) = session_post(&server, &sara, HAND_IN, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{handed}");

    let (_, state) = session_get(&server, &root, "/admin/retention").await;
    assert_eq!(
        state,
        json!({"months": null, "kept_from": null, "older": 0})
    );
    for bad in [
        json!({}),
        json!({"months": 0}),
        json!({"months": 1201}),
        json!({"months": 5, "forever": true}),
    ] {
        let answer = session_send(&server, "PUT", &root, "/admin/retention", bad).await;
        assert_error(answer, StatusCode::BAD_REQUEST, "invalid");
    }
    // A coordinator neither sets nor thins.
    let months = months_from_august();
    let set = json!({ "months": months });
    let answer = session_send(&server, "PUT", &sara, "/admin/retention", set.clone()).await;
    assert_error(answer, StatusCode::FORBIDDEN, "forbidden");
    let (status, state) = session_send(&server, "PUT", &root, "/admin/retention", set).await;
    assert_eq!(status, StatusCode::OK, "{state}");
    let kept_from: NaiveDate = state["kept_from"].as_str().unwrap().parse().unwrap();
    assert_eq!((kept_from.year(), kept_from.month()), (2026, 8), "{state}");
    assert_eq!(
        (state["months"].as_u64(), state["older"].as_u64()),
        (Some(months.into()), Some(3))
    );
    let answer = session_post(&server, &sara, "/admin/retention/thin", json!({})).await;
    assert_error(answer, StatusCode::FORBIDDEN, "forbidden");

    let (status, thinned) = session_post(&server, &root, "/admin/retention/thin", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{thinned}");
    assert_eq!(thinned["thinned"], 3);
    let (_, state) = session_get(&server, &root, "/admin/retention").await;
    assert_eq!(state["older"], 0);
    // What is left: the occasions of September and December, and nothing kept of the others.
    let kept: Vec<String> = blocking(|| server.storage.activities().unwrap())
        .into_iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(kept.len(), 2, "{kept:?}");
    assert!(
        kept.contains(&"e2".to_owned()) && kept.contains(&"e3".to_owned()),
        "{kept:?}"
    );
    let history = blocking(|| server.storage.history().unwrap());
    assert!(
        history.iter().all(|v| kept.contains(&v.activity_id)),
        "{history:?}"
    );
    let (_, overview) =
        session_get(&server, &sara, "/coordinator/overview?project=halsoguider").await;
    assert_eq!(overview["occasions"], 2, "{overview}");

    // The report handed in keeps its three occasions of the autumn and their 17 women.
    let (_, report) = session_get(&server, &sara, HALF).await;
    let section = &report["sections"][0];
    assert_eq!(
        (
            section["occasions"].as_u64(),
            section["reach"]["women"].as_u64()
        ),
        (Some(3), Some(17))
    );
    assert_eq!(report["handed_in"]["by"], "sara");

    let log = blocking(|| server.storage.audit_log(50).unwrap());
    let root_id = log
        .iter()
        .find(|e| e.action == "thin-entries")
        .unwrap()
        .actor_id;
    assert!(root_id.is_some());
    let set = log.iter().find(|e| e.action == "set-retention").unwrap();
    assert_eq!(
        (set.actor_id, &set.detail["months"]),
        (root_id, &json!(months))
    );
    let thin = log.iter().find(|e| e.action == "thin-entries").unwrap();
    assert_eq!(thin.detail["entries"], 3);
}

#[tokio::test]
async fn a_device_cannot_send_back_an_entry_older_than_is_kept() {
    let server = Server::fresh();
    let root = login_as(&server, "root", Role::Admin, &[]).await;
    let set = json!({ "months": months_from_august() });
    let (status, state) = session_send(&server, "PUT", &root, "/admin/retention", set).await;
    assert_eq!(status, StatusCode::OK, "{state}");
    let kept_from = state["kept_from"].clone();
    let token = server.enroll(&server.guide_with_code("Amina")).await;
    let on = |seq, date: NaiveDate| {
        let mut m = upsert(seq, &format!("m{seq}"), "Språkcafé");
        if let Change::Upsert { activity, .. } = &mut m.change {
            activity.date = Some(date);
        }
        m
    };
    let july = NaiveDate::from_ymd_opt(2026, 7, 30).unwrap();
    let september = NaiveDate::from_ymd_opt(2026, 9, 15).unwrap();
    let batch = vec![on(1, july), on(2, september)];
    let (_, json) = server.post("/sync/push", Some(&token), body(batch)).await;
    assert_eq!(outcomes(&json), ["rejected", "applied"], "{json}");
    let problem = &json["results"][0]["problems"][0];
    assert_eq!(
        (&problem["problem"], &problem["kept_from"]),
        (&json!("date-not-kept"), &kept_from)
    );

    // An app of protocol 2 reads it as a day before the project's start.
    let request = Request::post("/api/v1/sync/push")
        .header("content-type", "application/json")
        .header("authorization", format!("Bearer {token}"))
        .header(PROTOCOL_HEADER, "2")
        .body(Body::from(body(vec![on(3, july)])))
        .unwrap();
    let (status, json) = server.call(request).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    let problem = &json["results"][0]["problems"][0];
    assert_eq!(
        (&problem["problem"], &problem["start"]),
        (&json!("date-before-project"), &kept_from)
    );
}
