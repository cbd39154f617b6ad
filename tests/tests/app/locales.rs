//! The app in Tigrinya and in Sorani: counts typed in Eastern Arabic digits are saved as the
//! numbers they are, the page turns right to left for Sorani, and the language is switched
//! from My log.

use crate::{html_attr, set_up};
use brobygge_tests::driver::Driver;
use brobygge_tests::form::fill_occasion;

/// The girls counted in each saved entry of the app's database, in the order they were saved.
fn girls_saved(home: &std::path::Path) -> Vec<u64> {
    let saved = brobygge_tests::device_db::saved_in_app(home);
    saved
        .iter()
        .map(|d| d["people"]["girls"].as_u64().unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn in_tigrinya_and_sorani_counts_in_eastern_arabic_digits_are_saved_as_numbers() {
    let home = tempfile::tempdir().unwrap();
    let driver = Driver::start(home.path());
    let app = driver.launch().await;
    set_up(&app, "ti").await;
    assert_eq!(html_attr(&app, "lang").await.as_deref(), Some("ti"));
    assert_eq!(html_attr(&app, "dir").await.as_deref(), Some("ltr"));
    fill_occasion(&app, "٤", "ቡና ቋንቋ").await;
    app.screenshot("log-form-ti").await;
    app.click("#log-save").await;
    // Three women by "+" and four girls typed as "٤".
    app.wait_text("#my-log-entries .entry", |t| t.contains('7'))
        .await;
    app.screenshot("my-log-ti").await;

    app.select("#language", "ckb").await;
    app.wait_text("#nav-log", |t| !t.is_empty()).await;
    assert_eq!(html_attr(&app, "lang").await.as_deref(), Some("ckb"));
    assert_eq!(html_attr(&app, "dir").await.as_deref(), Some("rtl"));
    app.screenshot("my-log-ckb").await;
    app.click("#nav-log").await;
    fill_occasion(&app, "١٢", "کافێی زمان").await;
    app.screenshot("log-form-ckb").await;
    app.click("#log-save").await;
    app.wait_text("#my-log-entries", |t| t.contains("١٥")).await;
    app.close().await;

    assert_eq!(girls_saved(home.path()), [4, 12]);
}

/// The device pages in the app's own window, checked by axe-core: first start, the log form
/// (with a problem shown) and My log, in Swedish and in Sorani.
#[tokio::test(flavor = "multi_thread")]
async fn every_device_page_passes_axe() {
    let mut violations = Vec::new();
    for locale in ["sv", "ckb"] {
        let home = tempfile::tempdir().unwrap();
        let driver = Driver::start(home.path());
        let app = driver.launch().await;
        app.wait("#setup-name").await;
        for v in app.axe().await {
            violations.push(format!("{locale} first start: {v}"));
        }
        set_up(&app, locale).await;
        for v in app.axe().await {
            violations.push(format!("{locale} log form: {v}"));
        }
        app.click("#log-save").await;
        app.wait("#log-problems li").await;
        for v in app.axe().await {
            violations.push(format!("{locale} log form with problems: {v}"));
        }
        app.click("#nav-my-log").await;
        app.wait("#language").await;
        for v in app.axe().await {
            violations.push(format!("{locale} my log: {v}"));
        }
        // The check runs in this engine too: a button without a name is critical.
        app.client
            .execute(
                "document.body.append(document.createElement('button'));",
                vec![],
            )
            .await
            .unwrap();
        let planted = app.axe().await;
        assert!(
            planted.iter().any(|v| v.starts_with("button-name")),
            "{planted:?}"
        );
        app.close().await;
    }
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}
