//! The device pages in headless chromium through the browser harness (a real device core on
//! its own SQLite file behind the page, a real server to sync with): every page a guide sees,
//! in Swedish, Arabic and Sorani, checked by axe-core and screenshotted at a phone's width;
//! and a phone handed to another user, which asks before it erases what was not sent.

use super::dist;
use brobygge_model::log::LogQuery;
use brobygge_model::ActivityState;
use brobygge_tests::device_page::DevicePage;
use brobygge_tests::driver::{html_attr, App, Driver};
use brobygge_tests::form::{fill_occasion, set_up};
use brobygge_tests::server::ServerProcess;

/// Runs axe-core and keeps each serious or critical violation, named by locale and page.
async fn check(page: &App, locale: &str, name: &str, violations: &mut Vec<String>) {
    page.screenshot(&format!("device-{name}-{locale}")).await;
    for violation in page.axe().await {
        violations.push(format!("{locale} {name}: {violation}"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_device_page_passes_axe_in_chromium_right_to_left_included() {
    let home = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&home.path().join("server"));
    let driver = Driver::chromium();
    let mut violations = Vec::new();
    // Girls typed in the locale's digits, the people reached with the form's three women, and
    // how My log writes that number, its thousands grouped as the language groups them.
    let cases = [
        ("sv", "2", 5, "5", "ltr"),
        // Arabic's "few" for a number ending in 03, not the form for 100 to 102.
        ("ar", "١٢٠٠", 1203, "١٬٢٠٣ أشخاص", "rtl"),
        ("ckb", "۱۲", 15, "١٥", "rtl"),
        // A no-break space, which WebDriver reads as a plain one.
        ("sv", "1500", 1503, "1 503", "ltr"),
    ];
    let codes: Vec<String> = cases
        .iter()
        .enumerate()
        .map(|(i, (locale, ..))| server.guide_code(&format!("Guide {i} {locale}")))
        .collect();
    server.start();
    for (i, ((locale, girls, reached, shown, direction), code)) in
        cases.into_iter().zip(codes).enumerate()
    {
        let device = DevicePage::start(&dist(), &home.path().join(format!("{i}.sqlite3"))).await;
        let page = driver.browse(&device.url(), home.path(), "sv-SE").await;
        page.client.set_window_size(400, 900).await.unwrap();

        page.wait("#setup-name").await;
        check(&page, locale, "first-start", &mut violations).await;
        set_up(&page, locale).await;
        assert_eq!(html_attr(&page, "lang").await.as_deref(), Some(locale));
        assert_eq!(html_attr(&page, "dir").await.as_deref(), Some(direction));
        check(&page, locale, "log-form", &mut violations).await;

        page.click("#log-save").await;
        page.wait("#log-problems li").await;
        check(&page, locale, "log-form-problems", &mut violations).await;

        // A phone number in the note is caught while it is typed; the occasion's own note
        // replaces it below.
        page.type_into("#log-note", "ring 070-123 45 67").await;
        page.wait("#log-note-guard li").await;
        check(&page, locale, "log-form-note-guard", &mut violations).await;

        fill_occasion(&page, girls, "språkcafé").await;
        page.click("#log-save").await;
        page.wait_text("#my-log-entries .entry-people", |t| {
            t.replace('\u{a0}', " ").contains(shown)
        })
        .await;
        check(&page, locale, "my-log", &mut violations).await;

        page.click("#my-log-entries .entry-delete").await;
        page.wait("#my-log-entries .entry-delete-yes").await;
        check(&page, locale, "my-log-confirm-delete", &mut violations).await;
        page.click("#my-log-entries .entry-delete-yes").await;
        page.wait("#toast-undo").await;
        check(&page, locale, "my-log-undo", &mut violations).await;
        page.click("#toast-undo").await;
        page.wait("#my-log-entries .entry").await;

        page.type_into("#sync-server", &server.url()).await;
        page.type_into("#sync-code", &code).await;
        page.click("#sync-connect").await;
        page.wait("#sync-connected").await;
        page.click("#sync-now").await;
        page.wait("#my-log-entries .badge.sent").await;
        check(&page, locale, "my-log-synced", &mut violations).await;
        page.close().await;

        // The page talked to a real core: the count typed in the locale's digits is stored.
        let query = LogQuery {
            state: ActivityState::Final,
            limit: 10,
            offset: 0,
        };
        let saved = device.store().log(query).unwrap();
        let reached_saved: Vec<u32> = saved.iter().map(|e| e.people_total).collect();
        assert_eq!(reached_saved, [reached], "{locale}");
        assert!(saved[0].sent, "{locale}: the server has it");
    }
    assert_eq!(
        server.activities().len(),
        4,
        "each device's occasion reached the server"
    );
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_phone_handed_over_asks_before_it_erases_the_previous_users_unsent_entries() {
    let home = tempfile::tempdir().unwrap();
    let mut old = ServerProcess::new(&home.path().join("old"));
    let mut new = ServerProcess::new(&home.path().join("new"));
    // The number of unsent occasions, and how the question says it.
    let cases = [("sv", 2, "2 tillfällen"), ("ar", 3, "٣ مناسبات")];
    let codes: Vec<(String, String)> = cases
        .iter()
        .map(|(locale, ..)| {
            let amina = old.guide_code(&format!("Amina {locale}"));
            (amina, new.guide_code(&format!("Omar {locale}")))
        })
        .collect();
    new.start();
    let driver = Driver::chromium();
    let mut violations = Vec::new();
    for (i, ((locale, unsent, question), (amina, omar))) in cases.into_iter().zip(codes).enumerate()
    {
        old.start();
        let device = DevicePage::start(&dist(), &home.path().join(format!("{i}.sqlite3"))).await;
        let page = driver.browse(&device.url(), home.path(), "sv-SE").await;
        page.client.set_window_size(400, 900).await.unwrap();
        set_up(&page, locale).await;
        page.click("#nav-my-log").await;
        page.type_into("#sync-server", &old.url()).await;
        page.type_into("#sync-code", &amina).await;
        page.click("#sync-connect").await;
        page.wait("#sync-connected").await;
        // Amina's occasions are logged while her server cannot be reached.
        old.kill();
        for n in 0..unsent {
            page.click("#nav-log").await;
            fill_occasion(&page, &n.to_string(), "språkcafé").await;
            page.click("#log-save").await;
            page.wait_text("#my-log-entries", |t| !t.is_empty()).await;
        }

        // The phone goes to Omar, whose coordinator gives him a code for the new server.
        page.click("#sync-new-code").await;
        let link = brobygge_model::Invite::link(&new.url(), &omar);
        page.type_into("#sync-code", &link).await;
        page.click("#sync-connect").await;
        page.wait_text("#sync-handover-unsent", |t| t.contains(question))
            .await;
        check(&page, locale, "sync-handover", &mut violations).await;
        assert_eq!(
            device.store().log(query()).unwrap().len(),
            unsent,
            "{locale}: nothing erased before the user confirms"
        );
        page.click("#sync-handover-discard").await;
        page.wait_text("#sync-connected", |t| t.contains(&new.url()))
            .await;
        page.close().await;
        assert!(device.store().log(query()).unwrap().is_empty(), "{locale}");
        let profile = device.store().profile().unwrap().unwrap();
        assert_eq!(profile.name, format!("Omar {locale}"));
    }
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}

fn query() -> LogQuery {
    LogQuery {
        state: ActivityState::Final,
        limit: 10,
        offset: 0,
    }
}
