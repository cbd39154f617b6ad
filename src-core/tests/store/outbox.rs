//! The outbox: one row per change of a final entry, written with it or not at all.

use super::*;
use brobygge_model::{ActivityDraft, SaveOptions};
use std::process::Command;

#[test]
fn every_save_of_a_final_entry_queues_one_outbox_row_in_order() {
    let (store, _dir, _) = fresh();
    let reference = store.reference_data().unwrap();
    let a = store
        .save_activity(
            &occasion(&reference, day(2026, 11, 1), 1),
            SaveOptions::default(),
        )
        .unwrap();
    let b = store
        .save_activity(
            &occasion(&reference, day(2026, 11, 2), 2),
            SaveOptions::default(),
        )
        .unwrap();
    store.delete(&a).unwrap();
    let outbox = store.outbox().unwrap();
    let summary: Vec<_> = outbox
        .iter()
        .map(|r| (r.activity_id.clone(), r.kind.as_str()))
        .collect();
    assert_eq!(
        summary,
        [(a.clone(), "upsert"), (b, "upsert"), (a, "delete")]
    );
    assert!(outbox.windows(2).all(|w| w[0].seq < w[1].seq));
    let payload: ActivityDraft =
        serde_json::from_str(outbox[0].payload.as_deref().unwrap()).unwrap();
    assert_eq!(payload.people.total(), 1);
    assert!(outbox[2].payload.is_none());
}

#[test]
fn deleting_twice_queues_one_delete_and_restoring_queues_the_entry_again() {
    let (store, _dir, _) = fresh();
    let reference = store.reference_data().unwrap();
    let id = store
        .save_activity(
            &occasion(&reference, day(2026, 11, 4), 4),
            SaveOptions::default(),
        )
        .unwrap();
    store.restore(&id).unwrap();
    store.delete(&id).unwrap();
    store.delete(&id).unwrap();
    store.restore(&id).unwrap();
    let kinds: Vec<_> = store
        .outbox()
        .unwrap()
        .into_iter()
        .map(|r| r.kind)
        .collect();
    assert_eq!(kinds, ["upsert", "delete", "upsert"]);
    let last = store.outbox().unwrap().pop().unwrap();
    let payload: ActivityDraft = serde_json::from_str(last.payload.as_deref().unwrap()).unwrap();
    assert_eq!(payload.id, Some(id));
}

#[test]
fn an_entry_and_its_outbox_row_are_written_together_or_not_at_all() {
    let (store, _dir, path) = fresh();
    let reference = store.reference_data().unwrap();
    raw(&path)
        .execute_batch(
            "CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox
             BEGIN SELECT RAISE(ABORT, 'outbox refused'); END;",
        )
        .unwrap();
    let result = store.save_activity(
        &occasion(&reference, day(2026, 11, 3), 3),
        SaveOptions::default(),
    );
    assert!(result.is_err());
    let rows: i64 = raw(&path)
        .query_row("SELECT COUNT(*) FROM activities", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 0, "the activity was rolled back with its outbox row");
}

/// Saves in a loop in a child process, kills it with SIGKILL mid-stream, and checks that the
/// file opens, passes SQLite's integrity check, and that every final entry has its outbox row.
#[test]
fn a_kill_during_saves_loses_nothing_that_was_committed() {
    if let Ok(path) = std::env::var("BROBYGGE_SAVE_FOREVER") {
        let store = open(path.as_ref()).unwrap();
        let reference = store.reference_data().unwrap();
        for n in 0u32.. {
            let draft = occasion(&reference, day(2026, 11, 1 + n % 28), 1 + n % 50);
            store.save_activity(&draft, SaveOptions::default()).unwrap();
            println!("saved {n}");
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("killed.sqlite3");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "outbox::a_kill_during_saves_loses_nothing_that_was_committed",
            "--exact",
            "--nocapture",
        ])
        .env("BROBYGGE_SAVE_FOREVER", &path)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    let mut confirmed = 0;
    while confirmed < 40 {
        line.clear();
        assert!(
            std::io::BufRead::read_line(&mut stdout, &mut line).unwrap() > 0,
            "child ended"
        );
        if line.starts_with("saved ") {
            confirmed += 1;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();

    let store = open(&path).unwrap();
    let conn = raw(&path);
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    let (activities, queued): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT COUNT(*) FROM activities), (SELECT COUNT(DISTINCT activity_id) FROM outbox)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(
        activities >= confirmed,
        "{activities} rows but {confirmed} saves were confirmed"
    );
    assert_eq!(activities, queued, "every entry has its outbox row");
    assert_eq!(store.outbox().unwrap().len() as i64, activities);
}
