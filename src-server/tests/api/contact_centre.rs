//! The contact centre's questions and referrals, worked out by hand: in the overview, the
//! half-year report (small counts hidden when the coordinator asks) and its CSV export, and in
//! the list of occasions' export by their labels.

use super::accounts::{login_as, session_download, session_get};
use super::review::{code, logged};
use super::*;
use brobygge_model::{Count, QuestionCount, Referral};

fn referral(target: &str, n: u32) -> Referral {
    Referral {
        target: code(target),
        count: Count::new(n).unwrap(),
    }
}

fn question(category: &str, n: u32) -> QuestionCount {
    QuestionCount {
        category: code(category),
        count: Count::new(n).unwrap(),
    }
}

/// Three occasions at the open preschool in the second half of 2026.
async fn fixture(server: &Server) {
    let staff = server
        .enrolled(Role::Staff, "Leyla", "medborgarservice")
        .await;
    let lines = [
        (
            vec![referral("vardcentral", 2), referral("1177", 1)],
            vec![question("housing", 4), question("income-support", 1)],
        ),
        (
            vec![referral("vardcentral", 3)],
            vec![question("housing", 2)],
        ),
        (vec![], vec![question("preschool-place", 6)]),
    ];
    for (seq, (referrals, questions)) in (1..).zip(lines) {
        logged(server, &staff, seq, &format!("m{seq}"), |a| {
            a.project = Some(code("medborgarservice"));
            a.date = chrono::NaiveDate::from_ymd_opt(2026, 9, seq as u32);
            a.topics = vec![code("municipal-services")];
            a.referrals = referrals.clone();
            a.questions = questions.clone();
        })
        .await;
    }
}

fn rows(json: &serde_json::Value) -> Vec<(String, u64, Option<u64>)> {
    json.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let count = r.get("count").or_else(|| r.get("people")).unwrap();
            (
                r["key"].as_str().unwrap().to_owned(),
                r["occasions"].as_u64().unwrap(),
                count.as_u64(),
            )
        })
        .collect()
}

fn row(key: &str, occasions: u64, count: Option<u64>) -> (String, u64, Option<u64>) {
    (key.to_owned(), occasions, count)
}

#[tokio::test]
async fn questions_and_referrals_are_counted_in_the_overview_the_report_and_its_export() {
    let server = Server::fresh();
    fixture(&server).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["medborgarservice"]).await;

    let overview = "/coordinator/overview?project=medborgarservice&from=2026-07-01&to=2026-12-31";
    let (status, o) = session_get(&server, &sara, overview).await;
    assert_eq!(status, StatusCode::OK, "{o}");
    assert_eq!(
        rows(&o["referrals"]),
        [row("vardcentral", 2, Some(5)), row("1177", 1, Some(1))]
    );
    assert_eq!(
        rows(&o["questions"]),
        [
            row("housing", 2, Some(6)),
            row("preschool-place", 1, Some(6)),
            row("income-support", 1, Some(1))
        ]
    );

    let half = "/coordinator/reports/half-year?project=medborgarservice&year=2026&half=2";
    let (status, report) = session_get(&server, &sara, half).await;
    assert_eq!(status, StatusCode::OK, "{report}");
    let s = &report["sections"][0];
    assert_eq!(
        rows(&s["referrals"]),
        [row("vardcentral", 2, Some(5)), row("1177", 1, Some(1))]
    );
    // Published with counts below 3 hidden.
    let (_, report) = session_get(&server, &sara, &format!("{half}&threshold=3")).await;
    let s = &report["sections"][0];
    assert_eq!(
        rows(&s["referrals"]),
        [row("vardcentral", 2, Some(5)), row("1177", 1, None)]
    );
    assert_eq!(
        rows(&s["questions"]),
        [
            row("housing", 2, Some(6)),
            row("preschool-place", 1, Some(6)),
            row("income-support", 1, None)
        ]
    );

    let csv = format!("{half}&threshold=3&format=csv&lang=en");
    let csv = csv.replace("/reports/half-year?", "/reports/half-year/export?");
    let (status, _, bytes) = session_download(&server, &sara, &csv).await;
    assert_eq!(status, StatusCode::OK);
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let expected = [
        "Equal and extended citizen services,Referrals by service,Health centre,2,,,,,,5",
        "Equal and extended citizen services,Referrals by service,1177 (health care advice),1,,,,,,hidden",
        "Equal and extended citizen services,Questions by category,Housing,2,,,,,,6",
    ];
    for line in expected {
        assert!(lines.contains(&line), "{line} in:\n{text}");
    }
}

#[tokio::test]
async fn the_list_of_occasions_has_the_referrals_and_the_questions_by_their_labels() {
    use super::push::{body, upsert};
    use brobygge_model::sync::Change;
    let server = Server::fresh();
    let staff = server
        .enrolled(Role::Staff, "Leyla", "medborgarservice")
        .await;
    let mut m = upsert(1, "q1", "Öppna förskolan");
    if let Change::Upsert { activity, .. } = &mut m.change {
        activity.project = Some(Code::new("medborgarservice").unwrap());
        activity.topics = vec![Code::new("municipal-services").unwrap()];
        let count = |n| Count::new(n).unwrap();
        activity.referrals = vec![
            Referral {
                target: Code::new("vardcentral").unwrap(),
                count: count(2),
            },
            Referral {
                target: Code::new("1177").unwrap(),
                count: count(1),
            },
        ];
        activity.questions = vec![QuestionCount {
            category: Code::new("housing").unwrap(),
            count: count(3),
        }];
    }
    let (status, json) = server.post("/sync/push", Some(&staff), body(vec![m])).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json["results"][0]["outcome"], "applied", "{json}");
    let sara = login_as(&server, "sara", Role::Coordinator, &["medborgarservice"]).await;
    for (lang, referrals, questions) in [
        (
            "en",
            "Health centre: 2; 1177 (health care advice): 1",
            "Housing: 3",
        ),
        (
            "ar",
            "المركز الصحي: 2; 1177 (خدمة الاستشارات الصحية): 1",
            "السكن: 3",
        ),
    ] {
        let path = format!(
            "/coordinator/activities/export?project=medborgarservice&from=2026-11-01&format=csv&lang={lang}"
        );
        let (status, _, bytes) = session_download(&server, &sara, &path).await;
        assert_eq!(status, StatusCode::OK);
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        let row = reader.records().next().unwrap().unwrap();
        assert_eq!((&row[16], &row[17]), (referrals, questions), "{lang}");
    }
}
