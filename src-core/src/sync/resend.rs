//! When the server lacks what this device sent: it was restored from a backup taken before
//! (its answers say `sequence-gap`: to a push numbered past what it holds, and to a pull cursor
//! of the database it was before), or the device was enrolled again as the same user. The
//! device sends every entry of its own again, from the number the server holds on, and pulls
//! from the start; the server takes an entry it already has as it is without a new version.

use super::{post, ServerLink, SyncError};
use crate::{outbox, CoreError, Store};
use brobygge_model::sync::{PushRequest, PushResponse};
use brobygge_model::ErrorCode;
use rusqlite::Transaction;

impl SyncError {
    /// Whether the server says it lacks changes this device numbered or pulled.
    pub(super) fn server_lacks_changes(&self) -> bool {
        matches!(self, SyncError::Refused(e) if e.code == ErrorCode::SequenceGap)
    }
}

impl Store {
    /// Asks the server how far it holds this device's changes (a push of nothing answers it),
    /// then queues every entry of the user's own again and numbers the waiting changes on from
    /// there, and pulls from the start. The caller holds the sync gate.
    pub(super) async fn resend_everything(&self, link: &ServerLink) -> Result<(), SyncError> {
        let url = format!("{}/api/v1/sync/push", link.server);
        let nothing = PushRequest { mutations: vec![] };
        let answer: PushResponse = post(self.http(), url, Some(&link.token), &nothing).await?;
        let applied = i64::try_from(answer.last_applied).unwrap_or(i64::MAX);
        let mut conn = self.conn()?;
        let tx = conn.transaction().map_err(CoreError::from)?;
        // Occasions co-hosted come back with the pull, as the server has them now.
        tx.execute("DELETE FROM activities WHERE host IS NOT NULL", [])
            .map_err(CoreError::from)?;
        requeue_own(&tx)?;
        let seq_base = outbox::next_seq(&tx)? - 1 - applied;
        tx.execute(
            "UPDATE sync_link SET seq_base = ?1, pull_cursor = NULL",
            [seq_base],
        )
        .map_err(CoreError::from)?;
        tx.execute("DELETE FROM server_copies", [])
            .map_err(CoreError::from)?;
        tx.commit().map_err(CoreError::from)?;
        Ok(())
    }
}

/// Queues again every final entry of the user's own (not co-hosted) with no change waiting
/// and no refusal kept: its current form, or its deletion; oldest change first.
pub(super) fn requeue_own(tx: &Transaction<'_>) -> Result<usize, CoreError> {
    // Sent and never pulled back: this device made it, so its copy is the server's first
    // version as far as the device knows. Sent with that as its base, a field a coordinator
    // corrected since stays corrected (the server would otherwise take the device's copy of
    // every field for a change).
    tx.execute(
        "UPDATE activities SET server_version = 1
         WHERE server_version IS NULL AND state = 'final' AND host IS NULL
           AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.activity_id = activities.id)
           AND NOT EXISTS (SELECT 1 FROM refusals r WHERE r.activity_id = activities.id)",
        [],
    )?;
    Ok(tx.execute(
        "INSERT INTO outbox (activity_id, kind, payload, created_at)
         SELECT a.id, CASE a.deleted WHEN 0 THEN 'upsert' ELSE 'delete' END,
                CASE a.deleted WHEN 0 THEN a.document END,
                strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
         FROM activities a
         WHERE a.state = 'final' AND a.host IS NULL
           AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.activity_id = a.id)
           AND NOT EXISTS (SELECT 1 FROM refusals r WHERE r.activity_id = a.id)
         ORDER BY a.updated_at, a.id",
        [],
    )?)
}
