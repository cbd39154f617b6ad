//! The app and the municipality's server: connect with a code from a running server, log an
//! occasion while the server is down, and see it marked as received once it is back; a device
//! a coordinator revoked, which erases its data, says so, and is connected again.

use crate::set_up;
use brobygge_tests::device_db::{app_database, app_key_file, look_inside_app};
use brobygge_tests::driver::{App, Driver};
use brobygge_tests::form::fill_occasion;
use brobygge_tests::server::ServerProcess;

/// Connects the app under My log with the link a coordinator hands out, which carries the
/// server's address with the code: one thing to paste, and the app says where it connects.
async fn connect(app: &App, server: &ServerProcess, code: &str) {
    app.click("#nav-my-log").await;
    let link = brobygge_model::Invite::link(&server.url(), code);
    app.type_into("#sync-code", &link).await;
    let host = server.url().split_once("://").unwrap().1.to_owned();
    app.wait_text("#sync-connect-to", |t| t.contains(&host))
        .await;
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
    // Every page says what waits, and that the server cannot be reached.
    app.click("#nav-log").await;
    app.wait_text("#status-line", |t| t.contains("1 tillfälle väntar"))
        .await;
    let offline = app.wait("#status-line[data-offline='true']").await;
    let said = offline.text().await.unwrap();
    assert!(said.contains("Ingen nätverksanslutning"), "{said}");
    app.screenshot("status-line-offline-sv").await;
    app.click("#nav-my-log").await;
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
async fn a_revoked_device_erases_its_data_says_so_and_connects_again() {
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

    let file = std::fs::read(app_database(home.path())).unwrap();
    assert!(
        !file.starts_with(b"SQLite format 3"),
        "the app's database is encrypted"
    );
    let key_file = app_key_file(home.path());
    let key_before = std::fs::read(&key_file).unwrap();
    let device: String = look_inside_app(home.path())
        .query_row("SELECT device_id FROM sync_link", [], |r| r.get(0))
        .unwrap();
    server.admin(&["revoke-device", "--device", &device]);
    app.click("#sync-now").await;
    // Back at the first start, which says what happened.
    let notice = app
        .wait_text("#setup-erased", |t| t.contains("kopplat bort"))
        .await;
    assert!(notice.contains("raderades"), "{notice}");
    app.screenshot("sync-revoked-sv").await;
    let key_after = std::fs::read(&key_file).unwrap();
    assert_ne!(key_before, key_after, "the key was shredded and replaced");
    let left: i64 = look_inside_app(home.path())
        .query_row(
            "SELECT (SELECT count(*) FROM activities) + (SELECT count(*) FROM outbox)
                  + (SELECT count(*) FROM sync_link) + (SELECT count(*) FROM profile)
                  + (SELECT count(*) FROM refusals)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0, "the device's data is erased");

    // A new code from the coordinator: the same guide connects again, gets her log back,
    // logs and syncs.
    let again = server.admin(&["issue-code", "--user", "1"]);
    set_up(&app, "sv").await;
    connect(&app, &server, &again).await;
    app.wait_text("#my-log-entries .entry", |t| {
        t.contains("Mottaget av kommunen")
    })
    .await;
    app.click("#nav-log").await;
    fill_occasion(&app, "4", "Språkcafé").await;
    app.click("#log-save").await;
    app.wait_text("#sync-state", |t| t.contains("Inget väntar"))
        .await;
    let received = app
        .wait_text("#my-log-entries", |t| {
            t.matches("Mottaget av kommunen").count() == 2
        })
        .await;
    assert!(!received.contains("Inte skickat"), "{received}");
    assert_eq!(server.activities().len(), 2, "both occasions, each once");
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_coordinators_device_shows_the_coordinator_pages_through_the_core() {
    let home = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&home.path().join("server"));
    let guide_code = server.guide_code("Amina Hassan");
    let sara = server.coordinator("Sara Lind");
    let sara_code = server.admin(&["issue-code", "--user", &sara]);
    server.start();

    // A guide's phone has sent one occasion.
    let phone = brobygge_tests::device_db::open(&home.path().join("phone.sqlite3"));
    let profile = brobygge_model::Profile::new(
        "Amina",
        brobygge_model::LocaleCode::Sv,
        vec![brobygge_model::Code::new("halsoguider").unwrap()],
    )
    .unwrap();
    phone.set_profile(&profile).unwrap();
    phone
        .enroll(&server.url(), &guide_code, "0.1.0")
        .await
        .unwrap();
    let code = |s: &str| Some(brobygge_model::Code::new(s).unwrap());
    let occasion = brobygge_model::ActivityDraft {
        project: code("halsoguider"),
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 3),
        start_time: chrono::NaiveTime::from_hms_opt(10, 0, 0),
        duration_minutes: Some(60),
        area: code("raslatt"),
        venue: code("raslatt-library"),
        venue_type: code("library"),
        format: code("drop-in"),
        languages: vec![brobygge_model::Code::new("ar").unwrap()],
        people: brobygge_model::PeopleReached {
            women: brobygge_model::Count::new(9).unwrap(),
            ..Default::default()
        },
        ..Default::default()
    };
    phone
        .save_activity(&occasion, brobygge_model::SaveOptions::default())
        .unwrap();
    phone.sync().await.unwrap();

    // Sara connects the app with her own code: the coordinator pages appear beside hers.
    let driver = Driver::start(home.path());
    let app = driver.launch().await;
    set_up(&app, "sv").await;
    connect(&app, &server, &sara_code).await;
    app.click("#nav-coordinator").await;
    app.wait_text("#activities-total", |t| t == "1 tillfälle.")
        .await;
    let rows = app
        .wait_text("#activities tbody", |t| t.contains("Amina Hassan"))
        .await;
    assert!(rows.contains('9'), "{rows}");
    app.click("#nav-overview").await;
    app.wait_text("#overview-people-total", |t| t == "9").await;
    app.screenshot("app-coordinator-sv").await;
    app.close().await;
}
