//! The server's own share of a push, without HTTP: 10,000 new entries applied through the
//! storage interface in batches of 2,000, on SQLite (and on PostgreSQL when
//! `BROBYGGE_BENCH_POSTGRES` names a server). Prints the time per batch and per entry.

use brobygge_model::sync::{Change, Mutation, Role};
use brobygge_model::{ActivityDraft, ActivityId, Code, Count, PeopleReached};
use brobygge_server::storage::{self, NewUser, Storage};
use chrono::{NaiveDate, NaiveTime};
use std::time::Instant;

const ENTRIES: usize = 10_000;
const BATCH: usize = 2_000;

fn occasion(n: usize) -> ActivityDraft {
    let code = |s: &str| Some(Code::new(s).unwrap());
    ActivityDraft {
        project: code("halsoguider"),
        date: NaiveDate::from_ymd_opt(2026, 11, 30),
        start_time: NaiveTime::from_hms_opt(10, 0, 0),
        duration_minutes: Some(60),
        area: code("raslatt"),
        venue: code("raslatt-library"),
        venue_type: code("library"),
        format: code("drop-in"),
        languages: vec![Code::new("ar").unwrap(), Code::new("sv").unwrap()],
        topics: vec![Code::new("vaccination").unwrap()],
        people: PeopleReached {
            women: Count::new(1 + (n % 11) as u32).unwrap(),
            ..Default::default()
        },
        note: "Föräldrafrukost på biblioteket. Frågor om vaccinationer och tandvård.".into(),
        ..ActivityDraft::default()
    }
}

fn measure(name: &str, storage: &dyn Storage) {
    let user = storage
        .create_user(&NewUser {
            name: "Amina".into(),
            role: Role::Guide,
            projects: vec![Code::new("halsoguider").unwrap()],
        })
        .unwrap();
    storage
        .add_code(
            user,
            "bench",
            chrono::Utc::now() + chrono::Duration::hours(1),
        )
        .unwrap();
    let device = storage
        .enroll("bench", "bench-token", "0.1.0", chrono::Utc::now())
        .unwrap();
    let mutations: Vec<Mutation> = (0..ENTRIES)
        .map(|n| Mutation {
            seq: n as u64 + 1,
            activity_id: ActivityId(uuid::Uuid::now_v7().to_string()),
            change: Change::Upsert {
                activity: Box::new(occasion(n)),
                base_version: None,
            },
        })
        .collect();
    let started = Instant::now();
    for batch in mutations.chunks(BATCH) {
        brobygge_server::sync::push(storage, &device, batch.to_vec()).unwrap();
    }
    let elapsed = started.elapsed();
    println!(
        "{name}: {ENTRIES} entries in batches of {BATCH}: {:.0} ms, {:.1} µs per entry",
        elapsed.as_secs_f64() * 1000.0,
        elapsed.as_secs_f64() * 1e6 / ENTRIES as f64
    );
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = storage::open(&dir.path().to_string_lossy()).unwrap();
    measure("SQLite", sqlite.as_ref());
    if let Ok(url) = std::env::var("BROBYGGE_BENCH_POSTGRES") {
        let database = storage::postgres::Postgres::create_database(&url).unwrap();
        let postgres = storage::open(&database).unwrap();
        measure("PostgreSQL", postgres.as_ref());
    }
}
