//! Retention (gallring) in the browser against the real server process: an administrator
//! sets how many months occasions are kept, sees how many are older, is asked before they go,
//! and thins them out; the same page in Arabic, right to left; axe finds nothing on either.
//! Screenshots of each.

use super::{log_in_to, occasion, server_and_device};
use brobygge_model::SaveOptions;
use brobygge_tests::driver::{without_isolation, Driver};
use chrono::{Datelike, NaiveDate};

const RUT: (&str, &str) = ("rut", "gallra med omsorg");

#[tokio::test(flavor = "multi_thread")]
async fn an_administrator_sets_the_retention_and_thins_out_older_occasions() {
    let home = tempfile::tempdir().unwrap();
    let (server, store, _) = server_and_device(home.path()).await;
    // Beside November 2026's three occasions, one of March 2025.
    let mut old = occasion(2, 3);
    old.date = NaiveDate::from_ymd_opt(2025, 3, 10);
    store.save_activity(&old, SaveOptions::default()).unwrap();
    store.sync().await.unwrap();
    let rut = server.admin(&["create-user", "--name", "Rut Berg", "--role", "admin"]);
    server.set_password(&rut, RUT.0, RUT.1);
    // Kept from some day of June 2025 on.
    let today = chrono::Local::now().date_naive();
    let months = today.year() * 12 + today.month() as i32 - (2025 * 12 + 6);

    let driver = Driver::chromium();
    let page = driver.browse(&server.url(), home.path(), "sv-SE").await;
    log_in_to(&page, RUT, "#nav-retention").await;
    page.wait_text("#retention-state", |t| t.contains("för alltid"))
        .await;
    page.type_into("#retention-months", &months.to_string())
        .await;
    page.click("#retention-save").await;
    let state = page
        .wait_text("#retention-state", |t| t.contains("juni 2025"))
        .await;
    assert!(
        without_isolation(&state).contains("Ett tillfälle är äldre."),
        "{state}"
    );
    page.click("#retention-thin").await;
    page.wait_text("#retention-thin-question", |t| {
        t.contains("Ett tillfälle tas bort")
    })
    .await;
    page.screenshot("web-retention-question-sv").await;
    let violations = page.axe().await;
    assert!(violations.is_empty(), "{violations:?}");
    page.click("#retention-thin-yes").await;
    page.wait_text("#retention-thinned", |t| {
        t.contains("Ett tillfälle gallrades bort.")
    })
    .await;
    page.wait_text("#retention-state", |t| {
        t.contains("Inget tillfälle är äldre.")
    })
    .await;
    page.wait_gone("#retention-thin").await;
    page.screenshot("web-retention-sv").await;
    page.close().await;

    let page = driver.browse(&server.url(), home.path(), "ar").await;
    log_in_to(&page, RUT, "#nav-retention").await;
    page.wait_text("#retention-state", |t| t.contains("٢٠٢٥"))
        .await;
    let html = page.wait("html").await;
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    page.screenshot("web-retention-ar").await;
    let violations = page.axe().await;
    assert!(violations.is_empty(), "{violations:?}");
    page.close().await;
}
