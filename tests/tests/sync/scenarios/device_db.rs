//! A look into a device's database file, as the checks need it.

use brobygge_model::ActivityDraft;
use std::collections::BTreeMap;
use std::path::Path;

fn open(root: &Path) -> rusqlite::Connection {
    brobygge_tests::device_db::look_inside(&root.join("device.sqlite3"))
}

/// The device's live final entries, as stored.
pub fn local_entries(root: &Path) -> BTreeMap<String, ActivityDraft> {
    let conn = open(root);
    let mut stmt = conn
        .prepare("SELECT id, document FROM activities WHERE state = 'final' AND deleted = 0")
        .unwrap();
    stmt.query_map([], |r| {
        let document: String = r.get(1)?;
        Ok((r.get(0)?, serde_json::from_str(&document).unwrap()))
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

pub fn pull_cursor(root: &Path) -> i64 {
    let cursor: Option<String> = open(root)
        .query_row("SELECT pull_cursor FROM sync_link", [], |r| r.get(0))
        .unwrap_or(None);
    cursor.map_or(0, |c| c.parse().expect("a cursor of this server"))
}
