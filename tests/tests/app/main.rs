//! The real app, built with its UI, driven in its own window under Xvfb through tauri-driver
//! and WebKitWebDriver: what a health guide does, checked the way they would see it.
//!
//! `cargo xtask test` builds the app, starts the display and sets `BROBYGGE_APP`.

mod log;
mod sync;

use brobygge_tests::driver::{without_isolation, App};
use fantoccini::Locator;

/// Completes first start: language, name and the health-guide project.
pub async fn set_up(app: &App, locale: &str) {
    app.click(&format!("#setup-locale-{locale}")).await;
    app.wait("#setup-name")
        .await
        .send_keys("Amina")
        .await
        .unwrap();
    app.click("#setup-project-halsoguider").await;
    app.click("#setup-start").await;
    app.wait("#log-project").await;
}

/// The text of an element with Fluent's direction isolation marks removed.
pub async fn text(app: &App, css: &str) -> String {
    without_isolation(&app.wait(css).await.text().await.unwrap())
}

pub async fn html_attr(app: &App, name: &str) -> Option<String> {
    app.client
        .find(Locator::Css("html"))
        .await
        .unwrap()
        .attr(name)
        .await
        .unwrap()
}
