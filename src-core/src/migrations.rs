//! Versioned schema migrations. Each table's module owns its SQL; this file orders the steps.
//! All pending steps run in one transaction, and a database from a newer app is refused rather
//! than touched.

use crate::{activities, colleagues, outbox, profile, reference, sync, CoreError};
use rusqlite::{Connection, TransactionBehavior};

/// The steps, in order: step `i` brings the schema from version `i` to `i + 1`.
const STEPS: &[&[&str]] = &[
    &[
        profile::SCHEMA_V1,
        reference::SCHEMA_V1,
        activities::SCHEMA_V1,
        outbox::SCHEMA_V1,
    ],
    &[activities::SCHEMA_V2, outbox::SCHEMA_V2],
    &[sync::SCHEMA_V3],
    &[activities::SCHEMA_V4],
    &[sync::SCHEMA_V5],
    &[colleagues::SCHEMA_V6],
];

/// The schema version this build writes and understands.
pub const SCHEMA_VERSION: u32 = STEPS.len() as u32;

pub(crate) fn migrate(conn: &mut Connection) -> Result<(), CoreError> {
    migrate_to(conn, SCHEMA_VERSION)
}

/// Brings the schema up to `target` (at most [`SCHEMA_VERSION`]) in one transaction. Public
/// only so that tests can make a database of an older schema.
pub fn migrate_to(conn: &mut Connection, target: u32) -> Result<(), CoreError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found: u32 = tx.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(CoreError::NewerSchema {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    let target = target.min(SCHEMA_VERSION);
    if (3..5).contains(&found) && target >= 5 {
        sync::repair_early_v3(&tx)?;
    }
    for step in STEPS.iter().take(target as usize).skip(found as usize) {
        for sql in *step {
            tx.execute_batch(sql)?;
        }
    }
    if target > found {
        tx.pragma_update(None, "user_version", target)?;
    }
    tx.commit()?;
    Ok(())
}
