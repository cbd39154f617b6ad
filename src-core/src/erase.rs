//! Erasing the device's data, a crypto-shred: when the server says the device is revoked, and
//! before a phone handed to another user is enrolled to them. The connection is closed, the
//! key file overwritten and deleted, the database and its `-wal`, `-shm` and `-journal` files
//! deleted; what a flash chip may still hold of them is noise without the key. A new, empty
//! database under a new key takes their place, as on the app's first start, keeping only this
//! install's id (and, after a revocation, when it happened, for the app to say so).

use crate::store::connect;
use crate::{CoreError, Store};
use rusqlite::Connection;
use std::io::Write;
use std::path::Path;

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

impl Store {
    /// Erases everything on the device and starts a new, empty database under a new key.
    pub(crate) fn erase(&self, why: Erasure) -> Result<(), CoreError> {
        let install_id = self.install_id()?;
        let mut conn = self.conn()?;
        let old = std::mem::replace(&mut *conn, Connection::open_in_memory()?);
        old.close().map_err(|(_, e)| e)?;
        if let Some(key_file) = &self.files.key_file {
            shred_key(key_file)?;
        }
        let database = &self.files.database;
        remove(database)?;
        for suffix in COMPANIONS {
            let mut name = database.as_os_str().to_owned();
            name.push(suffix);
            remove(Path::new(&name))?;
        }
        let fresh = connect(database, &self.files.key()?)?;
        fresh.execute(
            "INSERT INTO install (id, install_id, erased_at) VALUES (1, ?1,
                 CASE WHEN ?2 THEN strftime('%Y-%m-%dT%H:%M:%SZ', 'now') END)",
            (install_id, why == Erasure::Revoked),
        )?;
        *conn = fresh;
        Ok(())
    }
}

/// Overwrites the key file with zeros, flushes that to the disk, and deletes it.
fn shred_key(path: &Path) -> Result<(), CoreError> {
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
    remove(path)
}

fn remove(path: &Path) -> Result<(), CoreError> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(CoreError::file(path, e)),
        _ => Ok(()),
    }
}
