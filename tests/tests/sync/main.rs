//! The real device core against the real server process on 127.0.0.1: enrollment, entries
//! logged before and after it reaching the server exactly once, a second device of the same
//! user receiving them (and their deletion), the server down and back, and a revoked device
//! refused.
//!
//! `cargo xtask test` builds the server and the device command line and sets `BROBYGGE_SERVER`
//! and `BROBYGGE_DEVICE`.

use brobygge_core::{Store, SyncError};
use brobygge_model::{
    ActivityDraft, Code, Count, ErrorCode, LocaleCode, PeopleReached, Profile, SaveOptions,
};
use brobygge_tests::server::ServerProcess;
use chrono::{NaiveDate, NaiveTime};

mod backup;
mod co_hosts;
mod corrections;
mod device_cli;
mod hard_cases;
mod life;
mod processes;
mod retention;
mod scenarios;
mod shutdown;
mod upgrades;

pub fn occasion(women: u32) -> ActivityDraft {
    let code = |s: &str| Some(Code::new(s).unwrap());
    ActivityDraft {
        project: code("halsoguider"),
        date: NaiveDate::from_ymd_opt(2026, 11, 30),
        start_time: NaiveTime::from_hms_opt(9, 30, 0),
        duration_minutes: Some(90),
        area: code("oxnehaga"),
        venue: code("oxnehaga-library"),
        venue_type: code("library"),
        format: code("group-talk"),
        languages: vec![Code::new("so").unwrap()],
        topics: vec![Code::new("diet").unwrap()],
        people: PeopleReached {
            women: Count::new(women).unwrap(),
            ..Default::default()
        },
        note: "Samtal om kost och fysisk aktivitet.".into(),
        ..ActivityDraft::default()
    }
}

pub fn device(dir: &std::path::Path) -> Store {
    let store = brobygge_tests::device_db::open(&dir.join("device.sqlite3"));
    let profile = Profile::new(
        "Local name",
        LocaleCode::Ar,
        vec![Code::new("halsoguider").unwrap()],
    );
    store.set_profile(&profile.unwrap()).unwrap();
    store
}

/// A running server with one guide, and a device of theirs connected to it.
pub async fn enrolled(dir: &std::path::Path, guide: &str) -> (ServerProcess, Store) {
    let mut server = ServerProcess::new(&dir.join("server"));
    let code = server.guide_code(guide);
    server.start();
    let store = device(dir);
    store.enroll(&server.url(), &code, "0.1.0").await.unwrap();
    (server, store)
}

/// The device's live entries in My log: their ids, sorted.
pub fn log_ids(store: &Store) -> Vec<String> {
    let query = brobygge_core::LogQuery {
        state: brobygge_model::ActivityState::Final,
        limit: 100,
        offset: 0,
    };
    let mut ids: Vec<_> = store
        .log(query)
        .unwrap()
        .into_iter()
        .map(|e| e.id.0)
        .collect();
    ids.sort();
    ids
}

/// The server's activities: (id, women reached, deleted).
pub fn on_server(server: &ServerProcess) -> Vec<(String, u32, bool)> {
    server
        .activities()
        .into_iter()
        .map(|a| (a.id, a.activity.people.women.get(), a.deleted))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn entries_logged_before_and_after_enrollment_reach_the_server_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&dir.path().join("server"));
    let code = server.guide_code("Amina Hassan");
    server.start();
    let store = device(dir.path());
    let before = store
        .save_activity(&occasion(3), SaveOptions::default())
        .unwrap();

    let profile = store.enroll(&server.url(), &code, "0.1.0").await.unwrap();
    assert_eq!(profile.name, "Amina Hassan");
    assert_eq!(
        store.profile().unwrap().unwrap().name,
        "Amina Hassan",
        "the server's profile replaces the local one"
    );
    let after = store
        .save_activity(&occasion(5), SaveOptions::default())
        .unwrap();
    let summary = store.push().await.unwrap();
    assert_eq!(summary.sent, 2);
    assert!(store.outbox().unwrap().is_empty());
    let mut expected = vec![(before.0.clone(), 3, false), (after.0.clone(), 5, false)];
    expected.sort();
    assert_eq!(on_server(&server), expected);

    // Nothing waits: a second push sends nothing and changes nothing.
    assert_eq!(store.push().await.unwrap().sent, 0);
    store.delete(&before).unwrap();
    store.push().await.unwrap();
    let deleted: Vec<_> = on_server(&server)
        .into_iter()
        .filter(|e| e.2)
        .map(|e| e.0)
        .collect();
    assert_eq!(deleted, [before.0]);
}

#[tokio::test(flavor = "multi_thread")]
async fn with_the_server_down_nothing_is_lost_and_it_is_sent_when_it_is_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut server, store) = enrolled(dir.path(), "Omar").await;
    server.kill();

    for women in 1..=3 {
        store
            .save_activity(&occasion(women), SaveOptions::default())
            .unwrap();
    }
    assert!(matches!(store.sync().await, Err(SyncError::Offline(_))));
    assert_eq!(store.outbox().unwrap().len(), 3, "the outbox is kept");
    let status = store.sync_status().unwrap();
    assert_eq!(status.waiting, 3);
    assert_eq!(status.last_success, None);
    assert_eq!(status.last_error.map(|e| e.code), Some(ErrorCode::Offline));

    server.start();
    assert_eq!(store.sync().await.unwrap().sent, 3);
    assert_eq!(on_server(&server).len(), 3);
    let status = store.sync_status().unwrap();
    assert_eq!((status.waiting, status.last_error), (0, None));
    assert!(status.last_success.is_some());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_revoked_device_is_refused_and_wipes_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&dir.path().join("server"));
    let code = server.guide_code("Leyla");
    server.start();
    let store = device(dir.path());
    store.enroll(&server.url(), &code, "0.1.0").await.unwrap();
    let device_id = store.server_link().unwrap().unwrap().device_id;
    server.admin(&["revoke-device", "--device", &device_id]);
    store
        .save_activity(&occasion(2), SaveOptions::default())
        .unwrap();
    match store.sync().await {
        Err(SyncError::Refused(e)) => assert_eq!(e.code, ErrorCode::Revoked),
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert!(store.outbox().unwrap().is_empty(), "wiped");
    assert_eq!(store.profile().unwrap(), None, "wiped");
    assert_eq!(store.server_link().unwrap(), None, "wiped");
    assert_eq!(
        store
            .totals(chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap())
            .unwrap()
            .month
            .occasions,
        0
    );
    // A code is used once: enrolling again with it is refused.
    match store.enroll(&server.url(), &code, "0.1.0").await {
        Err(SyncError::Refused(e)) => assert_eq!(e.code, ErrorCode::InvalidCode),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_device_of_the_same_user_receives_the_entries_and_their_deletion() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&dir.path().join("server"));
    let first_code = server.guide_code("Amina");
    server.start();
    let (phone_dir, laptop_dir) = (dir.path().join("phone"), dir.path().join("laptop"));
    std::fs::create_dir_all(&phone_dir).unwrap();
    std::fs::create_dir_all(&laptop_dir).unwrap();
    let phone = device(&phone_dir);
    let laptop = device(&laptop_dir);
    phone
        .enroll(&server.url(), &first_code, "0.1.0")
        .await
        .unwrap();
    // A user's newest code is the only valid one: the laptop's comes once the phone's is used.
    let second_code = server.admin(&["issue-code", "--user", "1"]);
    laptop
        .enroll(&server.url(), &second_code, "0.1.0")
        .await
        .unwrap();

    let kept = phone
        .save_activity(&occasion(4), SaveOptions::default())
        .unwrap();
    let dropped = phone
        .save_activity(&occasion(6), SaveOptions::default())
        .unwrap();
    phone.sync().await.unwrap();
    laptop.sync().await.unwrap();
    let on_laptop = |store: &Store| {
        let query = brobygge_core::LogQuery {
            state: brobygge_model::ActivityState::Final,
            limit: 10,
            offset: 0,
        };
        let mut ids: Vec<_> = store
            .log(query)
            .unwrap()
            .into_iter()
            .map(|e| (e.id, e.sent))
            .collect();
        ids.sort();
        ids
    };
    let mut both = vec![(kept.clone(), true), (dropped.clone(), true)];
    both.sort();
    assert_eq!(on_laptop(&laptop), both);
    assert_eq!(laptop.entry(&kept).unwrap().draft.people.women.get(), 4);
    // The server's reference data replaced the seed, narrowed to the user's projects.
    let projects = laptop.reference_data().unwrap().projects;
    assert_eq!(projects.len(), 1);

    phone.delete(&dropped).unwrap();
    phone.sync().await.unwrap();
    laptop.sync().await.unwrap();
    assert_eq!(on_laptop(&laptop), [(kept, true)]);
    // Nothing new: the cursor has moved past everything.
    assert_eq!(laptop.pull().await.unwrap(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_push_reports_how_far_it_has_come() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, store) = enrolled(dir.path(), "Amina").await;
    let store = std::sync::Arc::new(store);
    for n in 0..1_200 {
        store
            .save_activity(&occasion(1 + n % 9), SaveOptions::default())
            .unwrap();
    }
    let pushing = tokio::spawn({
        let store = store.clone();
        async move { store.push().await }
    });
    let mut seen = Vec::new();
    while !pushing.is_finished() {
        seen.extend(store.sync_progress());
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    }
    assert_eq!(pushing.await.unwrap().unwrap().sent, 1_200);
    assert_eq!(store.sync_progress(), None, "no progress once done");
    assert!(!seen.is_empty());
    assert!(seen.iter().all(|p| p.total == 1_200 && p.sent <= p.total));
    assert!(seen.windows(2).all(|w| w[0].sent <= w[1].sent), "{seen:?}");
}
