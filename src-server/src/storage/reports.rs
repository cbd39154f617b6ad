//! The texts coordinators write into a report, saved with the report they belong to: by kind,
//! project (for the annual compilation, the projects it covers) and period; and a report
//! handed in, kept as it was then with who handed it in and when.

use super::audit::AuditEntry;
use super::StorageError;
use crate::report::{Report, ReportKind, ReportTexts};
use brobygge_model::handed_in::HandedIn;
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportKey {
    pub kind: ReportKind,
    /// The project's code; empty for the compilation of every project.
    pub project: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

pub trait Reports {
    fn report_texts(&self, key: &ReportKey) -> Result<Option<ReportTexts>, StorageError>;
    /// Saves the texts; false when the report was handed in, which keeps them as they were.
    fn save_report_texts(
        &self,
        key: &ReportKey,
        texts: &ReportTexts,
        by: &str,
    ) -> Result<bool, StorageError>;
    /// The report as it was handed in, and who handed it in when.
    fn handed_in(&self, key: &ReportKey) -> Result<Option<(Report, HandedIn)>, StorageError>;
    /// Keeps `report` as handed in by `by` now, with `audit` in the same transaction; false
    /// (and nothing written) when it was handed in already.
    fn hand_in(
        &self,
        key: &ReportKey,
        report: &Report,
        by: &str,
        audit: &AuditEntry,
    ) -> Result<bool, StorageError>;
    /// Every report handed in, for the calendar.
    fn handed_in_reports(&self) -> Result<Vec<(ReportKey, HandedIn)>, StorageError>;
}

/// The step of both schemas (SQLite 13, PostgreSQL 12) that keeps handed-in reports.
pub(crate) const HANDED_IN: &str = "
ALTER TABLE reports ADD COLUMN handed_in TEXT;
ALTER TABLE reports ADD COLUMN handed_in_by TEXT;
ALTER TABLE reports ADD COLUMN handed_in_at TEXT;";

pub(super) const SELECT: &str = "SELECT texts FROM reports
    WHERE kind = {1} AND project = {2} AND period_from = {3} AND period_to = {4}";

/// Saves texts unless the report was handed in.
pub(super) const UPSERT: &str =
    "INSERT INTO reports (kind, project, period_from, period_to, texts, saved_by, saved_at)
     VALUES ({1}, {2}, {3}, {4}, {5}, {6}, {7})
     ON CONFLICT (kind, project, period_from, period_to)
     DO UPDATE SET texts = excluded.texts, saved_by = excluded.saved_by,
                   saved_at = excluded.saved_at
     WHERE reports.handed_in IS NULL";

pub(super) const SELECT_HANDED_IN: &str =
    "SELECT handed_in, handed_in_by, handed_in_at FROM reports
     WHERE kind = {1} AND project = {2} AND period_from = {3} AND period_to = {4}
       AND handed_in IS NOT NULL";

/// Hands a report in unless it was: the one of two at once that comes second changes nothing.
pub(super) const HAND_IN: &str = "INSERT INTO reports
        (kind, project, period_from, period_to, texts, saved_by, saved_at,
         handed_in, handed_in_by, handed_in_at)
     VALUES ({1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {6}, {7})
     ON CONFLICT (kind, project, period_from, period_to)
     DO UPDATE SET texts = excluded.texts, handed_in = excluded.handed_in,
                   handed_in_by = excluded.handed_in_by, handed_in_at = excluded.handed_in_at
     WHERE reports.handed_in IS NULL";

pub(super) const LIST_HANDED_IN: &str =
    "SELECT kind, project, period_from, period_to, handed_in_by, handed_in_at FROM reports
     WHERE handed_in IS NOT NULL ORDER BY period_from, project";

/// `sql` with its `{n}` placeholders written as `prefix` and the number (`?1` or `$1`).
pub(super) fn numbered(sql: &str, prefix: char) -> String {
    (1..=8).fold(sql.to_owned(), |s, n| {
        s.replace(&format!("{{{n}}}"), &format!("{prefix}{n}"))
    })
}

/// A key from the columns `kind, project, period_from, period_to` as stored.
pub(super) fn key_of(columns: [&str; 4]) -> Result<ReportKey, StorageError> {
    let [kind, project, from, to] = columns;
    let kind = serde_json::from_value(serde_json::Value::String(kind.to_owned()))?;
    let day = |d: &str| {
        d.parse::<NaiveDate>()
            .map_err(|e| StorageError::Database(format!("a report's day {d}: {e}")))
    };
    Ok(ReportKey {
        kind,
        project: project.to_owned(),
        from: day(from)?,
        to: day(to)?,
    })
}

impl ReportKey {
    pub(super) fn columns(&self) -> [String; 4] {
        [
            self.kind.as_str().to_owned(),
            self.project.clone(),
            self.from.to_string(),
            self.to.to_string(),
        ]
    }
}
