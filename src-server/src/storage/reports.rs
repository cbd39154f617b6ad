//! The texts coordinators write into a report, saved with the report they belong to: by kind,
//! project (empty for the annual compilation) and period.

use super::StorageError;
use crate::report::{ReportKind, ReportTexts};
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
    fn save_report_texts(
        &self,
        key: &ReportKey,
        texts: &ReportTexts,
        by: &str,
    ) -> Result<(), StorageError>;
}

pub(super) const SELECT: &str = "SELECT texts FROM reports
    WHERE kind = {1} AND project = {2} AND period_from = {3} AND period_to = {4}";

pub(super) const UPSERT: &str =
    "INSERT INTO reports (kind, project, period_from, period_to, texts, saved_by, saved_at)
     VALUES ({1}, {2}, {3}, {4}, {5}, {6}, {7})
     ON CONFLICT (kind, project, period_from, period_to)
     DO UPDATE SET texts = excluded.texts, saved_by = excluded.saved_by,
                   saved_at = excluded.saved_at";

/// `sql` with its `{n}` placeholders written as `prefix` and the number (`?1` or `$1`).
pub(super) fn numbered(sql: &str, prefix: char) -> String {
    (1..=7).fold(sql.to_owned(), |s, n| {
        s.replace(&format!("{{{n}}}"), &format!("{prefix}{n}"))
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
