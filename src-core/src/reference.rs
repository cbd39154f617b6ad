//! The `reference_data` table: the lists the log form offers. On first start it is filled from
//! the seed file shipped with the app; the server becomes its source once the device syncs.

use crate::CoreError;
use brobygge_model::ReferenceData;
use rusqlite::{Connection, OptionalExtension};

pub(crate) const SCHEMA_V1: &str = "
CREATE TABLE reference_data (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    source   TEXT NOT NULL,
    document TEXT NOT NULL
);";

/// The reference data shipped with the app, used until the server delivers its own.
pub const SEED: &str = include_str!("../seed/reference-data.json");

/// Stores the seed on first start, and replaces an earlier app's seed after an update; once the
/// server has delivered reference data (another source), the seed no longer applies.
pub(crate) fn seed(conn: &Connection) -> Result<(), CoreError> {
    // Parse before storing so that a broken seed file fails loudly on first start.
    let seed: ReferenceData = serde_json::from_str(SEED)?;
    conn.execute(
        "INSERT INTO reference_data (id, source, document) VALUES (1, 'seed', ?1)
         ON CONFLICT (id) DO UPDATE SET document = excluded.document
         WHERE reference_data.source = 'seed' AND reference_data.document <> excluded.document",
        [serde_json::to_string(&seed)?],
    )?;
    Ok(())
}

pub(crate) fn get(conn: &Connection) -> Result<ReferenceData, CoreError> {
    let document: Option<String> = conn
        .query_row(
            "SELECT document FROM reference_data WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    match document {
        Some(d) => Ok(serde_json::from_str(&d)?),
        None => Ok(ReferenceData::default()),
    }
}

/// Replaces the reference data, noting where it came from.
pub(crate) fn replace(
    conn: &Connection,
    data: &ReferenceData,
    source: &str,
) -> Result<(), CoreError> {
    conn.execute(
        "INSERT INTO reference_data (id, source, document) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET source = excluded.source, document = excluded.document",
        (source, serde_json::to_string(data)?),
    )?;
    Ok(())
}
