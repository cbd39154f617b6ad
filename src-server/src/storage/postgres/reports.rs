//! Report texts and reference edits in PostgreSQL.

use super::Postgres;
use crate::report::{Report, ReportTexts};
use crate::storage::audit::AuditEntry;
use crate::storage::reference::ReferenceEdits;
use crate::storage::reports::{
    key_of, numbered, ReportKey, Reports, HAND_IN, LIST_HANDED_IN, SELECT, SELECT_HANDED_IN, UPSERT,
};
use crate::storage::StorageError;
use brobygge_model::handed_in::HandedIn;
use brobygge_model::ReferenceData;

impl Reports for Postgres {
    fn report_texts(&self, key: &ReportKey) -> Result<Option<ReportTexts>, StorageError> {
        let [kind, project, from, to] = key.columns();
        let row = self
            .client()?
            .query_opt(&numbered(SELECT, '$'), &[&kind, &project, &from, &to])?;
        Ok(row
            .map(|r| serde_json::from_str(r.get::<_, &str>(0)))
            .transpose()?)
    }

    fn save_report_texts(
        &self,
        key: &ReportKey,
        texts: &ReportTexts,
        by: &str,
    ) -> Result<bool, StorageError> {
        let [kind, project, from, to] = key.columns();
        let texts = serde_json::to_string(texts)?;
        let at = chrono::Utc::now().to_rfc3339();
        let written = self.client()?.execute(
            &numbered(UPSERT, '$'),
            &[&kind, &project, &from, &to, &texts, &by, &at],
        )?;
        Ok(written == 1)
    }

    fn handed_in(&self, key: &ReportKey) -> Result<Option<(Report, HandedIn)>, StorageError> {
        let [kind, project, from, to] = key.columns();
        let row = self.client()?.query_opt(
            &numbered(SELECT_HANDED_IN, '$'),
            &[&kind, &project, &from, &to],
        )?;
        row.map(|r| {
            let report = serde_json::from_str(r.get::<_, &str>(0))?;
            Ok((
                report,
                HandedIn {
                    by: r.get(1),
                    at: r.get(2),
                },
            ))
        })
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
        let texts = serde_json::to_string(&report.texts)?;
        let at = chrono::Utc::now().to_rfc3339();
        let frozen = serde_json::to_string(report)?;
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        let written = tx.execute(
            &numbered(HAND_IN, '$'),
            &[&kind, &project, &from, &to, &texts, &by, &at, &frozen],
        )?;
        if written == 1 {
            super::sql::audit(&mut tx, audit)?;
        }
        tx.commit()?;
        Ok(written == 1)
    }

    fn handed_in_reports(&self) -> Result<Vec<(ReportKey, HandedIn)>, StorageError> {
        let rows = self.client()?.query(LIST_HANDED_IN, &[])?;
        rows.iter()
            .map(|r| {
                let column = |i| r.get::<_, &str>(i);
                let key = key_of([column(0), column(1), column(2), column(3)])?;
                let by = HandedIn {
                    by: column(4).to_owned(),
                    at: column(5).to_owned(),
                };
                Ok((key, by))
            })
            .collect()
    }
}

impl ReferenceEdits for Postgres {
    fn replace_reference(&self, data: &ReferenceData, e: &AuditEntry) -> Result<(), StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        // Taking the next number holds the counter's lock until commit, as every write does.
        let seq: i64 = tx
            .query_one(
                "UPDATE change_counter SET last = last + 1 WHERE id = 1 RETURNING last",
                &[],
            )?
            .get(0);
        tx.execute(
            "UPDATE reference_data SET document = $1, change_seq = $2 WHERE id = 1",
            &[&serde_json::to_string(data)?, &seq],
        )?;
        super::sql::audit(&mut tx, e)?;
        tx.commit()?;
        Ok(())
    }
}
