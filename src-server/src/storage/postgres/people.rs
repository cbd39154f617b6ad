//! People and their devices in PostgreSQL.

use super::Postgres;
use crate::storage::people::{fold, DeviceInfo, People, Person, SELECT};
use crate::storage::StorageError;
use chrono::{DateTime, SecondsFormat, Utc};

fn text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

impl People for Postgres {
    fn people(&self) -> Result<Vec<Person>, StorageError> {
        let rows = self.client()?.query(SELECT, &[])?;
        fold(rows.iter().map(|r| {
            let device = r.get::<_, Option<String>>(4).map(|id| DeviceInfo {
                id,
                app_version: r.get(5),
                enrolled_at: text(r.get(6)),
                last_sync_at: r.get::<_, Option<DateTime<Utc>>>(7).map(text),
                revoked: r.get(8),
            });
            let user = (r.get(0), r.get(1), r.get(2), r.get(3), r.get(9), r.get(10));
            (user, device)
        }))
    }
}
