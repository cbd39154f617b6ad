//! What coordinators read: a coordinator sees the activities of the projects they coordinate,
//! filtered, sorted and paged; an administrator sees every project; nobody else sees any.

use super::accounts::{login_as, session_get, session_post};
use super::push::{body, occasion};
use super::*;
use brobygge_model::sync::{Change, Mutation};
use brobygge_model::ActivityId;

/// Pushes one activity for the guide with `token`.
pub async fn logged(
    server: &Server,
    token: &str,
    seq: u64,
    id: &str,
    change: impl Fn(&mut brobygge_model::ActivityDraft),
) {
    let mut activity = occasion("Språkcafé");
    change(&mut activity);
    let m = Mutation {
        seq,
        activity_id: ActivityId(id.into()),
        change: Change::Upsert {
            activity: Box::new(activity),
            base_version: None,
        },
    };
    let (_, json) = server.post("/sync/push", Some(token), body(vec![m])).await;
    assert_eq!(json["results"][0]["outcome"], "applied", "{json}");
}

pub fn code(s: &str) -> Code {
    Code::new(s).unwrap()
}

fn ids(json: &serde_json::Value) -> Vec<String> {
    json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect()
}

/// Three entries of the health guides and one of Egenkraft.
async fn fixture(server: &Server) {
    let guide = server.enroll(&server.guide_with_code("Amina")).await;
    logged(server, &guide, 1, "a", |a| {
        a.date = chrono::NaiveDate::from_ymd_opt(2026, 3, 2);
    })
    .await;
    logged(server, &guide, 2, "b", |a| {
        a.date = chrono::NaiveDate::from_ymd_opt(2026, 5, 20);
        a.topics = vec![code("vaccination"), code("diet")];
    })
    .await;
    logged(server, &guide, 3, "c", |a| {
        a.date = chrono::NaiveDate::from_ymd_opt(2026, 9, 1);
        a.languages = vec![code("so")];
    })
    .await;
    let staff = server.enrolled(Role::Staff, "Hodan", "egenkraft").await;
    logged(server, &staff, 1, "d", |a| {
        a.project = Some(code("egenkraft"));
        a.topics = vec![code("cv-help")];
        // Egenkraft ran until 31 July 2026.
        a.date = chrono::NaiveDate::from_ymd_opt(2026, 7, 1);
    })
    .await;
}

#[tokio::test]
async fn a_coordinator_sees_only_their_projects_and_an_admin_sees_all() {
    let server = Server::fresh();
    fixture(&server).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let (status, json) = session_get(&server, &sara, "/coordinator/activities").await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(ids(&json), ["a", "b", "c"], "oldest first by default");
    assert_eq!(json["total"], 3);
    assert_eq!(json["rows"][0]["author"], "Amina");

    let other = session_get(&server, &sara, "/coordinator/activities?project=egenkraft").await;
    assert_error(other, StatusCode::FORBIDDEN, "forbidden");

    let admin = login_as(&server, "root", Role::Admin, &[]).await;
    let (_, json) = session_get(&server, &admin, "/coordinator/activities").await;
    assert_eq!(json["total"], 4);
    let (_, json) = session_get(&server, &admin, "/coordinator/activities?project=egenkraft").await;
    assert_eq!(ids(&json), ["d"]);
}

#[tokio::test]
async fn filters_sorting_and_paging() {
    let server = Server::fresh();
    fixture(&server).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let get = |path: &'static str| session_get(&server, &sara, path);
    let (_, json) = get("/coordinator/activities?from=2026-04-01&to=2026-06-30").await;
    assert_eq!(ids(&json), ["b"]);
    let (_, json) = get("/coordinator/activities?topic=diet").await;
    assert_eq!(ids(&json), ["b"]);
    let (_, json) = get("/coordinator/activities?language=so").await;
    assert_eq!(ids(&json), ["c"]);
    let (_, json) = get("/coordinator/activities?area=raslatt&sort=date&desc=true").await;
    assert_eq!(ids(&json), ["c", "b", "a"]);
    let (_, json) = get("/coordinator/activities?limit=2&offset=2").await;
    assert_eq!(
        (ids(&json), json["total"].clone()),
        (vec!["c".to_owned()], 3.into())
    );
    let bad = get("/coordinator/activities?from=yesterday").await;
    assert_error(bad, StatusCode::BAD_REQUEST, "bad-request");
}

#[tokio::test]
async fn without_a_session_nothing_is_shown() {
    let server = Server::fresh();
    fixture(&server).await;
    let request = Request::get("/api/v1/coordinator/activities")
        .body(Body::empty())
        .unwrap();
    assert_error(
        server.call(request).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    );
}

#[tokio::test]
async fn a_coordinator_corrects_their_projects_entries_and_it_is_audited() {
    let server = Server::fresh();
    fixture(&server).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let nine = serde_json::json!({"field": "people.women", "value": 9});
    let (status, json) = session_post(
        &server,
        &sara,
        "/coordinator/activities/a/correct",
        nine.clone(),
    )
    .await;
    assert_eq!(
        (status, json["version"].clone()),
        (StatusCode::OK, 2.into()),
        "{json}"
    );
    let (_, list) = session_get(
        &server,
        &sara,
        "/coordinator/activities?from=2026-03-01&to=2026-03-31",
    )
    .await;
    assert_eq!(list["rows"][0]["activity"]["people"]["women"], 9);

    let other = session_post(
        &server,
        &sara,
        "/coordinator/activities/d/correct",
        nine.clone(),
    )
    .await;
    assert_error(other, StatusCode::FORBIDDEN, "forbidden");
    let missing = session_post(&server, &sara, "/coordinator/activities/zz/correct", nine).await;
    assert_error(missing, StatusCode::NOT_FOUND, "not-found");
    let too_many = serde_json::json!({"field": "people.women", "value": 5000});
    let invalid = session_post(
        &server,
        &sara,
        "/coordinator/activities/a/correct",
        too_many,
    )
    .await;
    assert_error(invalid, StatusCode::BAD_REQUEST, "invalid");

    assert_error(
        session_get(&server, &sara, "/admin/audit").await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    let admin = login_as(&server, "root", Role::Admin, &[]).await;
    let (status, log) = session_get(&server, &admin, "/admin/audit").await;
    assert_eq!(status, StatusCode::OK, "{log}");
    let log: Vec<_> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] != "login")
        .collect();
    assert_eq!(log.len(), 1, "only the correction that happened: {log:?}");
    assert_eq!(log[0]["actor"], "sara");
    assert_eq!(log[0]["action"], "correct");
    assert_eq!(log[0]["subject"], "a");
    assert_eq!(log[0]["detail"]["field"], "people.women");
}

#[tokio::test]
async fn the_overview_counts_what_the_coordinator_may_see() {
    let server = Server::fresh();
    fixture(&server).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let (status, o) = session_get(
        &server,
        &sara,
        "/coordinator/overview?from=2026-01-01&to=2026-12-31",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{o}");
    // The fixture's three health-guide occasions reached 4 women each, in March, May and
    // September, all at Råslätt; Egenkraft's entry is not Sara's to see.
    assert_eq!(o["occasions"], 3);
    assert_eq!(o["people"]["women"], 12);
    assert_eq!(o["minutes"], 180);
    assert_eq!(o["by_month"][0]["key"], "2026-03");
    assert_eq!(
        o["by_area"][0],
        serde_json::json!({"key": "raslatt", "occasions": 3, "people": 12})
    );
    assert_eq!(o["active_guides"], 1);
    let other = session_get(&server, &sara, "/coordinator/overview?project=egenkraft").await;
    assert_error(other, StatusCode::FORBIDDEN, "forbidden");
    let admin = login_as(&server, "root", Role::Admin, &[]).await;
    let (_, all) = session_get(&server, &admin, "/coordinator/overview").await;
    assert_eq!(all["occasions"], 4);
    assert_eq!(all["active_guides"], 2);
}
