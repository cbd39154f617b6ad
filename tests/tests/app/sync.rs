//! The app and the municipality's server: connect with a code from a running server, log an
//! occasion while the server is down, and see it marked as received once it is back; and a
//! device a coordinator revoked, which tells its user and wipes its data.

use crate::set_up;
use brobygge_tests::driver::{App, Driver};
use brobygge_tests::form::fill_occasion;
use brobygge_tests::server::ServerProcess;

/// Connects the app under My log with the server's address and a code, as a guide would.
async fn connect(app: &App, server: &ServerProcess, code: &str) {
    app.click("#nav-my-log").await;
    app.type_into("#sync-server", &server.url()).await;
    app.type_into("#sync-code", code).await;
    app.click("#sync-connect").await;
    app.wait_text("#sync-connected", |t| t.contains(&server.url()))
        .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_occasion_logged_offline_is_received_when_the_server_is_back() {
    let home = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&home.path().join("server"));
    let code = server.guide_code("Amina Hassan");
    server.start();
    let driver = Driver::start(home.path());
    let app = driver.launch().await;
    set_up(&app, "sv").await;

    connect(&app, &server, &code).await;
    app.wait_text("#sync-state", |t| t.contains("Inget väntar"))
        .await;

    server.kill();
    app.click("#nav-log").await;
    fill_occasion(&app, "2", "Språkcafé, frågor om tandvård").await;
    app.click("#log-save").await;
    app.wait_text("#my-log-entries .entry", |t| t.contains("Inte skickat än"))
        .await;
    app.wait_text("#sync-error", |t| t.contains("Servern gick inte att nå"))
        .await;
    app.wait_text("#sync-state", |t| t.contains("1 tillfälle väntar"))
        .await;
    app.screenshot("sync-offline-sv").await;

    server.start();
    app.click("#sync-now").await;
    app.wait_text("#my-log-entries .entry", |t| {
        t.contains("Mottaget av kommunen")
    })
    .await;
    app.wait_text("#sync-state", |t| t.contains("Inget väntar"))
        .await;
    app.screenshot("sync-received-sv").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_revoked_device_tells_the_user_and_wipes_its_data() {
    let home = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&home.path().join("server"));
    let code = server.guide_code("Amina Hassan");
    server.start();
    let driver = Driver::start(home.path());
    let app = driver.launch().await;
    set_up(&app, "sv").await;
    connect(&app, &server, &code).await;
    app.click("#nav-log").await;
    fill_occasion(&app, "3", "Föräldrafrukost").await;
    app.click("#log-save").await;
    app.wait_text("#my-log-entries .entry", |t| {
        t.contains("Mottaget av kommunen")
    })
    .await;

    let database = home.path().join("data/se.brobygge.app/brobygge.sqlite3");
    let device: String = rusqlite::Connection::open(&database)
        .unwrap()
        .query_row("SELECT device_id FROM sync_link", [], |r| r.get(0))
        .unwrap();
    server.admin(&["revoke-device", "--device", &device]);
    app.click("#sync-now").await;
    let banner = app
        .wait_text(".error-banner", |t| t.contains("kopplats bort"))
        .await;
    assert!(banner.contains("raderas"), "{banner}");
    app.wait_text(".setup h1", |t| !t.is_empty()).await;
    app.screenshot("sync-revoked-sv").await;
    let left: i64 = rusqlite::Connection::open(&database)
        .unwrap()
        .query_row(
            "SELECT (SELECT count(*) FROM activities) + (SELECT count(*) FROM outbox)
                  + (SELECT count(*) FROM sync_link) + (SELECT count(*) FROM profile)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0, "the device's data is wiped");
    app.close().await;
}
