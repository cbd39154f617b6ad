//! A consistent copy of the SQLite database while the server serves, and putting one back.
//!
//! `backup` writes the last committed state into a new file (`VACUUM INTO`, which reads in one
//! transaction: the writer goes on, and the copy is one file, no `-wal` beside it). `restore` puts such a copy in
//! place of the data folder's database while no server serves from the folder: the database
//! it replaces is kept beside it, and the restored one gets a new epoch, so that a device that
//! synced since the copy was taken sends its entries again (see `storage::epoch`).

use super::schema::SCHEMA_VERSION;
use super::Sqlite;
use crate::storage::epoch::Epoch;
use crate::storage::StorageError;
use rusqlite::{Connection, OpenFlags};
use std::fs::File;
use std::path::{Path, PathBuf};

/// The file in the data folder that every serving process holds a shared lock on, and that a
/// restore locks alone.
const LOCK_FILE: &str = "brobygge.lock";

/// The SQLite file in a data folder.
pub const DATABASE_FILE: &str = "brobygge.sqlite3";

fn io(what: String) -> impl FnOnce(std::io::Error) -> StorageError {
    move |e| StorageError::Database(format!("{what}: {e}"))
}

impl Sqlite {
    /// Writes the last committed state of the database into `to`, a file that must not exist
    /// yet, while the server goes on serving.
    pub fn backup_to(&self, to: &Path) -> Result<(), StorageError> {
        if to.exists() {
            return Err(StorageError::Database(format!(
                "{} exists already; name a new file",
                to.display()
            )));
        }
        let target = to
            .to_str()
            .ok_or_else(|| StorageError::Database("the backup's path is not UTF-8".into()))?;
        // A connection of its own: `VACUUM INTO` needs one that may write, and it only reads
        // the database, in one read transaction, so the writer goes on meanwhile.
        let conn = Connection::open(self.readers.path())?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute("VACUUM INTO ?1", [target])?;
        Ok(())
    }
}

/// Held while a server serves from a data folder: shared, so that several processes may.
pub struct Serving(#[allow(dead_code)] File);

/// Takes the data folder's serving lock; fails while a restore has it.
pub fn serving(dir: &Path) -> Result<Serving, StorageError> {
    let file = lock_file(dir)?;
    match file.try_lock_shared() {
        Ok(()) => Ok(Serving(file)),
        Err(_) => Err(StorageError::Database(format!(
            "a restore is under way in {}",
            dir.display()
        ))),
    }
}

fn lock_file(dir: &Path) -> Result<File, StorageError> {
    std::fs::create_dir_all(dir).map_err(io(format!("creating {}", dir.display())))?;
    let path = dir.join(LOCK_FILE);
    File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io(format!("opening {}", path.display())))
}

/// Puts the backup `from` in place of the database in `dir`, which no server may be serving
/// from, and gives it a new epoch. Answers where the database it replaced is kept, if there
/// was one.
pub fn restore(from: &Path, dir: &Path) -> Result<Option<PathBuf>, StorageError> {
    let lock = lock_file(dir)?;
    if lock.try_lock().is_err() {
        return Err(StorageError::Database(format!(
            "a server is serving from {}: stop it first",
            dir.display()
        )));
    }
    check_backup(from)?;
    let database = dir.join(DATABASE_FILE);
    let incoming = dir.join(format!("{DATABASE_FILE}.restoring"));
    remove_with_journal(&incoming)?;
    std::fs::copy(from, &incoming).map_err(io(format!("copying {}", from.display())))?;
    {
        // Migrated to this server's schema, with a new epoch; closing it leaves no `-wal`.
        let restored = Sqlite::open(&incoming)?;
        restored.new_epoch()?;
    }
    let kept = if database.exists() {
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
        let kept = dir.join(format!("{DATABASE_FILE}.before-restore-{stamp}"));
        for suffix in ["", "-wal", "-shm"] {
            let from = PathBuf::from(format!("{}{suffix}", database.display()));
            if from.exists() {
                let to = format!("{}{suffix}", kept.display());
                std::fs::rename(&from, &to).map_err(io(format!("keeping {}", from.display())))?;
            }
        }
        Some(kept)
    } else {
        None
    };
    std::fs::rename(&incoming, &database).map_err(io(format!(
        "putting the backup in place as {}",
        database.display()
    )))?;
    drop(lock);
    Ok(kept)
}

/// Refuses a file that is not a whole database of this server's (or an older) schema.
fn check_backup(from: &Path) -> Result<(), StorageError> {
    let not = |why: &str| {
        StorageError::Database(format!(
            "{} is not a backup of this server: {why}",
            from.display()
        ))
    };
    if !from.is_file() {
        return Err(not("no such file"));
    }
    let conn = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| not(&e.to_string()))?;
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|e| not(&e.to_string()))?;
    if check != "ok" {
        return Err(not(&check));
    }
    let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let has_activities: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'activities')",
        [],
        |r| r.get(0),
    )?;
    if version == 0 || !has_activities {
        return Err(not("it holds no outreach log"));
    }
    if version > SCHEMA_VERSION {
        return Err(not(&format!(
            "its schema {version} is newer than this server's {SCHEMA_VERSION}"
        )));
    }
    Ok(())
}

/// Removes a file left by a restore that stopped half way, with its journal files.
fn remove_with_journal(path: &Path) -> Result<(), StorageError> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let file = PathBuf::from(format!("{}{suffix}", path.display()));
        if file.exists() {
            std::fs::remove_file(&file).map_err(io(format!("removing {}", file.display())))?;
        }
    }
    Ok(())
}
