//! People and their devices in SQLite.

use super::Sqlite;
use crate::storage::people::{fold, DeviceInfo, People, Person, SELECT};
use crate::storage::StorageError;

impl People for Sqlite {
    fn people(&self) -> Result<Vec<Person>, StorageError> {
        let conn = self.read()?;
        let mut stmt = conn.prepare(SELECT)?;
        let rows = stmt
            .query_map([], |r| {
                let device = match r.get::<_, Option<String>>(4)? {
                    Some(id) => Some(DeviceInfo {
                        id,
                        app_version: r.get(5)?,
                        enrolled_at: r.get(6)?,
                        last_sync_at: r.get(7)?,
                        revoked: r.get(8)?,
                    }),
                    None => None,
                };
                let user = (
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(9)?,
                    r.get(10)?,
                );
                Ok((user, device))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        fold(rows)
    }
}
