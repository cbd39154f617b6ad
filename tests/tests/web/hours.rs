//! Volunteer hours on the people page, in the browser against the real server process: the
//! guide's three occasions of November (90 minutes each) as 4,5 hours, narrowed by period,
//! and the same in Arabic, right to left. Screenshots of each.

use super::{log_in_to, server_with_three_occasions, SARA};
use brobygge_tests::dates::choose_date;
use brobygge_tests::driver::Driver;
use chrono::NaiveDate;

#[tokio::test(flavor = "multi_thread")]
async fn a_coordinator_sees_each_guides_volunteer_hours_for_a_period() {
    let home = tempfile::tempdir().unwrap();
    let server = server_with_three_occasions(home.path()).await;
    let driver = Driver::chromium();
    let page = driver.browse(&server.url(), home.path(), "sv-SE").await;
    log_in_to(&page, SARA, "#nav-people").await;
    let row = "#volunteer-hours tbody tr";
    let amina = page
        .wait_text(row, |t| t.contains("Amina Hassan") && t.contains("4,5"))
        .await;
    assert!(amina.contains('3'), "{amina}");
    page.show("#volunteer-hours").await;
    page.screenshot("web-volunteer-hours-sv").await;

    // From the 10th: the occasion of the 16th alone.
    choose_date(
        &page,
        "filter-from",
        NaiveDate::from_ymd_opt(2026, 11, 10).unwrap(),
    )
    .await;
    page.wait_text(row, |t| t.contains("Amina Hassan") && t.contains("1,5"))
        .await;
    page.close().await;

    let page = driver.browse(&server.url(), home.path(), "ar").await;
    log_in_to(&page, SARA, "#nav-people").await;
    page.wait_text("#volunteer-hours-title", |t| t.contains("ساعات التطوع"))
        .await;
    page.wait_text(row, |t| t.contains("Amina Hassan")).await;
    let html = page.wait("html").await;
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    page.show("#volunteer-hours").await;
    page.screenshot("web-volunteer-hours-ar").await;
    page.close().await;
}
