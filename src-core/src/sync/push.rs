//! Push: the outbox, oldest first, in batches, until the server has all of it, with how far it
//! has come for the app to show.

use super::{post, PushSummary, ServerLink, SyncError};
use crate::{outbox, CoreError, Store};
use brobygge_model::sync::{Change, Mutation, Outcome, PushResponse, SyncProgress};
use brobygge_model::ActivityId;

/// At most this many mutations per request...
const BATCH: u32 = 2_000;
/// ...and at most about this many bytes of entries, well under the server's 2 MiB limit.
const BATCH_BYTES: usize = 1024 * 1024;

impl Store {
    /// How far the running sync has come, for "Sending 500 of 1,200"; none when none runs.
    pub fn sync_progress(&self) -> Option<SyncProgress> {
        *self.progress.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn set_progress(&self, progress: Option<SyncProgress>) {
        *self.progress.lock().unwrap_or_else(|e| e.into_inner()) = progress;
    }

    /// Sends the outbox, oldest first, in batches, until it is empty. A batch whose answer is
    /// lost is simply sent again: the server applies each number once.
    pub async fn push(&self) -> Result<PushSummary, SyncError> {
        let _gate = self.sync_gate.lock().await;
        let link = self.server_link()?.ok_or(SyncError::NotEnrolled)?;
        let result = self.push_batches(&link).await;
        self.erase_if_revoked(&link, result)
    }

    /// [`Store::push`] for `link`, with the sync gate held by the caller.
    pub(super) async fn push_batches(&self, link: &ServerLink) -> Result<PushSummary, SyncError> {
        let total = u32::try_from(outbox::pending_count(&*self.conn()?)?).unwrap_or(u32::MAX);
        self.set_progress(Some(SyncProgress { sent: 0, total }));
        let result = self.send_batches(link, total).await;
        self.set_progress(None);
        result
    }

    async fn send_batches(&self, link: &ServerLink, total: u32) -> Result<PushSummary, SyncError> {
        let mut summary = PushSummary::default();
        loop {
            let mut rows = outbox::first(&*self.conn()?, BATCH)?;
            let mut bytes = 0;
            let fits = rows
                .iter()
                .take_while(|r| {
                    bytes += r.payload.as_ref().map_or(64, String::len);
                    bytes <= BATCH_BYTES
                })
                .count();
            rows.truncate(fits.max(1));
            if rows.is_empty() {
                return Ok(summary);
            }
            let mutations = rows
                .iter()
                .map(|row| {
                    let change = match &row.payload {
                        Some(json) => Change::Upsert {
                            activity: Box::new(serde_json::from_str(json)?),
                            base_version: row.base_version.and_then(|v| u64::try_from(v).ok()),
                        },
                        None => Change::Delete,
                    };
                    Ok(Mutation {
                        // The number this enrollment gave it: 1, 2, 3, ... for the server.
                        seq: u64::try_from(row.seq - link.seq_base).unwrap_or_default(),
                        activity_id: row.activity_id.clone(),
                        change,
                    })
                })
                .collect::<Result<Vec<_>, serde_json::Error>>()
                .map_err(CoreError::from)?;
            let url = format!("{}/api/v1/sync/push", link.server);
            // The same shape as `PushRequest`, without copying the batch.
            #[derive(serde::Serialize)]
            struct Batch<'a> {
                mutations: &'a [Mutation],
            }
            let answer: PushResponse = post(
                self.http(),
                url,
                Some(&link.token),
                &Batch {
                    mutations: &mutations,
                },
            )
            .await?;
            let mut conn = self.conn()?;
            let tx = conn.transaction().map_err(CoreError::from)?;
            // Each entry's last outcome in this batch: whether it was refused.
            let mut last_refused: Vec<(&ActivityId, bool)> = Vec::new();
            for result in &answer.results {
                let Some(m) = mutations.iter().find(|m| m.seq == result.seq) else {
                    continue;
                };
                let refused = matches!(
                    result.outcome,
                    Outcome::Rejected { .. } | Outcome::Forbidden
                );
                last_refused.retain(|(id, _)| *id != &m.activity_id);
                last_refused.push((&m.activity_id, refused));
                if refused {
                    let outcome =
                        serde_json::to_string(&result.outcome).map_err(CoreError::from)?;
                    tx.execute(
                        "INSERT OR REPLACE INTO refusals (activity_id, outcome) VALUES (?1, ?2)",
                        (&m.activity_id.0, outcome),
                    )
                    .map_err(CoreError::from)?;
                    summary.refused += 1;
                }
            }
            summary.sent += mutations
                .iter()
                .filter(|m| m.seq <= answer.last_applied)
                .count();
            let last_applied = i64::try_from(answer.last_applied).unwrap_or(i64::MAX);
            outbox::acknowledge(&tx, last_applied.saturating_add(link.seq_base))?;
            for (id, refused) in last_refused {
                super::pull::settle_server_copy(&tx, id, refused)?;
            }
            tx.commit().map_err(CoreError::from)?;
            drop(conn);
            let sent = u32::try_from(summary.sent).unwrap_or(u32::MAX);
            self.set_progress(Some(SyncProgress {
                sent,
                total: total.max(sent),
            }));
            if answer.last_applied < mutations.last().map_or(0, |m| m.seq) {
                return Err(SyncError::BadAnswer(
                    "the server applied less than it was sent".into(),
                ));
            }
        }
    }
}
