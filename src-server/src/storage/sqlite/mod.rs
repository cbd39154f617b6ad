//! The embedded default: one SQLite file in WAL mode, created and migrated on start. One
//! connection writes, behind a lock; reads take a connection of their own from [`readers`], so
//! that a report, an export or a pull never waits for a push, nor a push for them.

use super::page;
use super::{Device, Storage, StorageError, SyncWork};
use brobygge_model::sync::PullResponse;
use brobygge_model::ReferenceData;
use readers::{Reader, Readers};
use rusqlite::{Connection, TransactionBehavior};
use schema::{SCHEMA_VERSION, STEPS};
use std::path::Path;
use std::sync::{Mutex, MutexGuard, PoisonError};
use sync_tx::SqliteTx;

pub use backup::{restore, serving, Serving, DATABASE_FILE};

mod backup;
mod epoch;
mod group;
mod inspect;
mod readers;
mod reports;
mod review;
mod schema;
mod sql;
mod sync_tx;

pub struct Sqlite {
    conn: Mutex<Connection>,
    readers: Readers,
    /// Pushes waiting for the writer, to be committed together (`group.rs`).
    waiting: group::Waiting,
}

impl Sqlite {
    pub fn open(path: &Path) -> Result<Sqlite, StorageError> {
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found: u32 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > SCHEMA_VERSION {
            return Err(StorageError::Database(format!(
                "schema {found} is newer than this server's {SCHEMA_VERSION}"
            )));
        }
        for (i, step) in STEPS.iter().enumerate().skip(found as usize) {
            tx.execute_batch(
                &step
                    .replace("FACTS_OF_NEW", schema::FACTS_OF_NEW)
                    .replace("FACTS_OF_ROW", schema::FACTS_OF_NEW)
                    .replace("EXTRAS_OF_NEW", schema::EXTRAS_OF_NEW)
                    .replace(
                        "OUTCOMES_OF_NEW",
                        crate::storage::outcome_facts::OUTCOMES_OF_NEW,
                    ),
            )?;
            if i == 0 {
                let seed: ReferenceData = serde_json::from_str(super::SEED)?;
                tx.execute(
                    "INSERT INTO reference_data (id, document, change_seq) VALUES (1, ?1, 1)",
                    [serde_json::to_string(&seed)?],
                )?;
            }
        }
        schema::repair_early_v1(&tx)?;
        epoch::first_epoch(&tx)?;
        if found < SCHEMA_VERSION {
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        }
        tx.commit()?;
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // Coordinators' figures read a project-year's facts at a time: a page cache of 64 MiB
        // and reads through a memory map keep them from going to the file page by page.
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.pragma_update_and_check(None, "mmap_size", 1_i64 << 30, |_| Ok(()))?;
        Ok(Sqlite {
            conn: Mutex::new(conn),
            readers: Readers::new(path.to_owned()),
            waiting: group::Waiting::default(),
        })
    }

    /// The writer. A panic while another call held it left no transaction open (dropping a
    /// transaction rolls it back), so the connection is taken as it is, not refused for ever.
    fn conn(&self) -> Result<MutexGuard<'_, Connection>, StorageError> {
        Ok(self.conn.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// A connection that only reads, as the last commit left the file.
    fn read(&self) -> Result<Reader<'_>, StorageError> {
        self.readers.get()
    }
}

impl Storage for Sqlite {
    fn reference_data(&self) -> Result<ReferenceData, StorageError> {
        let conn = self.read()?;
        let doc: String = conn.query_row(
            "SELECT document FROM reference_data WHERE id = 1",
            [],
            |r| r.get(0),
        )?;
        Ok(serde_json::from_str(&doc)?)
    }

    fn pull(
        &self,
        device: &Device,
        after: u64,
        limit: u32,
        co_hosted: bool,
    ) -> Result<PullResponse, StorageError> {
        let conn = self.read()?;
        let after = i64::try_from(after).unwrap_or(i64::MAX);
        let sql = crate::storage::hosts::pull_sql(co_hosted, |n| format!("?{n}"));
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map((device.user_id, after, i64::from(limit) + 1), |r| {
                let columns = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
                Ok((columns, r.get(5)?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let (document, reference_seq): (String, i64) = conn.query_row(
            "SELECT document, change_seq FROM reference_data WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let reference: Option<ReferenceData> = if reference_seq > after {
            Some(serde_json::from_str(&document)?)
        } else {
            None
        };
        page(
            device,
            after,
            limit,
            rows,
            reference.map(|r| (r, reference_seq)),
        )
    }

    /// Grouped with the other writes waiting for the writer (`group.rs`).
    fn write_sync(&self, work: SyncWork) -> Result<(), StorageError> {
        self.grouped(move |tx| work(&mut SqliteTx::new(tx)))
    }
}

#[cfg(test)]
mod tests;
