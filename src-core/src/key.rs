//! The key the device database is encrypted with: SQLCipher's AES-256 with 32 random bytes,
//! made on the device's first start and kept apart from the database, so that a copy of the
//! database file alone reads as noise: in the operating system's secret store where one runs
//! (see `key_home.rs`), else in a key file in the app's config folder, readable by its owner
//! only. A database written before encryption is encrypted in place on its first open.

use crate::CoreError;
use rusqlite::Connection;
use std::fmt;
use std::io::{Read, Write};
use std::path::Path;

/// The first bytes of every unencrypted SQLite file; an encrypted one starts with its salt.
const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// 32 random bytes. Never printed: `Debug` shows only that a key is there.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseKey([u8; 32]);

impl fmt::Debug for DatabaseKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DatabaseKey(..)")
    }
}

impl DatabaseKey {
    /// A new key from the operating system's random source.
    pub fn generate() -> DatabaseKey {
        let mut bytes = [0; 32];
        getrandom::fill(&mut bytes).expect("the operating system's random source");
        DatabaseKey(bytes)
    }

    /// A key written as 64 hexadecimal digits, as in a key file.
    pub fn from_hex(text: &str) -> Option<DatabaseKey> {
        let text = text.trim();
        if text.len() != 64 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let mut bytes = [0; 32];
        for (byte, pair) in bytes.iter_mut().zip(text.as_bytes().chunks(2)) {
            *byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
        }
        Some(DatabaseKey(bytes))
    }

    /// The key as 64 hexadecimal digits, as a key file and the secret store keep it.
    pub(crate) fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// SQLCipher's form of a raw key, which it uses as it is, without deriving one from a
    /// passphrase: opening takes no extra time.
    fn raw(&self) -> String {
        format!("x'{}'", self.hex())
    }

    /// The key kept in the file at `path`, made (readable by its owner only) when there is
    /// none. A damaged file is an error, never replaced: a new key would leave the database
    /// unreadable.
    pub fn load_or_create(path: &Path) -> Result<DatabaseKey, CoreError> {
        match read_key_file(path)? {
            Some(key) => key.ok_or_else(|| CoreError::DamagedKey(path.into())),
            None => {
                let key = DatabaseKey::generate();
                key.write(path)?;
                Ok(key)
            }
        }
    }

    /// Writes the key to the file at `path`, readable by its owner only, whole or not at all:
    /// to a file beside it, flushed, then renamed into place.
    pub(crate) fn write(&self, path: &Path) -> Result<(), CoreError> {
        self.write_file(path).map_err(|e| CoreError::file(path, e))
    }

    fn write_file(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let partial = path.with_extension("partial");
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&partial)?;
        writeln!(file, "{}", self.hex())?;
        file.sync_all()?;
        std::fs::rename(&partial, path)
    }

    /// Gives the key to a connection just opened, before anything is read through it. Public
    /// so that tests can look inside a device's database.
    pub fn unlock(&self, conn: &Connection) -> Result<(), CoreError> {
        sqlcipher_ready();
        // The key is hexadecimal digits only, so it cannot break out of the quotes.
        conn.execute_batch(&format!("PRAGMA key = \"{}\";", self.raw()))?;
        match conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(())) {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::NotADatabase =>
            {
                Err(CoreError::WrongKey)
            }
            other => other.map_err(CoreError::from),
        }
    }
}

/// What the key file at `path` holds: none when there is no file, `Some(None)` when it does
/// not hold a key.
pub(crate) fn read_key_file(path: &Path) -> Result<Option<Option<DatabaseKey>>, CoreError> {
    match std::fs::File::open(path) {
        Ok(mut file) => {
            let mut text = String::new();
            // A file that is not even text (a shred a crash interrupted) holds no key.
            match file.read_to_string(&mut text) {
                Err(e) if e.kind() != std::io::ErrorKind::InvalidData => {
                    Err(CoreError::file(path, e))
                }
                _ => Ok(Some(DatabaseKey::from_hex(&text))),
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(CoreError::file(path, e)),
    }
}

/// Overwrites the key file at `path` with zeros, flushes that to the disk, and deletes it. A
/// file that is not there is shredded already.
pub(crate) fn shred_key_file(path: &Path) -> Result<(), CoreError> {
    let overwrite = || -> std::io::Result<()> {
        let length = std::fs::metadata(path)?.len();
        let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
        file.write_all(&vec![0; usize::try_from(length).unwrap_or(64)])?;
        file.sync_all()
    };
    match overwrite() {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(CoreError::file(path, e)),
        _ => {}
    }
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(CoreError::file(path, e)),
        _ => Ok(()),
    }
}

/// Whether a database at `path` needs the key it was written with: it exists, holds something
/// and is encrypted. A new, empty or unencrypted database opens with any key.
pub(crate) fn needs_its_key(path: &Path) -> Result<bool, CoreError> {
    match std::fs::metadata(path) {
        Ok(meta) => Ok(meta.len() > 0 && !is_plain(path)?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(CoreError::file(path, e)),
    }
}

/// Whether `key` opens the database at `path` (any key opens one that does not need its key).
/// Writes nothing of its own; opened read-write only so that SQLite can use a write-ahead log
/// it finds.
pub(crate) fn opens(path: &Path, key: &DatabaseKey) -> Result<bool, CoreError> {
    if !needs_its_key(path)? {
        return Ok(true);
    }
    let flags =
        rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    match key.unlock(&conn) {
        Ok(()) => Ok(true),
        Err(CoreError::WrongKey) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Waits until SQLCipher has finished setting itself up. SQLite marks itself initialised
/// before it runs SQLCipher's part of the initialisation, so a connection opened on another
/// thread in that moment finds SQLCipher not ready and `PRAGMA key` fails with a message about
/// the key's length (a test run with many threads opening databases at once showed it). Keying
/// a throwaway in-memory database succeeds once SQLCipher is ready; until then this tries
/// again, for at most a second, and the other threads wait here too.
fn sqlcipher_ready() {
    static READY: std::sync::Once = std::sync::Once::new();
    READY.call_once(|| {
        for _ in 0..1000 {
            match Connection::open_in_memory() {
                Ok(probe) if probe.execute_batch("PRAGMA key = 'ready';").is_err() => {
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                // Ready, or failing in a way that shows again when the real key is given.
                _ => return,
            }
        }
    });
}

/// Whether the file at `path` is an SQLite database that is not encrypted.
pub(crate) fn is_plain(path: &Path) -> Result<bool, CoreError> {
    let mut header = [0; 16];
    match std::fs::File::open(path) {
        Ok(mut file) => Ok(file.read_exact(&mut header).is_ok() && &header == PLAIN_HEADER),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(CoreError::file(path, e)),
    }
}

/// Encrypts the unencrypted database at `path` with `key`: a full encrypted copy is written
/// beside it and then renamed over it, so a crash leaves either the old file or the new one.
/// A database from a newer app is refused before anything is written.
pub(crate) fn encrypt_in_place(path: &Path, key: &DatabaseKey) -> Result<(), CoreError> {
    sqlcipher_ready();
    let encrypted = path.with_extension("encrypting");
    let _ = std::fs::remove_file(&encrypted);
    {
        let plain = Connection::open(path)?;
        let version: u32 = plain.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if version > crate::SCHEMA_VERSION {
            return Err(CoreError::NewerSchema {
                found: version,
                supported: crate::SCHEMA_VERSION,
            });
        }
        // Folds a write-ahead log into the file, so the copy misses nothing.
        plain.pragma_update_and_check(None, "journal_mode", "DELETE", |_| Ok(()))?;
        plain.execute(
            "ATTACH DATABASE ?1 AS encrypted KEY ?2",
            (encrypted.to_string_lossy(), key.raw()),
        )?;
        plain.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
        plain.execute_batch(&format!("PRAGMA encrypted.user_version = {version};"))?;
        plain.execute_batch("DETACH DATABASE encrypted;")?;
    }
    std::fs::File::open(&encrypted)
        .and_then(|file| file.sync_all())
        .and_then(|()| std::fs::rename(&encrypted, path))
        .map_err(|e| CoreError::file(path, e))?;
    Ok(())
}
