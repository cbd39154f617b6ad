//! A viewer (the steering group) in the browser against the real server process: after
//! logging in, only the overview and the reports; a report with nothing to hand in and texts
//! that cannot be edited; the same in Arabic, right to left. Screenshots of each.

use super::{dist, log_in_to};
use brobygge_tests::driver::Driver;
use brobygge_tests::server::ServerProcess;

const VERA: (&str, &str) = ("vera", "styrgruppens lösenord");

#[tokio::test(flavor = "multi_thread")]
async fn a_viewer_reads_the_overview_and_reports_and_changes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&home.path().join("server"));
    server.serve_ui(&dist());
    let vera = server.admin(&[
        "create-user",
        "--name",
        "Vera Styrgrupp",
        "--role",
        "viewer",
        "--projects",
        "halsoguider",
    ]);
    server.set_password(&vera, VERA.0, VERA.1);
    server.start();

    let driver = Driver::chromium();
    let page = driver.browse(&server.url(), home.path(), "sv-SE").await;
    log_in_to(&page, VERA, "#nav-overview").await;
    let tabs = page
        .wait_text("nav.tabs", |t| t.contains("Rapporter"))
        .await;
    for hidden in [
        "#nav-activities",
        "#nav-people",
        "#nav-conflicts",
        "#nav-reference",
    ] {
        page.wait_gone(hidden).await;
    }
    assert!(tabs.contains("Överblick"), "{tabs}");
    page.wait("#overview-occasions").await;
    page.screenshot("web-viewer-overview-sv").await;

    page.click("#nav-reports").await;
    page.click("#report-show").await;
    page.wait("#report-occasions").await;
    page.wait_gone("#report-hand-in").await;
    page.wait_gone("#report-save-texts").await;
    let done = page.wait("#report-text-done").await;
    assert_eq!(
        done.attr("readonly").await.unwrap().as_deref(),
        Some("true")
    );
    page.screenshot("web-viewer-report-sv").await;
    page.close().await;

    let page = driver.browse(&server.url(), home.path(), "ar").await;
    log_in_to(&page, VERA, "#nav-overview").await;
    page.wait_gone("#nav-activities").await;
    let html = page.wait("html").await;
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    page.click("#nav-reports").await;
    page.click("#report-show").await;
    page.wait("#report-occasions").await;
    page.wait_gone("#report-hand-in").await;
    page.screenshot("web-viewer-report-ar").await;
    page.close().await;
}
