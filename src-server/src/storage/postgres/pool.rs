//! A small pool of connections: a server process keeps a few open between calls, takes one per
//! call on a blocking thread, and gives it back unless it broke.

use crate::storage::StorageError;
use postgres::{Client, NoTls};
use std::sync::Mutex;

/// Connections kept open between calls.
const IDLE_CONNECTIONS: usize = 8;

pub(super) struct Pool {
    url: String,
    idle: Mutex<Vec<Client>>,
}

/// A connection taken from the pool, given back when dropped unless it broke.
pub(super) struct Pooled<'a> {
    pool: &'a Pool,
    client: Option<Client>,
}

impl Pool {
    pub(super) fn new(url: &str) -> Pool {
        Pool {
            url: url.to_owned(),
            idle: Mutex::new(Vec::new()),
        }
    }

    pub(super) fn get(&self) -> Result<Pooled<'_>, StorageError> {
        let idle = self
            .idle
            .lock()
            .map_err(|_| StorageError::Database("lock poisoned".into()))?
            .pop();
        let client = match idle {
            Some(c) => c,
            None => Client::connect(&self.url, NoTls)?,
        };
        Ok(Pooled {
            pool: self,
            client: Some(client),
        })
    }
}

impl std::ops::Deref for Pooled<'_> {
    type Target = Client;
    fn deref(&self) -> &Client {
        self.client.as_ref().expect("a connection until dropped")
    }
}

impl std::ops::DerefMut for Pooled<'_> {
    fn deref_mut(&mut self) -> &mut Client {
        self.client.as_mut().expect("a connection until dropped")
    }
}

impl Drop for Pooled<'_> {
    fn drop(&mut self) {
        if let Some(client) = self.client.take().filter(|c| !c.is_closed()) {
            if let Ok(mut idle) = self.pool.idle.lock() {
                if idle.len() < IDLE_CONNECTIONS {
                    idle.push(client);
                }
            }
        }
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        let idle = std::mem::take(self.idle.get_mut().unwrap_or_else(|e| e.into_inner()));
        // A client closes its connection by blocking on a runtime of its own, which must not
        // happen on an async thread (where the server's state is dropped at shutdown).
        let _ = std::thread::spawn(move || drop(idle)).join();
    }
}
