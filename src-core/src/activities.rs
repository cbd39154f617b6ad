//! The `activities` table: drafts and final entries of outreach occasions, and the queries
//! behind "My log" and its totals.

use crate::CoreError;
use brobygge_model::log::{Entry, LogEntry, LogQuery, Reach, Totals};
use brobygge_model::{ActivityDraft, ActivityId, ActivityState, Code};
use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use rusqlite::{Connection, OptionalExtension, Row, Transaction};

pub(crate) const SCHEMA_V1: &str = "
CREATE TABLE activities (
    id           TEXT PRIMARY KEY,
    state        TEXT NOT NULL CHECK (state IN ('draft', 'final')),
    project      TEXT,
    date         TEXT,
    start_time   TEXT,
    venue        TEXT,
    people_total INTEGER NOT NULL DEFAULT 0,
    document     TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);";

/// Version 2 makes deletion undoable and orders My log by an index.
pub(crate) const SCHEMA_V2: &str = "
ALTER TABLE activities ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
CREATE INDEX activities_log_order ON activities (state, deleted, date DESC, start_time DESC, id DESC);";

/// Version 4 remembers the server's version of each entry the device received, the base
/// against which the server merges the device's next edit.
pub(crate) const SCHEMA_V4: &str = "
ALTER TABLE activities ADD COLUMN server_version INTEGER;";

pub(crate) fn set_server_version(
    tx: &Transaction<'_>,
    id: &ActivityId,
    version: u64,
) -> Result<(), CoreError> {
    tx.prepare_cached("UPDATE activities SET server_version = ?2 WHERE id = ?1")?
        .execute((&id.0, i64::try_from(version).unwrap_or(i64::MAX)))?;
    Ok(())
}

pub(crate) fn save(
    tx: &Transaction<'_>,
    id: &ActivityId,
    state: ActivityState,
    draft: &ActivityDraft,
) -> Result<String, CoreError> {
    let document = serde_json::to_string(&ActivityDraft {
        id: Some(id.clone()),
        ..draft.clone()
    })?;
    tx.prepare_cached(
        "INSERT INTO activities
             (id, state, project, date, start_time, venue, people_total, document, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
         ON CONFLICT (id) DO UPDATE SET
             state = excluded.state, project = excluded.project, date = excluded.date,
             start_time = excluded.start_time, venue = excluded.venue,
             people_total = excluded.people_total, document = excluded.document,
             updated_at = excluded.updated_at, deleted = 0",
    )?
    .execute(rusqlite::params![
        id.0,
        state.as_str(),
        draft.project.as_ref().map(Code::as_str),
        draft.date.map(|d| d.to_string()),
        draft.start_time.map(|t| t.format("%H:%M").to_string()),
        draft.venue.as_ref().map(Code::as_str),
        draft.people.total(),
        document,
    ])?;
    Ok(document)
}

/// The stored document of an activity, deleted or not.
pub(crate) fn document(tx: &Transaction<'_>, id: &ActivityId) -> Result<String, CoreError> {
    Ok(tx.query_row(
        "SELECT document FROM activities WHERE id = ?1",
        [&id.0],
        |r| r.get(0),
    )?)
}

pub(crate) fn state_of(
    conn: &Connection,
    id: &ActivityId,
) -> Result<Option<ActivityState>, CoreError> {
    let state: Option<String> = conn
        .query_row("SELECT state FROM activities WHERE id = ?1", [&id.0], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(state.map(|s| parse_state(&s)))
}

pub(crate) fn get(conn: &Connection, id: &ActivityId) -> Result<Entry, CoreError> {
    let found = conn
        .query_row(
            &format!(
                "SELECT state, document, {SENT} FROM activities a WHERE id = ?1 AND deleted = 0"
            ),
            [&id.0],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?)),
        )
        .optional()?;
    let (state, document, sent) = found.ok_or(CoreError::NotFound)?;
    Ok(Entry {
        id: id.clone(),
        state: parse_state(&state),
        sent,
        draft: serde_json::from_str(&document)?,
    })
}

/// Whether the server has every change: a final entry with no outbox row waiting and no
/// refusal. A draft is never sent.
const SENT: &str = "(a.state = 'final'
    AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.activity_id = a.id)
    AND NOT EXISTS (SELECT 1 FROM refusals r WHERE r.activity_id = a.id))";

/// Whether the server refused the entry's last change for good.
const REFUSED: &str = "EXISTS (SELECT 1 FROM refusals r WHERE r.activity_id = a.id)";

pub(crate) fn log(conn: &Connection, query: LogQuery) -> Result<Vec<LogEntry>, CoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, state, project, date, start_time, venue, people_total, {SENT}, {REFUSED}, host
         FROM activities a WHERE state = ?1 AND deleted = 0
         ORDER BY date DESC, start_time DESC, id DESC LIMIT ?2 OFFSET ?3"
    ))?;
    let rows = stmt.query_map(
        rusqlite::params![query.state.as_str(), query.limit, query.offset],
        log_entry,
    )?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn log_entry(r: &Row<'_>) -> rusqlite::Result<LogEntry> {
    let code = |s: Option<String>| s.and_then(|s| Code::new(s).ok());
    Ok(LogEntry {
        id: ActivityId(r.get(0)?),
        state: parse_state(&r.get::<_, String>(1)?),
        project: code(r.get(2)?),
        date: r.get::<_, Option<String>>(3)?.and_then(|d| d.parse().ok()),
        start_time: r
            .get::<_, Option<String>>(4)?
            .and_then(|t| NaiveTime::parse_from_str(&t, "%H:%M").ok()),
        venue: code(r.get(5)?),
        people_total: r.get(6)?,
        sent: r.get(7)?,
        refused: r.get(8)?,
        host: r.get(9)?,
    })
}

/// Refuses a change of an entry the user co-hosted: it is its author's to change.
pub(crate) fn check_own(tx: &Transaction<'_>, id: &ActivityId) -> Result<(), CoreError> {
    let hosted: bool = tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM activities WHERE id = ?1 AND host IS NOT NULL)",
        )?
        .query_row([&id.0], |r| r.get(0))?;
    if hosted {
        return Err(CoreError::NotFound);
    }
    Ok(())
}

/// Marks an entry as co-hosted, logged by `host` (none: the user's own).
pub(crate) fn set_host(
    tx: &Transaction<'_>,
    id: &ActivityId,
    host: Option<&str>,
) -> Result<(), CoreError> {
    tx.prepare_cached("UPDATE activities SET host = ?2 WHERE id = ?1")?
        .execute((&id.0, host))?;
    Ok(())
}

/// Marks an activity deleted (or not), returning whether that changed anything.
pub(crate) fn set_deleted(
    tx: &Transaction<'_>,
    id: &ActivityId,
    deleted: bool,
) -> Result<bool, CoreError> {
    let changed = tx
        .prepare_cached(
            "UPDATE activities SET deleted = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             WHERE id = ?1 AND deleted <> ?2",
        )?
        .execute(rusqlite::params![id.0, deleted])?;
    Ok(changed == 1)
}

pub(crate) fn totals(conn: &Connection, today: NaiveDate) -> Result<Totals, CoreError> {
    let week_start = today - Duration::days(today.weekday().num_days_from_monday().into());
    let week_end = week_start + Duration::days(6);
    let month_start = today.with_day(1).unwrap_or(today);
    let next_month = month_start
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(month_start);
    let month_end = next_month - Duration::days(1);
    let mut stmt = conn.prepare_cached(
        "SELECT COUNT(*), COALESCE(SUM(people_total), 0) FROM activities
         WHERE state = 'final' AND deleted = 0 AND date BETWEEN ?1 AND ?2",
    )?;
    let mut reach = |from: NaiveDate, to: NaiveDate| -> Result<Reach, CoreError> {
        Ok(stmt.query_row([from.to_string(), to.to_string()], |r| {
            Ok(Reach {
                occasions: r.get(0)?,
                people: r.get(1)?,
            })
        })?)
    };
    Ok(Totals {
        week: reach(week_start, week_end)?,
        month: reach(month_start, month_end)?,
    })
}

fn parse_state(s: &str) -> ActivityState {
    if s == "final" {
        ActivityState::Final
    } else {
        ActivityState::Draft
    }
}
