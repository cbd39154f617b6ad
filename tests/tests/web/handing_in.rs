//! Handing a report in, in the browser against the real server process: the report calendar
//! with an overdue report, the question before handing in, the report as handed in (its texts
//! no longer editable), an occasion synced afterwards shown as a difference, and the same in
//! Arabic, right to left. Screenshots of each.

use super::{log_in_to, occasion, server_and_device, SARA};
use brobygge_model::SaveOptions;
use brobygge_tests::driver::Driver;

#[tokio::test(flavor = "multi_thread")]
async fn a_report_handed_in_stays_and_later_occasions_show_as_differences() {
    let home = tempfile::tempdir().unwrap();
    let (server, store, _) = server_and_device(home.path()).await;
    let driver = Driver::chromium();
    let page = driver.browse(&server.url(), home.path(), "sv-SE").await;
    log_in_to(&page, SARA, "#nav-reports").await;

    // The health guides' first half-year of 2025 was never handed in.
    let row = "#report-calendar tr[data-project='halsoguider'][data-kind='half-year']";
    page.wait_text(row, |t| {
        t.contains("Delrapport 2025, halvår 1") && t.contains("Försenad")
    })
    .await;
    page.screenshot("web-report-calendar-sv").await;

    page.select("#report-kind", "half-year").await;
    page.type_into("#report-year", "2026").await;
    page.select("#report-half", "2").await;
    page.click("#report-show").await;
    page.wait_text("#report-occasions", |t| t == "3").await;
    page.click("#report-hand-in").await;
    page.wait_text("#report-hand-in-question", |t| t.contains("låses"))
        .await;
    page.screenshot("web-report-hand-in-question-sv").await;
    page.click("#report-hand-in-yes").await;
    page.wait_text("#report-handed-in", |t| {
        t.contains("Inlämnad") && t.contains("av Sara Lind")
    })
    .await;
    page.wait_text("#report-no-changes", |t| t.contains("Inget har ändrats"))
        .await;
    page.wait_gone("#report-save-texts").await;
    let done = page.wait("#report-text-done").await;
    assert_eq!(
        done.attr("readonly").await.unwrap().as_deref(),
        Some("true")
    );
    page.wait_text("#report-calendar", |t| t.contains("Inlämnad"))
        .await;
    page.screenshot("web-report-handed-in-sv").await;

    // An occasion of 30 November, synced after the report was handed in.
    store
        .save_activity(&occasion(30, 5), SaveOptions::default())
        .unwrap();
    store.sync().await.unwrap();
    page.click("#report-show").await;
    page.wait_text("#report-changes", |t| t.contains("Tillfällen"))
        .await;
    // The report itself still shows three occasions, as handed in.
    page.wait_text("#report-occasions", |t| t == "3").await;
    page.show("#report-changes").await;
    page.screenshot("web-report-changes-sv").await;
    page.close().await;

    let page = driver.browse(&server.url(), home.path(), "ar").await;
    log_in_to(&page, SARA, "#nav-reports").await;
    page.wait_text(row, |t| t.contains("متأخر")).await;
    page.screenshot("web-report-calendar-ar").await;
    page.type_into("#report-year", "2026").await;
    page.select("#report-half", "2").await;
    page.click("#report-show").await;
    page.wait_text("#report-changes", |t| !t.is_empty()).await;
    let html = page.wait("html").await;
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    page.screenshot("web-report-handed-in-ar").await;
    page.show("#report-changes").await;
    page.screenshot("web-report-changes-ar").await;
    page.close().await;
}
