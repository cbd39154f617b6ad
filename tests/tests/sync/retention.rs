//! Retention on the phone: once the municipality keeps entries only from a day on and thins
//! out the older ones on the server, the next sync thins them out of the guide's phone too;
//! a draft stays, and an old occasion logged afterwards stays with the server's refusal so
//! that the guide sees why it was not taken.

use super::{enrolled, occasion};
use brobygge_model::SaveOptions;
use chrono::{Datelike, NaiveDate};

#[tokio::test(flavor = "multi_thread")]
async fn the_next_sync_thins_out_what_the_server_no_longer_keeps() {
    let home = tempfile::tempdir().unwrap();
    let (server, store) = enrolled(home.path(), "Amina Hassan").await;
    let on = |date: NaiveDate, women| {
        let mut draft = occasion(women);
        draft.date = Some(date);
        draft
    };
    let march = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
    let old = store
        .save_activity(&on(march, 4), SaveOptions::default())
        .unwrap();
    let kept = store
        .save_activity(&occasion(5), SaveOptions::default())
        .unwrap();
    let draft = store.save_draft(&on(march, 2)).unwrap();
    store.sync().await.unwrap();
    assert_eq!(server.activities().len(), 2);

    // Kept from some day of June 2025 on.
    let today = chrono::Local::now().date_naive();
    let months = today.year() * 12 + today.month() as i32 - (2025 * 12 + 6);
    server.admin(&["set-retention", "--months", &months.to_string()]);
    assert_eq!(server.admin(&["thin", "--dry-run"]).trim(), "1");
    assert_eq!(server.admin(&["thin"]).trim(), "1");
    assert_eq!(server.activities().len(), 1);

    store.sync().await.unwrap();
    assert!(
        store.entry(&old).is_err(),
        "the old occasion is still on the phone"
    );
    assert!(store.entry(&kept).unwrap().sent);
    assert_eq!(
        store.entry(&draft).unwrap().draft.date,
        Some(march),
        "the draft stays"
    );

    // An old occasion logged now is refused by the server, and stays with its refusal.
    let late = store
        .save_activity(&on(march, 7), SaveOptions::default())
        .unwrap();
    let summary = store.sync().await.unwrap();
    assert_eq!(summary.refused, 1);
    let entry = store.entry(&late).unwrap();
    assert!(!entry.sent);
    store.sync().await.unwrap();
    assert!(
        store.entry(&late).is_ok(),
        "a refused occasion stays for the guide to see"
    );
    assert_eq!(server.activities().len(), 1);
}
