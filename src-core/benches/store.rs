//! Figures for the device store: save latency over 1,000 saves (p50, p99) and reading My log
//! and its totals with 10,000 entries. Prints figures; asserts nothing. Run by
//! `cargo xtask bench` or `cargo bench -p brobygge-core`.

use brobygge_core::{DatabaseKey, LogQuery, Store};
use brobygge_model::{ActivityDraft, ActivityState, Count, PeopleReached, SaveOptions};
use chrono::{NaiveDate, NaiveTime};
use std::time::{Duration, Instant};

fn occasion(store: &Store, n: u32) -> ActivityDraft {
    let r = store.reference_data().unwrap();
    let project = &r.projects[(n as usize) % r.projects.len()];
    let venue = &r.venues[(n as usize) % r.venues.len()];
    ActivityDraft {
        project: Some(project.code.clone()),
        date: NaiveDate::from_ymd_opt(2026, 1 + n % 12, 1 + n % 28),
        start_time: NaiveTime::from_hms_opt(8 + n % 10, 0, 0),
        duration_minutes: Some(60),
        area: Some(venue.area.clone()),
        venue: Some(venue.code.clone()),
        venue_type: Some(venue.venue_type.clone()),
        format: Some(r.formats[0].code.clone()),
        languages: vec![r.languages[0].code.clone(), r.languages[2].code.clone()],
        topics: project.topics.iter().take(2).cloned().collect(),
        people: PeopleReached {
            women: Count::new(1 + n % 9).unwrap(),
            girls: Count::new(n % 4).unwrap(),
            ..PeopleReached::default()
        },
        note: "Språkcafé: frågor om vårdcentralen, 1177 och förskoleplats.".into(),
        ..ActivityDraft::default()
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let key = DatabaseKey::generate();
    let store = Store::open(dir.path().join("bench.sqlite3"), &key).unwrap();

    let mut latencies = Vec::with_capacity(1_000);
    for n in 0..1_000 {
        let draft = occasion(&store, n);
        let started = Instant::now();
        store.save_activity(&draft, SaveOptions::default()).unwrap();
        latencies.push(started.elapsed());
    }
    latencies.sort();
    println!(
        "save latency over 1000 saves (synchronous=FULL): p50 {:?}, p99 {:?}, max {:?}",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        latencies[latencies.len() - 1]
    );

    for n in 1_000..10_000 {
        store
            .save_activity(&occasion(&store, n), SaveOptions::default())
            .unwrap();
    }
    let page = LogQuery {
        state: ActivityState::Final,
        limit: 50,
        offset: 0,
    };
    let runs = 200;
    let started = Instant::now();
    for _ in 0..runs {
        assert_eq!(store.log(page).unwrap().len(), 50);
    }
    println!(
        "My log first page (50 of 10000 entries): {:?} per query",
        started.elapsed() / runs
    );
    let started = Instant::now();
    let all = store
        .log(LogQuery {
            limit: 10_000,
            ..page
        })
        .unwrap();
    println!(
        "My log all 10000 entries in one query: {:?} ({} rows)",
        started.elapsed(),
        all.len()
    );
    let started = Instant::now();
    for _ in 0..runs {
        store
            .totals(NaiveDate::from_ymd_opt(2026, 6, 15).unwrap())
            .unwrap();
    }
    println!(
        "week and month totals over 10000 entries: {:?} per call",
        started.elapsed() / runs
    );
}
