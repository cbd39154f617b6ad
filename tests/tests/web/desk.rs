//! A coordinator's work in the browser, end to end against the real server process and a real
//! device core: filter the activities, correct an entry (typed in Eastern Arabic digits) and
//! see the correction arrive on the device, mark it reviewed, open the half-year report with
//! the corrected figures, download it as XLSX and read it back, print it to PDF, retire a topic
//! and see the device receive it, issue an enrollment code, revoke the device and see it
//! refused. Then every page in Arabic and in Sorani, right to left, and every page checked by
//! axe-core in Swedish and Arabic.

use super::{dist, server_and_device};
use brobygge_core::SyncError;
use brobygge_model::ErrorCode;
use brobygge_tests::driver::{without_isolation, Driver};
use calamine::{Data, Reader, Xlsx};
use std::time::{Duration, Instant};

/// Waits for a file ending in `.xlsx` to be fully downloaded into `dir`.
async fn downloaded_xlsx(dir: &std::path::Path) -> Vec<u8> {
    let started = Instant::now();
    loop {
        let found = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .find(|e| e.path().extension().is_some_and(|x| x == "xlsx"));
        if let Some(file) = found {
            return std::fs::read(file.path()).unwrap();
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no XLSX in {}",
            dir.display()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_coordinator_corrects_reports_exports_and_revokes() {
    let _ = dist();
    let home = tempfile::tempdir().unwrap();
    let (server, store, ids) = server_and_device(home.path()).await;
    let driver = Driver::chromium();
    let page = driver.browse(&server.url(), home.path(), "sv-SE").await;
    page.type_into("#login-name", "sara").await;
    page.type_into("#login-password", "korrekt häst batteri")
        .await;
    page.click("#login-submit").await;
    page.wait_text("#activities-total", |t| t == "3 tillfällen.")
        .await;

    // Filter: the project, then only what waits for review.
    page.select("#filter-project", "halsoguider").await;
    page.select("#filter-reviewed", "false").await;
    page.wait_text("#activities-total", |t| t == "3 tillfällen.")
        .await;

    // Correct the third occasion's women from 12 to 14, typed as Eastern Arabic digits.
    page.click("#activities tbody tr:nth-child(3) button.details")
        .await;
    page.wait_text("#entry-people", |t| t.contains("Kvinnor 12"))
        .await;
    let referrals = page.wait_text("#entry-referrals", |t| !t.is_empty()).await;
    assert_eq!(without_isolation(&referrals), "Vårdcentral: 1");
    page.select("#correct-field", "people.women").await;
    page.type_into("#correct-value", "١٤").await;
    page.click("#correct-save").await;
    page.wait_text("#correct-done", |t| t.contains("Rättelsen är sparad"))
        .await;
    page.wait_text("#entry-people", |t| t.contains("Kvinnor 14"))
        .await;
    page.screenshot("web-entry-sv").await;
    store.sync().await.unwrap();
    let on_device = store.entry(&ids[2]).unwrap();
    assert_eq!(
        on_device.draft.people.women.get(),
        14,
        "the correction reached the device"
    );

    // Reviewed: it leaves the list of what waits.
    page.click("#entry-mark-reviewed").await;
    page.wait_text("#activities-total", |t| t == "2 tillfällen.")
        .await;

    // The half-year report: 4 + 7 + 14 women in July to December 2026.
    page.click("#nav-reports").await;
    page.select("#report-kind", "half-year").await;
    page.type_into("#report-year", "2026").await;
    page.select("#report-half", "2").await;
    page.click("#report-show").await;
    page.wait_text("#report-occasions", |t| t == "3").await;
    let reach = page
        .wait_text("#report-reach", |t| t.contains("Kvinnor"))
        .await;
    let reach = reach.split_whitespace().collect::<Vec<_>>().join(" ");
    // Contacts 25, none said to be new (the device's occasions did not say), 900 expected.
    assert!(reach.contains("Kvinnor 25 0 900 0 %"), "{reach}");
    page.show("#report-reach").await;
    page.screenshot("web-report-reach-sv").await;
    // Each occasion referred one woman to the health centre.
    let referrals = page
        .wait_text("#report-referrals", |t| t.contains("Vårdcentral"))
        .await;
    let referrals = referrals.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(referrals.contains("Vårdcentral 3 3"), "{referrals}");
    page.type_into(
        "#report-text-done",
        "Språkcaféer och hälsosamtal i Öxnehaga.",
    )
    .await;
    page.click("#report-save-texts").await;
    page.wait_text("p[role=status]", |t| t.contains("sparade"))
        .await;
    page.screenshot("web-report-sv").await;

    // Download it as XLSX, as the coordinator's browser saves it, and read it back.
    page.click("#report-xlsx").await;
    let bytes = downloaded_xlsx(&Driver::downloads(home.path(), "sv-SE")).await;
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("Hälsoguider").unwrap();
    assert_eq!(sheet.get((6, 0)), Some(&Data::String("Kvinnor".into())));
    assert_eq!(sheet.get((6, 1)), Some(&Data::Float(25.0)));
    let summary = book.worksheet_range("Sammanfattning").unwrap();
    assert_eq!(
        summary.get((6, 0)),
        Some(&Data::String(
            "Språkcaféer och hälsosamtal i Öxnehaga.".into()
        ))
    );

    // The print view: the report alone, as a PDF.
    let pdf = page.print("web-report-print-sv").await;
    assert!(pdf.starts_with(b"%PDF"), "a PDF");

    // The lists: retire a topic; the device receives it on its next sync.
    page.click("#nav-reference").await;
    page.wait_text("#reference-items", |t| t.contains("halsoguider"))
        .await;
    page.screenshot("web-reference-sv").await;
    page.select("#reference-list", "5").await;
    page.click("tr[data-code='sleep'] input.retire").await;
    page.click("#reference-save").await;
    page.wait_text(".reference p[role=status]", |t| t.contains("sparade"))
        .await;
    store.sync().await.unwrap();
    let topics = store.reference_data().unwrap().topics;
    let sleep = topics.iter().find(|t| t.code.as_str() == "sleep").unwrap();
    assert!(sleep.retired, "the retired topic reached the device");

    // People and devices: a code to enroll another device, then revoke Amina's phone.
    page.click("#nav-people").await;
    page.click("#people tbody tr button.issue").await;
    let code = page.wait_text("#issued-code-text", |t| !t.is_empty()).await;
    assert_eq!(
        code.len(),
        14,
        "three groups of four and two dashes: {code}"
    );
    page.wait(".qr svg").await;
    // The link (also in the QR code) carries this server's address with the code.
    let link = page.wait_text("#issued-code-link", |t| !t.is_empty()).await;
    let invite = brobygge_model::Invite::parse(&link).unwrap();
    assert_eq!((invite.server, invite.code), (Some(server.url()), code));
    page.screenshot("web-people-sv").await;
    page.click("#people button.revoke").await;
    page.wait_text("#people", |t| t.contains("Bortkopplad"))
        .await;
    match store.sync().await {
        Err(SyncError::Refused(e)) => assert_eq!(e.code, ErrorCode::Revoked),
        other => panic!("a revoked device must be refused, got {other:?}"),
    }

    page.click("#nav-conflicts").await;
    page.wait_text("#conflicts-total", |t| t.contains("Inga konflikter"))
        .await;
    page.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_coordinator_page_right_to_left_in_arabic_and_sorani() {
    let home = tempfile::tempdir().unwrap();
    let (server, _store, _) = server_and_device(home.path()).await;
    let driver = Driver::chromium();
    // The language, Öxnehaga in its script, the half-year report's title and "health guide".
    let languages = [
        ("ar", "أوكسنهاغا", "التقرير المرحلي نصف السنوي", "مرشد صحي"),
        ("ckb", "ئۆکسنەهاگا", "ڕاپۆرتی شەش مانگی", "ڕێنمای تەندروستی"),
    ];
    for (tag, oxnehaga, title, guide) in languages {
        let page = driver.browse(&server.url(), home.path(), tag).await;
        page.type_into("#login-name", "sara").await;
        page.type_into("#login-password", "korrekt häst batteri")
            .await;
        page.click("#login-submit").await;
        page.wait_text("#activities tbody", |t| t.contains(oxnehaga))
            .await;
        let html = page.wait("html").await;
        assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
        assert_eq!(html.attr("lang").await.unwrap().as_deref(), Some(tag));
        page.screenshot(&format!("web-activities-{tag}")).await;
        page.click("#activities tbody tr:nth-child(1) button.details")
            .await;
        page.wait("#entry").await;
        page.screenshot(&format!("web-entry-{tag}")).await;
        page.click("#nav-overview").await;
        page.wait("#overview-gender").await;
        page.screenshot(&format!("web-overview-full-{tag}")).await;
        page.show("#overview-referrals").await;
        page.screenshot(&format!("web-overview-referrals-{tag}"))
            .await;
        page.click("#nav-reports").await;
        page.type_into("#report-year", "2026").await;
        page.select("#report-half", "2").await;
        page.click("#report-show").await;
        let shown = page.wait_text("#report-title", |t| !t.is_empty()).await;
        assert_eq!(without_isolation(&shown), title);
        page.screenshot(&format!("web-report-{tag}")).await;
        page.show("#report-reach").await;
        page.screenshot(&format!("web-report-reach-{tag}")).await;
        page.show("#report-referrals").await;
        page.screenshot(&format!("web-report-referrals-{tag}"))
            .await;
        page.print(&format!("web-report-print-{tag}")).await;
        page.click("#nav-people").await;
        page.wait_text("#people", |t| t.contains(guide)).await;
        page.screenshot(&format!("web-people-{tag}")).await;
        page.click("#nav-conflicts").await;
        page.wait("#conflicts-total").await;
        page.screenshot(&format!("web-conflicts-{tag}")).await;
        page.click("#nav-reference").await;
        page.wait("#reference-items").await;
        page.screenshot(&format!("web-reference-{tag}")).await;
        page.close().await;
    }
}

/// Every coordinator page in Swedish and in Arabic, checked by axe-core: no serious or critical
/// violation.
#[tokio::test(flavor = "multi_thread")]
async fn every_coordinator_page_passes_axe() {
    let home = tempfile::tempdir().unwrap();
    let (server, _store, _) = server_and_device(home.path()).await;
    let driver = Driver::chromium();
    let mut violations = Vec::new();
    for language in ["sv-SE", "ar"] {
        let page = driver.browse(&server.url(), home.path(), language).await;
        page.wait("#login-name").await;
        for v in page.axe().await {
            violations.push(format!("{language} login: {v}"));
        }
        page.type_into("#login-name", "sara").await;
        page.type_into("#login-password", "korrekt häst batteri")
            .await;
        page.click("#login-submit").await;
        page.wait("#activities tbody tr").await;
        page.click("#activities tbody tr:nth-child(1) button.details")
            .await;
        page.wait("#entry").await;
        let pages = [
            ("activities", None, "#entry"),
            ("overview", Some("#nav-overview"), "#overview-gender"),
            ("reports", Some("#nav-reports"), "#report-title"),
            ("conflicts", Some("#nav-conflicts"), "#conflicts-total"),
            ("people", Some("#nav-people"), "#people tbody tr"),
            ("lists", Some("#nav-reference"), "#reference-items tbody tr"),
        ];
        for (name, tab, ready) in pages {
            if let Some(tab) = tab {
                page.click(tab).await;
            }
            if name == "reports" {
                page.type_into("#report-year", "2026").await;
                page.select("#report-half", "2").await;
                page.click("#report-show").await;
            }
            page.wait(ready).await;
            for v in page.axe().await {
                violations.push(format!("{language} {name}: {v}"));
            }
        }
        // The check itself can fail: an image without a text alternative is critical.
        page.client
            .execute(
                "document.body.append(document.createElement('img'));",
                vec![],
            )
            .await
            .unwrap();
        let planted = page.axe().await;
        assert!(
            planted.iter().any(|v| v.starts_with("image-alt")),
            "{planted:?}"
        );
        page.close().await;
    }
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}
