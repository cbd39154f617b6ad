//! Retention and thinning out in SQLite (see `storage/retention.rs`).

use super::Sqlite;
use crate::storage::audit::AuditEntry;
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
