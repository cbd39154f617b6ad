//! A scenario device's files as the app keeps them (the database and, apart from it, its key
//! file, which an erasure replaces), and a look into the database as the checks need it.

use brobygge_core::{DatabaseKey, Store};
use brobygge_model::{ActivityDraft, Code, LocaleCode, Profile};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// Where one device keeps its data.
#[derive(Clone, Debug)]
pub struct DeviceFiles {
    pub database: PathBuf,
    pub key: PathBuf,
}

impl DeviceFiles {
    pub fn in_dir(dir: &Path) -> DeviceFiles {
        std::fs::create_dir_all(dir.join("config")).unwrap();
        DeviceFiles {
            database: dir.join("device.sqlite3"),
            key: dir.join("config/database.key"),
        }
    }

    /// Opens the store with its key file, as the app does.
    pub fn open(&self) -> Store {
        Store::open_with_key_file(&self.database, &self.key)
            .unwrap_or_else(|e| panic!("{} does not open: {e}", self.database.display()))
    }

    /// A new device with a local profile, as after the app's first start.
    pub fn first_start(&self) -> Store {
        let store = self.open();
        let projects = vec![Code::new("halsoguider").unwrap()];
        let profile = Profile::new("Local name", LocaleCode::Ar, projects).unwrap();
        store.set_profile(&profile).unwrap();
        store
    }

    fn look_inside(&self) -> rusqlite::Connection {
        let key = DatabaseKey::load_or_create(&self.key).unwrap();
        let conn = rusqlite::Connection::open(&self.database).unwrap();
        key.unlock(&conn).unwrap();
        conn
    }

    /// The device's live final entries, as stored.
    pub fn local_entries(&self) -> BTreeMap<String, ActivityDraft> {
        let conn = self.look_inside();
        let mut stmt = conn
            .prepare("SELECT id, document FROM activities WHERE state = 'final' AND deleted = 0")
            .unwrap();
        stmt.query_map([], |r| {
            let document: String = r.get(1)?;
            Ok((r.get(0)?, serde_json::from_str(&document).unwrap()))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    }

    /// The pull cursor of the device's current enrollment; 0 before its first pull.
    pub fn pull_cursor(&self) -> i64 {
        let cursor: Option<String> = self
            .look_inside()
            .query_row("SELECT pull_cursor FROM sync_link", [], |r| r.get(0))
            .unwrap_or(None);
        // `epoch:number` (see the server's `api::pull`).
        cursor.map_or(0, |c| {
            let number = c.rsplit(':').next().unwrap_or_default();
            number.parse().expect("a cursor of this server")
        })
    }
}

/// The upserts waiting in a device's outbox that the server will accept, per entry: those in
/// a project of the scenario's guides (see [`super::ops::ELSEWHERE`]).
pub fn accepted_waiting(store: &Store) -> HashMap<String, u64> {
    let mut waiting = HashMap::new();
    for row in store.outbox().unwrap() {
        let accepted = row.payload.as_deref().is_some_and(|json| {
            let draft: ActivityDraft = serde_json::from_str(json).unwrap();
            !super::ops::is_elsewhere(&draft)
        });
        if accepted {
            *waiting.entry(row.activity_id.0).or_default() += 1;
        }
    }
    waiting
}
