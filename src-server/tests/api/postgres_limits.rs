//! PostgreSQL's connections are made with time limits: a transaction that hangs holding the
//! change counter's lock makes other writes fail after a while instead of stopping them all.
//! Only with `BROBYGGE_TEST_POSTGRES`; SQLite has no such lock to hold.

use super::push::{body, upsert};
use super::*;
use std::time::{Duration, Instant};

#[tokio::test(flavor = "multi_thread")]
async fn a_hung_transaction_holding_the_change_counter_does_not_stop_every_write() {
    let Ok(admin) = std::env::var("BROBYGGE_TEST_POSTGRES") else {
        eprintln!("on SQLite: nothing to check here");
        return;
    };
    let url = blocking(|| Postgres::create_database(&admin).unwrap());
    let pg = blocking(|| Postgres::open(&url).unwrap());
    let shown = blocking(|| {
        [
            "statement_timeout",
            "lock_timeout",
            "idle_in_transaction_session_timeout",
        ]
        .map(|name| pg.setting(name).unwrap())
    });
    assert_eq!(shown, ["30s", "10s", "1min"]);

    let storage: std::sync::Arc<dyn Storage> = std::sync::Arc::new(pg);
    let server = Server::on(storage);
    let token = server.enroll(&server.guide_with_code("Amina")).await;
    // Another client takes the change counter's row lock and hangs.
    let hung = std::thread::spawn(move || {
        let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
        let mut tx = client.transaction().unwrap();
        tx.execute("SELECT last FROM change_counter FOR UPDATE", &[])
            .unwrap();
        std::thread::sleep(Duration::from_secs(15));
        drop(tx);
    });
    std::thread::sleep(Duration::from_millis(300));
    let started = Instant::now();
    let (status, json) = server
        .post(
            "/sync/push",
            Some(&token),
            body(vec![upsert(1, "a", "Kost")]),
        )
        .await;
    let waited = started.elapsed();
    assert!(status.is_server_error(), "{status} {json}");
    assert!(waited < Duration::from_secs(14), "waited {waited:?}");
    hung.join().unwrap();
    let (status, _) = server
        .post(
            "/sync/push",
            Some(&token),
            body(vec![upsert(1, "a", "Kost")]),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::OK,
        "and once the lock is gone, it goes through"
    );
}
