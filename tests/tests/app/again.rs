//! The first minute in the field: a first-time guide's path from first start to a saved
//! occasion, and the same occasion logged again from "log again", each touch counted. The
//! repeat, with four people reached, takes at most eight touches.

use crate::text;
use brobygge_tests::driver::Driver;
use brobygge_tests::paths;

#[tokio::test(flavor = "multi_thread")]
async fn the_same_occasion_again_takes_at_most_eight_touches() {
    let home = tempfile::tempdir().unwrap();
    let driver = Driver::start(home.path());
    let app = driver.launch().await;
    // A phone's screen.
    app.client.set_window_size(360, 740).await.unwrap();
    let first = paths::first_time(&app).await;
    println!(
        "first time: {} taps, {} keys, {:.1} s",
        first.taps, first.keys, first.seconds
    );
    let choice = text(&app, "#log-again-0").await;
    assert!(choice.contains("Råslätts bibliotek"), "{choice}");
    app.screenshot("log-again-sv").await;

    let again = paths::repeat(&app).await;
    println!(
        "repeat: {} taps, {} keys, {:.1} s",
        again.taps, again.keys, again.seconds
    );
    assert!(
        again.touches() <= 8,
        "a repeat took {} taps and {} keys",
        again.taps,
        again.keys
    );
    let week = app.wait_text("#my-log-week", |t| t.contains("2 ")).await;
    assert!(week.contains("8 personer"), "{week}");

    // Both are stored the same, each with its own four women and today's date.
    let db = brobygge_tests::device_db::look_inside_app(home.path());
    let mut stmt = db
        .prepare(
            "SELECT date, json_extract(document, '$.venue'), json_extract(document, '$.format'),
                    json_extract(document, '$.people.women'), json_extract(document, '$.languages')
             FROM activities WHERE state = 'final' ORDER BY updated_at",
        )
        .unwrap();
    let rows: Vec<(String, String, String, u32, String)> = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0], rows[1], "{rows:?}");
    assert_eq!(rows[1].1, "raslatt-library");
    assert_eq!(rows[1].3, 4);
    app.close().await;
}

/// What a guide sees in the first minute, on a phone-sized window, in Swedish, Arabic,
/// Persian and Tigrinya: the form with its date and time, My log with the "log again"
/// choice after a save, and My log right after the next start. Saved as screenshots to look
/// at; the form's and My log's language and direction are checked here.
#[tokio::test(flavor = "multi_thread")]
async fn the_first_minute_in_four_languages() {
    for (locale, dir) in [("sv", "ltr"), ("ar", "rtl"), ("fa", "rtl"), ("ti", "ltr")] {
        let home = tempfile::tempdir().unwrap();
        let driver = Driver::start(home.path());
        let app = driver.launch().await;
        app.client.set_window_size(360, 740).await.unwrap();
        crate::set_up(&app, locale).await;
        assert_eq!(crate::html_attr(&app, "dir").await.as_deref(), Some(dir));
        app.screenshot(&format!("first-minute-form-{locale}")).await;
        brobygge_tests::form::fill_occasion(&app, "1", "Språkcafé").await;
        app.click("#log-save").await;
        app.wait("#log-again-0").await;
        app.screenshot(&format!("first-minute-log-again-{locale}"))
            .await;
        app.close().await;

        let app = driver.launch().await;
        app.client.set_window_size(360, 740).await.unwrap();
        app.click("#nav-my-log").await;
        app.wait("#my-log-entries .entry").await;
        app.screenshot(&format!("first-minute-my-log-after-start-{locale}"))
            .await;
        app.close().await;
    }
}
