//! The app's key in a real secret service. `cargo xtask test` runs these inside a D-Bus session
//! of their own with a throwaway gnome-keyring, and says so with
//! `BROBYGGE_TEST_SECRET_SERVICE`; without it they say loudly that they did not run, and fail
//! under `CI`. (Without any secret service: `tests/no_secret_store.rs`.)

use crate::erase::Erasure;
use crate::secret_store::{Lookup, SecretEntry};
use crate::{CoreError, DatabaseKey, Store};
use brobygge_model::{KeyStorage, LocaleCode, Profile};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Whether this run has a secret service to test against. Never a developer's own keyring by
/// accident: only the one `cargo xtask test` starts (or one a developer names by setting the
/// variable). Without one the test says so on the real stderr, past the test harness's
/// capture, and under `CI` fails.
pub(crate) fn secret_service() -> bool {
    if std::env::var_os("BROBYGGE_TEST_SECRET_SERVICE").is_some() {
        return true;
    }
    let message = "NOT RUN: this test needs a secret service; `cargo xtask test` starts one \
                   (a D-Bus session with gnome-keyring) and sets BROBYGGE_TEST_SECRET_SERVICE";
    assert!(std::env::var_os("CI").is_none(), "{message}");
    let _ = writeln!(std::io::stderr(), "{message}");
    false
}

/// A database in a temp dir, its key file beside it, and its secret-store entry deleted when
/// the test ends.
pub(crate) struct Device {
    _dir: tempfile::TempDir,
    pub(crate) database: PathBuf,
    pub(crate) key_file: PathBuf,
}

impl Device {
    pub(crate) fn new() -> Device {
        let dir = tempfile::tempdir().unwrap();
        Device {
            database: dir.path().join("device.sqlite3"),
            key_file: dir.path().join("config/database.key"),
            _dir: dir,
        }
    }

    pub(crate) fn open(&self) -> Store {
        Store::open_with_device_key(&self.database, &self.key_file).unwrap()
    }

    /// The key the secret store holds for the database, if any.
    pub(crate) fn kept_key(&self) -> Option<DatabaseKey> {
        match SecretEntry::for_database(&self.database).read() {
            Lookup::Key(key) => Some(key),
            Lookup::Empty => None,
            other => panic!("the secret store answers with its entry: {other:?}"),
        }
    }
}

impl Drop for Device {
    fn drop(&mut self) {
        let _ = SecretEntry::for_database(&self.database).delete();
    }
}

fn profile(name: &str) -> Profile {
    let project = brobygge_model::Code::new("test-project").unwrap();
    Profile::new(name, LocaleCode::Sv, vec![project]).unwrap()
}

fn opens_with(database: &Path, key: &DatabaseKey) -> bool {
    crate::key::opens(database, key).unwrap()
}

#[test]
fn a_new_store_keeps_its_key_in_the_secret_store_and_writes_no_file() {
    if !secret_service() {
        return;
    }
    let device = Device::new();
    let store = device.open();
    assert_eq!(store.key_storage(), KeyStorage::SecretStore);
    assert_eq!(
        store.sync_status().unwrap().key_storage,
        KeyStorage::SecretStore
    );
    store.set_profile(&profile("Amina Hassan")).unwrap();
    drop(store);
    assert!(!device.key_file.exists(), "no key file is written");
    let kept = device.kept_key().expect("the key is in the secret store");
    assert!(opens_with(&device.database, &kept));

    let store = device.open();
    assert_eq!(store.profile().unwrap().unwrap().name, "Amina Hassan");
    assert_eq!(device.kept_key(), Some(kept));
}

#[test]
fn two_databases_on_one_machine_have_keys_of_their_own() {
    if !secret_service() {
        return;
    }
    let (one, two) = (Device::new(), Device::new());
    let (_a, _b) = (one.open(), two.open());
    assert_ne!(one.kept_key().unwrap(), two.kept_key().unwrap());
}

#[test]
fn a_key_file_from_an_older_release_moves_into_the_secret_store() {
    if !secret_service() {
        return;
    }
    let device = Device::new();
    let old = Store::open_with_key_file(&device.database, &device.key_file).unwrap();
    old.set_profile(&profile("Amina Hassan")).unwrap();
    drop(old);
    let key = DatabaseKey::load_or_create(&device.key_file).unwrap();

    let store = device.open();
    assert_eq!(store.key_storage(), KeyStorage::SecretStore);
    assert!(!device.key_file.exists(), "the key file is shredded");
    assert_eq!(device.kept_key(), Some(key));
    assert_eq!(store.profile().unwrap().unwrap().name, "Amina Hassan");
    drop(store);
    // And it opens from there again.
    let store = device.open();
    assert_eq!(store.profile().unwrap().unwrap().name, "Amina Hassan");
}

/// A key file made while the secret store did not answer, beside an entry with another key:
/// the key that opens the database wins, whichever place it is in.
#[test]
fn of_two_keys_the_one_that_opens_the_database_is_kept() {
    if !secret_service() {
        return;
    }
    let device = Device::new();
    let old = Store::open_with_key_file(&device.database, &device.key_file).unwrap();
    old.set_profile(&profile("Amina Hassan")).unwrap();
    drop(old);
    let key = DatabaseKey::load_or_create(&device.key_file).unwrap();
    let stale = DatabaseKey::generate();
    SecretEntry::for_database(&device.database)
        .keep(&stale)
        .unwrap();

    let store = device.open();
    assert_eq!(store.key_storage(), KeyStorage::SecretStore);
    assert_eq!(device.kept_key(), Some(key.clone()));
    assert!(!device.key_file.exists());
    assert_eq!(store.profile().unwrap().unwrap().name, "Amina Hassan");
    drop(store);

    // The other way round: the entry's key opens it, a stray file's does not.
    let stray = DatabaseKey::generate();
    stray.write(&device.key_file).unwrap();
    let store = device.open();
    assert_eq!(store.key_storage(), KeyStorage::SecretStore);
    assert_eq!(device.kept_key(), Some(key));
    assert!(
        device.key_file.exists(),
        "a key file that opens nothing is left as it is"
    );
    assert_eq!(store.profile().unwrap().unwrap().name, "Amina Hassan");
}

/// An encrypted database whose key is in neither place is refused as it is: no new key is
/// made that could not open it.
#[test]
fn a_database_whose_key_is_nowhere_is_refused_untouched() {
    if !secret_service() {
        return;
    }
    let device = Device::new();
    drop(device.open());
    SecretEntry::for_database(&device.database)
        .delete()
        .unwrap();
    let before = std::fs::read(&device.database).unwrap();

    let refused = Store::open_with_device_key(&device.database, &device.key_file).err();
    assert!(
        matches!(refused, Some(CoreError::KeyMissing)),
        "{refused:?}"
    );
    assert_eq!(std::fs::read(&device.database).unwrap(), before);
    assert_eq!(device.kept_key(), None);
    assert!(!device.key_file.exists());
}

/// Inside tokio, as a revocation learnt by a sync erases the store (and as the command line
/// opens it): the secret store's blocking calls run on a runtime's thread.
#[tokio::test(flavor = "multi_thread")]
async fn erasing_deletes_the_key_from_the_secret_store() {
    if !secret_service() {
        return;
    }
    let device = Device::new();
    let store = device.open();
    store.set_profile(&profile("Amina Hassan")).unwrap();
    let old = device.kept_key().unwrap();

    store.erase(Erasure::Revoked).unwrap();
    let new = device
        .kept_key()
        .expect("the new key is in the secret store");
    assert_ne!(new, old, "the old key is gone from the secret store");
    assert!(!device.key_file.exists());
    assert_eq!(store.key_storage(), KeyStorage::SecretStore);
    assert_eq!(store.profile().unwrap(), None, "the data is gone");
    drop(store);
    assert!(opens_with(&device.database, &new));
    assert!(!opens_with(&device.database, &old));
}
