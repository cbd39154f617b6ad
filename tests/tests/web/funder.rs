//! Outcome counters, partners and development areas in the browser against the real server
//! process: a coordinator adds a counter with its target under Listor, a guide's occasion
//! counts it and names the police as partner, and the annual compilation shows the counter
//! against its target, the partners and the development areas with a text per area; the same
//! in Arabic, right to left. Screenshots of each.

use super::{log_in_to, occasion, server_and_device, SARA};
use brobygge_model::{Code, Count, OutcomeCount, SaveOptions};
use brobygge_tests::driver::{App, Driver};

/// Opens the occasion of the 20th, the fourth in order of day, and waits for its counter and
/// partner in its details.
async fn open_counted_entry(page: &App) {
    page.click("#nav-activities").await;
    page.wait_text("#activities tbody", |t| t.lines().count() >= 4)
        .await;
    page.click("#activities tbody tr:nth-child(4) button.details")
        .await;
    page.wait_text("#entry-outcomes", |t| t.contains("Lotsade till vården"))
        .await;
    page.wait_text("#entry-partners", |t| !t.is_empty()).await;
    page.show("#entry-outcomes").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_counter_defined_under_lists_is_counted_and_reported_against_its_target() {
    let home = tempfile::tempdir().unwrap();
    let (server, store, _) = server_and_device(home.path()).await;
    let driver = Driver::chromium();
    let page = driver.browse(&server.url(), home.path(), "sv-SE").await;
    log_in_to(&page, SARA, "#nav-reference").await;
    // The lists in order: ..., referral targets, outcomes (9), development areas, partners.
    page.select("#reference-list", "9").await;
    page.wait_text("#reference-items", |t| t.contains("cvs-written"))
        .await;
    page.type_into("#new-item-code", "guided-to-care").await;
    page.type_into("#new-item-label", "Lotsade till vården")
        .await;
    page.select("#new-item-project", "halsoguider").await;
    page.click("#new-item-add").await;
    let row = "#reference-items tr[data-code='guided-to-care'] + tr .outcome-target";
    page.type_into(row, "10").await;
    page.click("#reference-save").await;
    page.wait_text("[role=status]", |t| t.contains("Listorna är sparade"))
        .await;
    page.show(row).await;
    page.screenshot("web-reference-outcomes-sv").await;

    // The guide's phone receives the counter and logs an occasion that counts it.
    store.sync().await.unwrap();
    let code = |s: &str| Code::new(s).unwrap();
    let mut counted = occasion(20, 6);
    counted.outcomes = vec![OutcomeCount {
        outcome: code("guided-to-care"),
        count: Count::new(3).unwrap(),
    }];
    counted.partners = vec![code("police")];
    store
        .save_activity(&counted, SaveOptions::default())
        .unwrap();
    store.sync().await.unwrap();

    page.click("#nav-reports").await;
    page.select("#report-kind", "annual").await;
    page.type_into("#report-year", "2026").await;
    page.click("#report-show").await;
    page.wait_text("#report-outcomes", |t| {
        t.contains("Lotsade till vården") && t.contains("10") && t.contains("30 %")
    })
    .await;
    page.wait_text("#report-partners", |t| t.contains("Polisen"))
        .await;
    page.wait_text("#report-development-areas", |t| {
        t.contains("Fritid och hälsa") && t.contains("Hälsoguider")
    })
    .await;
    let text = "#report-text-area-leisure-health";
    page.type_into(text, "Guiderna lotsade tre personer till vården.")
        .await;
    page.click("#report-save-texts").await;
    page.wait_text(".report-texts [role=status]", |t| t.contains("sparade"))
        .await;
    page.show("#report-outcomes").await;
    page.screenshot("web-report-outcomes-sv").await;
    page.show("#report-development-areas").await;
    page.screenshot("web-report-development-areas-sv").await;
    open_counted_entry(&page).await;
    page.screenshot("web-entry-outcomes-sv").await;
    page.close().await;

    let page = driver.browse(&server.url(), home.path(), "ar").await;
    log_in_to(&page, SARA, "#nav-reports").await;
    page.select("#report-kind", "annual").await;
    page.type_into("#report-year", "2026").await;
    page.click("#report-show").await;
    page.wait_text("#report-outcomes", |t| t.contains("النتائج"))
        .await;
    let saved = page.wait(text).await.prop("value").await.unwrap();
    assert!(saved.is_some_and(|t| t.contains("tre personer")));
    let html = page.wait("html").await;
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    page.show("#report-outcomes").await;
    page.screenshot("web-report-outcomes-ar").await;
    page.show("#report-development-areas").await;
    page.screenshot("web-report-development-areas-ar").await;
    open_counted_entry(&page).await;
    page.screenshot("web-entry-outcomes-ar").await;
    page.click("#nav-reference").await;
    page.select("#reference-list", "9").await;
    page.wait_text("#reference-items", |t| t.contains("guided-to-care"))
        .await;
    page.screenshot("web-reference-outcomes-ar").await;
    let problems = page.axe().await;
    assert!(problems.is_empty(), "{problems:?}");
    page.close().await;
}
