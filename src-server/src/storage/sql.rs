//! SQL written once for both backends. A statement numbers its parameters `?1`, `?2`, … (for
//! PostgreSQL they become `$1`, `$2`, …); its values and its rows have one shape whichever
//! backend runs it; each backend opens a read or a write transaction ([`SqlBackend`]). Where
//! the dialects really differ, [`Dialect`] says which one runs, and only that differs.
//!
//! Times are bound as PostgreSQL's `timestamptz` and as SQLite's RFC 3339 text, which is how
//! the SQLite schema keeps them and compares them.

use super::StorageError;
use chrono::{DateTime, Utc};

/// The backend running a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// Locks the rows a `SELECT` reads (of `table`, or all, when empty) until the transaction
    /// ends: PostgreSQL's `FOR UPDATE`. SQLite needs none: a write transaction there holds the
    /// whole database.
    pub fn for_update(self, table: &str) -> String {
        match (self, table) {
            (Dialect::Sqlite, _) => String::new(),
            (Dialect::Postgres, "") => " FOR UPDATE".into(),
            (Dialect::Postgres, table) => format!(" FOR UPDATE OF {table}"),
        }
    }
}

/// A value bound to a parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Text(String),
    Bool(bool),
    Time(DateTime<Utc>),
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Int(n)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_owned())
    }
}

impl From<DateTime<Utc>> for Value {
    fn from(t: DateTime<Utc>) -> Self {
        Value::Time(t)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(value: Option<T>) -> Self {
        value.map_or(Value::Null, Into::into)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

/// One column of a row as read.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Bool(bool),
    Time(DateTime<Utc>),
}

/// A row read by either backend, its columns in the statement's order.
#[derive(Clone, Debug, PartialEq)]
pub struct Row(pub(crate) Vec<Cell>);

impl Row {
    fn cell(&self, i: usize) -> Result<&Cell, StorageError> {
        self.0
            .get(i)
            .ok_or_else(|| StorageError::Database(format!("no column {i}")))
    }

    fn wrong(&self, i: usize, wanted: &str) -> StorageError {
        StorageError::Database(format!("column {i} is not {wanted}: {:?}", self.0.get(i)))
    }

    pub fn int(&self, i: usize) -> Result<i64, StorageError> {
        match self.cell(i)? {
            Cell::Int(n) => Ok(*n),
            _ => Err(self.wrong(i, "an integer")),
        }
    }

    pub fn opt_int(&self, i: usize) -> Result<Option<i64>, StorageError> {
        match self.cell(i)? {
            Cell::Null => Ok(None),
            _ => self.int(i).map(Some),
        }
    }

    /// A truth value: PostgreSQL's `boolean`, SQLite's 0 or 1.
    pub fn bool(&self, i: usize) -> Result<bool, StorageError> {
        match self.cell(i)? {
            Cell::Bool(b) => Ok(*b),
            Cell::Int(n) => Ok(*n != 0),
            _ => Err(self.wrong(i, "true or false")),
        }
    }

    pub fn text(&self, i: usize) -> Result<String, StorageError> {
        self.opt_text(i)?.ok_or_else(|| self.wrong(i, "text"))
    }

    pub fn opt_text(&self, i: usize) -> Result<Option<String>, StorageError> {
        match self.cell(i)? {
            Cell::Null => Ok(None),
            Cell::Text(s) => Ok(Some(s.clone())),
            _ => Err(self.wrong(i, "text")),
        }
    }

    /// A time as RFC 3339 text: PostgreSQL's `timestamptz` to the millisecond in UTC, SQLite's
    /// text as kept; None when null.
    pub fn time_text(&self, i: usize) -> Result<Option<String>, StorageError> {
        match self.cell(i)? {
            Cell::Time(t) => Ok(Some(t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))),
            _ => self.opt_text(i),
        }
    }

    /// A time: PostgreSQL's `timestamptz`, or RFC 3339 text (as SQLite keeps times); None when
    /// null or not a time.
    pub fn opt_time(&self, i: usize) -> Result<Option<DateTime<Utc>>, StorageError> {
        Ok(match self.cell(i)? {
            Cell::Time(t) => Some(*t),
            Cell::Text(s) => DateTime::parse_from_rfc3339(s)
                .ok()
                .map(|t| t.with_timezone(&Utc)),
            _ => None,
        })
    }
}

/// A transaction (or, for reads, a connection) of either backend.
pub trait SqlTx {
    fn dialect(&self) -> Dialect;
    /// Runs a statement; answers how many rows it changed.
    fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64, StorageError>;
    /// Runs a query; answers its rows.
    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, StorageError>;
    /// The first row of a query, if any.
    fn query_opt(&mut self, sql: &str, params: &[Value]) -> Result<Option<Row>, StorageError> {
        Ok(self.query(sql, params)?.into_iter().next())
    }
}

/// A backend that runs SQL written once ([`SqlTx`]).
pub trait SqlBackend {
    /// Runs `work` in a write transaction, committed when it succeeds.
    fn write<R>(
        &self,
        work: impl FnOnce(&mut dyn SqlTx) -> Result<R, StorageError>,
    ) -> Result<R, StorageError>;
    /// Runs `work` on a connection that reads.
    fn read<R>(
        &self,
        work: impl FnOnce(&mut dyn SqlTx) -> Result<R, StorageError>,
    ) -> Result<R, StorageError>;
}

/// PostgreSQL's form of a statement: `?1` becomes `$1`.
pub(crate) fn numbered_for_postgres(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        let numbered = c == '?' && chars.peek().is_some_and(char::is_ascii_digit);
        out.push(if numbered { '$' } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_numbered_for_postgres_and_nothing_else_changes() {
        assert_eq!(
            numbered_for_postgres("SELECT a FROM t WHERE b = ?1 AND c = ?12 AND d = '?'"),
            "SELECT a FROM t WHERE b = $1 AND c = $12 AND d = '?'"
        );
    }

    #[test]
    fn a_truth_value_reads_from_either_backend() {
        let row = Row(vec![Cell::Int(1), Cell::Bool(false), Cell::Null]);
        assert!(row.bool(0).unwrap());
        assert!(!row.bool(1).unwrap());
        assert_eq!(row.opt_text(2).unwrap(), None);
        assert!(row.text(2).is_err());
        assert!(row.int(5).is_err());
    }
}
