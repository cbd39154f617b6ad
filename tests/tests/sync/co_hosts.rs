//! Co-hosts between two real phones (device cores on their own encrypted files) and the real
//! server process: Amina's phone learns her colleague Bilal on its first sync and names him as
//! co-host; Bilal's phone receives the occasion in his log, marked as Amina's, and cannot
//! change or delete it; once Amina takes him off, his next sync drops it.

use super::occasion;
use brobygge_core::{CoreError, LogQuery};
use brobygge_model::{ActivityState, CoHost, Code, SaveOptions};
use brobygge_tests::server::ServerProcess;

#[tokio::test(flavor = "multi_thread")]
async fn a_co_host_sees_the_occasion_and_loses_it_when_taken_off() {
    let home = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&home.path().join("server"));
    let (amina_code, bilal_code) = (server.guide_code("Amina"), server.guide_code("Bilal"));
    server.start();
    let (amina_dir, bilal_dir) = (home.path().join("amina"), home.path().join("bilal"));
    std::fs::create_dir_all(&amina_dir).unwrap();
    std::fs::create_dir_all(&bilal_dir).unwrap();
    let amina = super::device(&amina_dir);
    let bilal = super::device(&bilal_dir);
    amina
        .enroll(&server.url(), &amina_code, "0.1.0")
        .await
        .unwrap();
    bilal
        .enroll(&server.url(), &bilal_code, "0.1.0")
        .await
        .unwrap();
    amina.sync().await.unwrap();

    let halsoguider = Code::new("halsoguider").unwrap();
    let colleagues = amina.colleagues(&halsoguider).unwrap();
    assert_eq!(colleagues.len(), 1, "{colleagues:?}");
    assert_eq!(colleagues[0].name, "Bilal");
    let mut draft = occasion(6);
    draft.co_hosts = vec![CoHost {
        user: colleagues[0].id,
        minutes: None,
    }];
    let id = amina.save_activity(&draft, SaveOptions::default()).unwrap();
    amina.sync().await.unwrap();

    bilal.sync().await.unwrap();
    let query = LogQuery {
        state: ActivityState::Final,
        limit: 50,
        offset: 0,
    };
    let log = bilal.log(query).unwrap();
    assert_eq!(log.len(), 1, "{log:?}");
    assert_eq!((&log[0].id, log[0].host.as_deref()), (&id, Some("Amina")));
    assert_eq!(bilal.outbox().unwrap(), []);
    // It is Amina's: Bilal's phone changes and deletes nothing of it.
    let mut edit = bilal.entry(&id).unwrap().draft;
    edit.note = "Mitt".into();
    assert!(matches!(
        bilal.save_activity(&edit, SaveOptions::default()),
        Err(CoreError::NotFound)
    ));
    assert!(matches!(bilal.delete(&id), Err(CoreError::NotFound)));
    assert!(matches!(bilal.save_draft(&edit), Err(CoreError::NotFound)));
    assert_eq!(bilal.outbox().unwrap(), []);

    // Amina's own log shows it as hers.
    let hers = amina.log(query).unwrap();
    assert_eq!(hers[0].host, None);
    let mut without = amina.entry(&id).unwrap().draft;
    without.co_hosts.clear();
    amina
        .save_activity(&without, SaveOptions::default())
        .unwrap();
    amina.sync().await.unwrap();
    bilal.sync().await.unwrap();
    assert_eq!(bilal.log(query).unwrap(), []);
}
