//! Outcome counters, partners and development areas: a coordinator defines counters for the
//! projects they coordinate (and no other's), occasions count them and name their partners,
//! the reports show them against their targets, and the annual compilation has a table and a
//! text per development area and a text per project.

use super::accounts::{login_as, session_download, session_get, session_send};
use super::exports::{grid, line};
use super::review::{code, logged};
use super::*;
use brobygge_model::sync::{Change, Mutation};
use brobygge_model::{ActivityId, Count, OutcomeCount};
use calamine::{Reader, Xlsx};
use serde_json::json;

fn counted(outcome: &str, n: u32) -> Vec<OutcomeCount> {
    vec![OutcomeCount {
        outcome: code(outcome),
        count: Count::new(n).unwrap(),
    }]
}

/// Sara, coordinator of Hälsoguider, adds the counter "guided to care" with a target of 10.
async fn with_counter(server: &Server, sara: &str) -> serde_json::Value {
    let (_, mut reference) = session_get(server, sara, "/coordinator/reference").await;
    reference["outcomes"].as_array_mut().unwrap().push(json!({
        "code": "guided-to-care", "project": "halsoguider", "target": 10,
        "labels": { "sv": "Lotsade till vården", "ar": "تم توجيههم إلى الرعاية" }
    }));
    let put = |r| session_send(server, "PUT", sara, "/coordinator/reference", r);
    let (status, json) = put(reference.clone()).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    reference
}

#[tokio::test]
async fn a_coordinator_changes_only_the_counters_and_tags_of_their_own_projects() {
    let server = Server::fresh();
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let reference = with_counter(&server, &sara).await;
    let put = |r| session_send(&server, "PUT", &sara, "/coordinator/reference", r);

    let mut foreign = reference.clone();
    let cvs = (foreign["outcomes"].as_array_mut().unwrap().iter_mut())
        .find(|o| o["code"] == "cvs-written")
        .unwrap();
    cvs["target"] = 1000.into();
    assert_error(put(foreign).await, StatusCode::FORBIDDEN, "forbidden");

    let mut moved = reference.clone();
    moved["outcomes"][6]["project"] = "egenkraft".into();
    assert_eq!(moved["outcomes"][6]["code"], "guided-to-care");
    assert_error(put(moved).await, StatusCode::BAD_REQUEST, "invalid");

    let mut removed = reference.clone();
    removed["outcomes"].as_array_mut().unwrap().pop();
    assert_error(put(removed).await, StatusCode::BAD_REQUEST, "invalid");

    let mut tagged = reference.clone();
    let employment = &mut tagged["development_areas"][0];
    assert_eq!(employment["code"], "employment");
    employment["projects"] = json!(["egenkraft", "est"]);
    assert_error(put(tagged).await, StatusCode::FORBIDDEN, "forbidden");

    let mut own = reference.clone();
    own["development_areas"][0]["projects"] = json!(["egenkraft", "halsoguider"]);
    own["partners"][0]["retired"] = true.into();
    let (status, json) = put(own).await;
    assert_eq!(status, StatusCode::OK, "{json}");

    let mut nonsense = reference.clone();
    nonsense["development_areas"][0]["topics"] = json!(["no-such-topic"]);
    assert_error(put(nonsense).await, StatusCode::BAD_REQUEST, "bad-request");
}

/// Sara's counter, and the guide's three occasions in September of 60 minutes each: 3 and 4
/// guided to care, the police at two of them and a family centre at one; the third counts
/// nothing. Returns Sara's session and the guide's token.
async fn three_occasions(server: &Server) -> (String, String) {
    let sara = login_as(server, "sara", Role::Coordinator, &["halsoguider"]).await;
    with_counter(server, &sara).await;
    let guide = server.enroll(&server.guide_with_code("Amina")).await;
    let lines = [
        (
            counted("guided-to-care", 3),
            vec!["police", "family-centres"],
        ),
        (counted("guided-to-care", 4), vec!["police"]),
        (Vec::new(), Vec::new()),
    ];
    for (seq, (outcomes, partners)) in (1..).zip(lines) {
        logged(server, &guide, seq, &format!("o{seq}"), |a| {
            a.date = chrono::NaiveDate::from_ymd_opt(2026, 9, seq as u32);
            a.outcomes = outcomes.clone();
            a.partners = partners.iter().map(|p| code(p)).collect();
        })
        .await;
    }
    (sara, guide)
}

#[tokio::test]
async fn reports_show_outcomes_against_their_targets_partners_and_development_areas() {
    let server = Server::fresh();
    let (sara, guide) = three_occasions(&server).await;
    // Another project's counter is refused and does not block the queue.
    let mut foreign = super::push::occasion("Språkcafé");
    foreign.outcomes = counted("cvs-written", 2);
    let m = Mutation {
        seq: 4,
        activity_id: ActivityId("o4".into()),
        change: Change::Upsert {
            activity: Box::new(foreign),
            base_version: None,
        },
    };
    let (_, json) = (server.post("/sync/push", Some(&guide), super::push::body(vec![m]))).await;
    assert_eq!(json["results"][0]["outcome"], "rejected", "{json}");
    assert_eq!(json["results"][0]["problems"][0]["field"], "outcomes");

    let half = "/coordinator/reports/half-year?project=halsoguider&year=2026&half=2";
    let (status, report) = session_get(&server, &sara, half).await;
    assert_eq!(status, StatusCode::OK, "{report}");
    let s = &report["sections"][0];
    assert_eq!(
        s["outcomes"],
        json!([{ "key": "guided-to-care", "occasions": 2, "count": 7, "target": 10 }])
    );
    assert_eq!(
        s["partners"],
        json!([
            { "key": "police", "occasions": 2 },
            { "key": "family-centres", "occasions": 1 }
        ])
    );
    let (_, hidden) = session_get(&server, &sara, &format!("{half}&threshold=8")).await;
    assert_eq!(hidden["sections"][0]["outcomes"][0]["count"], json!(null));
    assert!(report.get("development_areas").is_none(), "{report}");

    // Hälsoguider serves leisure and health; its topic vaccination too.
    let annual = "/coordinator/reports/annual?year=2026";
    let (_, year) = session_get(&server, &sara, annual).await;
    let areas = year["development_areas"].as_array().unwrap();
    let health = areas
        .iter()
        .find(|a| a["area"] == "leisure-health")
        .unwrap();
    assert_eq!(
        health["projects"],
        json!([{ "project": "halsoguider", "occasions": 3, "minutes": 180 }])
    );
    assert_eq!(
        (health["occasions"].as_u64(), health["minutes"].as_u64()),
        (Some(3), Some(180))
    );
    let employment = areas.iter().find(|a| a["area"] == "employment").unwrap();
    assert_eq!(employment["occasions"], 0);

    let texts = json!({
        "done": "Hälsosamtal i fyra områden.",
        "areas": { "leisure-health": "Guiderna lotsade sju personer till vården." },
        "projects": { "halsoguider": "Polisen var med två gånger." }
    });
    let path = "/coordinator/reports/annual/texts?year=2026";
    let (status, _) = session_send(&server, "PUT", &sara, path, texts.clone()).await;
    assert_eq!(status, StatusCode::OK);
    let (_, year) = session_get(&server, &sara, annual).await;
    assert_eq!(year["texts"]["areas"], texts["areas"]);
    assert_eq!(year["texts"]["projects"], texts["projects"]);
    let other = json!({ "projects": { "egenkraft": "Inte min." } });
    let refused = session_send(&server, "PUT", &sara, path, other).await;
    assert_error(refused, StatusCode::BAD_REQUEST, "invalid");
    let named = json!({ "areas": { "leisure-health": "Ring 070-123 45 67." } });
    let refused = session_send(&server, "PUT", &sara, path, named).await;
    assert_error(refused, StatusCode::BAD_REQUEST, "invalid");
}

#[tokio::test]
async fn the_exports_hold_the_counters_partners_and_development_areas() {
    let server = Server::fresh();
    let (sara, _) = three_occasions(&server).await;
    let texts = json!({ "areas": { "leisure-health": "Sju lotsade till vården." } });
    let path = "/coordinator/reports/annual/texts?year=2026";
    let (status, _) = session_send(&server, "PUT", &sara, path, texts).await;
    assert_eq!(status, StatusCode::OK);

    let export = "/coordinator/reports/annual/export?year=2026&lang=sv";
    let (status, _, bytes) =
        session_download(&server, &sara, &format!("{export}&format=xlsx")).await;
    assert_eq!(status, StatusCode::OK);
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let sheet = grid(&mut book, "Hälsoguider");
    let at = |heading: &str| {
        sheet
            .iter()
            .position(|r| r.first().is_some_and(|c| c == heading))
    };
    let outcomes = at("Resultat").expect("the counters' table");
    assert_eq!(
        sheet[outcomes + 2],
        line(&["Lotsade till vården", "2", "7", "10", "0.7"])
    );
    let partners = at("Samverkanspartner").expect("the partners' table");
    assert_eq!(sheet[partners + 2], line(&["Polisen", "2"]));
    assert_eq!(sheet[partners + 3], line(&["Familjecentraler", "1"]));
    let summary = grid(&mut book, "Sammanfattning");
    let health = (summary
        .iter()
        .position(|r| r.first().is_some_and(|c| c == "Fritid och hälsa")))
    .expect("the development area's table");
    assert_eq!(summary[health + 2], line(&["Hälsoguider", "3", "3"]));
    assert_eq!(summary[health + 3], line(&["Totalt", "3", "3"]));
    assert_eq!(summary[health + 4], line(&["Sju lotsade till vården."]));

    let (_, _, csv) = session_download(&server, &sara, &format!("{export}&format=csv")).await;
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.contains("Hälsoguider,Resultat,Lotsade till vården,2,,,,,,7"),
        "{csv}"
    );
    assert!(
        csv.contains("Hälsoguider,Mål,Lotsade till vården,,,,,,,10"),
        "{csv}"
    );
    assert!(
        csv.contains("Hälsoguider,Samverkanspartner,Polisen,2,"),
        "{csv}"
    );
    assert!(
        csv.contains("Hälsoguider,Målområden,Fritid och hälsa,3,"),
        "{csv}"
    );

    let list = "/coordinator/activities/export?project=halsoguider&from=2026-09-01&format=csv";
    let (_, _, csv) = session_download(&server, &sara, list).await;
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.contains("Resultat,Samverkanspartner"), "{csv}");
    assert!(
        csv.contains("Lotsade till vården: 3,\"Polisen, Familjecentraler\""),
        "{csv}"
    );
}
