//! Report texts and reference edits in SQLite.

use super::Sqlite;
use crate::report::{Report, ReportTexts};
use crate::storage::audit::AuditEntry;
use crate::storage::reference::ReferenceEdits;
use crate::storage::reports::{
    key_of, numbered, ReportKey, Reports, HAND_IN, LIST_HANDED_IN, SELECT, SELECT_HANDED_IN, UPSERT,
};
use crate::storage::StorageError;
use brobygge_model::handed_in::HandedIn;
use brobygge_model::ReferenceData;
use rusqlite::{OptionalExtension, TransactionBehavior};

impl Reports for Sqlite {
    fn report_texts(&self, key: &ReportKey) -> Result<Option<ReportTexts>, StorageError> {
        let texts: Option<String> = self
            .read()?
            .query_row(&numbered(SELECT, '?'), key.columns(), |r| r.get(0))
            .optional()?;
        Ok(texts.map(|t| serde_json::from_str(&t)).transpose()?)
    }

    fn save_report_texts(
        &self,
        key: &ReportKey,
        texts: &ReportTexts,
        by: &str,
    ) -> Result<bool, StorageError> {
        let [kind, project, from, to] = key.columns();
        let written = self.conn()?.execute(
            &numbered(UPSERT, '?'),
            (
                kind,
                project,
                from,
                to,
                serde_json::to_string(texts)?,
                by,
                chrono::Utc::now().to_rfc3339(),
            ),
        )?;
        Ok(written == 1)
    }

    fn handed_in(&self, key: &ReportKey) -> Result<Option<(Report, HandedIn)>, StorageError> {
        let row: Option<(String, String, String)> = self
            .read()?
            .query_row(&numbered(SELECT_HANDED_IN, '?'), key.columns(), |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        row.map(|(report, by, at)| Ok((serde_json::from_str(&report)?, HandedIn { by, at })))
            .transpose()
    }

    fn hand_in(
        &self,
        key: &ReportKey,
        report: &Report,
        by: &str,
        audit: &AuditEntry,
    ) -> Result<bool, StorageError> {
        let [kind, project, from, to] = key.columns();
        let mut conn = self.conn()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let written = tx.execute(
            &numbered(HAND_IN, '?'),
            (
                kind,
                project,
                from,
                to,
                serde_json::to_string(&report.texts)?,
                by,
                chrono::Utc::now().to_rfc3339(),
                serde_json::to_string(report)?,
            ),
        )?;
        if written == 1 {
            super::sql::audit(&tx, audit)?;
        }
        tx.commit()?;
        Ok(written == 1)
    }

    fn handed_in_reports(&self) -> Result<Vec<(ReportKey, HandedIn)>, StorageError> {
        let conn = self.read()?;
        let mut stmt = conn.prepare(LIST_HANDED_IN)?;
        let rows = stmt.query_map([], |r| {
            let columns: [String; 6] = [
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ];
            Ok(columns)
        })?;
        rows.map(|row| {
            let [kind, project, from, to, by, at] = row?;
            Ok((key_of([&kind, &project, &from, &to])?, HandedIn { by, at }))
        })
        .collect()
    }
}

impl ReferenceEdits for Sqlite {
    fn replace_reference(&self, data: &ReferenceData, e: &AuditEntry) -> Result<(), StorageError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let seq: i64 = tx.query_row(
            "UPDATE change_counter SET last = last + 1 WHERE id = 1 RETURNING last",
            [],
            |r| r.get(0),
        )?;
        tx.execute(
            "UPDATE reference_data SET document = ?1, change_seq = ?2 WHERE id = 1",
            (serde_json::to_string(data)?, seq),
        )?;
        super::sql::audit(&tx, e)?;
        tx.commit()?;
        Ok(())
    }
}
