//! Device databases as the tests make and read them: encrypted, as every device database is,
//! with one key for the stores a test makes itself, and with the app's own key file for the
//! database of the app under test.

use brobygge_core::{DatabaseKey, Store};
use std::path::{Path, PathBuf};

/// A D-Bus session address where no bus listens: given to the app and to `brobygge-device`
/// when a test reads their key file, so that on a desktop with a keyring their key stays in
/// the file (as it does where no secret store runs) instead of moving into the keyring.
pub const NO_SESSION_BUS: &str = "unix:path=/nonexistent/brobygge-tests/no-session-bus";

/// The key of the device databases a test makes itself.
pub fn key() -> DatabaseKey {
    DatabaseKey::from_hex(&"a5".repeat(32)).expect("a key")
}

/// Opens (or creates) a device store at `path` with [`key`].
pub fn open(path: &Path) -> Store {
    Store::open(path, &key()).expect("a device database")
}

/// A plain connection to the device database at `path`, made with [`key`].
pub fn look_inside(path: &Path) -> rusqlite::Connection {
    unlocked(path, &key())
}

/// The database of the app whose data lives under `home` (its `XDG_DATA_HOME` is
/// `home/data`), where the app keeps it.
pub fn app_database(home: &Path) -> PathBuf {
    home.join("data/se.brobygge.app/brobygge.sqlite3")
}

/// The file in which the app whose config lives under `home` keeps its database's key.
pub fn app_key_file(home: &Path) -> PathBuf {
    home.join("config/se.brobygge.app/database.key")
}

/// The key of the app whose config lives under `home`, made as the app makes it when the app
/// has not started yet (with no secret store, see [`NO_SESSION_BUS`]).
pub fn app_key(home: &Path) -> DatabaseKey {
    DatabaseKey::load_or_create(&app_key_file(home)).expect("the app's key file")
}

/// A plain connection to the database of the app under `home`, with the app's own key.
pub fn look_inside_app(home: &Path) -> rusqlite::Connection {
    unlocked(&app_database(home), &app_key(home))
}

/// The documents of the saved (final) entries in the app's database under `home`, in the
/// order they were saved.
pub fn saved_in_app(home: &Path) -> Vec<serde_json::Value> {
    let connection = look_inside_app(home);
    let mut statement = connection
        .prepare("SELECT document FROM activities WHERE state = 'final' ORDER BY updated_at")
        .unwrap();
    let documents = statement
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap);
    documents
        .map(|d| serde_json::from_str(&d).unwrap())
        .collect()
}

fn unlocked(path: &Path, key: &DatabaseKey) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).expect("the database file");
    key.unlock(&conn).expect("the database opens with its key");
    conn
}
