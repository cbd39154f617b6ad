//! The funder's reports: figures worked out by hand from a fixture of entries, compared with
//! the report API; the coordinator's texts saved with the report; the final report's due date
//! and the annual compilation.

use super::accounts::{login_as, session_get, session_send};
use super::review::{code, logged};
use super::*;
use brobygge_model::{ActivityDraft, Count, NewPeople, PeopleReached};
use chrono::NaiveDate;
use serde_json::json;

fn people(women: u32, men: u32, girls: u32, boys: u32, other: u32) -> PeopleReached {
    let c = |n| Count::new(n).unwrap();
    PeopleReached {
        women: c(women),
        men: c(men),
        girls: c(girls),
        boys: c(boys),
        other: c(other),
    }
}

fn on(a: &mut ActivityDraft, date: (i32, u32, u32), minutes: u32, area: &str, venue: &str) {
    a.date = NaiveDate::from_ymd_opt(date.0, date.1, date.2);
    a.duration_minutes = Some(minutes);
    a.area = Some(code(area));
    a.venue = Some(code(venue));
}

/// Of those reached, the women, men, girls and boys new to the project.
fn new_people(women: u32, men: u32, girls: u32, boys: u32) -> Option<NewPeople> {
    let c = |n| Count::new(n).unwrap();
    Some(NewPeople {
        women: c(women),
        men: c(men),
        girls: c(girls),
        boys: c(boys),
    })
}

/// Three entries of the health guides in the second half of 2026, and two that the half-year
/// report must leave out: one from the first half, one of another project.
pub(super) async fn fixture(server: &Server) {
    let guide = server.enroll(&server.guide_with_code("Amina")).await;
    logged(server, &guide, 1, "e1", |a| {
        on(a, (2026, 7, 10), 90, "raslatt", "raslatt-library");
        a.venue_type = Some(code("library"));
        a.languages = vec![code("ar"), code("so")];
        a.topics = vec![code("vaccination"), code("diet")];
        a.people = people(6, 2, 0, 3, 0);
        a.new_people = new_people(4, 1, 0, 2);
    })
    .await;
    logged(server, &guide, 2, "e2", |a| {
        on(a, (2026, 9, 15), 60, "oxnehaga", "oxnehaga-library");
        a.venue_type = Some(code("library"));
        a.languages = vec![code("so")];
        a.topics = vec![code("diet")];
        a.people = people(1, 0, 4, 0, 1);
        a.new_people = new_people(1, 0, 2, 0);
    })
    .await;
    logged(server, &guide, 3, "e3", |a| {
        on(a, (2026, 12, 1), 30, "raslatt", "raslatt-language-cafe");
        a.venue_type = Some(code("language-cafe"));
        a.languages = vec![code("ar")];
        a.topics = vec![code("vaccination")];
        a.people = people(10, 8, 2, 2, 0);
    })
    .await;
    logged(server, &guide, 4, "first-half", |a| {
        on(a, (2026, 6, 30), 60, "raslatt", "raslatt-library");
        a.people = people(50, 0, 0, 0, 0);
    })
    .await;
    let staff = server.enrolled(Role::Staff, "Hodan", "egenkraft").await;
    logged(server, &staff, 1, "other-project", |a| {
        a.project = Some(code("egenkraft"));
        a.date = NaiveDate::from_ymd_opt(2026, 7, 30);
        a.topics = vec![code("cv-help")];
        a.people = people(7, 0, 0, 0, 0);
    })
    .await;
}

pub(super) const HALF: &str = "/coordinator/reports/half-year?project=halsoguider&year=2026&half=2";

#[tokio::test]
async fn the_half_year_report_has_the_figures_worked_out_by_hand() {
    let server = Server::fresh();
    fixture(&server).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let (status, report) = session_get(&server, &sara, HALF).await;
    assert_eq!(status, StatusCode::OK, "{report}");
    assert_eq!(
        (report["from"].as_str(), report["to"].as_str()),
        (Some("2026-07-01"), Some("2026-12-31"))
    );
    assert_eq!(report["due"], serde_json::Value::Null);
    let s = &report["sections"][0];
    assert_eq!(report["sections"].as_array().unwrap().len(), 1);
    assert_eq!(s["project"], "halsoguider");
    // 90 + 60 + 30 minutes in three occasions.
    assert_eq!(
        (s["occasions"].as_u64(), s["minutes"].as_u64()),
        (Some(3), Some(180))
    );
    // Women 6+1+10, men 2+0+8, girls 0+4+2, boys 3+0+2, other 0+1+0.
    assert_eq!(
        s["reach"],
        json!({"women": 17, "men": 10, "girls": 6, "boys": 5, "other": 1, "total": 39})
    );
    // New people: e1 said 4 women, 1 man and 2 boys, e2 1 woman and 2 girls; e3 did not say.
    assert_eq!(
        s["new_people"],
        json!({"girls": 2, "boys": 2, "women": 5, "men": 1, "total": 10})
    );
    assert_eq!(s["new_unknown"], 1);
    // The whole of the application's target for July to December 2026.
    assert_eq!(
        s["expected"],
        json!({"girls": 300, "boys": 260, "women": 900, "men": 600})
    );
    let row = |key: &str, occasions: u64, cells: [u64; 5], total: u64| json!({"key": key, "occasions": occasions, "cells": cells, "total": total});
    assert_eq!(
        s["by_area"],
        json!([
            row("raslatt", 2, [16, 10, 2, 5, 0], 33),
            row("oxnehaga", 1, [1, 0, 4, 0, 1], 6)
        ])
    );
    assert_eq!(
        s["by_topic"],
        json!([
            row("vaccination", 2, [16, 10, 2, 5, 0], 33),
            row("diet", 2, [7, 2, 4, 3, 1], 17)
        ])
    );
    assert_eq!(
        s["by_venue_type"],
        json!([
            row("language-cafe", 1, [10, 8, 2, 2, 0], 22),
            row("library", 2, [7, 2, 4, 3, 1], 17)
        ])
    );
    assert_eq!(
        s["by_language"],
        json!([
            row("ar", 2, [16, 10, 2, 5, 0], 33),
            row("so", 2, [7, 2, 4, 3, 1], 17)
        ])
    );
}

#[tokio::test]
async fn texts_are_saved_with_their_report_and_refused_with_personal_data() {
    let server = Server::fresh();
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let path = "/coordinator/reports/half-year/texts?project=halsoguider&year=2026&half=2";
    let texts = json!({"done": "Föräldrafrukostar i Råslätt.", "analysis": "", "afterwards": ""});
    let (status, _) = session_send(&server, "PUT", &sara, path, texts).await;
    assert_eq!(status, StatusCode::OK);
    let (_, report) = session_get(&server, &sara, HALF).await;
    assert_eq!(report["texts"]["done"], "Föräldrafrukostar i Råslätt.");
    // Another period's report has its own texts.
    let (_, first) = session_get(&server, &sara, &HALF.replace("half=2", "half=1")).await;
    assert_eq!(first["texts"]["done"], "");

    let leak = json!({"done": "Ring Fatima på 070-123 45 67.", "analysis": "", "afterwards": ""});
    let refused = session_send(&server, "PUT", &sara, path, leak).await;
    assert_error(refused, StatusCode::BAD_REQUEST, "invalid");
    let (_, report) = session_get(&server, &sara, HALF).await;
    assert_eq!(report["texts"]["done"], "Föräldrafrukostar i Råslätt.");
}

#[tokio::test]
async fn the_final_report_says_when_it_is_due_and_the_compilation_covers_every_running_project() {
    let server = Server::fresh();
    fixture(&server).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let (_, last) = session_get(
        &server,
        &sara,
        "/coordinator/reports/final?project=halsoguider",
    )
    .await;
    // The health guides run 2025-01-01 to 2027-12-31: due one month after the end.
    assert_eq!(
        (last["from"].as_str(), last["to"].as_str()),
        (Some("2025-01-01"), Some("2027-12-31"))
    );
    assert_eq!(last["due"], "2028-01-31");
    assert_eq!(last["sections"][0]["occasions"], 4);
    assert_eq!(last["sections"][0]["finished"], true);

    let root = login_as(&server, "root", Role::Admin, &[]).await;
    let (_, year) = session_get(&server, &root, "/coordinator/reports/annual?year=2026").await;
    let sections = year["sections"].as_array().unwrap();
    let projects: Vec<_> = sections
        .iter()
        .map(|s| s["project"].as_str().unwrap())
        .collect();
    assert_eq!(
        projects,
        [
            "halsoguider",
            "medborgarservice",
            "egenkraft",
            "foraldrar-delaktighet",
            "starkt-civilsamhalle",
            "est"
        ]
    );
    let occasions: Vec<_> = sections
        .iter()
        .map(|s| s["occasions"].as_u64().unwrap())
        .collect();
    assert_eq!(occasions, [4, 0, 1, 0, 0, 0]);
    // Egenkraft ended on 2026-07-31: finished within the year; the health guides go on.
    assert_eq!(
        (
            sections[0]["finished"].as_bool(),
            sections[2]["finished"].as_bool()
        ),
        (Some(false), Some(true))
    );
    // A coordinator's compilation holds only their own projects.
    let (_, own) = session_get(&server, &sara, "/coordinator/reports/annual?year=2026").await;
    assert_eq!(own["sections"].as_array().unwrap().len(), 1);

    let refused = session_get(
        &server,
        &sara,
        "/coordinator/reports/half-year?project=halsoguider&year=2026&half=3",
    )
    .await;
    assert_error(refused, StatusCode::BAD_REQUEST, "bad-request");
    let too_high = session_get(&server, &sara, &format!("{HALF}&threshold=1000")).await;
    assert_error(too_high, StatusCode::BAD_REQUEST, "bad-request");
}

#[tokio::test]
async fn the_compilations_texts_are_each_coordinators_own_and_saving_them_is_audited() {
    let server = Server::fresh();
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let nils = login_as(&server, "nils", Role::Coordinator, &["egenkraft"]).await;
    let path = "/coordinator/reports/annual/texts?year=2026";
    let texts = |done: &str| json!({"done": done, "analysis": "", "afterwards": ""});
    let annual = "/coordinator/reports/annual?year=2026";
    let (status, _) = session_send(&server, "PUT", &sara, path, texts("Hälsoguidernas år.")).await;
    assert_eq!(status, StatusCode::OK);
    // Nils neither reads nor overwrites what Sara wrote for her projects.
    let (_, his) = session_get(&server, &nils, annual).await;
    assert_eq!(his["texts"]["done"], "");
    let (status, _) = session_send(&server, "PUT", &nils, path, texts("Egenkrafts år.")).await;
    assert_eq!(status, StatusCode::OK);
    let (_, hers) = session_get(&server, &sara, annual).await;
    assert_eq!(hers["texts"]["done"], "Hälsoguidernas år.");
    let (_, his) = session_get(&server, &nils, annual).await;
    assert_eq!(his["texts"]["done"], "Egenkrafts år.");

    let root = login_as(&server, "root", Role::Admin, &[]).await;
    let (_, audit) = session_get(&server, &root, "/admin/audit").await;
    let actions: Vec<(String, String)> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().into(),
                e["actor"].as_str().unwrap().into(),
            )
        })
        .collect();
    for who in ["sara", "nils"] {
        assert!(
            actions.contains(&("save-report-texts".into(), who.into())),
            "{actions:?}"
        );
        assert!(
            actions.contains(&("login".into(), who.into())),
            "{actions:?}"
        );
    }
}
