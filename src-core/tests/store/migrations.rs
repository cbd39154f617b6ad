//! Schema migrations: from an empty file, from the first schema, refused when newer.

use super::*;
use brobygge_core::{migrate_to, CoreError, SCHEMA_VERSION};

fn user_version(path: &std::path::Path) -> u32 {
    raw(path)
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

#[test]
fn an_empty_file_is_migrated_to_the_current_schema_and_seeded() {
    let (store, _dir, path) = fresh();
    assert_eq!(user_version(&path), SCHEMA_VERSION);
    let reference = store.reference_data().unwrap();
    assert!(
        reference.projects.len() >= 6,
        "seed projects: {:?}",
        reference.projects
    );
    let journal: String = raw(&path)
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(journal, "wal");
}

#[test]
fn a_database_of_the_first_schema_is_migrated_keeping_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.sqlite3");
    {
        let mut conn = raw(&path);
        migrate_to(&mut conn, 1).unwrap();
        conn.execute(
            "INSERT INTO activities (id, state, date, people_total, document, updated_at)
             VALUES ('old', 'draft', '2026-01-05', 3, '{\"note\":\"från v1\"}', '2026-01-05')",
            [],
        )
        .unwrap();
    }
    assert_eq!(user_version(&path), 1);
    let store = open(&path).unwrap();
    assert_eq!(user_version(&path), SCHEMA_VERSION);
    let entry = store
        .entry(&brobygge_model::ActivityId("old".into()))
        .unwrap();
    assert_eq!(entry.draft.note, "från v1");
}

#[test]
fn a_database_from_a_newer_app_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.sqlite3");
    {
        let conn = raw(&path);
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
            .unwrap();
    }
    match open(&path) {
        Err(CoreError::NewerSchema {
            found: 99,
            supported,
        }) => {
            assert_eq!(supported, SCHEMA_VERSION)
        }
        other => panic!("expected NewerSchema, got {:?}", other.map(|_| ())),
    }
    assert_eq!(user_version(&path), 99);
    let tables: i64 = raw(&path)
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tables, 1, "nothing was created in the newer database");
    assert!(
        !dir.path().join("newer.sqlite3-wal").exists(),
        "not switched to WAL"
    );
}

#[test]
fn an_updated_seed_replaces_the_old_seed_but_not_the_servers_data() {
    let (store, _dir, path) = fresh();
    drop(store);
    let empty = serde_json::to_string(&brobygge_model::ReferenceData::default()).unwrap();
    let conn = raw(&path);
    conn.execute("UPDATE reference_data SET document = ?1", [&empty])
        .unwrap();
    let refreshed = open(&path).unwrap().reference_data().unwrap();
    assert!(refreshed.projects.len() >= 6, "an older seed is replaced");
    conn.execute(
        "UPDATE reference_data SET source = 'server', document = ?1",
        [&empty],
    )
    .unwrap();
    let kept = open(&path).unwrap().reference_data().unwrap();
    assert!(
        kept.projects.is_empty(),
        "the server's reference data is kept"
    );
}
#[test]
fn a_failed_migration_leaves_the_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("clash.sqlite3");
    {
        // A table named like one that step 1 creates makes the step fail half way.
        let conn = raw(&path);
        conn.execute_batch("CREATE TABLE outbox (x);").unwrap();
    }
    assert!(open(&path).is_err());
    assert_eq!(user_version(&path), 0);
    let profile_exists: i64 = raw(&path)
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'profile'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        profile_exists, 0,
        "the earlier statements of the step were rolled back"
    );
}
