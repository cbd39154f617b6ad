//! A backup taken while the server serves, restored after phones synced past it: the phones
//! find out at their next sync and send what the restored server lacks, nothing is lost, no
//! pull skips a change made after the restore, and a phone enrolled after the backup (whose
//! token the restored server never knew) enrolls again and sends its entries. A database
//! restored by other means (`restored`, as after PostgreSQL's `pg_restore`) makes phones send
//! everything again without a new version of what the server already has.

use super::{device, occasion, on_server};
use brobygge_model::{ActivityId, ErrorCode, SaveOptions};
use brobygge_tests::server::ServerProcess;
use std::time::Duration;

fn women(store: &brobygge_core::Store, id: &ActivityId) -> u32 {
    store.entry(id).unwrap().draft.people.women.get()
}

#[tokio::test(flavor = "multi_thread")]
async fn phones_send_what_a_server_restored_from_a_backup_lacks() {
    let home = tempfile::tempdir().unwrap();
    // A backup of the SQLite file; PostgreSQL is copied with its own tools.
    let mut server = ServerProcess::on(&home.path().join("server"), None);
    let code = server.guide_code("Amina Hassan");
    server.start();
    let phone_dir = home.path().join("phone");
    std::fs::create_dir_all(&phone_dir).unwrap();
    let phone = device(&phone_dir);
    phone.enroll(&server.url(), &code, "0.1.0").await.unwrap();
    let a = phone
        .save_activity(&occasion(3), SaveOptions::default())
        .unwrap();
    let b = phone
        .save_activity(&occasion(4), SaveOptions::default())
        .unwrap();
    phone.sync().await.unwrap();

    let backup = home.path().join("brobygge-backup.sqlite3");
    let backup_arg = backup.to_str().unwrap();
    server.admin(&["backup", "--to", backup_arg]);
    let again = server.try_admin(&["backup", "--to", backup_arg]);
    assert!(
        again.is_err_and(|e| e.contains("exists")),
        "a backup never overwrites"
    );

    // After the backup: a new entry, an edit and a deletion reach the server; a tablet is
    // enrolled and sends one of its own.
    let c = phone
        .save_activity(&occasion(5), SaveOptions::default())
        .unwrap();
    let mut edited = occasion(11);
    edited.id = Some(a.clone());
    phone
        .save_activity(&edited, SaveOptions::default())
        .unwrap();
    phone.delete(&b).unwrap();
    phone.sync().await.unwrap();
    let tablet_dir = home.path().join("tablet");
    std::fs::create_dir_all(&tablet_dir).unwrap();
    let tablet = device(&tablet_dir);
    let tablet_code = server.admin(&["issue-code", "--user", "1"]);
    tablet
        .enroll(&server.url(), &tablet_code, "0.1.0")
        .await
        .unwrap();
    let e = tablet
        .save_activity(&occasion(7), SaveOptions::default())
        .unwrap();
    tablet.sync().await.unwrap();
    let mut before_restore = on_server(&server);
    before_restore.sort();

    let refused = server.try_admin(&["restore", "--from", backup_arg]);
    assert!(
        refused.is_err_and(|e| e.contains("stop it first")),
        "a restore waits until no server serves from the folder"
    );
    server.terminate();
    server.wait_stopped(Duration::from_secs(20));
    server.admin(&["restore", "--from", backup_arg]);
    server.start();
    let mut restored = on_server(&server);
    restored.sort();
    let mut at_backup = vec![(a.0.clone(), 3, false), (b.0.clone(), 4, false)];
    at_backup.sort();
    assert_eq!(restored, at_backup, "the server is as it was at the backup");

    // The phone's next sync sends what the server lacks, once.
    phone.sync().await.unwrap();
    assert!(phone.outbox().unwrap().is_empty());
    let phone_view = |mut v: Vec<(String, u32, bool)>| {
        v.retain(|(id, _, _)| *id != e.0);
        v.sort();
        v
    };
    assert_eq!(
        phone_view(on_server(&server)),
        phone_view(before_restore.clone())
    );

    // The tablet's token is unknown to the restored server: refused, nothing erased; enrolled
    // again as the same user, it sends its entry.
    let error = tablet.sync().await.unwrap_err();
    assert_eq!(error.to_api_error().code, ErrorCode::Unauthorized);
    assert_eq!(women(&tablet, &e), 7, "the tablet keeps its entry");
    let tablet_code = server.admin(&["issue-code", "--user", "1"]);
    tablet
        .enroll(&server.url(), &tablet_code, "0.1.0")
        .await
        .unwrap();
    tablet.sync().await.unwrap();
    let mut now = on_server(&server);
    now.sort();
    assert_eq!(now, before_restore, "nothing is lost");

    // Changes after the restore reach every device: none is skipped by a cursor from before.
    let d = phone
        .save_activity(&occasion(6), SaveOptions::default())
        .unwrap();
    phone.sync().await.unwrap();
    server.admin(&[
        "correct",
        "--activity",
        &c.0,
        "--field",
        "people.women",
        "--value",
        "9",
        "--by",
        "Lena Berg",
    ]);
    phone.sync().await.unwrap();
    tablet.sync().await.unwrap();
    for store in [&phone, &tablet] {
        assert_eq!(women(store, &c), 9);
        assert_eq!(women(store, &d), 6);
        assert_eq!(women(store, &a), 11);
        assert!(store.entry(&b).is_err(), "the deletion stays");
    }
    assert_eq!(women(&phone, &e), 7, "the phone has the tablet's entry");
    assert_eq!(on_server(&server).len(), 5);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_database_said_restored_gets_everything_again_without_new_versions() {
    let home = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&home.path().join("server"));
    let code = server.guide_code("Amina Hassan");
    server.start();
    let phone = device(home.path());
    phone.enroll(&server.url(), &code, "0.1.0").await.unwrap();
    for women in 1..=3 {
        phone
            .save_activity(&occasion(women), SaveOptions::default())
            .unwrap();
    }
    phone.sync().await.unwrap();
    let history = server.history().len();
    let mut held = on_server(&server);
    held.sort();

    server.admin(&["restored"]);
    let summary = phone.sync().await.unwrap();
    assert_eq!(
        summary.sent, 3,
        "every entry of the phone's own is sent again"
    );
    let mut now = on_server(&server);
    now.sort();
    assert_eq!(now, held);
    assert_eq!(
        server.history().len(),
        history,
        "an entry sent again as the server has it makes no new version"
    );
    let late = phone
        .save_activity(&occasion(8), SaveOptions::default())
        .unwrap();
    phone.sync().await.unwrap();
    assert!(phone.entry(&late).unwrap().sent);
    assert_eq!(on_server(&server).len(), 4);
}
