//! Filling in the log form the way a guide does: taps, a typed count and a note.

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
