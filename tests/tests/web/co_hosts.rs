//! Co-hosts on the device pages in headless chromium (real device cores behind the pages, a
//! real server): Amina's phone offers her colleague Bilal once connected, she logs an occasion
//! together with him, and Bilal's phone, in Arabic, shows it in his log as logged by Amina,
//! with nothing to open or delete. Screenshots of both, checked by axe-core.

use super::dist;
use brobygge_model::sync::Colleague;
use brobygge_model::Code;
use brobygge_tests::device_page::DevicePage;
use brobygge_tests::driver::{App, Driver, WAIT};
use brobygge_tests::form::{fill_occasion, set_up};
use brobygge_tests::server::ServerProcess;

async fn connect(page: &App, server: &str, code: &str) {
    page.click("#nav-my-log").await;
    page.type_into("#sync-server", server).await;
    page.type_into("#sync-code", code).await;
    page.click("#sync-connect").await;
    page.wait("#sync-connected").await;
}

/// The device's colleagues in the health-guide project: they come with the first pull, which
/// the page starts once connected, so they are waited for.
async fn colleagues(device: &DevicePage) -> Vec<Colleague> {
    let project = Code::new("halsoguider").unwrap();
    let started = std::time::Instant::now();
    loop {
        let found = device.store().colleagues(&project).unwrap();
        if !found.is_empty() || started.elapsed() > WAIT {
            return found;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_occasion_logged_together_shows_in_the_co_hosts_log() {
    let home = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&home.path().join("server"));
    let (amina, bilal) = (server.guide_code("Amina"), server.guide_code("Bilal"));
    server.start();
    let driver = Driver::chromium();

    let hers = DevicePage::start(&dist(), &home.path().join("amina.sqlite3")).await;
    let page = driver.browse(&hers.url(), home.path(), "sv-SE").await;
    page.client.set_window_size(400, 900).await.unwrap();
    set_up(&page, "sv").await;
    connect(&page, &server.url(), &amina).await;
    let colleagues = colleagues(&hers).await;
    assert_eq!(colleagues.len(), 1, "{colleagues:?}");
    page.click("#nav-log").await;
    fill_occasion(&page, "2", "språkcafé").await;
    let chip = format!("#log-co-hosts-u{}", colleagues[0].id);
    page.wait_text(&chip, |t| t.contains("Bilal")).await;
    page.click(&chip).await;
    page.show("#log-co-hosts").await;
    page.screenshot("device-log-co-hosts-sv").await;
    let problems = page.axe().await;
    assert!(problems.is_empty(), "{problems:?}");
    page.click("#log-save").await;
    page.wait("#my-log-entries .entry").await;
    page.click("#sync-now").await;
    page.wait("#my-log-entries .badge.sent").await;
    page.close().await;
    let stored = server.activities();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].activity.co_hosts[0].user, colleagues[0].id);

    let his = DevicePage::start(&dist(), &home.path().join("bilal.sqlite3")).await;
    let page = driver.browse(&his.url(), home.path(), "sv-SE").await;
    page.client.set_window_size(400, 900).await.unwrap();
    set_up(&page, "ar").await;
    connect(&page, &server.url(), &bilal).await;
    let badge = page
        .wait_text("#my-log-entries .entry.hosted .badge.hosted", |t| {
            t.contains("Amina")
        })
        .await;
    assert!(badge.contains("سجّلها"), "{badge}");
    assert!(
        page.client
            .find(fantoccini::Locator::Css("#my-log-entries .entry-delete"))
            .await
            .is_err(),
        "nothing of Amina's to delete"
    );
    page.screenshot("device-my-log-hosted-ar").await;
    let problems = page.axe().await;
    assert!(problems.is_empty(), "{problems:?}");
    // His form offers Amina in turn, right to left.
    page.click("#nav-log").await;
    page.wait_text("#log-co-hosts", |t| t.contains("Amina"))
        .await;
    page.show("#log-co-hosts").await;
    page.screenshot("device-log-co-hosts-ar").await;
    page.close().await;
}
