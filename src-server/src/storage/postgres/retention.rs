//! Retention and thinning out in PostgreSQL (see `storage/retention.rs`).

use super::Postgres;
use crate::storage::audit::AuditEntry;
use crate::storage::epoch::{self, Epoch, EPOCH, FIRST_EPOCH, READ_EPOCH, WRITE_EPOCH};
use crate::storage::reports::numbered;
use crate::storage::retention::{
    months_of, DayOfEntry, Retention, CLEAR_SETTING, COUNT_BEFORE, RETENTION, SELECT_SETTING,
    SET_SETTING, THIN_BEFORE,
};
use crate::storage::StorageError;
use chrono::NaiveDate;

fn sql(statement: &str) -> String {
    numbered(&DayOfEntry::Postgres.in_sql(statement), '$')
}

impl Retention for Postgres {
    fn retention(&self) -> Result<Option<u32>, StorageError> {
        let row = self
            .client()?
            .query_opt(&sql(SELECT_SETTING), &[&RETENTION])?;
        months_of(row.map(|r| r.get(0)))
    }

    fn set_retention(&self, months: Option<u32>, audit: &AuditEntry) -> Result<(), StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        match months {
            Some(months) => tx.execute(&sql(SET_SETTING), &[&RETENTION, &months.to_string()])?,
            None => tx.execute(&sql(CLEAR_SETTING), &[&RETENTION])?,
        };
        super::audit::insert(&mut tx, audit)?;
        tx.commit()?;
        Ok(())
    }

    fn count_before(&self, day: NaiveDate) -> Result<u64, StorageError> {
        let row = self
            .client()?
            .query_one(&sql(COUNT_BEFORE), &[&day.to_string()])?;
        Ok(row.get::<_, i64>(0) as u64)
    }

    fn thin_before(&self, day: NaiveDate, audit: &AuditEntry) -> Result<u64, StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        let day = day.to_string();
        let mut thinned = 0;
        for statement in THIN_BEFORE {
            thinned = tx.execute(&sql(statement), &[&day])?;
        }
        super::audit::insert(&mut tx, audit)?;
        tx.commit()?;
        Ok(thinned)
    }
}

impl Epoch for Postgres {
    fn epoch(&self) -> Result<String, StorageError> {
        let row = self.client()?.query_opt(&sql(READ_EPOCH), &[&EPOCH])?;
        epoch::found(row.map(|r| r.get(0)))
    }

    fn new_epoch(&self) -> Result<String, StorageError> {
        let epoch = crate::tokens::new_epoch();
        self.client()?
            .execute(&sql(WRITE_EPOCH), &[&EPOCH, &epoch])?;
        Ok(epoch)
    }

    fn backup_to(&self, _: &std::path::Path) -> Result<(), StorageError> {
        Err(StorageError::Database(
            "a PostgreSQL database is backed up with pg_dump (see the README)".into(),
        ))
    }
}

/// Names the epoch of a database that has none yet (on open, after the migrations).
pub(super) fn first_epoch(tx: &mut postgres::Transaction<'_>) -> Result<(), StorageError> {
    tx.execute(&sql(FIRST_EPOCH), &[&EPOCH, &crate::tokens::new_epoch()])?;
    Ok(())
}
