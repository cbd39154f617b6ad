//! PostgreSQL's side of the SQL written once ([`crate::storage::sql`]).

use super::Postgres;
use crate::storage::sql::{numbered_for_postgres, Cell, Dialect, Row, SqlBackend, SqlTx, Value};
use crate::storage::StorageError;
use chrono::{DateTime, Utc};
use postgres::types::{ToSql, Type};
use postgres::{GenericClient, Statement};

/// A client, or a transaction on it.
struct Pg<'a, C>(&'a mut C);

/// Writes an audit entry through `client`, which may be the transaction of the change.
pub(super) fn audit(
    client: &mut impl GenericClient,
    e: &crate::storage::audit::AuditEntry,
) -> Result<(), StorageError> {
    crate::storage::audit::insert(&mut Pg(client), e)
}

/// Binds a value as the statement's parameter type wants it: an integer as `integer` or
/// `bigint`, a time as `timestamptz` or as RFC 3339 text (as the tables that keep times as
/// text want it, the same text SQLite keeps).
fn bound(value: &Value, wanted: &Type) -> Result<Box<dyn ToSql + Sync>, StorageError> {
    let mismatch = || StorageError::Database(format!("{value:?} bound as {wanted}"));
    Ok(match (value, wanted) {
        (Value::Null, &Type::INT8) => Box::new(None::<i64>),
        (Value::Null, &Type::INT4) => Box::new(None::<i32>),
        (Value::Null, &Type::BOOL) => Box::new(None::<bool>),
        (Value::Null, &Type::TIMESTAMPTZ) => Box::new(None::<DateTime<Utc>>),
        (Value::Null, _) => Box::new(None::<String>),
        (Value::Int(n), &Type::INT4) => Box::new(i32::try_from(*n).map_err(|_| mismatch())?),
        (Value::Int(n), &Type::INT2) => Box::new(i16::try_from(*n).map_err(|_| mismatch())?),
        (Value::Int(n), _) => Box::new(*n),
        (Value::Text(s), _) => Box::new(s.clone()),
        (Value::Bool(b), _) => Box::new(*b),
        (Value::Time(t), &Type::TEXT | &Type::VARCHAR) => Box::new(t.to_rfc3339()),
        (Value::Time(t), _) => Box::new(*t),
    })
}

/// Prepares `sql` and binds `values` to it.
fn prepared<C: GenericClient>(
    client: &mut C,
    sql: &str,
    values: &[Value],
) -> Result<(Statement, Vec<Box<dyn ToSql + Sync>>), StorageError> {
    let statement = client.prepare(&numbered_for_postgres(sql))?;
    let params = values
        .iter()
        .zip(statement.params())
        .map(|(value, wanted)| bound(value, wanted))
        .collect::<Result<_, _>>()?;
    Ok((statement, params))
}

fn refs(params: &[Box<dyn ToSql + Sync>]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|p| &**p).collect()
}

fn cells(row: &postgres::Row) -> Result<Row, StorageError> {
    let mut cells = Vec::with_capacity(row.len());
    for (i, column) in row.columns().iter().enumerate() {
        let cell = match *column.type_() {
            Type::INT8 => row.try_get::<_, Option<i64>>(i)?.map(Cell::Int),
            Type::INT4 => row
                .try_get::<_, Option<i32>>(i)?
                .map(|n| Cell::Int(n.into())),
            Type::INT2 => row
                .try_get::<_, Option<i16>>(i)?
                .map(|n| Cell::Int(n.into())),
            Type::BOOL => row.try_get::<_, Option<bool>>(i)?.map(Cell::Bool),
            Type::FLOAT8 => row.try_get::<_, Option<f64>>(i)?.map(Cell::Real),
            Type::TIMESTAMPTZ => row.try_get::<_, Option<DateTime<Utc>>>(i)?.map(Cell::Time),
            Type::TEXT | Type::VARCHAR | Type::NAME | Type::BPCHAR => {
                row.try_get::<_, Option<String>>(i)?.map(Cell::Text)
            }
            ref other => {
                return Err(StorageError::Database(format!(
                    "column {} has a type this reads not: {other}",
                    column.name()
                )))
            }
        };
        cells.push(cell.unwrap_or(Cell::Null));
    }
    Ok(Row(cells))
}

impl<C: GenericClient> SqlTx for Pg<'_, C> {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    fn execute(&mut self, sql: &str, values: &[Value]) -> Result<u64, StorageError> {
        let (statement, params) = prepared(self.0, sql, values)?;
        Ok(self.0.execute(&statement, &refs(&params))?)
    }

    fn query(&mut self, sql: &str, values: &[Value]) -> Result<Vec<Row>, StorageError> {
        let (statement, params) = prepared(self.0, sql, values)?;
        let rows = self.0.query(&statement, &refs(&params))?;
        rows.iter().map(cells).collect()
    }
}

impl SqlBackend for Postgres {
    fn write<R>(
        &self,
        work: impl FnOnce(&mut dyn SqlTx) -> Result<R, StorageError>,
    ) -> Result<R, StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        let result = work(&mut Pg(&mut tx))?;
        tx.commit()?;
        Ok(result)
    }

    fn read<R>(
        &self,
        work: impl FnOnce(&mut dyn SqlTx) -> Result<R, StorageError>,
    ) -> Result<R, StorageError> {
        let mut client = self.client()?;
        work(&mut Pg(&mut *client))
    }
}
