//! SQLite's side of the SQL written once ([`crate::storage::sql`]).

use super::Sqlite;
use crate::storage::audit::AuditEntry;
use crate::storage::sql::{Cell, Dialect, Row, SqlBackend, SqlTx, Value};
use crate::storage::StorageError;
use rusqlite::types::{Value as Bound, ValueRef};
use rusqlite::{Connection, TransactionBehavior};

/// A connection, or a transaction on it.
struct Lite<'a>(&'a Connection);

/// Writes an audit entry through `conn`, which may be in the transaction of the change.
pub(super) fn audit(conn: &Connection, e: &AuditEntry) -> Result<(), StorageError> {
    crate::storage::audit::insert(&mut Lite(conn), e)
}

fn bound(value: &Value) -> Bound {
    match value {
        Value::Null => Bound::Null,
        Value::Int(n) => Bound::Integer(*n),
        Value::Text(s) => Bound::Text(s.clone()),
        Value::Bool(b) => Bound::Integer(i64::from(*b)),
        Value::Time(t) => Bound::Text(t.to_rfc3339()),
    }
}

fn cell(value: ValueRef<'_>) -> Result<Cell, StorageError> {
    Ok(match value {
        ValueRef::Null => Cell::Null,
        ValueRef::Integer(n) => Cell::Int(n),
        ValueRef::Real(x) => Cell::Real(x),
        ValueRef::Text(s) => Cell::Text(String::from_utf8_lossy(s).into_owned()),
        ValueRef::Blob(_) => return Err(StorageError::Database("a blob column".into())),
    })
}

impl SqlTx for Lite<'_> {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64, StorageError> {
        let params = rusqlite::params_from_iter(params.iter().map(bound));
        let changed = self.0.prepare_cached(sql)?.execute(params)?;
        Ok(changed as u64)
    }

    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, StorageError> {
        let mut stmt = self.0.prepare_cached(sql)?;
        let columns = stmt.column_count();
        let mut rows = stmt.query(rusqlite::params_from_iter(params.iter().map(bound)))?;
        let mut read = Vec::new();
        while let Some(row) = rows.next()? {
            let cells = (0..columns)
                .map(|i| cell(row.get_ref(i)?))
                .collect::<Result<_, StorageError>>()?;
            read.push(Row(cells));
        }
        Ok(read)
    }
}

impl SqlBackend for Sqlite {
    fn write<R>(
        &self,
        work: impl FnOnce(&mut dyn SqlTx) -> Result<R, StorageError>,
    ) -> Result<R, StorageError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let result = work(&mut Lite(&tx))?;
        tx.commit()?;
        Ok(result)
    }

    fn read<R>(
        &self,
        work: impl FnOnce(&mut dyn SqlTx) -> Result<R, StorageError>,
    ) -> Result<R, StorageError> {
        let reader = Sqlite::read(self)?;
        work(&mut Lite(&reader))
    }
}
