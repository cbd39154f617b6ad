//! The other users of the user's projects, as the server last named them on a pull: the log
//! form offers them as co-hosts of an occasion. Names only, replaced whole on every pull.

use crate::CoreError;
use brobygge_model::sync::Colleague;
use brobygge_model::Code;
use rusqlite::{Connection, Transaction};

/// Version 6: the colleagues, and an entry's host when the user co-hosted it (who logged it;
/// such an entry is shown, never changed on this device).
pub(crate) const SCHEMA_V6: &str = "
CREATE TABLE colleagues (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    projects TEXT NOT NULL
);
ALTER TABLE activities ADD COLUMN host TEXT;";

pub(crate) fn replace(tx: &Transaction<'_>, colleagues: &[Colleague]) -> Result<(), CoreError> {
    tx.execute("DELETE FROM colleagues", [])?;
    let mut insert =
        tx.prepare_cached("INSERT INTO colleagues (id, name, projects) VALUES (?1, ?2, ?3)")?;
    for c in colleagues {
        insert.execute((c.id, &c.name, serde_json::to_string(&c.projects)?))?;
    }
    Ok(())
}

/// The colleagues of `project`, by name.
pub(crate) fn of(conn: &Connection, project: &Code) -> Result<Vec<Colleague>, CoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT id, name, projects FROM colleagues ORDER BY name")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut found = Vec::new();
    for row in rows {
        let (id, name, projects) = row?;
        let projects: Vec<Code> = serde_json::from_str(&projects)?;
        if projects.contains(project) {
            found.push(Colleague { id, name, projects });
        }
    }
    Ok(found)
}
