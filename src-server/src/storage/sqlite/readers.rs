//! Connections that only read, beside the one that writes: the file is in WAL mode, so a
//! reader sees the last committed state and neither waits for the writer nor makes it wait. A
//! report, an export, a pull or a token's lookup takes a reader; only changes queue for the
//! writer. At most [`MAX_READERS`] are open at once (a call waits a while for one, then fails);
//! a few are kept open between calls.

use crate::storage::StorageError;
use rusqlite::{Connection, OpenFlags};
use std::ops::Deref;
use std::path::PathBuf;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// Readers open at once: as many as the blocking threads that usually read at the same time.
const MAX_READERS: usize = 8;
/// Readers kept open between calls.
const IDLE_READERS: usize = 4;
const WAIT_FOR_READER: Duration = Duration::from_secs(10);

pub(super) struct Readers {
    path: PathBuf,
    state: Mutex<State>,
    returned: Condvar,
}

struct State {
    idle: Vec<Connection>,
    open: usize,
}

/// A reader taken from the pool, given back when dropped.
pub(super) struct Reader<'a> {
    readers: &'a Readers,
    conn: Option<Connection>,
}

impl Readers {
    pub(super) fn new(path: PathBuf) -> Readers {
        Readers {
            path,
            state: Mutex::new(State {
                idle: Vec::new(),
                open: 0,
            }),
            returned: Condvar::new(),
        }
    }

    /// The database file.
    pub(super) fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// The pool's state; a panic elsewhere while holding it left nothing half done.
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(super) fn get(&self) -> Result<Reader<'_>, StorageError> {
        let mut state = self.lock();
        loop {
            if let Some(conn) = state.idle.pop() {
                return Ok(Reader {
                    readers: self,
                    conn: Some(conn),
                });
            }
            if state.open < MAX_READERS {
                state.open += 1;
                drop(state);
                return match self.open() {
                    Ok(conn) => Ok(Reader {
                        readers: self,
                        conn: Some(conn),
                    }),
                    Err(e) => {
                        self.lock().open -= 1;
                        self.returned.notify_one();
                        Err(e)
                    }
                };
            }
            let (next, waited) = self
                .returned
                .wait_timeout(state, WAIT_FOR_READER)
                .unwrap_or_else(PoisonError::into_inner);
            state = next;
            if waited.timed_out() && state.idle.is_empty() && state.open >= MAX_READERS {
                return Err(StorageError::Database("every reader is busy".into()));
            }
        }
    }

    fn open(&self) -> Result<Connection, StorageError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&self.path, flags)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "query_only", true)?;
        // As the writer's: a project-year's facts are read in order through a memory map.
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.pragma_update_and_check(None, "mmap_size", 1_i64 << 30, |_| Ok(()))?;
        Ok(conn)
    }
}

impl Deref for Reader<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.conn
            .as_ref()
            .expect("a reader holds its connection until dropped")
    }
}

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        let mut state = self.readers.lock();
        match self.conn.take() {
            // A reader left inside a transaction (after a panic) is closed, not reused.
            Some(conn) if conn.is_autocommit() && state.idle.len() < IDLE_READERS => {
                state.idle.push(conn)
            }
            _ => state.open -= 1,
        }
        drop(state);
        self.readers.returned.notify_one();
    }
}
