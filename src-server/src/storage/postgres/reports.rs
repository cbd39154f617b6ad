//! Report texts and reference edits in PostgreSQL.

use super::Postgres;
use crate::report::ReportTexts;
use crate::storage::audit::AuditEntry;
use crate::storage::reference::ReferenceEdits;
use crate::storage::reports::{numbered, ReportKey, Reports, SELECT, UPSERT};
use crate::storage::StorageError;
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
    ) -> Result<(), StorageError> {
        let [kind, project, from, to] = key.columns();
        let texts = serde_json::to_string(texts)?;
        let at = chrono::Utc::now().to_rfc3339();
        self.client()?.execute(
            &numbered(UPSERT, '$'),
            &[&kind, &project, &from, &to, &texts, &by, &at],
        )?;
        Ok(())
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
        super::audit::insert(&mut tx, e)?;
        tx.commit()?;
        Ok(())
    }
}
