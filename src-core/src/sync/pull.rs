//! Pull: what changed on the server for this device's user (its own activities from any of its
//! devices, their tombstones, the reference data), page by page after an opaque cursor.

use super::{post, SyncError};
use crate::{activities, reference, CoreError, Store};
use brobygge_model::sync::{PullRequest, PullResponse};
use brobygge_model::ActivityState;

impl Store {
    /// Receives what changed on the server after the device's cursor, page by page, each page
    /// applied in one transaction together with its cursor. Returns the activities received.
    pub async fn pull(&self) -> Result<usize, SyncError> {
        let link = self.server_link()?.ok_or(SyncError::NotEnrolled)?;
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
            // A change not yet pushed stays as the user made it; it reaches the server next.
            let waiting: bool = tx
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM outbox WHERE activity_id = ?1)")?
                .query_row([&pulled.id.0], |r| r.get(0))?;
            if waiting {
                continue;
            }
            match &pulled.activity {
                Some(activity) => {
                    activities::save(&tx, &pulled.id, ActivityState::Final, activity)?;
                }
                None => {
                    activities::set_deleted(&tx, &pulled.id, true)?;
                }
            }
            activities::set_server_version(&tx, &pulled.id, pulled.version)?;
        }
        if let Some(reference) = &page.reference {
            reference::replace(&tx, reference, "server")?;
        }
        tx.execute("UPDATE sync_link SET pull_cursor = ?1", [&page.cursor])?;
        tx.commit()?;
        Ok(())
    }
}
