//! What an occasion achieved beyond people reached, on the phone-sized form in Swedish and
//! Arabic: Egenkraft's outcome counters as steppers (the health guides' project has none, so
//! the form shows none), a partner chosen among the partners, both stored with the occasion.

use brobygge_tests::driver::Driver;

#[tokio::test(flavor = "multi_thread")]
async fn a_projects_outcomes_and_the_partners_are_counted_and_stored() {
    for tag in ["sv", "ar"] {
        let home = tempfile::tempdir().unwrap();
        let driver = Driver::start(home.path());
        let app = driver.launch().await;
        if let Err(e) = app.client.set_window_size(360, 740).await {
            eprintln!("the window stays at its own size: {e}");
        }
        app.click(&format!("#setup-locale-{tag}")).await;
        app.wait("#setup-name")
            .await
            .send_keys("Amina")
            .await
            .unwrap();
        app.click("#setup-project-halsoguider").await;
        app.click("#setup-project-egenkraft").await;
        app.click("#setup-start").await;
        app.select("#log-project", "halsoguider").await;
        app.wait("#log-partners").await;
        assert!(
            app.client
                .find(fantoccini::Locator::Css("#log-outcome"))
                .await
                .is_err(),
            "{tag}: the health guides count no outcomes"
        );

        app.select("#log-project", "egenkraft").await;
        app.click("#log-area-raslatt").await;
        app.select("#log-venue", "raslatt-library").await;
        app.select("#log-format", "drop-in").await;
        app.click("#log-languages-ar").await;
        app.click("#log-topics-cv-help").await;
        for _ in 0..3 {
            app.click("#log-people-women ~ button.step").await;
        }
        app.click("#log-outcome summary").await;
        for _ in 0..2 {
            app.click("#log-outcome-cvs-written ~ button.step").await;
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
            serde_json::json!([{ "outcome": "cvs-written", "count": 2 }]),
            "{tag}"
        );
        assert_eq!(
            saved[0]["partners"],
            serde_json::json!(["vatterhem"]),
            "{tag}"
        );
    }
}
