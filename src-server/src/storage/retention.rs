//! Retention (gallring): how many months the municipality keeps entries, by the day each
//! occasion took place, and thinning out the older ones: each entry, its versions, its
//! conflicts and its facts deleted in one transaction with the audit entry that says so.
//! Reports handed in keep their figures, which are stored whole (`reports.rs`). The SQL is
//! the same for both backends but for how a document's day is read ([`DayOfEntry`]).

use super::audit::AuditEntry;
use super::reports::numbered;
use super::sql::{Dialect, SqlBackend, SqlTx};
use super::StorageError;
use chrono::{Months, NaiveDate};

pub trait Retention {
    /// How many months entries are kept, when the municipality has said.
    fn retention(&self) -> Result<Option<u32>, StorageError>;
    /// Keeps entries `months` months (none: for ever), with `audit` in the same transaction.
    fn set_retention(&self, months: Option<u32>, audit: &AuditEntry) -> Result<(), StorageError>;
    /// How many entries (deleted ones too) took place before `day`.
    fn count_before(&self, day: NaiveDate) -> Result<u64, StorageError>;
    /// Deletes every entry that took place before `day`, with everything kept of it, and
    /// records `audit` in the same transaction; answers how many.
    fn thin_before(&self, day: NaiveDate, audit: &AuditEntry) -> Result<u64, StorageError>;
}

/// The longest retention the pages take: a hundred years is "for ever".
pub const MAX_MONTHS: u32 = 1200;

/// The first day kept on `today` when entries are kept `months` months.
pub fn kept_from(today: NaiveDate, months: u32) -> NaiveDate {
    today
        .checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN)
}

/// The step of both schemas (SQLite 14, PostgreSQL 13) that keeps the server's settings.
pub(crate) const SETTINGS: &str = "
CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);";

/// The name of the retention setting, its value the number of months.
const RETENTION: &str = "retention-months";

pub(super) const SELECT_SETTING: &str = "SELECT value FROM settings WHERE name = {1}";

pub(super) const SET_SETTING: &str = "INSERT INTO settings (name, value) VALUES ({1}, {2})
     ON CONFLICT (name) DO UPDATE SET value = excluded.value";

const CLEAR_SETTING: &str = "DELETE FROM settings WHERE name = {1}";

/// Where a dialect reads the day an entry took place, in `{day}` of the statements below.
enum DayOfEntry {
    Sqlite,
    Postgres,
}

impl DayOfEntry {
    fn expression(&self) -> &'static str {
        match self {
            DayOfEntry::Sqlite => "json_extract(document, '$.date')",
            DayOfEntry::Postgres => "(document::json ->> 'date')",
        }
    }

    /// `sql` with `{day}` read as this dialect reads it.
    fn in_sql(&self, sql: &str) -> String {
        sql.replace("{day}", self.expression())
    }
}

const COUNT_BEFORE: &str = "SELECT count(*) FROM activities WHERE {day} < {1}";

/// Everything kept of the entries before a day, each statement taking the day as `{1}`:
/// what refers to an entry first, the entries last.
const THIN_BEFORE: [&str; 4] = [
    "DELETE FROM conflicts WHERE activity_id IN (SELECT id FROM activities WHERE {day} < {1})",
    "DELETE FROM activity_versions
        WHERE activity_id IN (SELECT id FROM activities WHERE {day} < {1})",
    "DELETE FROM activity_facts WHERE id IN (SELECT id FROM activities WHERE {day} < {1})",
    "DELETE FROM activities WHERE {day} < {1}",
];

/// A stored number of months, as the settings table keeps it.
fn months_of(value: Option<String>) -> Result<Option<u32>, StorageError> {
    value
        .map(|v| {
            v.parse::<u32>()
                .map_err(|e| StorageError::Database(format!("the retention {v:?}: {e}")))
        })
        .transpose()
}

/// `statement` as `tx`'s dialect runs it.
fn sql(tx: &dyn SqlTx, statement: &str) -> String {
    let day = match tx.dialect() {
        Dialect::Sqlite => DayOfEntry::Sqlite,
        Dialect::Postgres => DayOfEntry::Postgres,
    };
    numbered(&day.in_sql(statement), '?')
}

/// Both backends, in one SQL.
impl<B: SqlBackend> Retention for B {
    fn retention(&self) -> Result<Option<u32>, StorageError> {
        let row = self.read(|db| db.query_opt(&sql(db, SELECT_SETTING), &[RETENTION.into()]))?;
        months_of(row.map(|r| r.text(0)).transpose()?)
    }

    fn set_retention(&self, months: Option<u32>, audit: &AuditEntry) -> Result<(), StorageError> {
        self.write(|tx| {
            match months {
                Some(months) => {
                    let months = months.to_string();
                    let set = sql(tx, SET_SETTING);
                    tx.execute(&set, &[RETENTION.into(), months.as_str().into()])?
                }
                None => tx.execute(&sql(tx, CLEAR_SETTING), &[RETENTION.into()])?,
            };
            super::audit::insert(tx, audit)
        })
    }

    fn count_before(&self, day: NaiveDate) -> Result<u64, StorageError> {
        let day = day.to_string();
        let count = self.read(|db| {
            db.query_opt(&sql(db, COUNT_BEFORE), &[day.as_str().into()])?
                .ok_or_else(|| StorageError::Database("no count".into()))?
                .int(0)
        })?;
        Ok(u64::try_from(count).unwrap_or_default())
    }

    fn thin_before(&self, day: NaiveDate, audit: &AuditEntry) -> Result<u64, StorageError> {
        let day = day.to_string();
        self.write(|tx| {
            let mut thinned = 0;
            for statement in THIN_BEFORE {
                thinned = tx.execute(&sql(tx, statement), &[day.as_str().into()])?;
            }
            super::audit::insert(tx, audit)?;
            Ok(thinned)
        })
    }
}
