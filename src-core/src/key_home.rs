//! Where a store's key lives, and how it is found, kept and erased: with the caller, in a key
//! file, or in the operating system's secret store with the key file as the fallback.
//!
//! The app's store ([`KeyHome::SecretStore`]) opens like this. When the secret store answers,
//! the key is there; a key file from an older release is moved into it (kept, read back the
//! same, and only then the file shredded); a new key is made there. When no secret store
//! answers (no D-Bus session, no Secret Service, a phone), the key file is used as before,
//! and [`KeyStorage`] says so, for the app to tell its user. The key is never lost on the way:
//! whatever fails, the key stays where it was, and two different keys (a key file made while
//! the secret store did not answer, beside an entry) are told apart by which opens the
//! database. A new key is made only for a database that needs none yet.

use crate::key::{needs_its_key, opens, read_key_file, shred_key_file};
use crate::secret_store::{Lookup, SecretEntry, Unanswered};
use crate::store::StoreFiles;
use crate::{CoreError, DatabaseKey};
use brobygge_model::{KeyFileReason, KeyStorage};
use std::path::{Path, PathBuf};

/// Where a store's key lives.
pub(crate) enum KeyHome {
    /// The caller holds the key ([`Store::open`](crate::Store::open)); after an erasure the
    /// new key lives only in memory.
    Caller,
    /// A key file, and nothing else
    /// ([`Store::open_with_key_file`](crate::Store::open_with_key_file)).
    File(PathBuf),
    /// The operating system's secret store, or this key file where none answers
    /// ([`Store::open_with_device_key`](crate::Store::open_with_device_key)).
    SecretStore { fallback: PathBuf },
}

impl StoreFiles {
    /// The store's key and where it is: found, moved into the secret store, or made when the
    /// database needs none yet (a first start, or after an erasure).
    pub(crate) fn key(&self) -> Result<(DatabaseKey, KeyStorage), CoreError> {
        match &self.key_home {
            KeyHome::Caller => Ok((DatabaseKey::generate(), KeyStorage::Caller)),
            KeyHome::File(path) => Ok((
                DatabaseKey::load_or_create(path)?,
                KeyStorage::File(KeyFileReason::Chosen),
            )),
            KeyHome::SecretStore { fallback } => device_key(&self.database, fallback),
        }
    }

    /// Deletes the key from wherever it may be: the secret store's entry and the key file
    /// (overwritten, flushed, deleted). When the key is known to be in the secret store
    /// (`in_secret_store`) and the store does not answer, that is an error: the erasure is not
    /// finished until the key is gone, and the next open tries again. Otherwise a store that
    /// does not answer holds none of this database's keys.
    pub(crate) fn shred_key(&self, in_secret_store: bool) -> Result<(), CoreError> {
        match &self.key_home {
            KeyHome::Caller => Ok(()),
            KeyHome::File(path) => shred_key_file(path),
            KeyHome::SecretStore { fallback } => {
                match SecretEntry::for_database(&self.database).delete() {
                    Err(Unanswered(why)) if in_secret_store => {
                        return Err(CoreError::SecretStore(why))
                    }
                    _ => {}
                }
                shred_key_file(fallback)
            }
        }
    }
}

/// The key of the app's database at `database`, with `file` as the fallback and the place a
/// key from an older release may be in.
fn device_key(database: &Path, file: &Path) -> Result<(DatabaseKey, KeyStorage), CoreError> {
    let entry = SecretEntry::for_database(database);
    let in_file = read_key_file(file)?;
    let kept = match entry.read() {
        Lookup::Unanswered(why) => return from_file(database, file, in_file, why),
        Lookup::Key(key) => Some(key),
        // A damaged entry is replaced when a key is kept; it opens nothing.
        Lookup::Empty | Lookup::Damaged => None,
    };
    match (kept, in_file) {
        (Some(kept), None) => Ok((kept, KeyStorage::SecretStore)),
        // A move that stopped after the key was kept: the file goes now, or on the next open.
        (Some(kept), Some(Some(key))) if key == kept => {
            let _ = shred_key_file(file);
            Ok((kept, KeyStorage::SecretStore))
        }
        // Two keys, or a damaged file beside a key: the one that opens the database is its
        // key. A file whose key opens nothing is left as it is; a damaged one (a shred that
        // stopped halfway) holds nothing, and goes.
        (Some(kept), in_file) => {
            if opens(database, &kept)? {
                if in_file.is_some_and(|key| key.is_none()) {
                    let _ = shred_key_file(file);
                }
                return Ok((kept, KeyStorage::SecretStore));
            }
            match in_file {
                Some(Some(key)) if opens(database, &key)? => Ok(move_into(&entry, key, file)),
                _ => Err(CoreError::WrongKey),
            }
        }
        (None, Some(Some(key))) => Ok(move_into(&entry, key, file)),
        (None, Some(None)) => Err(CoreError::DamagedKey(file.into())),
        (None, None) if needs_its_key(database)? => Err(CoreError::KeyMissing),
        (None, None) => {
            let key = DatabaseKey::generate();
            if entry.keep(&key).is_ok() {
                return Ok((key, KeyStorage::SecretStore));
            }
            // Whatever the failed write left would not open the database; best effort.
            let _ = entry.delete();
            key.write(file)?;
            Ok((key, KeyStorage::File(KeyFileReason::SecretStoreRefused)))
        }
    }
}

/// No secret store answers: the key file, as before one was used.
fn from_file(
    database: &Path,
    file: &Path,
    in_file: Option<Option<DatabaseKey>>,
    why: Unanswered,
) -> Result<(DatabaseKey, KeyStorage), CoreError> {
    let place = KeyStorage::File(KeyFileReason::NoSecretStore);
    match in_file {
        Some(Some(key)) => Ok((key, place)),
        Some(None) => Err(CoreError::DamagedKey(file.into())),
        // Its key is in the secret store that does not answer now; a new key would not open
        // the database, and would later stand beside the right one.
        None if needs_its_key(database)? => Err(CoreError::SecretStore(why.0)),
        None => {
            let key = DatabaseKey::generate();
            key.write(file)?;
            Ok((key, place))
        }
    }
}

/// Moves the key of a key file into the secret store: kept there and read back the same,
/// then the file is shredded. Should keeping it fail, the key stays in its file.
fn move_into(entry: &SecretEntry, key: DatabaseKey, file: &Path) -> (DatabaseKey, KeyStorage) {
    if entry.keep(&key).is_err() {
        return (key, KeyStorage::File(KeyFileReason::SecretStoreRefused));
    }
    // Should the shred fail, the next open finds the same key in both and shreds again.
    let _ = shred_key_file(file);
    (key, KeyStorage::SecretStore)
}

#[cfg(test)]
pub(crate) mod tests;
