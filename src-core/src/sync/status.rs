//! The sync state the app shows: the server, what waits, when sync last worked, why it failed.

use crate::{CoreError, Store};
use brobygge_model::sync::SyncStatus;
use rusqlite::OptionalExtension;

impl Store {
    /// What the app shows about sync: where to, when it last worked, what waits, why it failed;
    /// and where the database's key is.
    pub fn sync_status(&self) -> Result<SyncStatus, CoreError> {
        let conn = self.conn()?;
        let waiting: u32 =
            conn.query_row("SELECT COUNT(DISTINCT activity_id) FROM outbox", [], |r| {
                r.get(0)
            })?;
        let link = conn
            .query_row(
                "SELECT server, last_success, last_error FROM sync_link WHERE id = 1",
                [],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get(1)?,
                        r.get::<_, Option<String>>(2)?,
                    ))
                },
            )
            .optional()?;
        let erased_at: Option<String> = conn
            .query_row("SELECT erased_at FROM install WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?
            .flatten();
        Ok(match link {
            None => SyncStatus {
                waiting,
                erased_at,
                key_storage: self.key_storage(),
                ..SyncStatus::default()
            },
            Some((server, last_success, last_error)) => SyncStatus {
                server: Some(server),
                waiting,
                last_success,
                last_error: last_error.and_then(|e| serde_json::from_str(&e).ok()),
                erased_at: None,
                key_storage: self.key_storage(),
            },
        })
    }
}
