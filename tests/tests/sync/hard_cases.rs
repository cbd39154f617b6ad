//! The hard cases: the server killed in the middle of a push, entries the server refuses, and
//! deletions undone, on one device and on two of one guide.

use super::{device, enrolled, log_ids, occasion, on_server};
use brobygge_model::{ActivityDraft, Code, SaveOptions};
use brobygge_tests::server::ServerProcess;

#[tokio::test(flavor = "multi_thread")]
async fn a_server_killed_mid_push_loses_nothing_and_applies_nothing_twice() {
    let dir = tempfile::tempdir().unwrap();
    let (mut server, store) = enrolled(dir.path(), "Amina").await;
    let store = std::sync::Arc::new(store);
    for n in 0..1_500 {
        store
            .save_activity(&occasion(1 + n % 9), SaveOptions::default())
            .unwrap();
    }
    let pushing = {
        let store = store.clone();
        tokio::spawn(async move { store.push().await })
    };
    // Kill -9 while batches are in flight (or just after), then start again.
    tokio::time::sleep(std::time::Duration::from_millis(60)).await;
    server.kill();
    let first = pushing.await.unwrap();
    // 1,500 occasions take three batches and far longer than 60 ms: the kill lands mid-push.
    assert!(first.is_err(), "the push was not interrupted: {first:?}");
    server.start();
    let second = store.push().await.unwrap();
    assert!(store.outbox().unwrap().is_empty());
    let sent_first = first.map(|s| s.sent).unwrap_or_default();
    assert!(
        sent_first + second.sent >= 1_500,
        "{sent_first} + {}",
        second.sent
    );
    let stored = server.activities();
    assert_eq!(stored.len(), 1_500, "every entry exactly once");
    // An entry applied twice would be at version 2.
    assert!(stored.iter().all(|a| a.version == 1 && !a.deleted));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_entry_the_server_refuses_is_marked_refused_not_received() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&dir.path().join("server"));
    let code = server.guide_code("Amina");
    server.start();
    let store = device(dir.path());
    // Logged before enrollment in a project the server does not give this user.
    let other_project = ActivityDraft {
        project: Some(Code::new("egenkraft").unwrap()),
        topics: vec![Code::new("cv-help").unwrap()],
        // Within its run, which ended on 31 July 2026.
        date: chrono::NaiveDate::from_ymd_opt(2026, 6, 15),
        ..occasion(2)
    };
    let refused = store
        .save_activity(&other_project, SaveOptions::default())
        .unwrap();
    let accepted = store
        .save_activity(&occasion(3), SaveOptions::default())
        .unwrap();
    store.enroll(&server.url(), &code, "0.1.0").await.unwrap();
    let summary = store.sync().await.unwrap();
    assert_eq!((summary.sent, summary.refused), (2, 1));
    let query = brobygge_core::LogQuery {
        state: brobygge_model::ActivityState::Final,
        limit: 10,
        offset: 0,
    };
    let marks: std::collections::BTreeMap<_, _> = store
        .log(query)
        .unwrap()
        .into_iter()
        .map(|e| (e.id, (e.sent, e.refused)))
        .collect();
    assert_eq!(marks[&refused], (false, true), "refused, not received");
    assert_eq!(marks[&accepted], (true, false));
    assert_eq!(on_server(&server).len(), 1);

    // Corrected and saved again, it is sent again and received.
    let corrected = ActivityDraft {
        id: Some(refused.clone()),
        ..occasion(2)
    };
    store
        .save_activity(&corrected, SaveOptions::default())
        .unwrap();
    assert_eq!(store.sync().await.unwrap().refused, 0);
    let entry = store
        .log(query)
        .unwrap()
        .into_iter()
        .find(|e| e.id == refused)
        .unwrap();
    assert_eq!((entry.sent, entry.refused), (true, false));
    assert_eq!(on_server(&server).len(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_deletion_undone_keeps_the_entry_on_every_device_and_the_server() {
    let dir = tempfile::tempdir().unwrap();
    let (server, phone) = enrolled(dir.path(), "Amina").await;
    std::fs::create_dir(dir.path().join("tablet")).unwrap();
    let tablet = device(&dir.path().join("tablet"));
    let code = server.admin(&["issue-code", "--user", "1"]);
    tablet.enroll(&server.url(), &code, "0.1.0").await.unwrap();
    // Deleted and undone before it was ever sent.
    let first = phone
        .save_activity(&occasion(2), SaveOptions::default())
        .unwrap();
    phone.delete(&first).unwrap();
    phone.restore(&first).unwrap();
    phone.sync().await.unwrap();
    // Sent, then deleted on both devices, and undone on the phone.
    let second = phone
        .save_activity(&occasion(3), SaveOptions::default())
        .unwrap();
    phone.sync().await.unwrap();
    tablet.sync().await.unwrap();
    tablet.delete(&second).unwrap();
    tablet.sync().await.unwrap();
    phone.delete(&second).unwrap();
    phone.restore(&second).unwrap();
    phone.sync().await.unwrap();
    tablet.sync().await.unwrap();

    let mut both = vec![first.0, second.0];
    both.sort();
    assert_eq!(log_ids(&phone), both, "the phone keeps what its user undid");
    assert_eq!(log_ids(&tablet), both, "the undo reaches the tablet");
    let on_server = on_server(&server);
    assert_eq!(on_server.len(), 2);
    assert!(
        on_server.iter().all(|(_, _, deleted)| !deleted),
        "{on_server:?}"
    );
}
