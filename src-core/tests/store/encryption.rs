//! The database encrypted at rest: a copy of the file alone reads as noise, another key is
//! refused without harm, a database from before encryption is encrypted keeping its rows,
//! and the key file is made once, for its owner only.

use super::*;
use brobygge_core::{migrate_to, CoreError, DatabaseKey, SCHEMA_VERSION};
use brobygge_model::{ErrorCode, SaveOptions};
use rusqlite::Connection;

const PLAIN_HEADER: &[u8] = b"SQLite format 3\0";

/// The database file and its write-ahead log, as a thief who copied the folder would have them.
fn files(path: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(path).unwrap();
    if let Ok(wal) = std::fs::read(path.with_extension("sqlite3-wal")) {
        bytes.extend(wal);
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle.as_bytes())
}

fn readable_without_key(path: &Path) -> bool {
    Connection::open(path)
        .unwrap()
        .query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
        .is_ok()
}

#[test]
fn a_copy_of_the_database_alone_reads_as_noise() {
    let (store, _dir, path) = fresh();
    let reference = store.reference_data().unwrap();
    let mut draft = occasion(&reference, day(2026, 11, 30), 7);
    draft.note = "Föräldrafrukost om skolans läxhjälp".into();
    store.save_activity(&draft, SaveOptions::default()).unwrap();

    let bytes = files(&path);
    assert!(!bytes.starts_with(PLAIN_HEADER));
    assert!(
        !contains(&bytes, "läxhjälp"),
        "the note is not in the files"
    );
    assert!(!contains(&bytes, "CREATE TABLE"), "nor is the schema");
    assert!(!readable_without_key(&path));
    drop(store);
    assert_eq!(finals(&open(&path).unwrap()).len(), 1);
}

#[test]
fn another_key_is_refused_and_the_database_kept() {
    let (store, _dir, path) = fresh();
    let reference = store.reference_data().unwrap();
    let draft = occasion(&reference, day(2026, 11, 30), 4);
    store.save_activity(&draft, SaveOptions::default()).unwrap();
    drop(store);

    let other = DatabaseKey::generate();
    let refused = Store::open(&path, &other).err().unwrap();
    assert!(matches!(refused, CoreError::WrongKey));
    // Told as a locked database, not as storage that may work if tried again.
    assert_eq!(refused.to_api_error().code, ErrorCode::Locked);
    assert_eq!(finals(&open(&path).unwrap()).len(), 1, "nothing was lost");
}

#[test]
fn a_database_from_before_encryption_is_encrypted_keeping_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("device.sqlite3");
    {
        let mut conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        migrate_to(&mut conn, SCHEMA_VERSION).unwrap();
        conn.execute(
            "INSERT INTO activities (id, state, date, people_total, document, updated_at)
             VALUES ('old', 'draft', '2026-01-05', 3, '{\"note\":\"skrivet före krypteringen\"}',
                     '2026-01-05')",
            [],
        )
        .unwrap();
    }
    assert!(std::fs::read(&path).unwrap().starts_with(PLAIN_HEADER));

    let store = open(&path).unwrap();
    let entry = store
        .entry(&brobygge_model::ActivityId("old".into()))
        .unwrap();
    assert_eq!(entry.draft.note, "skrivet före krypteringen");
    let bytes = files(&path);
    assert!(!bytes.starts_with(PLAIN_HEADER));
    assert!(!contains(&bytes, "krypteringen"));
    assert!(!readable_without_key(&path));
    assert!(!dir.path().join("device.encrypting").exists());
    let version: u32 = raw(&path)
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION, "the schema version came along");
}

#[test]
fn a_database_of_a_newer_app_from_before_encryption_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.sqlite3");
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    assert!(matches!(
        open(&path),
        Err(CoreError::NewerSchema { found: 99, .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn the_key_file_is_made_once_and_for_its_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config/database.key");
    let made = DatabaseKey::load_or_create(&file).unwrap();
    let mode = std::fs::metadata(&file).unwrap().permissions();
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&mode) & 0o777,
        0o600
    );
    assert_eq!(DatabaseKey::load_or_create(&file).unwrap(), made);
    assert_ne!(
        DatabaseKey::generate(),
        made,
        "every device has its own key"
    );
    assert_eq!(format!("{made:?}"), "DatabaseKey(..)", "never printed");
}

#[test]
fn a_damaged_key_file_is_an_error_and_left_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("database.key");
    std::fs::write(&file, "not a key\n").unwrap();
    let refused = DatabaseKey::load_or_create(&file).unwrap_err();
    assert!(matches!(refused, CoreError::DamagedKey(_)));
    assert_eq!(refused.to_api_error().code, ErrorCode::Locked);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a key\n");
}
