//! The operating system's secret store, through the `keyring` crate: the Secret Service on
//! Linux (over D-Bus, the desktop's keyring), the Keychain on macOS, the Credential Manager on
//! Windows. A database's key is one entry, under the service [`SERVICE`] and an account named
//! after the database's absolute path (two databases on one machine never share a key), that
//! holds the key as 64 hexadecimal digits.
//!
//! Elsewhere (Android, iOS) no store is used yet and every call answers
//! [`Unanswered`]: the `keyring` crate's default there is an in-memory mock, and a key
//! "kept" in it would be gone at the next start.

use crate::DatabaseKey;
use std::fmt;
use std::path::Path;

/// The service every entry of the app is kept under.
pub(crate) const SERVICE: &str = "brobygge";

/// The secret store's entry for one database.
pub(crate) struct SecretEntry {
    account: String,
}

/// What the secret store holds for a database.
#[derive(Debug)]
pub(crate) enum Lookup {
    Key(DatabaseKey),
    /// An entry that does not hold a database key.
    Damaged,
    Empty,
    /// No secret store answered (see [`Unanswered`]).
    Unanswered(Unanswered),
}

/// No secret store answered: none runs (no D-Bus session, no Secret Service), it refused
/// access (locked, a prompt dismissed), it failed, or this platform has none the app uses.
/// Holds what the store said, for error messages.
#[derive(Debug)]
pub(crate) struct Unanswered(pub(crate) String);

impl fmt::Display for Unanswered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl SecretEntry {
    /// The entry of the database at `database`; a relative path is made absolute first.
    pub(crate) fn for_database(database: &Path) -> SecretEntry {
        let path = std::path::absolute(database).unwrap_or_else(|_| database.to_owned());
        SecretEntry {
            account: path.to_string_lossy().into_owned(),
        }
    }

    pub(crate) fn read(&self) -> Lookup {
        match platform::read(self) {
            Ok(Some(text)) => DatabaseKey::from_hex(&text).map_or(Lookup::Damaged, Lookup::Key),
            Ok(None) => Lookup::Empty,
            Err(e) => Lookup::Unanswered(e),
        }
    }

    /// Writes `key` into the entry (made, or replaced), reads it back and compares: `Ok` only
    /// when the store gives back exactly this key.
    pub(crate) fn keep(&self, key: &DatabaseKey) -> Result<(), Unanswered> {
        platform::write(self, &key.hex())?;
        match self.read() {
            Lookup::Key(kept) if &kept == key => Ok(()),
            Lookup::Unanswered(e) => Err(e),
            _ => Err(Unanswered("the secret store gave back another key".into())),
        }
    }

    /// Deletes the entry; an entry that is not there is deleted already.
    pub(crate) fn delete(&self) -> Result<(), Unanswered> {
        platform::delete(self)
    }
}

#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
mod platform {
    use super::{SecretEntry, Unanswered, SERVICE};

    fn entry(of: &SecretEntry) -> Result<keyring::Entry, Unanswered> {
        keyring::Entry::new(SERVICE, &of.account).map_err(unanswered)
    }

    fn unanswered(e: keyring::Error) -> Unanswered {
        Unanswered(e.to_string())
    }

    pub(super) fn read(of: &SecretEntry) -> Result<Option<String>, Unanswered> {
        match entry(of)?.get_password() {
            Ok(text) => Ok(Some(text)),
            Err(keyring::Error::NoEntry) => Ok(None),
            // Not a key: the caller treats it as a damaged entry.
            Err(keyring::Error::BadEncoding(_) | keyring::Error::Ambiguous(_)) => {
                Ok(Some(String::new()))
            }
            Err(e) => Err(unanswered(e)),
        }
    }

    pub(super) fn write(of: &SecretEntry, text: &str) -> Result<(), Unanswered> {
        entry(of)?.set_password(text).map_err(unanswered)
    }

    pub(super) fn delete(of: &SecretEntry) -> Result<(), Unanswered> {
        match entry(of)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(unanswered(e)),
        }
    }
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
mod platform {
    //! The Android Keystore and the iOS Keychain are to come (see the app's
    //! `mobile_entry_point`); until then the key stays in its file.

    use super::{SecretEntry, Unanswered};

    fn none() -> Unanswered {
        Unanswered("this platform's secret store is not used yet".into())
    }

    pub(super) fn read(_: &SecretEntry) -> Result<Option<String>, Unanswered> {
        Err(none())
    }

    pub(super) fn write(_: &SecretEntry, _: &str) -> Result<(), Unanswered> {
        Err(none())
    }

    pub(super) fn delete(_: &SecretEntry) -> Result<(), Unanswered> {
        Err(none())
    }
}
