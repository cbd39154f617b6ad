//! The app and the municipality's server: connect with a code from a running server, log an
//! occasion while the server is down, and see it marked as received once it is back.

use crate::set_up;
use brobygge_tests::driver::Driver;
use brobygge_tests::form::fill_occasion;
use brobygge_tests::server::ServerProcess;

#[tokio::test(flavor = "multi_thread")]
async fn an_occasion_logged_offline_is_received_when_the_server_is_back() {
    let home = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&home.path().join("server"));
    let code = server.guide_code("Amina Hassan");
    server.start();
    let driver = Driver::start(home.path());
    let app = driver.launch().await;
    set_up(&app, "sv").await;

    app.click("#nav-my-log").await;
    app.type_into("#sync-server", &server.url()).await;
    app.type_into("#sync-code", &code).await;
    app.click("#sync-connect").await;
    app.wait_text("#sync-connected", |t| t.contains(&server.url()))
        .await;
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
