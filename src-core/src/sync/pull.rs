//! Pull: what changed on the server for this device's user (its own activities from any of its
//! devices, their tombstones, the reference data), page by page after an opaque cursor.
//!
//! An entry with a local change still waiting keeps the user's version, and the server's
//! version that arrived meanwhile is kept in `server_copies`: the cursor moves past it, so it
//! would never come again. When the waiting change is applied, the server makes a newer
//! version that a later pull brings; when it is refused, the kept copy becomes the entry.

use super::{post, ServerLink, SyncError};
use crate::{activities, outbox, reference, CoreError, Store};
use brobygge_model::sync::{PullRequest, PullResponse};
use brobygge_model::{ActivityDraft, ActivityId, ActivityState};
use rusqlite::{OptionalExtension, Transaction};

impl Store {
    /// Receives what changed on the server after the device's cursor, page by page, each page
    /// applied in one transaction together with its cursor. Returns the activities received.
    pub async fn pull(&self) -> Result<usize, SyncError> {
        let _gate = self.sync_gate.lock().await;
        let link = self.server_link()?.ok_or(SyncError::NotEnrolled)?;
        let result = self.pull_pages(&link).await;
        self.erase_if_revoked(&link, result)
    }

    /// [`Store::pull`] for `link`, with the sync gate held by the caller.
    pub(super) async fn pull_pages(&self, link: &ServerLink) -> Result<usize, SyncError> {
        let mut received = 0;
        loop {
            let cursor: Option<String> = self
                .conn()?
                .query_row("SELECT pull_cursor FROM sync_link WHERE id = 1", [], |r| {
                    r.get(0)
                })
                .map_err(CoreError::from)?;
            let url = format!("{}/api/v1/sync/pull", link.server);
            let request = PullRequest { cursor };
            let page: PullResponse = post(self.http(), url, Some(&link.token), &request).await?;
            received += page.activities.len();
            self.apply_pull(&page)?;
            if !page.more {
                return Ok(received);
            }
        }
    }

    fn apply_pull(&self, page: &PullResponse) -> Result<(), CoreError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction()?;
        for pulled in &page.activities {
            let version = i64::try_from(pulled.version).unwrap_or(i64::MAX);
            if outbox::waits(&tx, &pulled.id)? {
                // A change not yet pushed stays as the user made it; it reaches the server next.
                let document = pulled
                    .activity
                    .as_ref()
                    .map(serde_json::to_string)
                    .transpose()?;
                tx.prepare_cached(
                    "INSERT OR REPLACE INTO server_copies (activity_id, version, document)
                     VALUES (?1, ?2, ?3)",
                )?
                .execute((&pulled.id.0, version, document))?;
                continue;
            }
            apply(&tx, &pulled.id, pulled.version, pulled.activity.as_deref())?;
            activities::set_host(&tx, &pulled.id, pulled.host.as_deref())?;
        }
        if let Some(colleagues) = &page.colleagues {
            crate::colleagues::replace(&tx, colleagues)?;
        }
        if let Some(reference) = &page.reference {
            reference::replace(&tx, reference, "server")?;
        }
        if let Some(day) = page.kept_from {
            thin_before(&tx, day)?;
        }
        tx.execute("UPDATE sync_link SET pull_cursor = ?1", [&page.cursor])?;
        tx.commit()?;
        Ok(())
    }
}

/// Thins out (gallring) the entries that took place before `day`, as the municipality's
/// retention says and the server did: those with nothing waiting to be sent and no refusal
/// (a change that waits is the server's to refuse, and a refused one stays for the guide to
/// see why), with the server copies kept of them. Drafts stay: they never reached the
/// server, and are the guide's to finish or delete.
fn thin_before(tx: &Transaction<'_>, day: chrono::NaiveDate) -> Result<(), CoreError> {
    let old = "SELECT id FROM activities WHERE state = 'final' AND date < ?1
        AND NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.activity_id = activities.id)
        AND NOT EXISTS (SELECT 1 FROM refusals WHERE refusals.activity_id = activities.id)";
    let day = day.to_string();
    tx.execute(
        &format!("DELETE FROM server_copies WHERE activity_id IN ({old})"),
        [&day],
    )?;
    tx.execute(
        &format!("DELETE FROM activities WHERE id IN ({old})"),
        [&day],
    )?;
    Ok(())
}

/// Makes the server's `version` of an entry the device's: `activity`, or its deletion.
fn apply(
    tx: &Transaction<'_>,
    id: &ActivityId,
    version: u64,
    activity: Option<&ActivityDraft>,
) -> Result<(), CoreError> {
    match activity {
        Some(activity) => {
            activities::save(tx, id, ActivityState::Final, activity)?;
        }
        None => {
            activities::set_deleted(tx, id, true)?;
        }
    }
    activities::set_server_version(tx, id, version)
}

/// Once no change of the entry waits any more: if its last change was `refused`, the server's
/// copy kept while it waited (if one came) becomes the entry; either way the copy goes.
pub(super) fn settle_server_copy(
    tx: &Transaction<'_>,
    id: &ActivityId,
    refused: bool,
) -> Result<(), CoreError> {
    if outbox::waits(tx, id)? {
        return Ok(());
    }
    let copy: Option<(i64, Option<String>)> = tx
        .prepare_cached("SELECT version, document FROM server_copies WHERE activity_id = ?1")?
        .query_row([&id.0], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((version, document)) = copy else {
        return Ok(());
    };
    if refused {
        let activity: Option<ActivityDraft> =
            document.as_deref().map(serde_json::from_str).transpose()?;
        apply(
            tx,
            id,
            u64::try_from(version).unwrap_or_default(),
            activity.as_ref(),
        )?;
    }
    tx.execute("DELETE FROM server_copies WHERE activity_id = ?1", [&id.0])?;
    Ok(())
}
