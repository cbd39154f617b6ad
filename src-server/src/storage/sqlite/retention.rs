//! Retention and thinning out in SQLite (see `storage/retention.rs`).

use super::Sqlite;
use crate::storage::audit::AuditEntry;
use crate::storage::epoch::{self, Epoch, EPOCH, FIRST_EPOCH, READ_EPOCH, WRITE_EPOCH};
use crate::storage::reports::numbered;
use crate::storage::retention::{
    months_of, DayOfEntry, Retention, CLEAR_SETTING, COUNT_BEFORE, RETENTION, SELECT_SETTING,
    SET_SETTING, THIN_BEFORE,
};
use crate::storage::StorageError;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, TransactionBehavior};

fn sql(statement: &str) -> String {
    numbered(&DayOfEntry::Sqlite.in_sql(statement), '?')
}

impl Retention for Sqlite {
    fn retention(&self) -> Result<Option<u32>, StorageError> {
        let value: Option<String> = self
            .read()?
            .query_row(&sql(SELECT_SETTING), [RETENTION], |r| r.get(0))
            .optional()?;
        months_of(value)
    }

    fn set_retention(&self, months: Option<u32>, audit: &AuditEntry) -> Result<(), StorageError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        match months {
            Some(months) => tx.execute(&sql(SET_SETTING), (RETENTION, months.to_string()))?,
            None => tx.execute(&sql(CLEAR_SETTING), [RETENTION])?,
        };
        super::audit::insert(&tx, audit)?;
        tx.commit()?;
        Ok(())
    }

    fn count_before(&self, day: NaiveDate) -> Result<u64, StorageError> {
        let count: i64 = self
            .read()?
            .query_row(&sql(COUNT_BEFORE), [day.to_string()], |r| r.get(0))?;
        Ok(count as u64)
    }

    fn thin_before(&self, day: NaiveDate, audit: &AuditEntry) -> Result<u64, StorageError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let day = day.to_string();
        let mut thinned = 0;
        for statement in THIN_BEFORE {
            thinned = tx.execute(&sql(statement), [&day])?;
        }
        super::audit::insert(&tx, audit)?;
        tx.commit()?;
        Ok(thinned as u64)
    }
}

impl Epoch for Sqlite {
    fn epoch(&self) -> Result<String, StorageError> {
        let value: Option<String> = self
            .read()?
            .query_row(&sql(READ_EPOCH), [EPOCH], |r| r.get(0))
            .optional()?;
        epoch::found(value)
    }

    fn new_epoch(&self) -> Result<String, StorageError> {
        let epoch = crate::tokens::new_epoch();
        self.conn()?.execute(&sql(WRITE_EPOCH), (EPOCH, &epoch))?;
        Ok(epoch)
    }

    fn backup_to(&self, to: &std::path::Path) -> Result<(), StorageError> {
        Sqlite::backup_to(self, to)
    }
}

/// Names the epoch of a database that has none yet (on open, after the migrations).
pub(super) fn first_epoch(tx: &rusqlite::Transaction<'_>) -> Result<(), StorageError> {
    tx.execute(&sql(FIRST_EPOCH), (EPOCH, crate::tokens::new_epoch()))?;
    Ok(())
}
