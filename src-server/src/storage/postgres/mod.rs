//! PostgreSQL, for a region or for many municipalities on one service: several stateless
//! server processes share one database. Every write takes the change counter's row lock first,
//! so the server's change order is the commit order and a pull never skips a change.

use super::{page, Device, Storage, StorageError, SyncTx, SyncWork};
use brobygge_model::sync::PullResponse;
use brobygge_model::ReferenceData;
use pool::{Pool, Pooled};
use postgres::Transaction;
use sync_tx::PgTx;

pub use postgres::Error as PgError;
pub use tls::TlsTrust;

mod epoch;
mod held;
mod inspect;
mod pool;
mod reports;
mod review;
mod schema;
mod sql;
mod sync_tx;
mod tls;

pub struct Postgres {
    pool: Pool,
}

impl Postgres {
    /// Connects to `url` (`postgres://...`) and brings the schema up to date; with TLS,
    /// the server's certificate is checked against the system's roots.
    pub fn open(url: &str) -> Result<Postgres, StorageError> {
        Postgres::open_with(url, &TlsTrust::default())
    }

    /// As [`Postgres::open`], the server's certificate checked against `trust`.
    pub fn open_with(url: &str, trust: &TlsTrust) -> Result<Postgres, StorageError> {
        let pg = Postgres {
            pool: Pool::new(url, trust)?,
        };
        pg.migrate()?;
        Ok(pg)
    }

    /// Creates a new, empty database on the server that `admin_url` connects to (for a new
    /// tenant, or a test) and returns its URL, with the admin URL's parameters.
    pub fn create_database(admin_url: &str) -> Result<String, StorageError> {
        let (address, parameters) = match admin_url.split_once('?') {
            Some((address, parameters)) => (address, format!("?{parameters}")),
            None => (admin_url, String::new()),
        };
        let (server, _) = address
            .rsplit_once('/')
            .filter(|(server, _)| server.contains("://"))
            .ok_or_else(|| StorageError::Database("a URL ending in /database".into()))?;
        let name = format!("brobygge_{}", uuid::Uuid::now_v7().simple());
        let settled = tls::settle(admin_url, &TlsTrust::default())?;
        let mut client = pool::connect(&settled.config, settled.connector.as_ref())?;
        client.batch_execute(&format!("CREATE DATABASE {name}"))?;
        Ok(format!("{server}/{name}{parameters}"))
    }

    fn client(&self) -> Result<Pooled<'_>, StorageError> {
        self.pool.get()
    }

    /// A setting as this process's connections see it (`SHOW name`), for tests.
    #[doc(hidden)]
    pub fn setting(&self, name: &str) -> Result<String, StorageError> {
        let name = name.replace(|c: char| !c.is_ascii_alphanumeric() && c != '_', "");
        Ok(self
            .client()?
            .query_one(&format!("SHOW {name}"), &[])?
            .get(0))
    }

    /// Whether this process's connections to the database are encrypted (`pg_stat_ssl`),
    /// for tests.
    #[doc(hidden)]
    pub fn connection_is_encrypted(&self) -> Result<bool, StorageError> {
        Ok(self
            .client()?
            .query_one(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                &[],
            )?
            .get(0))
    }

    fn migrate(&self) -> Result<(), StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock(7391)", &[])?;
        tx.batch_execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")?;
        let found: i32 = tx
            .query_opt("SELECT version FROM schema_version", &[])?
            .map_or(0, |r| r.get(0));
        let supported = schema::STEPS.len() as i32;
        if found > supported {
            return Err(StorageError::Database(format!(
                "schema {found} is newer than this server's {supported}"
            )));
        }
        for (i, step) in schema::STEPS.iter().enumerate().skip(found as usize) {
            tx.batch_execute(step)?;
            if i == 0 {
                let seed: ReferenceData = serde_json::from_str(super::SEED)?;
                tx.execute(
                    "INSERT INTO reference_data (id, document, change_seq) VALUES (1, $1, 1)",
                    &[&serde_json::to_string(&seed)?],
                )?;
                tx.execute("INSERT INTO schema_version (version) VALUES (0)", &[])?;
            }
        }
        tx.execute("UPDATE schema_version SET version = $1", &[&supported])?;
        epoch::first_epoch(&mut tx)?;
        tx.commit()?;
        Ok(())
    }

    /// Runs `work` in a transaction that holds the change counter's lock.
    fn writing<T>(
        &self,
        work: impl FnOnce(&mut PgTx<'_, '_>) -> Result<T, StorageError>,
    ) -> Result<T, StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        let mut pg = PgTx::begin(&mut tx)?;
        let result = work(&mut pg)?;
        pg.finish()?;
        tx.commit()?;
        Ok(result)
    }
}

fn reference_row(tx: &mut Transaction<'_>) -> Result<(String, i64), StorageError> {
    let row = tx.query_one(
        "SELECT document, change_seq FROM reference_data WHERE id = 1",
        &[],
    )?;
    Ok((row.get(0), row.get(1)))
}

impl Storage for Postgres {
    fn reference_data(&self) -> Result<ReferenceData, StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        Ok(serde_json::from_str(&reference_row(&mut tx)?.0)?)
    }

    fn pull(
        &self,
        device: &Device,
        after: u64,
        limit: u32,
        co_hosted: bool,
    ) -> Result<PullResponse, StorageError> {
        let after = i64::try_from(after).unwrap_or(i64::MAX);
        let mut client = self.client()?;
        // One snapshot for the page and the reference data.
        let mut tx = client
            .build_transaction()
            .isolation_level(postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        let sql = crate::storage::hosts::pull_sql(co_hosted, |n| format!("${n}"));
        let rows = tx
            .query(&sql, &[&device.user_id, &after, &(i64::from(limit) + 1)])?
            .iter()
            .map(|r| ((r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)), r.get(5)))
            .collect();
        let (document, reference_seq) = reference_row(&mut tx)?;
        tx.commit()?;
        let reference = if reference_seq > after {
            Some((serde_json::from_str(&document)?, reference_seq))
        } else {
            None
        };
        page(device, after, limit, rows, reference)
    }

    fn write_sync(&self, work: SyncWork) -> Result<(), StorageError> {
        self.writing(|tx| work(tx))
    }
}
