//! New versions held back in a push and written together: a few statements per push instead
//! of a few per entry.

use crate::storage::StorageError;
use postgres::Transaction;
use std::collections::HashMap;

/// A version a device wrote, not yet sent to the database.
pub(super) struct HeldWrite {
    pub(super) id: String,
    pub(super) owner: i64,
    pub(super) device_id: String,
    pub(super) document: String,
    pub(super) version: i64,
    pub(super) change: i64,
}

/// Writes the held versions: the latest of each activity into `activities`, every one into
/// `activity_versions`, in two statements.
pub(super) fn write_held(
    tx: &mut Transaction<'_>,
    held: Vec<HeldWrite>,
) -> Result<(), StorageError> {
    if held.is_empty() {
        return Ok(());
    }
    let mut latest: HashMap<&str, &HeldWrite> = HashMap::new();
    for w in &held {
        latest.insert(&w.id, w);
    }
    let rows: Vec<&HeldWrite> = latest.into_values().collect();
    let column = |f: fn(&HeldWrite) -> String| rows.iter().map(|w| f(w)).collect::<Vec<_>>();
    let number = |f: fn(&HeldWrite) -> i64| rows.iter().map(|w| f(w)).collect::<Vec<_>>();
    tx.execute(
        "INSERT INTO activities AS a (id, user_id, device_id, document, version, change_seq)
             SELECT * FROM unnest($1::text[], $2::int8[], $3::text[], $4::text[], $5::int8[],
                                  $6::int8[])
             ON CONFLICT (id) DO UPDATE SET document = excluded.document,
                 device_id = excluded.device_id, version = excluded.version, deleted = FALSE,
                 change_seq = excluded.change_seq",
        &[
            &column(|w| w.id.clone()),
            &number(|w| w.owner),
            &column(|w| w.device_id.clone()),
            &column(|w| w.document.clone()),
            &number(|w| w.version),
            &number(|w| w.change),
        ],
    )?;
    let ids: Vec<&str> = held.iter().map(|w| w.id.as_str()).collect();
    let versions: Vec<i64> = held.iter().map(|w| w.version).collect();
    let documents: Vec<&str> = held.iter().map(|w| w.document.as_str()).collect();
    let devices: Vec<&str> = held.iter().map(|w| w.device_id.as_str()).collect();
    tx.execute(
        "INSERT INTO activity_versions (activity_id, version, document, device_id)
             SELECT * FROM unnest($1::text[], $2::int8[], $3::text[], $4::text[])",
        &[&ids, &versions, &documents, &devices],
    )?;
    Ok(())
}
