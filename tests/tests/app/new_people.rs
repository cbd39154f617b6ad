//! How many of those reached were new to the project, on the phone-sized form in Swedish and
//! Arabic: never more than were reached, and stored with the occasion.

use crate::set_up;
use brobygge_tests::driver::{without_isolation, Driver};
use brobygge_tests::form::fill_occasion;
use fantoccini::Locator;

/// The new people of each saved occasion, as stored.
fn saved_new_people(home: &std::path::Path) -> Vec<serde_json::Value> {
    let saved = brobygge_tests::device_db::saved_in_app(home);
    saved.iter().map(|d| d["new_people"].clone()).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn new_people_are_counted_among_those_reached_and_stored() {
    let too_many = [
        ("sv", "Fler är nya än som nåddes"),
        ("ar", "الجدد يُحسبون ضمن من تم الوصول إليهم"),
    ];
    for (tag, refused) in too_many {
        let home = tempfile::tempdir().unwrap();
        let driver = Driver::start(home.path());
        let app = driver.launch().await;
        if let Err(e) = app.client.set_window_size(360, 740).await {
            eprintln!("the window stays at its own size: {e}");
        }
        set_up(&app, tag).await;
        // Three women and two girls reached.
        fill_occasion(&app, "2", "föräldrafrukost").await;
        for _ in 0..2 {
            app.click("#log-new-women ~ button.step").await;
        }
        app.type_into("#log-new-girls", "3").await;
        app.click("#log-save").await;
        let problems = app.wait_text("#log-problems", |t| !t.is_empty()).await;
        assert!(
            without_isolation(&problems).contains(refused),
            "{tag}: {problems}"
        );
        app.show("#log-new-people").await;
        app.screenshot(&format!("app-new-people-{tag}")).await;

        // Down to one new girl with "−".
        let minus = Locator::XPath("//input[@id='log-new-girls']/preceding-sibling::button[1]");
        for _ in 0..2 {
            app.client.find(minus).await.unwrap().click().await.unwrap();
        }
        app.click("#log-save").await;
        app.wait("#my-log-entries .entry").await;
        app.close().await;
        let expected = serde_json::json!({"women": 2, "men": 0, "girls": 1, "boys": 0});
        assert_eq!(saved_new_people(home.path()), [expected], "{tag}");
    }
}
