//! Erasing the device's data, a crypto-shred: when the server says the device is revoked, and
//! before a phone handed to another user is enrolled to them. The connection is closed, the
//! key deleted from the secret store and its file overwritten and deleted, the database and
//! its `-wal`, `-shm` and `-journal` files deleted; what a flash chip may still hold of them is
//! noise without the key. A new, empty database under a new key takes their place, as on the
//! app's first start, keeping only this install's id (and, after a revocation, when it
//! happened, for the app to say so).
//!
//! An erasure a crash interrupts (the app killed, a flat battery) is finished by the next
//! open: a marker beside the database, written before anything is deleted and removed last,
//! keeps the install's id, why the data went, and whether the key was in the secret store
//! (then the erasure is finished only once the secret store answers and the key is gone).

use crate::store::{connect, StoreFiles};
use crate::{CoreError, DatabaseKey, Store};
use brobygge_model::KeyStorage;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Why the data is erased.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Erasure {
    /// The server said this device is revoked.
    Revoked,
    /// The device is being enrolled to another user.
    Handover,
}

/// The files SQLite may keep beside a database.
const COMPANIONS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// What the fresh database keeps, in the marker while an erasure runs.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Pending {
    install_id: String,
    /// When a revocation erased the data; none for a handover.
    erased_at: Option<String>,
    /// Whether the key was in the secret store (none in a marker from an older release).
    #[serde(default)]
    key_in_secret_store: bool,
}

impl Store {
    /// Erases everything on the device and starts a new, empty database under a new key.
    pub(crate) fn erase(&self, why: Erasure) -> Result<(), CoreError> {
        let pending = Pending {
            install_id: self.install_id()?,
            erased_at: (why == Erasure::Revoked)
                .then(|| chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()),
            key_in_secret_store: self.key_storage() == KeyStorage::SecretStore,
        };
        write_marker(&self.files.database, &pending)?;
        let mut conn = self.conn()?;
        let old = std::mem::replace(&mut *conn, Connection::open_in_memory()?);
        old.close().map_err(|(_, e)| e)?;
        let (fresh, storage) = wipe(&self.files, &pending, None)?;
        *conn = fresh;
        *self
            .key_storage
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = storage;
        Ok(())
    }
}

/// Finishes an erasure that a crash interrupted, before the store at `files` opens: the fresh
/// database gets `key` (none: a new key in the key file).
pub(crate) fn finish_interrupted(
    files: &StoreFiles,
    key: Option<&DatabaseKey>,
) -> Result<(), CoreError> {
    let marker = marker(&files.database);
    let text = match std::fs::read_to_string(&marker) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(CoreError::file(&marker, e)),
    };
    // Written whole and renamed into place, so it reads; should it not, erase all the same.
    let pending = serde_json::from_str(&text).unwrap_or_else(|_| Pending {
        install_id: uuid::Uuid::now_v7().to_string(),
        erased_at: Some(chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()),
        key_in_secret_store: false,
    });
    wipe(files, &pending, key)?;
    Ok(())
}

/// Shreds the key, deletes the database's files and makes the fresh database (under `key`,
/// or a new one, wherever the store's keys go now) that keeps `pending`; then removes the
/// marker. Whatever part of this a crash interrupts, doing it again finishes it.
fn wipe(
    files: &StoreFiles,
    pending: &Pending,
    key: Option<&DatabaseKey>,
) -> Result<(Connection, KeyStorage), CoreError> {
    files.shred_key(pending.key_in_secret_store)?;
    let database = &files.database;
    remove(database)?;
    for suffix in COMPANIONS {
        remove(&beside(database, suffix))?;
    }
    let made;
    let (key, storage) = match key {
        Some(key) => (key, KeyStorage::Caller),
        None => {
            made = files.key()?;
            (&made.0, made.1)
        }
    };
    let fresh = connect(database, key)?;
    fresh.execute(
        "INSERT INTO install (id, install_id, erased_at) VALUES (1, ?1, ?2)",
        (&pending.install_id, &pending.erased_at),
    )?;
    remove(&marker(database))?;
    Ok((fresh, storage))
}

/// The marker of an erasure under way.
fn marker(database: &Path) -> PathBuf {
    beside(database, "-erasing")
}

fn beside(database: &Path, suffix: &str) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Writes the marker whole (a file of its own, flushed, then renamed into place).
fn write_marker(database: &Path, pending: &Pending) -> Result<(), CoreError> {
    let (partial, marker) = (beside(database, "-erasing.part"), marker(database));
    let write = || -> std::io::Result<()> {
        let mut file = std::fs::File::create(&partial)?;
        file.write_all(&serde_json::to_vec(pending)?)?;
        file.sync_all()?;
        std::fs::rename(&partial, &marker)
    };
    write().map_err(|e| CoreError::file(&marker, e))
}

fn remove(path: &Path) -> Result<(), CoreError> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(CoreError::file(path, e)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    /// A crash after the key was shredded, with the old database still there: the next open
    /// finishes the erasure, keeps the install's id, and says when the data went.
    #[test]
    fn an_erasure_a_crash_interrupted_is_finished_by_the_next_open() {
        let dir = tempfile::tempdir().unwrap();
        let (database, key_file) = (dir.path().join("db.sqlite3"), dir.path().join("db.key"));
        let store = Store::open_with_key_file(&database, &key_file).unwrap();
        let pending = Pending {
            install_id: store.install_id().unwrap(),
            erased_at: Some("2026-12-06T21:05:58Z".into()),
            key_in_secret_store: false,
        };
        drop(store);
        write_marker(&database, &pending).unwrap();
        crate::key::shred_key_file(&key_file).unwrap();

        let store = Store::open_with_key_file(&database, &key_file).unwrap();
        assert_eq!(store.install_id().unwrap(), pending.install_id);
        let status = store.sync_status().unwrap();
        assert_eq!(status.erased_at, pending.erased_at);
        assert!(!marker(&database).exists());
        drop(store);
        // Finished: it opens again as it is.
        let store = Store::open_with_key_file(&database, &key_file).unwrap();
        assert_eq!(store.sync_status().unwrap().erased_at, pending.erased_at);
    }

    /// The same with the key in the secret store: a crash after the marker was written, with
    /// the old key and database still there. The next open deletes the old key from the secret
    /// store and keeps the new one there.
    #[test]
    fn an_erasure_a_crash_interrupted_deletes_the_key_from_the_secret_store() {
        use crate::key_home::tests::{secret_service, Device};
        if !secret_service() {
            return;
        }
        let device = Device::new();
        let store = device.open();
        let old = device.kept_key().unwrap();
        let pending = Pending {
            install_id: store.install_id().unwrap(),
            erased_at: Some("2026-12-06T21:05:58Z".into()),
            key_in_secret_store: true,
        };
        drop(store);
        write_marker(&device.database, &pending).unwrap();

        let store = device.open();
        let new = device.kept_key().expect("a new key in the secret store");
        assert_ne!(new, old);
        assert!(!device.key_file.exists());
        assert_eq!(store.key_storage(), KeyStorage::SecretStore);
        assert_eq!(store.install_id().unwrap(), pending.install_id);
        assert_eq!(store.sync_status().unwrap().erased_at, pending.erased_at);
        assert!(!marker(&device.database).exists());
    }
}
