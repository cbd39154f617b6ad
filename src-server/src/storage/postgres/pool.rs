//! A small pool of connections: a server process keeps a few open between calls, takes one per
//! call on a blocking thread, and gives it back unless it broke. At most [`MAX_CONNECTIONS`]
//! are open at once (a call waits a while for one to come back, then fails), and every
//! connection is made with time limits, so that one hung transaction cannot hold every write:
//! a statement, a wait for a lock and a transaction left idle each end after a while.
//! Connections use TLS as the URL's `sslmode` (or its default) says; see [`super::tls`].

use super::tls::{self, TlsTrust};
use crate::storage::StorageError;
use postgres::{Client, Config, NoTls};
use std::sync::{Condvar, Mutex};
use std::time::Duration;
use tokio_postgres_rustls::MakeRustlsConnect;

/// Connections kept open between calls.
const IDLE_CONNECTIONS: usize = 8;
/// Connections open at once, per server process: several processes share one database.
pub(super) const MAX_CONNECTIONS: usize = 16;
/// How long a call waits for a connection when all are in use.
const WAIT_FOR_CONNECTION: Duration = Duration::from_secs(10);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The server-side limits, as PostgreSQL's `options`: a statement runs at most 30 s, a lock
/// is waited for at most 10 s, a transaction left idle ends after 60 s.
pub(super) const SESSION_LIMITS: &str =
    "-c statement_timeout=30s -c lock_timeout=10s -c idle_in_transaction_session_timeout=60s";

pub(super) struct Pool {
    config: Config,
    /// `None` when the connections do without TLS (`sslmode=disable`).
    tls: Option<MakeRustlsConnect>,
    state: Mutex<State>,
    returned: Condvar,
}

struct State {
    idle: Vec<Client>,
    /// Connections open, idle or in use.
    open: usize,
}

/// A connection taken from the pool, given back when dropped unless it broke.
pub(super) struct Pooled<'a> {
    pool: &'a Pool,
    client: Option<Client>,
}

impl Pool {
    pub(super) fn new(url: &str, trust: &TlsTrust) -> Result<Pool, StorageError> {
        let tls::Settled {
            mut config,
            connector: tls,
        } = tls::settle(url, trust)?;
        let options = match config.get_options() {
            Some(theirs) => format!("{theirs} {SESSION_LIMITS}"),
            None => SESSION_LIMITS.to_owned(),
        };
        config.options(&options);
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        Ok(Pool {
            config,
            tls,
            state: Mutex::new(State {
                idle: Vec::new(),
                open: 0,
            }),
            returned: Condvar::new(),
        })
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, State>, StorageError> {
        self.state
            .lock()
            .map_err(|_| StorageError::Database("lock poisoned".into()))
    }

    pub(super) fn get(&self) -> Result<Pooled<'_>, StorageError> {
        let mut state = self.lock()?;
        loop {
            if let Some(client) = state.idle.pop() {
                return Ok(self.pooled(client));
            }
            if state.open < MAX_CONNECTIONS {
                state.open += 1;
                drop(state);
                return match connect(&self.config, self.tls.as_ref()) {
                    Ok(client) => Ok(self.pooled(client)),
                    Err(e) => {
                        self.closed();
                        Err(e)
                    }
                };
            }
            let (next, waited) = self
                .returned
                .wait_timeout(state, WAIT_FOR_CONNECTION)
                .map_err(|_| StorageError::Database("lock poisoned".into()))?;
            state = next;
            if waited.timed_out() && state.idle.is_empty() && state.open >= MAX_CONNECTIONS {
                return Err(StorageError::Database("every connection is in use".into()));
            }
        }
    }

    fn pooled(&self, client: Client) -> Pooled<'_> {
        Pooled {
            pool: self,
            client: Some(client),
        }
    }

    /// A connection was closed (or never opened): another may be.
    fn closed(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.open = state.open.saturating_sub(1);
        }
        self.returned.notify_one();
    }
}

/// Opens one connection, with TLS when `tls` is given; a failure says which `sslmode` it had.
pub(super) fn connect(
    config: &Config,
    tls: Option<&MakeRustlsConnect>,
) -> Result<Client, StorageError> {
    let connected = match tls {
        Some(tls) => config.connect(tls.clone()),
        None => config.connect(NoTls),
    };
    connected.map_err(|e| {
        let mode = match config.get_ssl_mode() {
            postgres::config::SslMode::Disable => "disable",
            postgres::config::SslMode::Prefer => "prefer",
            _ => "require",
        };
        StorageError::Database(format!(
            "connecting with sslmode={mode}: {}",
            tls::with_causes(&e)
        ))
    })
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
        let Some(client) = self.client.take() else {
            return;
        };
        if !client.is_closed() {
            if let Ok(mut state) = self.pool.state.lock() {
                if state.idle.len() < IDLE_CONNECTIONS {
                    state.idle.push(client);
                    drop(state);
                    self.pool.returned.notify_one();
                    return;
                }
            }
        }
        drop(client);
        self.pool.closed();
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        let state = self.state.get_mut().unwrap_or_else(|e| e.into_inner());
        let idle = std::mem::take(&mut state.idle);
        // A client closes its connection by blocking on a runtime of its own, which must not
        // happen on an async thread (where the server's state is dropped at shutdown).
        let _ = std::thread::spawn(move || drop(idle)).join();
    }
}
