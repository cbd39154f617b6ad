//! Dates and times in the app's own window (WebKitGTK, whose date inputs wrote 12/06/2026 to a
//! Swede and 20:05 as 05:20 right to left), in Swedish, Arabic, Persian and Tigrinya: another
//! day than today and 20:05 chosen on a phone-sized form, shown in the language's digits and
//! order, stored as exactly that day and time, and listed so in My log.

use crate::set_up;
use brobygge_tests::dates::{
    choose_date, in_my_log, log_form_on_another_day, show_log_date, LANGUAGES,
};
use brobygge_tests::driver::{without_isolation, Driver};
use brobygge_tests::form::fill_occasion;
use chrono::{Days, Local, NaiveDate, NaiveTime};

/// The day and start time of each occasion saved in the app's database.
fn saved(home: &std::path::Path) -> Vec<(NaiveDate, NaiveTime)> {
    let saved = brobygge_tests::device_db::saved_in_app(home);
    saved
        .iter()
        .map(|d| {
            let day = serde_json::from_value(d["date"].clone()).unwrap();
            let time = serde_json::from_value(d["start_time"].clone()).unwrap();
            (day, time)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn another_day_and_five_past_eight_in_the_evening_are_stored_as_chosen_in_four_languages() {
    for language in &LANGUAGES {
        let home = tempfile::tempdir().unwrap();
        let driver = Driver::start(home.path());
        let app = driver.launch().await;
        // A phone's window, where the driver lets a test size it.
        if let Err(e) = app.client.set_window_size(360, 740).await {
            eprintln!("the window stays at its own size: {e}");
        }
        set_up(&app, language.tag).await;
        show_log_date(&app).await;
        app.screenshot(&format!("app-date-today-{}", language.tag))
            .await;
        let day = log_form_on_another_day(&app, language).await;
        show_log_date(&app).await;
        app.screenshot(&format!("app-date-time-{}", language.tag))
            .await;

        fill_occasion(&app, "2", "språkcafé").await;
        app.click("#log-save").await;
        let (listed_day, listed_time) = in_my_log(language, day);
        let entry = app
            .wait_text("#my-log-entries .entry-when", |t| !t.is_empty())
            .await;
        assert!(entry.contains(&listed_day), "{}: {entry}", language.tag);
        assert!(entry.contains(&listed_time), "{}: {entry}", language.tag);
        app.screenshot(&format!("app-my-log-date-{}", language.tag))
            .await;
        app.close().await;

        let five_past_eight = NaiveTime::from_hms_opt(20, 5, 0).unwrap();
        assert_eq!(
            saved(home.path()),
            [(day, five_past_eight)],
            "{}",
            language.tag
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn tomorrow_and_a_day_before_the_project_began_are_refused_in_the_users_language() {
    // Swedish and Arabic; the health guides began on 1 January 2025.
    let expected = [
        (
            "sv",
            "Datumet har inte kommit än",
            "Projektet började 1 januari 2025",
        ),
        ("ar", "لم يحن هذا التاريخ بعد", "١ يناير ٢٠٢٥"),
    ];
    for (tag, future, before) in expected {
        let home = tempfile::tempdir().unwrap();
        let driver = Driver::start(home.path());
        let app = driver.launch().await;
        if let Err(e) = app.client.set_window_size(360, 740).await {
            eprintln!("the window stays at its own size: {e}");
        }
        set_up(&app, tag).await;
        fill_occasion(&app, "2", "språkcafé").await;
        let tomorrow = Local::now().date_naive() + Days::new(1);
        choose_date(&app, "log-date", tomorrow).await;
        app.click("#log-save").await;
        let problems = app.wait_text("#log-problems", |t| !t.is_empty()).await;
        let problems = without_isolation(&problems);
        assert!(problems.contains(future), "{tag}: {problems}");
        app.screenshot(&format!("app-date-refused-future-{tag}"))
            .await;

        // Back up the form: the lists must not hide under the top bar.
        show_log_date(&app).await;
        choose_date(
            &app,
            "log-date",
            NaiveDate::from_ymd_opt(2024, 12, 31).unwrap(),
        )
        .await;
        let problems = app
            .wait_text("#log-problems", |t| without_isolation(t).contains(before))
            .await;
        assert!(!problems.contains(future), "{tag}: {problems}");
        app.show("#log-problems").await;
        app.screenshot(&format!("app-date-refused-before-{tag}"))
            .await;
        app.close().await;
        assert!(saved(home.path()).is_empty(), "{tag}: nothing saved");
    }
}
