//! The device store driven through its public API on real SQLite files in temp dirs. One test
//! binary whose modules mirror `src/`.

mod activities;
mod migrations;
mod outbox;
mod profile;

use brobygge_core::Store;
use brobygge_model::{ActivityDraft, Count, PeopleReached, ReferenceData};
use chrono::{NaiveDate, NaiveTime};
use std::path::PathBuf;
use tempfile::TempDir;

/// A store in a fresh temp dir; the dir lives as long as the returned guard.
pub fn fresh() -> (Store, TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("device.sqlite3");
    (Store::open(&path).unwrap(), dir, path)
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
        referrals: vec![],
        questions: vec![],
        note: "Samtal om vården och 1177.".into(),
    }
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}
