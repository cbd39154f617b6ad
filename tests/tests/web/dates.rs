//! Dates and times in chromium (whose date inputs wrote mm/dd/yyyy on Swedish pages), in
//! Swedish, Arabic, Persian and Tigrinya: the guide's form in the device pages, where another
//! day and 20:05 are chosen and stored as exactly that; and the coordinator's filters, where a
//! first and a last day are chosen from lists in the language, narrow the synced occasions,
//! and a first day emptied again leaves the period open; and in Persian, an entry's day
//! corrected and a project's last day and a period of its expected reach changed, each from the
//! lists, reaching the device as chosen.

use super::{dist, server_and_device, server_with_three_occasions};
use brobygge_model::log::LogQuery;
use brobygge_model::ActivityState;
use brobygge_tests::dates::{
    check_date_shown, choose_date, chosen, in_my_log, log_form_on_another_day, show_log_date,
    LANGUAGES,
};
use brobygge_tests::device_page::DevicePage;
use brobygge_tests::driver::{App, Driver};
use brobygge_tests::form::{fill_occasion, set_up};
use chrono::{NaiveDate, NaiveTime};
use fantoccini::Locator;
use std::time::{Duration, Instant};

#[tokio::test(flavor = "multi_thread")]
async fn on_the_device_pages_another_day_and_five_past_eight_are_stored_as_chosen() {
    let home = tempfile::tempdir().unwrap();
    let driver = Driver::chromium();
    for (i, language) in LANGUAGES.iter().enumerate() {
        let device = DevicePage::start(&dist(), &home.path().join(format!("{i}.sqlite3"))).await;
        let page = driver.browse(&device.url(), home.path(), "sv-SE").await;
        page.client.set_window_size(360, 740).await.unwrap();
        set_up(&page, language.tag).await;
        show_log_date(&page).await;
        page.screenshot(&format!("device-date-today-{}", language.tag))
            .await;
        let day = log_form_on_another_day(&page, language).await;
        show_log_date(&page).await;
        page.screenshot(&format!("device-date-time-{}", language.tag))
            .await;

        fill_occasion(&page, "2", "språkcafé").await;
        page.click("#log-save").await;
        let (listed_day, listed_time) = in_my_log(language, day);
        let entry = page
            .wait_text("#my-log-entries .entry-when", |t| !t.is_empty())
            .await;
        assert!(entry.contains(&listed_day), "{}: {entry}", language.tag);
        assert!(entry.contains(&listed_time), "{}: {entry}", language.tag);
        page.close().await;

        let query = LogQuery {
            state: ActivityState::Final,
            limit: 10,
            offset: 0,
        };
        let saved: Vec<_> = device
            .store()
            .log(query)
            .unwrap()
            .into_iter()
            .map(|e| (e.date, e.start_time))
            .collect();
        let five_past_eight = NaiveTime::from_hms_opt(20, 5, 0);
        assert_eq!(saved, [(Some(day), five_past_eight)], "{}", language.tag);
    }
}

/// Waits until the list of activities has `count` rows.
async fn wait_rows(page: &App, count: usize) {
    let started = Instant::now();
    loop {
        let rows = page
            .client
            .find_all(Locator::Css("#activities tbody tr"))
            .await
            .unwrap();
        if rows.len() == count {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{} rows, not {count}",
            rows.len()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_coordinators_filters_take_days_in_the_coordinators_language() {
    let home = tempfile::tempdir().unwrap();
    // Occasions on 2, 9 and 16 November 2026.
    let server = server_with_three_occasions(home.path()).await;
    let driver = Driver::chromium();
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    for language in &LANGUAGES {
        let page = driver
            .browse(&server.url(), home.path(), language.tag)
            .await;
        page.type_into("#login-name", "sara").await;
        page.type_into("#login-password", "korrekt häst batteri")
            .await;
        page.click("#login-submit").await;
        wait_rows(&page, 3).await;
        page.wait_text("#filter-from-shown", |t| t == language.no_date)
            .await;

        choose_date(&page, "filter-from", day(5)).await;
        check_date_shown(&page, language, "filter-from", day(5)).await;
        wait_rows(&page, 2).await;
        choose_date(&page, "filter-to", day(10)).await;
        check_date_shown(&page, language, "filter-to", day(10)).await;
        wait_rows(&page, 1).await;
        page.screenshot(&format!("web-filters-{}", language.tag))
            .await;

        // An emptied day leaves the period open at its start again.
        page.select("#filter-from-day", "").await;
        page.wait_text("#filter-from-shown", |t| t == language.no_date)
            .await;
        wait_rows(&page, 2).await;
        page.click("#logout").await;
        page.wait("#login-name").await;
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn in_persian_a_coordinator_corrects_a_day_and_a_projects_dates_from_the_lists() {
    let home = tempfile::tempdir().unwrap();
    let (server, store, ids) = server_and_device(home.path()).await;
    let persian = &LANGUAGES[2];
    assert_eq!(persian.tag, "fa");
    let fa = |ascii: &str| persian.locale.write_digits(ascii);
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let driver = Driver::chromium();
    let page = driver.browse(&server.url(), home.path(), "fa").await;
    page.type_into("#login-name", "sara").await;
    page.type_into("#login-password", "korrekt häst batteri")
        .await;
    page.click("#login-submit").await;

    // The occasion of 16 November moves to the 20th; the lists start at the entry's own day.
    page.click("#activities tbody tr:nth-child(3) button.details")
        .await;
    page.select("#correct-field", "date").await;
    assert_eq!(chosen(&page, "#correct-date-day").await, fa("16"));
    assert_eq!(chosen(&page, "#correct-date-month").await, persian.november);
    choose_date(&page, "correct-date", day(2026, 11, 20)).await;
    page.screenshot("web-correct-date-fa").await;
    page.click("#correct-save").await;
    page.wait_text("#correct-done", |t| !t.is_empty()).await;
    store.sync().await.unwrap();
    let corrected = store.entry(&ids[2]).unwrap().draft.date;
    assert_eq!(corrected, Some(day(2026, 11, 20)));

    // The health guides' last day, and the end of their expected reach in the second half of
    // 2026, both moved to the end of November.
    page.click("#nav-reference").await;
    page.wait("#project-end-halsoguider-day").await;
    choose_date(&page, "project-end-halsoguider", day(2027, 11, 30)).await;
    check_date_shown(&page, persian, "project-end-halsoguider", day(2027, 11, 30)).await;
    let period = "target-halsoguider-3-to";
    assert_eq!(chosen(&page, &format!("#{period}-day")).await, fa("31"));
    choose_date(&page, period, day(2026, 11, 30)).await;
    assert_eq!(chosen(&page, &format!("#{period}-day")).await, fa("30"));
    assert_eq!(chosen(&page, &format!("#{period}-year")).await, fa("2026"));
    page.screenshot("web-project-dates-fa").await;
    page.click("#reference-save").await;
    page.wait(".reference p[role=status]:not(:empty)").await;
    store.sync().await.unwrap();
    let reference = store.reference_data().unwrap();
    let guides = reference
        .projects
        .iter()
        .find(|p| p.code.as_str() == "halsoguider");
    let guides = guides.unwrap();
    assert_eq!(guides.end, Some(day(2027, 11, 30)));
    assert_eq!(guides.targets[3].to, day(2026, 11, 30));
    assert_eq!(
        guides.targets[3].from,
        day(2026, 7, 1),
        "the other end kept"
    );
    page.close().await;
}
