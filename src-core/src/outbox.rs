//! The `outbox` table: every change to a final activity, in order, waiting for the server. The
//! row's sequence number is the device's mutation counter that sync will send.

use crate::CoreError;
use brobygge_model::ActivityId;
use rusqlite::{Connection, Transaction};
use serde::Serialize;

pub(crate) const SCHEMA_V1: &str = "
CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    activity_id TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('upsert', 'delete')),
    payload     TEXT,
    created_at  TEXT NOT NULL
);";

pub(crate) const SCHEMA_V2: &str = "
CREATE INDEX outbox_by_activity ON outbox (activity_id);";

/// One pending mutation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OutboxRow {
    pub seq: i64,
    pub activity_id: ActivityId,
    pub kind: String,
    /// The activity as JSON (an `ActivityDraft` with every field set) for an upsert; none for
    /// a delete.
    pub payload: Option<String>,
    /// The server's version of the entry that the device last received, if any.
    pub base_version: Option<i64>,
}

pub(crate) enum Mutation<'a> {
    Upsert(&'a str),
    Delete,
}

pub(crate) fn push(
    tx: &Transaction<'_>,
    id: &ActivityId,
    mutation: Mutation<'_>,
) -> Result<(), CoreError> {
    let (kind, payload) = match mutation {
        Mutation::Upsert(json) => ("upsert", Some(json)),
        Mutation::Delete => ("delete", None),
    };
    tx.execute(
        "INSERT INTO outbox (activity_id, kind, payload, created_at)
         VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
        rusqlite::params![id.0, kind, payload],
    )?;
    Ok(())
}

/// How many changes wait.
pub(crate) fn pending_count(conn: &Connection) -> Result<i64, CoreError> {
    Ok(conn.query_row("SELECT count(*) FROM outbox", [], |r| r.get(0))?)
}

pub(crate) fn pending(conn: &Connection) -> Result<Vec<OutboxRow>, CoreError> {
    first(conn, u32::MAX)
}

/// The oldest `limit` rows.
pub(crate) fn first(conn: &Connection, limit: u32) -> Result<Vec<OutboxRow>, CoreError> {
    let mut stmt = conn.prepare(
        "SELECT o.seq, o.activity_id, o.kind, o.payload, a.server_version
         FROM outbox o LEFT JOIN activities a ON a.id = o.activity_id
         ORDER BY o.seq LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit], |r| {
        Ok(OutboxRow {
            seq: r.get(0)?,
            activity_id: ActivityId(r.get(1)?),
            kind: r.get(2)?,
            payload: r.get(3)?,
            base_version: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Removes every row the server has applied (or rejected for good): up to `last`, a number of
/// this outbox's own counter.
pub(crate) fn acknowledge(conn: &Connection, last: i64) -> Result<(), CoreError> {
    conn.execute("DELETE FROM outbox WHERE seq <= ?1", [last])?;
    Ok(())
}

/// Whether a change of the activity waits.
pub(crate) fn waits(conn: &Connection, id: &ActivityId) -> Result<bool, CoreError> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM outbox WHERE activity_id = ?1)")?
        .query_row([&id.0], |r| r.get(0))?)
}

/// The outbox number the next change gets: the first waiting one, or the one after the last
/// ever given (the counter never goes back, even when the rows are gone).
pub(crate) fn next_seq(conn: &Connection) -> Result<i64, CoreError> {
    Ok(conn.query_row(
        "SELECT COALESCE((SELECT min(seq) FROM outbox),
                         (SELECT seq FROM sqlite_sequence WHERE name = 'outbox') + 1,
                         1)",
        [],
        |r| r.get(0),
    )?)
}
