//! What a guide does in the app: first start, and filling in the log form with taps, a typed
//! count and a note.

use crate::driver::App;

/// Fills a complete occasion at Råslätt's library: 3 women by "+" and 2 girls typed as
/// `girls`, reaching 5 people.
pub async fn fill_occasion(app: &App, girls: &str, note: &str) {
    app.click("#log-area-raslatt").await;
    app.select("#log-venue", "raslatt-library").await;
    app.select("#log-format", "drop-in").await;
    app.click("#log-languages-ar").await;
    app.click("#log-languages-sv").await;
    app.click("#log-topics-vaccination").await;
    for _ in 0..3 {
        app.click("#log-people-women ~ button.step").await;
    }
    app.type_into("#log-people-girls", girls).await;
    app.type_into("#log-note", note).await;
}

/// Completes first start: language, name and the health-guide project.
pub async fn set_up(app: &App, locale: &str) {
    set_up_in(app, locale, &["halsoguider"]).await;
}

/// Completes first start with language, name and `projects`.
pub async fn set_up_in(app: &App, locale: &str, projects: &[&str]) {
    app.click(&format!("#setup-locale-{locale}")).await;
    app.wait("#setup-name")
        .await
        .send_keys("Amina")
        .await
        .unwrap();
    for project in projects {
        app.click(&format!("#setup-project-{project}")).await;
    }
    app.click("#setup-start").await;
    app.wait("#log-project").await;
}
