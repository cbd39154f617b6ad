//! The `profile` table: the one local user of this device.

use crate::CoreError;
use brobygge_model::Profile;
use rusqlite::{Connection, OptionalExtension};

pub(crate) const SCHEMA_V1: &str = "
CREATE TABLE profile (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    document TEXT NOT NULL
);";

pub(crate) fn get(conn: &Connection) -> Result<Option<Profile>, CoreError> {
    let document: Option<String> = conn
        .query_row("SELECT document FROM profile WHERE id = 1", [], |row| {
            row.get(0)
        })
        .optional()?;
    Ok(document.map(|d| serde_json::from_str(&d)).transpose()?)
}

pub(crate) fn set(conn: &Connection, profile: &Profile) -> Result<(), CoreError> {
    conn.execute(
        "INSERT INTO profile (id, document) VALUES (1, ?1)
         ON CONFLICT (id) DO UPDATE SET document = excluded.document",
        [serde_json::to_string(profile)?],
    )?;
    Ok(())
}
