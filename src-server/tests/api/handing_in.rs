//! A report handed in stays as handed in, on SQLite and PostgreSQL: its figures and texts as
//! they were, who handed it in and when, later corrections shown as differences, its texts
//! and a second hand-in refused (also when two come at once), its exports as handed in, and
//! the audit; the calendar of reports with their due dates and where each stands.

use super::accounts::{login_as, session_download, session_get, session_send};
use super::reports::{fixture, HALF};
use super::review::{code, logged};
use super::*;
use brobygge_model::{Count, PeopleReached};
use chrono::NaiveDate;
use serde_json::{json, Value};

const HAND_IN: &str =
    "/coordinator/reports/half-year/hand-in?project=halsoguider&year=2026&half=2&threshold=0";

#[tokio::test]
async fn a_report_handed_in_stays_as_it_was_and_shows_what_changed_since() {
    let server = Server::fresh();
    fixture(&server).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let texts = json!({"done": "Språkcaféer varje vecka.", "analysis": "", "afterwards": ""});
    let texts_path = "/coordinator/reports/half-year/texts?project=halsoguider&year=2026&half=2";
    let (status, _) = session_send(&server, "PUT", &sara, texts_path, texts).await;
    assert_eq!(status, StatusCode::OK);

    let (status, handed) = session_send(&server, "POST", &sara, HAND_IN, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{handed}");
    assert_eq!(handed["handed_in"]["by"], "sara");
    assert!(handed["handed_in"]["at"]
        .as_str()
        .unwrap()
        .starts_with("20"));
    assert_eq!(handed["sections"][0]["reach"]["women"], 17);
    assert_eq!(handed["texts"]["done"], "Språkcaféer varje vecka.");
    assert!(handed.get("changes").is_none(), "{handed}");

    // A guide's occasion in December, synced after the report was handed in.
    let guide = server.enroll(&server.guide_with_code("Hodan")).await;
    logged(&server, &guide, 1, "late", |a| {
        a.date = NaiveDate::from_ymd_opt(2026, 12, 2);
        a.duration_minutes = Some(60);
        a.area = Some(code("raslatt"));
        a.venue = Some(code("raslatt-library"));
        a.people = PeopleReached {
            women: Count::new(4).unwrap(),
            ..PeopleReached::default()
        };
    })
    .await;
    // The report reads as handed in, with the differences the occasion made.
    let (_, report) = session_get(&server, &sara, HALF).await;
    let s = &report["sections"][0];
    assert_eq!(
        (s["occasions"].as_u64(), s["reach"]["women"].as_u64()),
        (Some(3), Some(17))
    );
    let change = |figure: &str, new: bool, then: u64, now: u64| json!({"project": "halsoguider", "figure": figure, "new": new, "handed_in": then, "now": now});
    assert_eq!(
        report["changes"],
        json!([
            change("report-occasions", false, 3, 4),
            change("report-hours", false, 180, 240),
            change("report-women", false, 17, 21),
            change("report-total", false, 39, 43),
        ])
    );
    // Asking at another threshold changes nothing: it was handed in at 0.
    let (_, same) = session_get(&server, &sara, &format!("{HALF}&threshold=5")).await;
    assert_eq!(
        (same["threshold"].as_u64(), &same["sections"]),
        (Some(0), &report["sections"])
    );

    // Its texts and a second hand-in are refused; the texts stay.
    let later = json!({"done": "Omskrivet.", "analysis": "", "afterwards": ""});
    let refused = session_send(&server, "PUT", &sara, texts_path, later).await;
    assert_error(refused, StatusCode::CONFLICT, "handed-in");
    let again = session_send(&server, "POST", &sara, HAND_IN, json!({})).await;
    assert_error(again, StatusCode::CONFLICT, "handed-in");
    let (_, report) = session_get(&server, &sara, HALF).await;
    assert_eq!(report["texts"]["done"], "Språkcaféer varje vecka.");

    // The export is the report as handed in.
    let csv = "/coordinator/reports/half-year/export?project=halsoguider&year=2026&half=2&format=csv&lang=en";
    let (_, _, bytes) = session_download(&server, &sara, csv).await;
    let text = String::from_utf8(bytes).unwrap();
    assert!(
        text.contains("Health guides,Reached,,3,17,10,6,5,1,39"),
        "{text}"
    );

    // Another project's coordinator may not hand it in.
    let nils = login_as(&server, "nils", Role::Coordinator, &["egenkraft"]).await;
    let theirs = session_send(&server, "POST", &nils, HAND_IN, json!({})).await;
    assert_error(theirs, StatusCode::FORBIDDEN, "forbidden");

    let root = login_as(&server, "root", Role::Admin, &[]).await;
    let (_, audit) = session_get(&server, &root, "/admin/audit").await;
    let handed_ins: Vec<(&Value, &Value)> = (audit.as_array().unwrap().iter())
        .filter(|e| e["action"] == "hand-in-report")
        .map(|e| (&e["actor"], &e["subject"]))
        .collect();
    assert_eq!(handed_ins, [(&json!("sara"), &json!("halsoguider"))]);
}

#[tokio::test]
async fn of_two_hand_ins_at_once_one_is_kept() {
    let server = Server::fresh();
    fixture(&server).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let maria = login_as(&server, "maria", Role::Coordinator, &["halsoguider"]).await;
    let (first, second) = tokio::join!(
        session_send(&server, "POST", &sara, HAND_IN, json!({})),
        session_send(&server, "POST", &maria, HAND_IN, json!({})),
    );
    let mut statuses = [first.0, second.0];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::CONFLICT]);
    let (_, report) = session_get(&server, &sara, HALF).await;
    let winner = if first.0 == StatusCode::OK {
        "sara"
    } else {
        "maria"
    };
    assert_eq!(report["handed_in"]["by"], winner);
}

/// The calendar entry of `kind` (and `year` and `half` for a half-year report).
fn entry<'a>(calendar: &'a Value, kind: &str, year: Option<i32>, half: Option<u8>) -> &'a Value {
    (calendar.as_array().unwrap().iter())
        .find(|e| e["kind"] == kind && e["year"] == json!(year) && e["half"] == json!(half))
        .unwrap_or_else(|| panic!("{kind} {year:?} {half:?} in {calendar}"))
}

#[tokio::test]
async fn the_calendar_shows_each_report_with_its_due_date_and_where_it_stands() {
    let server = Server::fresh();
    fixture(&server).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let (status, _) = session_send(&server, "POST", &sara, HAND_IN, json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let (status, calendar) = session_get(&server, &sara, "/coordinator/reports/calendar").await;
    assert_eq!(status, StatusCode::OK, "{calendar}");
    // Only the health guides' reports: Sara coordinates no other project.
    assert!(calendar
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["project"] == "halsoguider"));
    // The project runs from 2025: its first half-year report was due a month after 30 June.
    let first = entry(&calendar, "half-year", Some(2025), Some(1));
    assert_eq!(
        (
            &first["from"],
            &first["to"],
            &first["due"],
            &first["standing"]
        ),
        (
            &json!("2025-01-01"),
            &json!("2025-06-30"),
            &json!("2025-07-30"),
            &json!("overdue")
        )
    );
    let handed = entry(&calendar, "half-year", Some(2026), Some(2));
    assert_eq!(
        (
            &handed["due"],
            &handed["standing"],
            &handed["handed_in"]["by"]
        ),
        (&json!("2027-01-31"), &json!("handed-in"), &json!("sara"))
    );
    let last = entry(&calendar, "final", None, None);
    assert_eq!(
        (&last["to"], &last["due"]),
        (&json!("2027-12-31"), &json!("2028-01-31"))
    );

    // Egenkraft ended in July 2026 and its final report was never handed in.
    let nils = login_as(&server, "nils", Role::Coordinator, &["egenkraft"]).await;
    let (_, theirs) = session_get(&server, &nils, "/coordinator/reports/calendar").await;
    let last = entry(&theirs, "final", None, None);
    assert_eq!(
        (&last["project"], &last["due"], &last["standing"]),
        (&json!("egenkraft"), &json!("2026-08-31"), &json!("overdue"))
    );
}
