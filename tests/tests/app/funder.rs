//! What an occasion achieved beyond people reached, on the phone-sized form in Swedish and
//! Arabic: Stärkt civilsamhälle's outcome counters as steppers (the health guides' project has
//! none, so the form shows none), a partner chosen among the partners, both stored with the
//! occasion.

use brobygge_tests::driver::{App, Driver};
use brobygge_tests::form::set_up_in;
use fantoccini::Locator;

/// Chooses `project` on the form (the profile's first is chosen to begin with); the list may
/// be drawn anew under the driver's hand while the reference data settles, so a choice that
/// did not take is made again.
async fn choose_project(app: &App, project: &str) {
    for _ in 0..20 {
        // WebKitWebDriver refuses to choose the option already chosen.
        let chosen = app.wait("#log-project").await.prop("value").await;
        if chosen.ok().flatten().as_deref() == Some(project) {
            return;
        }
        // Brought into view below the top bar, which would take the click.
        let select = app.show("#log-project").await;
        if let Err(e) = select.select_by_value(project).await {
            eprintln!("choosing {project}: {e}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let html = app.wait("#log-project").await.html(false).await;
    panic!("{project} could not be chosen in #log-project: {html:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_projects_outcomes_and_the_partners_are_counted_and_stored() {
    for tag in ["sv", "ar"] {
        let home = tempfile::tempdir().unwrap();
        let driver = Driver::start(home.path());
        let app = driver.launch().await;
        if let Err(e) = app.client.set_window_size(360, 740).await {
            eprintln!("the window stays at its own size: {e}");
        }
        set_up_in(&app, tag, &["halsoguider", "starkt-civilsamhalle"]).await;
        // The partners come with the reference data; the project list is drawn again then.
        app.wait("#log-partners").await;
        choose_project(&app, "halsoguider").await;
        assert!(
            app.client.find(Locator::Css("#log-outcome")).await.is_err(),
            "{tag}: the health guides count no outcomes"
        );

        choose_project(&app, "starkt-civilsamhalle").await;
        app.click("#log-area-raslatt").await;
        app.select("#log-venue", "raslatt-library").await;
        app.select("#log-format", "drop-in").await;
        app.click("#log-languages-ar").await;
        app.click("#log-topics-associations").await;
        for _ in 0..3 {
            app.click("#log-people-women ~ button.step").await;
        }
        app.click("#log-outcome summary").await;
        for _ in 0..2 {
            app.click("#log-outcome-associations-supported ~ button.step")
                .await;
        }
        app.click("#log-partners-vatterhem").await;
        app.show("#log-outcome").await;
        app.screenshot(&format!("app-outcomes-{tag}")).await;
        app.click("#log-save").await;
        app.wait("#my-log-entries .entry").await;
        app.close().await;

        let saved = brobygge_tests::device_db::saved_in_app(home.path());
        assert_eq!(saved.len(), 1, "{tag}");
        assert_eq!(
            saved[0]["outcomes"],
            serde_json::json!([{ "outcome": "associations-supported", "count": 2 }]),
            "{tag}"
        );
        assert_eq!(
            saved[0]["partners"],
            serde_json::json!(["vatterhem"]),
            "{tag}"
        );
    }
}
