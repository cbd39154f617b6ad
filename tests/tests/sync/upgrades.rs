//! Upgrades: the device and server databases made by the code of every released schema (the
//! fixtures in `tests/fixtures/releases`, each made by its own commit; see the README there)
//! open in today's app and server, migrate, and sync the changes waiting in the device's
//! outbox, each entry reaching the server once and in its last state. On SQLite, or on
//! PostgreSQL when `BROBYGGE_TEST_POSTGRES` is set, as in the rest of this suite.

use brobygge_core::{DatabaseKey, LogQuery, Store};
use brobygge_model::ActivityState;
use brobygge_tests::server::ServerProcess;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod newer;

/// A fixture's `fixture.json`: what the old code made, so that nothing here is guessed.
#[derive(Deserialize)]
struct Fixture {
    commit: String,
    device_schema_version: u32,
    encrypted: bool,
    server_sqlite_schema_version: Option<u32>,
    postgres_schema_version: Option<u32>,
    guide_name: String,
    sqlite: Setup,
    postgres: Option<Setup>,
}

/// A server database and a device database of the same release, the device enrolled to that
/// server (or, before the device could sync, not enrolled).
#[derive(Deserialize)]
struct Setup {
    /// None: the release had no server.
    server_file: Option<String>,
    device_file: String,
    key_file: Option<String>,
    device_enrolled: bool,
    guide_user_id: Option<i64>,
    server_entries: usize,
    outbox: Vec<Waiting>,
    waiting_ids: Vec<String>,
    expected: BTreeMap<String, Expected>,
}

#[derive(Deserialize)]
struct Waiting {
    activity_id: String,
    kind: String,
}

#[derive(Debug, PartialEq, Eq, Deserialize)]
struct Expected {
    women: u32,
    deleted: bool,
}

macro_rules! releases {
    ($($test:ident: $folder:literal,)*) => {
        const FOLDERS: &[&str] = &[$($folder),*];
        $(
            #[tokio::test(flavor = "multi_thread")]
            async fn $test() {
                upgrade($folder).await;
            }
        )*
    };
}

releases! {
    release_01_953813d: "01-953813d",
    release_02_cc47e38: "02-cc47e38",
    release_03_961371c: "03-961371c",
    release_04_4c4e56f: "04-4c4e56f",
    release_05_b7e1f94: "05-b7e1f94",
    release_06_a8cd989: "06-a8cd989",
    release_07_0072362: "07-0072362",
    release_08_a9f5f7b: "08-a9f5f7b",
    release_09_f213d13: "09-f213d13",
    release_10_f4fa3d0: "10-f4fa3d0",
    release_11_35847f8: "11-35847f8",
    release_12_fc5b5dc: "12-fc5b5dc",
    release_13_0c61061: "13-0c61061",
    release_14_20f14db: "14-20f14db",
    release_15_d35388c: "15-d35388c",
    release_16_f52f58e: "16-f52f58e",
    release_17_9ac722b: "17-9ac722b",
    release_18_f06f42a: "18-f06f42a",
}

fn releases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/releases")
}

#[test]
fn every_release_fixture_is_tested() {
    let mut found: Vec<String> = std::fs::read_dir(releases_dir())
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().into_string().unwrap())
        .collect();
    found.sort();
    assert_eq!(found, FOLDERS);
}

/// Runs `psql` on the database at `url`, stopping at the first error.
pub fn psql(url: &str, args: &[&str]) -> String {
    let out = std::process::Command::new("psql")
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url])
        .args(args)
        .output()
        .expect("psql (PostgreSQL's client) on PATH");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "psql {args:?}: {stderr}");
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// Whether the file starts as every unencrypted SQLite file does.
fn plain(path: &Path) -> bool {
    std::fs::read(path)
        .unwrap()
        .starts_with(b"SQLite format 3\0")
}

/// The schema version of the database at `path`, read with `key` when encrypted.
fn schema_of(path: &Path, key: Option<&DatabaseKey>) -> u32 {
    let conn = rusqlite::Connection::open(path).unwrap();
    if let Some(key) = key {
        key.unlock(&conn).unwrap();
    }
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

async fn upgrade(folder: &str) {
    let fixtures = releases_dir().join(folder);
    let fixture: Fixture =
        serde_json::from_slice(&std::fs::read(fixtures.join("fixture.json")).unwrap()).unwrap();
    let postgres = std::env::var("BROBYGGE_TEST_POSTGRES").ok();
    let setup = match (&postgres, &fixture.postgres) {
        (None, _) => &fixture.sqlite,
        (Some(_), Some(setup)) => setup,
        // A release without any server: its device enrolls with a fresh one on PostgreSQL.
        (Some(_), None) if fixture.sqlite.server_file.is_none() => &fixture.sqlite,
        (Some(_), None) => {
            eprintln!("{folder}: released before PostgreSQL; its server is tested on SQLite");
            return;
        }
    };
    let context = format!("{folder} (made by {})", fixture.commit);
    let dir = tempfile::tempdir().unwrap();

    // Today's server on the old release's database.
    let data_dir = dir.path().join("server");
    std::fs::create_dir_all(&data_dir).unwrap();
    if let (None, Some(file)) = (&postgres, &setup.server_file) {
        let path = data_dir.join("brobygge.sqlite3");
        std::fs::copy(fixtures.join(file), &path).unwrap();
        let found = Some(schema_of(&path, None));
        assert_eq!(found, fixture.server_sqlite_schema_version, "{context}");
    }
    let mut server = ServerProcess::on(&data_dir, postgres.as_deref());
    if let (Some(url), Some(file)) = (server.database_url(), &setup.server_file) {
        psql(url, &["-f", &fixtures.join(file).to_string_lossy()]);
        let found = psql(url, &["-tAc", "SELECT version FROM schema_version"]);
        let expected = fixture.postgres_schema_version.map(|v| v.to_string());
        assert_eq!(Some(found), expected, "{context}");
    }
    // The command line opens (and so migrates) the database first, and says why if it cannot.
    let held = server.activities();
    assert_eq!(held.len(), setup.server_entries, "{context}");
    assert!(held.iter().all(|a| !a.deleted), "{context}");
    let code = match (&setup.server_file, setup.guide_user_id) {
        _ if setup.device_enrolled => None,
        (Some(_), Some(user)) => Some(server.admin(&["issue-code", "--user", &user.to_string()])),
        _ => Some(server.guide_code(&fixture.guide_name)),
    };
    server.start();

    // Today's app on the old release's device database.
    let path = dir.path().join("device.sqlite3");
    std::fs::copy(fixtures.join(&setup.device_file), &path).unwrap();
    assert_eq!(setup.key_file.is_some(), fixture.encrypted, "{context}");
    assert_eq!(plain(&path), !fixture.encrypted, "{context}");
    let key = match &setup.key_file {
        Some(file) => {
            let text = std::fs::read_to_string(fixtures.join(file)).unwrap();
            DatabaseKey::from_hex(&text).expect("the fixture's key file")
        }
        // Made before encryption: today's app encrypts it in place with the key it is given.
        None => brobygge_tests::device_db::key(),
    };
    let old_key = fixture.encrypted.then_some(&key);
    assert_eq!(
        schema_of(&path, old_key),
        fixture.device_schema_version,
        "{context}"
    );
    let store = Store::open(&path, &key)
        .unwrap_or_else(|e| panic!("{context}: today's app cannot open it: {e:?}"));
    assert!(!plain(&path), "{context}: encrypted on its first open");
    assert_eq!(
        schema_of(&path, Some(&key)),
        brobygge_core::SCHEMA_VERSION,
        "{context}"
    );
    let waiting = store.outbox().unwrap();
    let found: Vec<(&str, &str)> = waiting
        .iter()
        .map(|r| (r.activity_id.0.as_str(), r.kind.as_str()))
        .collect();
    let made: Vec<(&str, &str)> = setup
        .outbox
        .iter()
        .map(|w| (w.activity_id.as_str(), w.kind.as_str()))
        .collect();
    assert_eq!(found, made, "{context}: the waiting changes, in order");
    let mut ids: Vec<&str> = Vec::new();
    for (id, _) in &found {
        if !ids.contains(id) {
            ids.push(id);
        }
    }
    assert_eq!(ids, setup.waiting_ids, "{context}: the entries waiting");

    let store = match code {
        Some(code) => {
            store
                .enroll(&server.url(), &code, "0.1.0")
                .await
                .unwrap_or_else(|e| panic!("{context}: enrolling: {e:?}"));
            store
        }
        None => {
            // The old server listened on another loopback port than today's (ports differ
            // between runs): point the link there, as if the server had moved.
            drop(store);
            let conn = rusqlite::Connection::open(&path).unwrap();
            key.unlock(&conn).unwrap();
            let moved = conn
                .execute("UPDATE sync_link SET server = ?1", [server.url()])
                .unwrap();
            assert_eq!(moved, 1, "{context}: the device was enrolled");
            drop(conn);
            Store::open(&path, &key).unwrap()
        }
    };
    finish(&context, &fixture, setup, &server, store).await;
}

/// Syncs and checks the server and the device against what the fixture expects.
async fn finish(
    context: &str,
    fixture: &Fixture,
    setup: &Setup,
    server: &ServerProcess,
    store: Store,
) {
    store
        .sync()
        .await
        .unwrap_or_else(|e| panic!("{context}: syncing: {e:?}"));
    assert!(store.outbox().unwrap().is_empty(), "{context}");
    assert_eq!(store.sync().await.unwrap().sent, 0, "{context}");

    let held = server.activities();
    let on_server: BTreeMap<String, Expected> = held
        .iter()
        .map(|a| {
            let (women, deleted) = (a.activity.people.women.get(), a.deleted);
            (a.id.clone(), Expected { women, deleted })
        })
        .collect();
    assert_eq!(held.len(), on_server.len(), "{context}: each entry once");
    assert_eq!(on_server, setup.expected, "{context}");

    let query = LogQuery {
        state: ActivityState::Final,
        limit: 100,
        offset: 0,
    };
    let mut logged: Vec<(String, bool)> = store
        .log(query)
        .unwrap_or_else(|e| panic!("{context}: My log: {e:?}"))
        .into_iter()
        .map(|e| (e.id.0, e.sent))
        .collect();
    logged.sort();
    let live: Vec<(String, bool)> = setup
        .expected
        .iter()
        .filter(|(_, e)| !e.deleted)
        .map(|(id, _)| (id.clone(), true))
        .collect();
    assert_eq!(logged, live, "{context}: My log, every entry received");
    let profile = store.profile().unwrap().expect("a profile");
    assert_eq!(profile.name, fixture.guide_name, "{context}");
}
