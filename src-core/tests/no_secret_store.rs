//! The app's store where no secret store answers: its key in the key file, as before, and the
//! app told so. A test binary of its own with one test, because the D-Bus session address it
//! points nowhere is the whole process's (the store binary's tests run beside a secret
//! service, see `src/key_home/tests.rs`).

use brobygge_core::{CoreError, DatabaseKey, Store};
use brobygge_model::{KeyFileReason, KeyStorage};

#[test]
fn without_a_secret_store_the_key_is_kept_in_its_file_and_the_app_is_told() {
    // The only test in this process, set before anything reads it.
    std::env::set_var(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/brobygge-tests/no-session-bus",
    );
    let dir = tempfile::tempdir().unwrap();
    let (database, key_file) = (
        dir.path().join("data/device.sqlite3"),
        dir.path().join("config/database.key"),
    );
    std::fs::create_dir_all(database.parent().unwrap()).unwrap();
    let in_file = KeyStorage::File(KeyFileReason::NoSecretStore);

    let store = Store::open_with_device_key(&database, &key_file).unwrap();
    assert_eq!(store.key_storage(), in_file);
    assert_eq!(store.sync_status().unwrap().key_storage, in_file);
    assert!(in_file.is_fallback(), "the app shows its notice");
    let key = DatabaseKey::load_or_create(&key_file).unwrap();
    drop(store);
    // Opened again with the same key, from the same file.
    let store = Store::open_with_device_key(&database, &key_file).unwrap();
    assert_eq!(store.key_storage(), in_file);
    assert_eq!(DatabaseKey::load_or_create(&key_file).unwrap(), key);
    drop(store);

    // A database whose key file is gone (its key is most likely in the secret store that does
    // not answer now) is refused as it is: no new key is made that could not open it.
    std::fs::remove_file(&key_file).unwrap();
    let before = std::fs::read(&database).unwrap();
    let refused = Store::open_with_device_key(&database, &key_file).err();
    assert!(
        matches!(refused, Some(CoreError::SecretStore(_))),
        "{refused:?}"
    );
    assert!(!key_file.exists());
    assert_eq!(std::fs::read(&database).unwrap(), before);
}
