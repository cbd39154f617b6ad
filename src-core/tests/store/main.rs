//! The device store driven through its public API on real SQLite files in temp dirs. One test
//! binary whose modules mirror `src/`.

mod activities;
mod encryption;
mod migrations;
mod outbox;
mod profile;
mod repeat;

use brobygge_core::{DatabaseKey, Store};
use brobygge_model::{ActivityDraft, Count, PeopleReached, ReferenceData};
use chrono::{NaiveDate, NaiveTime};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// The key every test database is encrypted with.
pub fn key() -> DatabaseKey {
    DatabaseKey::from_hex(&"5a".repeat(32)).unwrap()
}

/// Opens the store at `path` with the tests' key.
pub fn open(path: &Path) -> Result<Store, brobygge_core::CoreError> {
    Store::open(path, &key())
}

/// A plain connection to the encrypted database at `path`, to look at what the store wrote.
pub fn raw(path: &Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).unwrap();
    key().unlock(&conn).unwrap();
    conn
}

/// A store in a fresh temp dir; the dir lives as long as the returned guard.
pub fn fresh() -> (Store, TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("device.sqlite3");
    (open(&path).unwrap(), dir, path)
}

/// The first page of My log: the final entries, newest first.
pub fn finals(store: &Store) -> Vec<brobygge_core::LogEntry> {
    store
        .log(brobygge_core::LogQuery {
            state: brobygge_model::ActivityState::Final,
            limit: 100,
            offset: 0,
        })
        .unwrap()
}

/// A complete occasion built from whatever the seed reference data offers.
pub fn occasion(reference: &ReferenceData, date: NaiveDate, women: u32) -> ActivityDraft {
    let project = reference
        .projects
        .iter()
        .find(|p| !p.topics.is_empty())
        .unwrap();
    let venue = &reference.venues[0];
    ActivityDraft {
        id: None,
        project: Some(project.code.clone()),
        date: Some(date),
        start_time: NaiveTime::from_hms_opt(10, 0, 0),
        duration_minutes: Some(60),
        area: Some(venue.area.clone()),
        venue: Some(venue.code.clone()),
        venue_type: Some(venue.venue_type.clone()),
        format: Some(reference.formats[0].code.clone()),
        languages: vec![reference.languages[0].code.clone()],
        topics: vec![project.topics[0].clone()],
        people: PeopleReached {
            women: Count::new(women).unwrap(),
            ..PeopleReached::default()
        },
        new_people: None,
        referrals: vec![],
        questions: vec![],
        outcomes: vec![],
        partners: vec![],
        co_hosts: vec![],
        note: "Samtal om vården och 1177.".into(),
    }
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}
