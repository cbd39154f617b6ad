//! A whole municipality at once: 1,000 enrolled devices, each with its own token and its own
//! outbox numbering, pushing batches of occasions and pulling through the real device protocol
//! over loopback, for a fixed time, while a coordinator runs the annual compilation and an
//! XLSX export in a loop. Printed for the server on SQLite, and on PostgreSQL with one and with
//! three processes (behind a loopback round-robin): entries per second, push and pull latency
//! (p50, p95, p99), errors, and the coordinator's calls alone and under load. Figures are
//! printed, never asserted.
//!
//! `cargo xtask bench load` builds the release server, starts a PostgreSQL cluster and sets
//! `BROBYGGE_SERVER` and `BROBYGGE_BENCH_POSTGRES`.

use brobygge_server::storage::NewUser;
use brobygge_server::tokens;
use brobygge_tests::round_robin::RoundRobin;
use brobygge_tests::server::ServerProcess;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const DEVICES: usize = 1_000;
/// Occasions a device sends in one push: a guide's day or two.
const BATCH: usize = 10;
/// How long each configuration runs under load.
const RUN: Duration = Duration::from_secs(30);
/// A device waits this long, at most, between syncs (evenly spread, so that they do not
/// arrive in step).
const THINK: Duration = Duration::from_millis(1_000);
mod devices;

use devices::{enroll, sync};

const PASSWORD: &str = "korrekt häst batteri";

#[derive(Default)]
struct Tally {
    push: Vec<Duration>,
    pull: Vec<Duration>,
    reports: Vec<Duration>,
    exports: Vec<Duration>,
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

fn line(name: &str, mut all: Vec<Duration>) -> String {
    all.sort();
    format!(
        "{name}: {} calls, p50 {:.0} ms, p95 {:.0} ms, p99 {:.0} ms",
        all.len(),
        percentile(&all, 0.5),
        percentile(&all, 0.95),
        percentile(&all, 0.99)
    )
}

fn median_ms(mut all: Vec<Duration>) -> f64 {
    all.sort();
    percentile(&all, 0.5)
}

/// The users, their one-time codes and a coordinator with a password, written straight into
/// the database before the server starts.
fn people(database: &str) -> Vec<String> {
    let storage = brobygge_server::storage::open(database).unwrap();
    let expires = chrono::Utc::now() + chrono::Duration::hours(2);
    let mut codes = Vec::with_capacity(DEVICES);
    for i in 0..DEVICES {
        let user = NewUser {
            name: format!("Guide {i}"),
            role: brobygge_model::sync::Role::Guide,
            projects: vec![brobygge_model::Code::new("halsoguider").unwrap()],
        };
        let id = storage.create_user(&user).unwrap();
        let code = tokens::new_code();
        let hash = tokens::hash(&tokens::normalize_code(&code));
        storage.add_code(id, &hash, expires).unwrap();
        codes.push(code);
    }
    codes
}

/// The coordinator's session cookie.
async fn log_in(client: &reqwest::Client, url: &str) -> String {
    let response = client
        .post(format!("{url}/api/v1/auth/login"))
        .header("origin", url)
        .json(&serde_json::json!({ "login": "sara", "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success(), "{}", response.status());
    let cookie = response
        .headers()
        .get("set-cookie")
        .and_then(|c| c.to_str().ok())
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    cookie
}

/// The annual compilation, then the year's occasions as XLSX: how long each took.
async fn desk(client: &reqwest::Client, url: &str, cookie: &str) -> (Duration, Duration) {
    let get = |path: &str| {
        client
            .get(format!("{url}/api/v1{path}"))
            .header("cookie", cookie)
            .send()
    };
    let started = Instant::now();
    let report = get("/coordinator/reports/annual?year=2026").await.unwrap();
    assert!(report.status().is_success(), "{}", report.status());
    let _ = report.bytes().await;
    let report = started.elapsed();
    let started = Instant::now();
    let export = "/coordinator/activities/export?project=halsoguider&from=2026-11-01&format=xlsx";
    let file = get(export).await.unwrap();
    assert!(file.status().is_success(), "{}", file.status());
    let _ = file.bytes().await;
    (report, started.elapsed())
}

async fn measure(name: &str, servers: &mut [ServerProcess], codes: Vec<String>) {
    for s in servers.iter_mut() {
        s.start();
    }
    let balancer = match servers.len() {
        1 => None,
        _ => Some(RoundRobin::start(servers.iter().map(ServerProcess::address).collect()).await),
    };
    let url = balancer.as_ref().map_or(servers[0].url(), RoundRobin::url);
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(DEVICES)
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    let started = Instant::now();
    let mut devices = Vec::with_capacity(DEVICES);
    for (i, code) in codes.iter().enumerate() {
        devices.push(enroll(&client, &url, code, i).await);
    }
    let enrolled = started.elapsed();
    let cookie = log_in(&client, &url).await;
    // Something to report on: each device's first day, then the coordinator's calls alone.
    let tally = Arc::new(Mutex::new(Tally::default()));
    let errors = Arc::new(AtomicU64::new(0));
    for device in &mut devices {
        sync(&client, &url, device, &tally, &errors).await;
    }
    let mut alone = Tally::default();
    for _ in 0..3 {
        let (report, export) = desk(&client, &url, &cookie).await;
        alone.reports.push(report);
        alone.exports.push(export);
    }
    *tally.lock().unwrap() = Tally::default();

    let entries = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + RUN;
    let tasks: Vec<_> = (devices.into_iter().enumerate())
        .map(|(i, mut device)| {
            let (client, url, tally) = (client.clone(), url.clone(), tally.clone());
            let (errors, entries) = (errors.clone(), entries.clone());
            tokio::spawn(async move {
                let first = THINK.mul_f64(i as f64 / DEVICES as f64);
                tokio::time::sleep(first).await;
                while Instant::now() < deadline {
                    let begun = Instant::now();
                    let sent = sync(&client, &url, &mut device, &tally, &errors).await;
                    entries.fetch_add(sent as u64, Ordering::Relaxed);
                    tokio::time::sleep(THINK.saturating_sub(begun.elapsed())).await;
                }
            })
        })
        .collect();
    let coordinator = {
        let (client, url, tally) = (client.clone(), url.clone(), tally.clone());
        tokio::spawn(async move {
            while Instant::now() < deadline {
                let (report, export) = desk(&client, &url, &cookie).await;
                let mut t = tally.lock().unwrap();
                t.reports.push(report);
                t.exports.push(export);
            }
        })
    };
    for task in tasks {
        task.await.unwrap();
    }
    let ran = RUN.as_secs_f64();
    coordinator.await.unwrap();
    let t = std::mem::take(&mut *tally.lock().unwrap());
    println!(
        "\n==> {name}: {DEVICES} devices, batches of {BATCH}, {}s",
        RUN.as_secs()
    );
    println!(
        "enrolled {DEVICES} devices in {:.1} s",
        enrolled.as_secs_f64()
    );
    let entries = entries.load(Ordering::Relaxed);
    println!(
        "entries pushed: {entries}, {:.0} per second",
        entries as f64 / ran
    );
    println!("{}", line("push", t.push));
    println!("{}", line("pull", t.pull));
    println!("errors: {}", errors.load(Ordering::Relaxed));
    let (report_alone, report_loaded) = (median_ms(alone.reports), median_ms(t.reports.clone()));
    let (export_alone, export_loaded) = (median_ms(alone.exports), median_ms(t.exports.clone()));
    println!(
        "annual compilation: alone {report_alone:.0} ms, under load {report_loaded:.0} ms \
         (median of {}), {:.2}x",
        t.reports.len(),
        report_loaded / report_alone
    );
    println!(
        "XLSX export of November: alone {export_alone:.0} ms, under load {export_loaded:.0} ms \
         (median of {}), {:.2}x",
        t.exports.len(),
        export_loaded / export_alone
    );
    if let Some(b) = &balancer {
        println!("connections per process: {:?}", b.served());
    }
    for s in servers.iter_mut() {
        s.kill();
    }
}

/// A server on `postgres` (or SQLite), its people made, and `more` processes beside it.
fn servers(
    dir: &std::path::Path,
    postgres: Option<&str>,
    more: usize,
) -> (Vec<ServerProcess>, Vec<String>) {
    let first = ServerProcess::on(dir, postgres);
    let database = match first.database_url() {
        Some(url) => url.to_owned(),
        None => dir.to_string_lossy().into_owned(),
    };
    // The PostgreSQL client blocks: off the bench's async runtime.
    let codes = std::thread::spawn(move || people(&database))
        .join()
        .unwrap();
    let coordinator = first.coordinator("Sara Lind");
    first.set_password(&coordinator, "sara", PASSWORD);
    let mut all: Vec<ServerProcess> = (0..more).map(|_| first.beside()).collect();
    all.insert(0, first);
    (all, codes)
}

#[tokio::main]
async fn main() {
    let home = tempfile::tempdir().unwrap();
    let (mut sqlite, codes) = servers(&home.path().join("sqlite"), None, 0);
    measure("SQLite, one process", &mut sqlite, codes).await;
    match std::env::var("BROBYGGE_BENCH_POSTGRES") {
        Ok(url) => {
            let (mut one, codes) = servers(&home.path().join("pg1"), Some(&url), 0);
            measure("PostgreSQL, one process", &mut one, codes).await;
            let (mut three, codes) = servers(&home.path().join("pg3"), Some(&url), 2);
            measure("PostgreSQL, three processes", &mut three, codes).await;
        }
        Err(_) => println!("\nBROBYGGE_BENCH_POSTGRES is not set: PostgreSQL not measured"),
    }
}
