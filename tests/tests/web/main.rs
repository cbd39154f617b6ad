//! The coordinator pages in Debian's chromium, headless, served by the real server process:
//! a wrong password refused, logging in, the synced activities of the coordinator's project
//! with their labels in Swedish, the overview's figures, logging out, and the pages in Arabic.
//!
//! `cargo xtask test` builds the UI and the server and sets `BROBYGGE_SERVER` and
//! `BROBYGGE_UI_DIST`.

use brobygge_core::Store;
use brobygge_model::{
    ActivityDraft, ActivityId, Code, Count, LocaleCode, PeopleReached, Profile, Referral,
    SaveOptions,
};
use brobygge_tests::driver::{without_isolation, Driver};
use brobygge_tests::server::ServerProcess;
use chrono::{NaiveDate, NaiveTime};
use std::path::PathBuf;

fn occasion(day: u32, women: u32) -> ActivityDraft {
    let code = |s: &str| Some(Code::new(s).unwrap());
    ActivityDraft {
        project: code("halsoguider"),
        date: NaiveDate::from_ymd_opt(2026, 11, day),
        start_time: NaiveTime::from_hms_opt(9, 30, 0),
        duration_minutes: Some(90),
        area: code("oxnehaga"),
        venue: code("oxnehaga-library"),
        venue_type: code("library"),
        format: code("group-talk"),
        languages: vec![Code::new("so").unwrap()],
        topics: vec![Code::new("diet").unwrap()],
        people: PeopleReached {
            women: Count::new(women).unwrap(),
            ..Default::default()
        },
        referrals: vec![Referral {
            target: Code::new("vardcentral").unwrap(),
            count: Count::new(1).unwrap(),
        }],
        ..ActivityDraft::default()
    }
}

fn dist() -> PathBuf {
    PathBuf::from(
        std::env::var_os("BROBYGGE_UI_DIST").expect(
            "BROBYGGE_UI_DIST must name the built UI; run these tests with `cargo xtask test`",
        ),
    )
}

mod accounts;
mod co_hosts;
mod dates;
mod desk;
mod device;
mod funder;
mod handing_in;
mod hours;
mod retention;
mod viewer;

/// The coordinator of [`server_and_device`]: her login name and password.
const SARA: (&str, &str) = ("sara", "korrekt häst batteri");

/// Logs in on the coordinator pages as `(login, password)` and opens the tab `tab`
/// (`#nav-reports`, say).
async fn log_in_to(page: &brobygge_tests::driver::App, (login, password): (&str, &str), tab: &str) {
    page.type_into("#login-name", login).await;
    page.type_into("#login-password", password).await;
    page.click("#login-submit").await;
    page.wait(tab).await;
    page.click(tab).await;
}

/// A server serving the UI, with the coordinator `sara` and three occasions synced by a device.
async fn server_with_three_occasions(home: &std::path::Path) -> ServerProcess {
    server_and_device(home).await.0
}

/// As [`server_with_three_occasions`], with the device's core and the ids of its occasions.
async fn server_and_device(home: &std::path::Path) -> (ServerProcess, Store, Vec<ActivityId>) {
    let mut server = ServerProcess::new(&home.join("server"));
    server.serve_ui(&dist());
    let code = server.guide_code("Amina Hassan");
    let sara = server.coordinator("Sara Lind");
    server.set_password(&sara, SARA.0, SARA.1);
    server.start();

    let store = brobygge_tests::device_db::open(&home.join("device.sqlite3"));
    let profile = Profile::new(
        "Amina",
        LocaleCode::Sv,
        vec![Code::new("halsoguider").unwrap()],
    );
    store.set_profile(&profile.unwrap()).unwrap();
    store.enroll(&server.url(), &code, "0.1.0").await.unwrap();
    let ids = [(2, 4), (9, 7), (16, 12)]
        .into_iter()
        .map(|(day, women)| {
            store
                .save_activity(&occasion(day, women), SaveOptions::default())
                .unwrap()
        })
        .collect();
    store.sync().await.unwrap();
    (server, store, ids)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_coordinator_logs_in_and_sees_the_activities_of_their_project() {
    let home = tempfile::tempdir().unwrap();
    let server = server_with_three_occasions(home.path()).await;
    let driver = Driver::chromium();
    let page = driver.browse(&server.url(), home.path(), "sv-SE").await;
    page.type_into("#login-name", "sara").await;
    page.type_into("#login-password", "fel lösenord").await;
    page.click("#login-submit").await;
    page.wait_text("#login-error", |t| {
        t.contains("Fel inloggningsnamn eller lösenord")
    })
    .await;
    page.type_into("#login-password", "korrekt häst batteri")
        .await;
    page.click("#login-submit").await;

    // "Inga tillfällen." is shown until the first page of activities has come.
    let total = page
        .wait_text("#activities-total", |t| t.contains("3 "))
        .await;
    assert_eq!(without_isolation(&total), "3 tillfällen.");
    page.wait_text("#activities tbody", |t| t.contains("Amina Hassan"))
        .await;
    // The labels come with the reference lists, which may arrive after the rows.
    let rows = page
        .wait_text("#activities tbody", |t| t.contains("Hälsoguider"))
        .await;
    assert!(rows.contains("Amina Hassan"), "{rows}");
    assert!(rows.contains("12"), "{rows}");
    let who = page.wait_text("#logged-in-as", |t| !t.is_empty()).await;
    assert!(without_isolation(&who).contains("Sara Lind"), "{who}");
    // All of them fit on the first page: there is no next page.
    let next = page.wait("#page-next").await;
    assert!(next.attr("disabled").await.unwrap().is_some());
    assert_eq!(next.text().await.unwrap(), "Nästa");
    page.screenshot("web-activities-sv").await;

    // Narrowed by area, topic, language and who logged: all three are Amina's Somali talks
    // about diet at Öxnehaga.
    let total = |expected: &'static str| {
        let page = &page;
        async move {
            let shown = page.wait_text("#activities-total", |t| t == expected).await;
            assert_eq!(shown, expected);
        }
    };
    page.select("#filter-area", "raslatt").await;
    total("Inga tillfällen.").await;
    page.select("#filter-area", "oxnehaga").await;
    page.select("#filter-topic", "diet").await;
    page.select("#filter-language", "so").await;
    page.select("#filter-author", "1").await;
    total("3 tillfällen.").await;
    let csv = page.wait("#activities-csv").await;
    let href = csv.attr("href").await.unwrap().unwrap_or_default();
    assert!(
        href.contains("area=oxnehaga&topic=diet&language=so&author=1"),
        "{href}"
    );
    page.screenshot("web-activities-filters-sv").await;
    page.select("#filter-language", "ar").await;
    total("Inga tillfällen.").await;
    page.select("#filter-language", "").await;
    total("3 tillfällen.").await;

    // The overview: 4 + 7 + 12 women reached in three occasions of 90 minutes, in November.
    page.click("#nav-overview").await;
    let people = page
        .wait_text("#overview-people-total", |t| !t.is_empty())
        .await;
    assert_eq!(without_isolation(&people), "23");
    let occasions = page
        .wait_text("#overview-occasions", |t| !t.is_empty())
        .await;
    assert_eq!(without_isolation(&occasions), "3");
    let hours = page.wait_text("#overview-hours", |t| !t.is_empty()).await;
    assert_eq!(without_isolation(&hours), "4,5");
    let months = page
        .wait_text("#overview-months", |t| t.contains("2026-11"))
        .await;
    assert!(months.contains("23"), "{months}");
    let areas = page
        .wait_text("#overview-areas", |t| t.contains("Öxnehaga"))
        .await;
    assert!(areas.contains("23"), "{areas}");
    page.wait("svg.chart rect").await;
    page.screenshot("web-overview-sv").await;

    page.click("#logout").await;
    page.wait("#login-name").await;
    page.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn in_arabic_the_pages_read_right_to_left() {
    let home = tempfile::tempdir().unwrap();
    let server = server_with_three_occasions(home.path()).await;
    let driver = Driver::chromium();
    let page = driver.browse(&server.url(), home.path(), "ar").await;
    page.type_into("#login-name", "sara").await;
    page.type_into("#login-password", "korrekt häst batteri")
        .await;
    page.click("#login-submit").await;
    page.wait_text("#activities tbody", |t| t.contains("أوكسنهاغا"))
        .await;
    let html = page.wait("html").await;
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    assert_eq!(html.attr("lang").await.unwrap().as_deref(), Some("ar"));
    let total = page.wait_text("#activities-total", |t| !t.is_empty()).await;
    assert!(without_isolation(&total).contains("٣ مناسبات"), "{total}");
    page.screenshot("web-activities-ar").await;
    page.click("#nav-overview").await;
    let people = page
        .wait_text("#overview-people-total", |t| !t.is_empty())
        .await;
    assert_eq!(without_isolation(&people), "٢٣", "in Arabic digits");
    let hours = page.wait_text("#overview-hours", |t| !t.is_empty()).await;
    assert_eq!(
        without_isolation(&hours),
        "٤٫٥",
        "Arabic digits and decimal separator"
    );
    page.wait_text("#overview-areas", |t| t.contains("أوكسنهاغا"))
        .await;
    page.screenshot("web-overview-ar").await;
    page.close().await;
}
