//! Saving, listing, editing, drafts, deleting and the totals of My log.

use super::*;
use brobygge_core::{CoreError, LogQuery, Reach};
use brobygge_model::{ActivityState, Problem, SaveOptions};

fn drafts(store: &Store) -> Vec<brobygge_core::LogEntry> {
    store
        .log(LogQuery {
            state: ActivityState::Draft,
            limit: 100,
            offset: 0,
        })
        .unwrap()
}

#[test]
fn a_saved_occasion_is_in_my_log_after_reopening() {
    let (store, _dir, path) = fresh();
    let reference = store.reference_data().unwrap();
    let draft = occasion(&reference, day(2026, 11, 30), 7);
    let id = store.save_activity(&draft, SaveOptions::default()).unwrap();
    drop(store);

    let store = open(&path).unwrap();
    let log = finals(&store);
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].id, id);
    assert_eq!(log[0].people_total, 7);
    assert_eq!(log[0].venue, draft.venue);
    assert!(!log[0].sent, "nothing is sent before sync exists");
    let entry = store.entry(&id).unwrap();
    assert_eq!(entry.state, ActivityState::Final);
    assert_eq!(entry.draft.note, draft.note);
}

#[test]
fn my_log_is_newest_first_and_pages() {
    let (store, _dir, _) = fresh();
    let reference = store.reference_data().unwrap();
    for d in [3, 1, 2] {
        let draft = occasion(&reference, day(2026, 11, d), d);
        store.save_activity(&draft, SaveOptions::default()).unwrap();
    }
    let dates: Vec<_> = finals(&store).iter().map(|e| e.date.unwrap()).collect();
    assert_eq!(
        dates,
        [day(2026, 11, 3), day(2026, 11, 2), day(2026, 11, 1)]
    );
    let second_page = store
        .log(LogQuery {
            state: ActivityState::Final,
            limit: 2,
            offset: 2,
        })
        .unwrap();
    assert_eq!(second_page.len(), 1);
    assert_eq!(second_page[0].date, Some(day(2026, 11, 1)));
}

#[test]
fn editing_updates_the_entry_in_place() {
    let (store, _dir, _) = fresh();
    let reference = store.reference_data().unwrap();
    let mut draft = occasion(&reference, day(2026, 11, 30), 4);
    let id = store.save_activity(&draft, SaveOptions::default()).unwrap();
    draft.id = Some(id.clone());
    draft.people.men = brobygge_model::Count::new(3).unwrap();
    store.save_activity(&draft, SaveOptions::default()).unwrap();
    let log = finals(&store);
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].people_total, 7);
}

#[test]
fn an_invalid_occasion_is_refused_and_nothing_is_written() {
    let (store, _dir, _) = fresh();
    let reference = store.reference_data().unwrap();
    let mut draft = occasion(&reference, day(2026, 11, 30), 0);
    draft.note = "Ring henne på 070-123 45 67".into();
    match store.save_activity(&draft, SaveOptions::default()) {
        Err(CoreError::Invalid(problems)) => {
            assert!(problems.contains(&Problem::NobodyReached));
            assert!(problems
                .iter()
                .any(|p| matches!(p, Problem::NoteIdentifies { .. })));
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert!(finals(&store).is_empty());
    assert!(store.outbox().unwrap().is_empty());
}

#[test]
fn nobody_reached_is_saved_once_confirmed() {
    let (store, _dir, _) = fresh();
    let reference = store.reference_data().unwrap();
    let draft = occasion(&reference, day(2026, 11, 30), 0);
    assert!(store.save_activity(&draft, SaveOptions::default()).is_err());
    let confirmed = SaveOptions {
        confirm_nobody_reached: true,
    };
    store.save_activity(&draft, confirmed).unwrap();
    assert_eq!(finals(&store)[0].people_total, 0);
}

#[test]
fn drafts_are_kept_listed_and_finished() {
    let (store, _dir, path) = fresh();
    let reference = store.reference_data().unwrap();
    let full = occasion(&reference, day(2026, 11, 30), 5);
    let half = brobygge_model::ActivityDraft {
        venue: None,
        format: None,
        ..full.clone()
    };
    let id = store.save_draft(&half).unwrap();
    drop(store);
    let store = open(&path).unwrap();
    let listed = drafts(&store);
    assert_eq!(listed.len(), 1);
    assert!(finals(&store).is_empty(), "a draft is not in My log");
    assert!(
        store.outbox().unwrap().is_empty(),
        "a draft is never queued"
    );

    let finished = brobygge_model::ActivityDraft {
        id: Some(id.clone()),
        ..full
    };
    assert_eq!(
        store
            .save_activity(&finished, SaveOptions::default())
            .unwrap(),
        id
    );
    let drafts_left = drafts(&store);
    assert!(drafts_left.is_empty());
    assert_eq!(finals(&store).len(), 1);
    assert!(matches!(
        store.save_draft(&finished),
        Err(CoreError::NotADraft)
    ));
}

#[test]
fn delete_can_be_undone() {
    let (store, _dir, _) = fresh();
    let reference = store.reference_data().unwrap();
    let id = store
        .save_activity(
            &occasion(&reference, day(2026, 11, 30), 2),
            SaveOptions::default(),
        )
        .unwrap();
    store.delete(&id).unwrap();
    assert!(finals(&store).is_empty());
    assert!(matches!(store.entry(&id), Err(CoreError::NotFound)));
    store.restore(&id).unwrap();
    assert_eq!(finals(&store).len(), 1);
    let missing = brobygge_model::ActivityId("no-such-id".into());
    assert!(matches!(store.delete(&missing), Err(CoreError::NotFound)));
}

#[test]
fn totals_count_this_week_and_this_month() {
    let (store, _dir, _) = fresh();
    let reference = store.reference_data().unwrap();
    // Monday 2026-11-30 starts a week whose Sunday is in December.
    for (date, women) in [
        (day(2026, 11, 29), 4), // Sunday of the previous week, same month
        (day(2026, 11, 30), 5), // Monday of this week
        (day(2026, 12, 2), 6),  // later this week, next month
        (day(2026, 10, 31), 9), // last month
    ] {
        store
            .save_activity(&occasion(&reference, date, women), SaveOptions::default())
            .unwrap();
    }
    let deleted = store
        .save_activity(
            &occasion(&reference, day(2026, 11, 30), 50),
            SaveOptions::default(),
        )
        .unwrap();
    store.delete(&deleted).unwrap();
    let totals = store.totals(day(2026, 11, 30)).unwrap();
    assert_eq!(
        totals.week,
        Reach {
            occasions: 2,
            people: 11
        }
    );
    assert_eq!(
        totals.month,
        Reach {
            occasions: 2,
            people: 9
        }
    );
}

#[test]
fn a_draft_never_stores_what_would_identify_a_resident() {
    let (store, dir, path) = fresh();
    let reference = store.reference_data().unwrap();
    let mut draft = occasion(&reference, day(2026, 11, 30), 2);
    draft.note = "Först: ring 0701234567".into();
    let id = store.save_draft(&draft).unwrap();
    draft.id = Some(id.clone());
    draft.note = "Mamman 811218-9876 ville ha hjälp".into();
    store.save_draft(&draft).unwrap();
    assert_eq!(
        store.entry(&id).unwrap().draft.note,
        "Mamman […] ville ha hjälp"
    );
    drop(store);
    for name in ["device.sqlite3", "device.sqlite3-wal"] {
        let bytes = std::fs::read(dir.path().join(name)).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("811218-9876"),
            "{name} holds the identity number"
        );
        assert!(
            !text.contains("0701234567"),
            "{name} holds the phone number"
        );
    }
    assert!(open(&path).is_ok());
}

#[test]
fn drafts_are_not_counted_and_never_marked_as_sent() {
    let (store, _dir, _) = fresh();
    let reference = store.reference_data().unwrap();
    store
        .save_draft(&occasion(&reference, day(2026, 11, 30), 8))
        .unwrap();
    assert_eq!(
        store.totals(day(2026, 11, 30)).unwrap().week,
        Reach::default()
    );
    let listed = drafts(&store);
    assert!(!listed[0].sent);
}
