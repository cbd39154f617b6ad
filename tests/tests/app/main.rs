//! The real app, built with its UI, driven in its own window under Xvfb through tauri-driver
//! and WebKitWebDriver: what a health guide does, checked the way they would see it.
//!
//! `cargo xtask test` builds the app, starts the display and sets `BROBYGGE_APP`.

mod again;
mod dates;
mod funder;
mod locales;
mod log;
mod new_people;
mod sync;

pub use brobygge_tests::driver::html_attr;
use brobygge_tests::driver::{without_isolation, App};
pub use brobygge_tests::form::set_up;

/// The text of an element with Fluent's direction isolation marks removed.
pub async fn text(app: &App, css: &str) -> String {
    without_isolation(&app.wait(css).await.text().await.unwrap())
}
