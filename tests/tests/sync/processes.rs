//! Three server processes on one database (PostgreSQL when `BROBYGGE_TEST_POSTGRES` names
//! one, as the second pass of `cargo xtask test` does; otherwise one SQLite file) behind a
//! loopback round-robin, and six phones syncing through it at once: each logs its occasions
//! with every colleague as co-host, so that each phone also pulls what the others push through
//! other processes meanwhile. Afterwards the server holds every occasion exactly once, and
//! every phone has every occasion: its own and all it co-hosted (a pull that skipped a change
//! would leave one out).

use super::occasion;
use brobygge_core::LogQuery;
use brobygge_model::{ActivityState, CoHost, Code, SaveOptions};
use brobygge_tests::round_robin::RoundRobin;
use brobygge_tests::server::ServerProcess;
use std::sync::Arc;

const PHONES: usize = 6;
const ROUNDS: usize = 3;
const PER_ROUND: usize = 4;

#[tokio::test(flavor = "multi_thread")]
async fn three_processes_lose_nothing_apply_once_and_skip_no_change() {
    let home = tempfile::tempdir().unwrap();
    let mut first = ServerProcess::new(&home.path().join("server"));
    let codes: Vec<String> = (0..PHONES)
        .map(|i| first.guide_code(&format!("Guide {i}")))
        .collect();
    let mut servers = vec![first.beside(), first.beside()];
    first.start();
    for s in &mut servers {
        s.start();
    }
    servers.insert(0, first);
    let balancer = RoundRobin::start(servers.iter().map(ServerProcess::address).collect()).await;

    let mut phones = Vec::new();
    for (i, code) in codes.iter().enumerate() {
        let dir = home.path().join(format!("phone-{i}"));
        std::fs::create_dir_all(&dir).unwrap();
        let store = super::device(&dir);
        store.enroll(&balancer.url(), code, "0.1.0").await.unwrap();
        store.sync().await.unwrap();
        phones.push(Arc::new(store));
    }
    let halsoguider = Code::new("halsoguider").unwrap();
    let tasks: Vec<_> = phones
        .iter()
        .map(|store| {
            let store = store.clone();
            let co_hosts: Vec<CoHost> = (store.colleagues(&halsoguider).unwrap().into_iter())
                .map(|c| CoHost {
                    user: c.id,
                    minutes: None,
                })
                .collect();
            assert_eq!(co_hosts.len(), PHONES - 1);
            tokio::spawn(async move {
                for round in 0..ROUNDS {
                    for n in 0..PER_ROUND {
                        let mut draft = occasion((round * PER_ROUND + n + 1) as u32);
                        draft.co_hosts = co_hosts.clone();
                        store.save_activity(&draft, SaveOptions::default()).unwrap();
                    }
                    store.sync().await.unwrap();
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    // Once everyone has pushed, each phone syncs once more.
    for store in &phones {
        store.sync().await.unwrap();
    }

    let total = PHONES * ROUNDS * PER_ROUND;
    let held = servers[1].activities();
    assert_eq!(held.len(), total, "every occasion, once");
    assert!(held.iter().all(|a| a.version == 1 && !a.deleted));
    let query = LogQuery {
        state: ActivityState::Final,
        limit: 1000,
        offset: 0,
    };
    for (i, store) in phones.iter().enumerate() {
        let log = store.log(query).unwrap();
        let own = log.iter().filter(|e| e.host.is_none()).count();
        assert_eq!((own, log.len()), (ROUNDS * PER_ROUND, total), "phone {i}");
        assert!(store.outbox().unwrap().is_empty(), "phone {i}");
    }
    let served = balancer.served();
    assert!(
        served.iter().all(|&n| n > 0),
        "each process served: {served:?}"
    );
}
