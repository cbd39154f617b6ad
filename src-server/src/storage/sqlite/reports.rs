//! Report texts and reference edits in SQLite.

use super::Sqlite;
use crate::report::ReportTexts;
use crate::storage::audit::AuditEntry;
use crate::storage::reference::ReferenceEdits;
use crate::storage::reports::{numbered, ReportKey, Reports, SELECT, UPSERT};
use crate::storage::StorageError;
use brobygge_model::ReferenceData;
use rusqlite::{OptionalExtension, TransactionBehavior};

impl Reports for Sqlite {
    fn report_texts(&self, key: &ReportKey) -> Result<Option<ReportTexts>, StorageError> {
        let texts: Option<String> = self
            .conn()?
            .query_row(&numbered(SELECT, '?'), key.columns(), |r| r.get(0))
            .optional()?;
        Ok(texts.map(|t| serde_json::from_str(&t)).transpose()?)
    }

    fn save_report_texts(
        &self,
        key: &ReportKey,
        texts: &ReportTexts,
        by: &str,
    ) -> Result<(), StorageError> {
        let [kind, project, from, to] = key.columns();
        self.conn()?.execute(
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
        Ok(())
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
        super::audit::insert(&tx, e)?;
        tx.commit()?;
        Ok(())
    }
}
