//! Where the device keeps its database's key, as the app reports it: in the operating system's
//! secret store, or in a file, and why.

use serde::{Deserialize, Serialize};

/// Where the key of the device's database is kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "place", content = "why")]
pub enum KeyStorage {
    /// The operating system's secret store: the Secret Service on Linux, the Keychain on
    /// macOS, the Credential Manager on Windows.
    SecretStore,
    /// A file in the app's config folder, readable by its owner only.
    File(KeyFileReason),
    /// Whoever opened the store holds the key (tests and tools), and after an erasure only the
    /// running store does. The default, so that a status from before this field shows nothing.
    #[default]
    Caller,
}

/// Why the key is in a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyFileReason {
    /// No secret store answered: none runs on the device (no D-Bus session, no Secret
    /// Service), it refused access, or the platform has none the app uses yet.
    NoSecretStore,
    /// A secret store answered but did not keep the key (writing it or reading it back
    /// failed), so the key stayed in its file.
    SecretStoreRefused,
    /// The caller asked for a key file (tools, tests, the databases of older releases).
    Chosen,
}

impl KeyStorage {
    /// Whether the key is in a file because the secret store could not take it: what the app
    /// tells its user.
    pub fn is_fallback(self) -> bool {
        matches!(
            self,
            KeyStorage::File(KeyFileReason::NoSecretStore | KeyFileReason::SecretStoreRefused)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_place_has_a_stable_shape() {
        let file = KeyStorage::File(KeyFileReason::NoSecretStore);
        let json = serde_json::to_string(&file).unwrap();
        assert_eq!(json, r#"{"place":"file","why":"no-secret-store"}"#);
        let store = serde_json::to_string(&KeyStorage::SecretStore).unwrap();
        assert_eq!(store, r#"{"place":"secret-store"}"#);
        assert!(file.is_fallback());
        assert!(!KeyStorage::File(KeyFileReason::Chosen).is_fallback());
        assert!(!KeyStorage::SecretStore.is_fallback());
    }
}
