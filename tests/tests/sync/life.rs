//! A phone's life against the real server: enrolled again by the same user, handed to another
//! user (the previous user's waiting entries sent first, or discarded only when confirmed),
//! revoked and crypto-shredded by whichever call learns of it, an enrollment retried after its
//! answer was lost, and a pull that meets a waiting change the server then refuses.

use super::{log_ids, occasion, on_server};
use brobygge_core::{Handover, LogQuery, Store, SyncError};
use brobygge_model::{ActivityDraft, ActivityState, Code, ErrorCode, SaveOptions};
use brobygge_tests::proxy::{Fault, Proxy};
use brobygge_tests::server::ServerProcess;
use std::path::{Path, PathBuf};

mod revocation;

/// A device store as the app keeps it: the database in `dir/data`, its key in a file of its
/// own in `dir/config`.
fn phone(dir: &Path) -> Store {
    let (database, key) = phone_files(dir);
    std::fs::create_dir_all(database.parent().unwrap()).unwrap();
    Store::open_with_key_file(database, key).unwrap()
}

fn phone_files(dir: &Path) -> (PathBuf, PathBuf) {
    (
        dir.join("data/brobygge.sqlite3"),
        dir.join("config/database.key"),
    )
}

fn save(store: &Store, women: u32) -> String {
    store
        .save_activity(&occasion(women), SaveOptions::default())
        .unwrap()
        .0
}

/// The occasion in a project the server does not give the test's guides.
fn other_project(draft: ActivityDraft) -> ActivityDraft {
    ActivityDraft {
        project: Some(Code::new("egenkraft").unwrap()),
        topics: vec![Code::new("cv-help").unwrap()],
        // Within its run, which ended on 31 July 2026.
        date: chrono::NaiveDate::from_ymd_opt(2026, 6, 15),
        ..draft
    }
}

/// A second code for the user with id `user`.
fn code_for(server: &ServerProcess, user: &str) -> String {
    server.admin(&["issue-code", "--user", user])
}

#[tokio::test(flavor = "multi_thread")]
async fn enrolling_again_as_the_same_user_numbers_on_and_pulls_the_log_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&dir.path().join("server"));
    let first = server.guide_code("Amina");
    server.start();
    let store = phone(dir.path());
    store.enroll(&server.url(), &first, "0.1.0").await.unwrap();
    let second = code_for(&server, "1");
    let sent = [save(&store, 1), save(&store, 2)];
    store.sync().await.unwrap();
    let waiting = save(&store, 3);

    store.enroll(&server.url(), &second, "0.1.0").await.unwrap();
    assert_eq!(
        store.outbox().unwrap().len(),
        3,
        "the waiting entry stays, and the two sent go again (the server may have lost them)"
    );
    store.sync().await.unwrap();
    let later = save(&store, 4);
    store.sync().await.unwrap();
    assert!(store.outbox().unwrap().is_empty());
    let mut expected = vec![
        (sent[0].clone(), 1, false),
        (sent[1].clone(), 2, false),
        (waiting.clone(), 3, false),
        (later.clone(), 4, false),
    ];
    expected.sort();
    assert_eq!(
        on_server(&server),
        expected,
        "each entry once, nothing refused"
    );
    assert!(server.activities().iter().all(|a| a.version == 1));
    let mut all = vec![sent[0].clone(), sent[1].clone(), waiting, later];
    all.sort();
    assert_eq!(log_ids(&store), all);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_phone_handed_over_sends_the_previous_users_entries_then_keeps_nothing_of_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&dir.path().join("server"));
    let amina = server.guide_code("Amina");
    let omar = server.guide_code("Omar");
    server.start();
    let store = phone(dir.path());
    store.enroll(&server.url(), &amina, "0.1.0").await.unwrap();
    store.sync().await.unwrap();
    let unsent = [save(&store, 5), save(&store, 6)];
    let key_before = std::fs::read(phone_files(dir.path()).1).unwrap();

    let profile = store.enroll(&server.url(), &omar, "0.1.0").await.unwrap();
    assert_eq!(profile.name, "Omar");
    let mut expected = vec![(unsent[0].clone(), 5, false), (unsent[1].clone(), 6, false)];
    expected.sort();
    assert_eq!(
        on_server(&server),
        expected,
        "sent with Amina's enrollment first"
    );
    assert!(log_ids(&store).is_empty(), "nothing of Amina's is visible");
    assert_eq!(store.profile().unwrap().unwrap().name, "Omar");
    let key_after = std::fs::read(phone_files(dir.path()).1).unwrap();
    assert_ne!(key_before, key_after, "the store is under a new key");
    // Omar's own log comes from the server: nothing yet; his entries go as his.
    store.sync().await.unwrap();
    assert!(log_ids(&store).is_empty());
    let his = save(&store, 7);
    store.sync().await.unwrap();
    assert_eq!(on_server(&server).len(), 3);
    assert_eq!(log_ids(&store), [his]);
}

#[tokio::test(flavor = "multi_thread")]
async fn unsent_entries_of_the_previous_user_are_discarded_only_when_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let mut old = ServerProcess::new(&dir.path().join("old"));
    let amina = old.guide_code("Amina");
    old.start();
    let mut new = ServerProcess::new(&dir.path().join("new"));
    let omar = new.guide_code("Omar");
    new.start();
    let store = phone(dir.path());
    store.enroll(&old.url(), &amina, "0.1.0").await.unwrap();
    let unsent = [save(&store, 1), save(&store, 2)];
    old.kill();

    match store.enroll(&new.url(), &omar, "0.1.0").await {
        Err(SyncError::UnsentEntries { waiting }) => assert_eq!(waiting, 2),
        other => panic!("expected unsent entries, got {other:?}"),
    }
    let mut kept = unsent.to_vec();
    kept.sort();
    assert_eq!(log_ids(&store), kept, "nothing discarded without asking");
    assert_eq!(store.server_link().unwrap().unwrap().server, old.url());

    // Confirmed: the same code again from the same install is accepted.
    store
        .enroll_with(&new.url(), &omar, "0.1.0", Handover::DiscardUnsent)
        .await
        .unwrap();
    assert!(log_ids(&store).is_empty());
    assert!(store.outbox().unwrap().is_empty());
    assert_eq!(store.profile().unwrap().unwrap().name, "Omar");
    save(&store, 3);
    store.sync().await.unwrap();
    assert_eq!(on_server(&new).len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_enrollment_whose_answer_was_lost_is_retried_and_another_install_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&dir.path().join("server"));
    let code = server.guide_code("Amina");
    server.start();
    let proxy = Proxy::start(server.address()).await;
    let store = phone(&dir.path().join("phone"));
    let waiting = save(&store, 4);
    proxy.inject([Fault::DropResponse]);
    let lost = store.enroll(&proxy.url(), &code, "0.1.0").await;
    assert!(lost.is_err(), "the answer was dropped: {lost:?}");
    assert_eq!(store.server_link().unwrap(), None);

    let profile = store.enroll(&proxy.url(), &code, "0.1.0").await.unwrap();
    assert_eq!(profile.name, "Amina");
    store.sync().await.unwrap();
    assert_eq!(on_server(&server), [(waiting, 4, false)]);

    let other = phone(&dir.path().join("other"));
    match other.enroll(&server.url(), &code, "0.1.0").await {
        Err(SyncError::Refused(e)) => assert_eq!(e.code, ErrorCode::CodeUsedElsewhere),
        answer => panic!("a second install was enrolled with a used code: {answer:?}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_pull_during_a_waiting_change_that_is_then_refused_keeps_the_servers_version() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&dir.path().join("server"));
    let code = server.guide_code("Amina");
    server.start();
    let store = phone(dir.path());
    store.enroll(&server.url(), &code, "0.1.0").await.unwrap();
    let id = save(&store, 3);
    // Pushed, not pulled: the device still has the seed lists, with every project.
    store.push().await.unwrap();
    server.admin(&[
        "correct",
        "--activity",
        &id,
        "--field",
        "people.women",
        "--value",
        "12",
        "--by",
        "Sara",
    ]);
    // The guide moves the entry to a project she is not in: the device accepts it, the
    // server will refuse it.
    let moved = ActivityDraft {
        id: Some(brobygge_model::ActivityId(id.clone())),
        ..other_project(occasion(3))
    };
    store.save_activity(&moved, SaveOptions::default()).unwrap();
    // The correction arrives while the change waits, and the cursor moves past it.
    assert_eq!(store.pull().await.unwrap(), 1);
    let summary = store.push().await.unwrap();
    assert_eq!(summary.refused, 1);
    let entry = store
        .entry(&brobygge_model::ActivityId(id.clone()))
        .unwrap();
    assert_eq!(entry.draft.people.women.get(), 12, "the server's version");
    assert_eq!(entry.draft.project.unwrap().as_str(), "halsoguider");
    let line = store
        .log(LogQuery {
            state: ActivityState::Final,
            limit: 10,
            offset: 0,
        })
        .unwrap()
        .remove(0);
    assert!(line.refused, "the guide's change was refused, and says so");
    // Nothing more comes, and the device holds what the server holds.
    store.sync().await.unwrap();
    assert_eq!(on_server(&server), [(id, 12, false)]);
}
