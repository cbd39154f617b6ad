//! The coordinator pages at scale: 1,000,000 made-up occasions over four years and six projects
//! in the server's database, then, through the whole API in process (routing, session,
//! storage, JSON or XLSX), the overview of one project-year, a report of one project-year, the
//! activities page with filters, an XLSX export of one project's entries, and the peak memory
//! of the exports of about 100,000 entries and of a tenth of them, XLSX and CSV
//! (`memory.rs`). On SQLite, and on
//! PostgreSQL when `BROBYGGE_BENCH_POSTGRES` names a server. `BROBYGGE_BENCH_ENTRIES` sets
//! another number of entries. Prints the median and slowest of a few runs of each.

use axum::body::Body;
use axum::http::Request;
use brobygge_model::sync::Role;
use brobygge_model::Code;
use brobygge_server::storage::postgres::Postgres;
use brobygge_server::storage::{self, NewUser, Storage};
use brobygge_server::{app, demo_data, passwords, tokens, AppState};
use chrono::{Datelike, NaiveDate};
use http_body_util::BodyExt;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tower::ServiceExt;

mod memory;

#[global_allocator]
static ALLOCATOR: &peakmem_alloc::PeakMemAlloc<std::alloc::System> = memory::COUNTED;

const PROJECTS: [&str; 6] = [
    "halsoguider",
    "medborgarservice",
    "egenkraft",
    "foraldrar-delaktighet",
    "starkt-civilsamhalle",
    "est",
];

fn code(s: &str) -> Code {
    Code::new(s).unwrap()
}

fn fill(storage: &dyn Storage, entries: u64) {
    let guide = storage
        .create_user(&NewUser {
            name: "Exempelguide".into(),
            role: Role::Guide,
            projects: PROJECTS.iter().map(|p| code(p)).collect(),
        })
        .unwrap();
    let hash = tokens::hash("bench-code");
    let now = chrono::Utc::now();
    storage
        .add_code(guide, &hash, now + chrono::Duration::hours(1))
        .unwrap();
    let device = storage.enroll(&hash, "bench-token", "0.1.0", now).unwrap();
    let projects: Vec<Code> = PROJECTS.iter().map(|p| code(p)).collect();
    let first = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
    let started = Instant::now();
    demo_data::load(
        storage,
        &device,
        &projects,
        entries,
        (first, 1461),
        |done| {
            if done % 200_000 == 0 {
                eprintln!("  {done} logged, {:.0} s", started.elapsed().as_secs_f64());
            }
        },
    )
    .unwrap();
    println!(
        "  {entries} entries logged in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

/// Logs in a coordinator of the health guides; answers the session cookie.
async fn log_in(state: &AppState) -> String {
    let storage = state.storage.clone();
    tokio::task::spawn_blocking(move || {
        let id = storage
            .create_user(&NewUser {
                name: "Sara".into(),
                role: Role::Coordinator,
                projects: vec![code("halsoguider")],
            })
            .unwrap();
        storage
            .set_login(id, "sara", &passwords::hash("korrekt häst batteri"))
            .unwrap();
    })
    .await
    .unwrap();
    let request = Request::post("/api/v1/auth/login")
        .header("content-type", "application/json")
        .body(Body::from(
            r#"{"login":"sara","password":"korrekt häst batteri"}"#,
        ))
        .unwrap();
    let response = app(state.clone()).oneshot(request).await.unwrap();
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    cookie.split(';').next().unwrap().to_owned()
}

/// Times `runs` GETs of `path`; prints the median and the slowest, and the size of the answer.
async fn time(state: &AppState, cookie: &str, what: &str, path: &str, runs: usize) {
    let mut times = Vec::new();
    let mut size = 0;
    for _ in 0..runs {
        let request = Request::get(format!("/api/v1{path}"))
            .header("cookie", cookie)
            .body(Body::empty())
            .unwrap();
        let started = Instant::now();
        let response = app(state.clone()).oneshot(request).await.unwrap();
        assert!(
            response.status().is_success(),
            "{path}: {}",
            response.status()
        );
        let body = response.into_body().collect().await.unwrap().to_bytes();
        times.push(started.elapsed());
        size = body.len();
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "  {what:<52} median {:>8.1} ms   slowest {:>8.1} ms   {:>9} bytes",
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1]),
        size
    );
}

/// Fills the database, then times the views. For PostgreSQL, `vacuum` names the database to
/// vacuum and analyse after the bulk load first, as autovacuum does in steady use (a
/// municipality's entries arrive over months, not in two minutes).
async fn measure(name: &str, storage: Arc<dyn Storage>, entries: u64, vacuum: Option<String>) {
    println!("\n{name}:");
    let filling = storage.clone();
    tokio::task::spawn_blocking(move || {
        fill(filling.as_ref(), entries);
        if let Some(url) = vacuum {
            let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
            client.batch_execute("VACUUM ANALYZE").unwrap();
        }
    })
    .await
    .unwrap();
    let state = AppState::new(storage);
    let cookie = log_in(&state).await;
    let year = "from=2025-01-01&to=2025-12-31";
    time(
        &state,
        &cookie,
        "overview, one project-year",
        &format!("/coordinator/overview?project=halsoguider&{year}"),
        5,
    )
    .await;
    time(
        &state,
        &cookie,
        "half-year report, one project",
        "/coordinator/reports/half-year?project=halsoguider&year=2025&half=1&threshold=5",
        5,
    )
    .await;
    time(
        &state,
        &cookie,
        "annual compilation, one project-year",
        "/coordinator/reports/annual?year=2025",
        5,
    )
    .await;
    time(
        &state,
        &cookie,
        "activities: project-year, newest first, page 1",
        &format!("/coordinator/activities?project=halsoguider&{year}&sort=date&desc=true"),
        5,
    )
    .await;
    time(&state, &cookie, "activities: + area and topic, by venue, page 3", &format!("/coordinator/activities?project=halsoguider&{year}&area=raslatt&topic=vaccination&sort=venue&offset=100"), 5).await;
    time(
        &state,
        &cookie,
        "activities: every year, waiting for review",
        "/coordinator/activities?reviewed=false&limit=50",
        5,
    )
    .await;
    // One project's entries over 2.4 years (the bench prints how many).
    let export = "/coordinator/activities/export?project=halsoguider&from=2023-01-01&to=2025-05-26&format=xlsx";
    let counted = {
        let request = Request::get(
            "/api/v1/coordinator/activities?project=halsoguider&from=2023-01-01&to=2025-05-26&limit=1",
        )
        .header("cookie", &cookie)
        .body(Body::empty())
        .unwrap();
        let response = app(state.clone()).oneshot(request).await.unwrap();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        json["total"].clone()
    };

    time(
        &state,
        &cookie,
        &format!("XLSX export of {counted} entries"),
        export,
        3,
    )
    .await;
    // About a tenth of all entries (100,000 of 1,000,000) as a file, and a tenth of those, with
    // the memory the export takes at its highest.
    let mib = |b: usize| b as f64 / (1024.0 * 1024.0);
    let mut peaks = Vec::new();
    for wanted in [entries / 100, entries / 10] {
        let (period, rows) = period_of(&state, &cookie, wanted).await;
        for format in ["xlsx", "csv"] {
            let path = format!("/coordinator/activities/export?{period}&format={format}");
            let (peak, bytes) = memory::peak(&state, &cookie, &path).await;
            println!(
                "  {format} export of {rows:>6} entries: peak memory {:>6.1} MiB, file {:>6.1} MiB",
                mib(peak),
                mib(bytes)
            );
            peaks.push(peak);
        }
    }
    println!(
        "  peak memory, ten times the entries: XLSX {:.2}x, CSV {:.2}x",
        peaks[2] as f64 / peaks[0].max(1) as f64,
        peaks[3] as f64 / peaks[1].max(1) as f64
    );
}

/// A period from the first day of the entries that holds at least `wanted` of them, a week
/// longer at a time: the query's filter, and how many it holds.
async fn period_of(state: &AppState, cookie: &str, wanted: u64) -> (String, u64) {
    let first = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
    let mut to = first;
    loop {
        to = to + chrono::Days::new(7);
        let period = format!("from={first}&to={to}");
        let request = Request::get(format!("/api/v1/coordinator/activities?{period}&limit=1"))
            .header("cookie", cookie)
            .body(Body::empty())
            .unwrap();
        let response = app(state.clone()).oneshot(request).await.unwrap();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        let rows = json["total"].as_u64().unwrap();
        if rows >= wanted || to.year() > 2027 {
            return (period, rows);
        }
    }
}

fn main() {
    let entries: u64 = std::env::var("BROBYGGE_BENCH_ENTRIES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let sqlite = storage::open(&dir.path().to_string_lossy()).unwrap();
    runtime.block_on(measure("SQLite", sqlite, entries, None));
    if let Ok(url) = std::env::var("BROBYGGE_BENCH_POSTGRES") {
        let database = Postgres::create_database(&url).unwrap();
        let postgres = storage::open(&database).unwrap();
        runtime.block_on(measure("PostgreSQL", postgres, entries, Some(database)));
    }
}
