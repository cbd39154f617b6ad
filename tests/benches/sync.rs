//! Sync, measured: 10,000 realistic entries pushed from a real device store to the real server
//! over loopback and pulled into a second device, five times, each on a fresh server and fresh
//! devices, on SQLite and on PostgreSQL, with 20 syncs with nothing to do after each run; then
//! PouchDB replicating the same 10,000 documents to pouchdb-server and on to a second PouchDB
//! just as often, at its default batch size (100) and at Brobygge's (2,000); the medians, each
//! run's figures and the ratios. A no-op sync is the device's whole sync (an empty outbox sends
//! nothing, then one pull); PouchDB's no-op is one replication, local to remote. Figures are
//! printed, never asserted.
//!
//! `cargo xtask bench sync` builds the release server, starts a PostgreSQL cluster, installs
//! PouchDB and sets `BROBYGGE_SERVER`, `BROBYGGE_BENCH_POSTGRES` and `BROBYGGE_POUCHDB_MODULES`.

#[path = "pouchdb/replicate.rs"]
mod pouchdb;

use brobygge_core::Store;
use brobygge_model::{Code, LocaleCode, Profile, SaveOptions};
use brobygge_tests::made_up::occasion;
use brobygge_tests::server::ServerProcess;
use pouchdb::{Plan, Replication};
use std::path::Path;
use std::time::{Duration, Instant};

const ENTRIES: usize = 10_000;
/// Each side measures this many times, on fresh databases each time; medians are printed.
const RUNS: usize = 5;
/// Syncs with nothing to do after each run: 100 in all on each side.
const NOOP_RUNS: usize = 20;
/// The most entries the device pushes in one request, and about the most bytes: `BATCH` and
/// `BATCH_BYTES` in src-core/src/sync/push.rs (not exported). PouchDB's batch-matched runs
/// replicate in batches of `PUSH_BATCH`.
const PUSH_BATCH: usize = 2_000;
const PUSH_BATCH_BYTES: usize = 1024 * 1024;
/// Activities per pull page: `PAGE` in src-server/src/api/pull.rs (not exported).
const PULL_PAGE: usize = 2_000;

fn device(dir: &Path, name: &str) -> Store {
    let store = brobygge_tests::device_db::open(&dir.join(format!("{name}.sqlite3")));
    let profile = Profile::new(
        "Amina",
        LocaleCode::Sv,
        vec![Code::new("halsoguider").unwrap()],
    );
    store.set_profile(&profile.unwrap()).unwrap();
    store
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The middle value (the mean of the two middle ones for an even count), as `replicate.mjs`
/// takes it.
fn median(values: impl IntoIterator<Item = f64>) -> f64 {
    let mut v: Vec<f64> = values.into_iter().collect();
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    }
}

/// One run's figures.
struct Run {
    push: Duration,
    pull: Duration,
    noop: Vec<Duration>,
    /// The entries in each push request, as the device splits its outbox.
    push_requests: Vec<usize>,
}

/// One run in `dir`; with `documents`, the server's entries are written there for PouchDB.
async fn measure(dir: &Path, postgres: Option<&str>, documents: Option<&Path>) -> Run {
    let mut server = ServerProcess::on(&dir.join("server"), postgres);
    let first = server.guide_code("Amina");
    server.start();
    let phone = device(dir, "phone");
    phone.enroll(&server.url(), &first, "0.1.0").await.unwrap();
    // A user's newest code is the only valid one: the laptop's comes once the phone's is used.
    let second = server.admin(&["issue-code", "--user", "1"]);
    for n in 0..ENTRIES {
        phone
            .save_activity(&occasion(n), SaveOptions::default())
            .unwrap();
    }
    let push_requests = push_requests(&dir.join("phone.sqlite3"));
    let started = Instant::now();
    let pushed = phone.push().await.unwrap();
    let push = started.elapsed();
    assert_eq!(pushed.sent, ENTRIES);

    let laptop = device(dir, "laptop");
    laptop
        .enroll(&server.url(), &second, "0.1.0")
        .await
        .unwrap();
    let started = Instant::now();
    let pulled = laptop.pull().await.unwrap();
    let pull = started.elapsed();
    assert_eq!(pulled, ENTRIES);

    phone.sync().await.unwrap();
    let mut noop = Vec::with_capacity(NOOP_RUNS);
    for _ in 0..NOOP_RUNS {
        let started = Instant::now();
        phone.sync().await.unwrap();
        noop.push(started.elapsed());
    }
    if let Some(path) = documents {
        write_documents(&server, path);
    }
    Run {
        push,
        pull,
        noop,
        push_requests,
    }
}

/// How the device will split its outbox into push requests: at most `PUSH_BATCH` entries, and
/// as many as fit in `PUSH_BATCH_BYTES` of payload (at least one), oldest first.
fn push_requests(database: &Path) -> Vec<usize> {
    let conn = brobygge_tests::device_db::look_inside(database);
    let mut statement = conn
        .prepare("SELECT length(CAST(payload AS BLOB)) FROM outbox ORDER BY seq")
        .unwrap();
    let sizes: Vec<usize> = statement
        .query_map([], |r| r.get::<_, Option<i64>>(0))
        .unwrap()
        .map(|size| size.unwrap().map_or(64, |s| usize::try_from(s).unwrap()))
        .collect();
    assert_eq!(sizes.len(), ENTRIES);
    let mut requests = Vec::new();
    let mut rest = &sizes[..];
    while !rest.is_empty() {
        let mut bytes = 0;
        let fits = rest
            .iter()
            .take(PUSH_BATCH)
            .take_while(|&&size| {
                bytes += size;
                bytes <= PUSH_BATCH_BYTES
            })
            .count()
            .max(1);
        requests.push(fits);
        rest = &rest[fits..];
    }
    requests
}

/// The server's 10,000 documents, for PouchDB to replicate the same data.
fn write_documents(server: &ServerProcess, path: &Path) {
    let documents: Vec<serde_json::Value> = server
        .activities()
        .into_iter()
        .map(|a| serde_json::to_value(&a.activity).unwrap())
        .collect();
    assert_eq!(documents.len(), ENTRIES);
    std::fs::write(path, serde_json::to_vec(&documents).unwrap()).unwrap();
}

/// A backend's medians, in milliseconds.
struct Medians {
    push: f64,
    push_pull: f64,
    noop: f64,
}

fn report(name: &str, runs: &[Run]) -> Medians {
    let noop: Vec<f64> = runs
        .iter()
        .flat_map(|r| r.noop.iter().copied().map(ms))
        .collect();
    let medians = Medians {
        push: median(runs.iter().map(|r| ms(r.push))),
        push_pull: median(runs.iter().map(|r| ms(r.push + r.pull))),
        noop: median(noop.iter().copied()),
    };
    let mut sorted = noop.clone();
    sorted.sort_by(f64::total_cmp);
    println!(
        "{name}, {RUNS} runs: push {ENTRIES} entries median {:.0} ms, pull them into a second \
         device {:.0} ms, push and pull {:.0} ms; no-op sync median {:.2} ms, p95 {:.2} ms \
         ({} runs)",
        medians.push,
        median(runs.iter().map(|r| ms(r.pull))),
        medians.push_pull,
        medians.noop,
        sorted[sorted.len() * 95 / 100],
        noop.len(),
    );
    let each: Vec<String> = runs
        .iter()
        .map(|r| format!("{:.0} + {:.0}", ms(r.push), ms(r.pull)))
        .collect();
    println!("{name}, each run's push + pull (ms): {}", each.join(", "));
    medians
}

fn report_peer(peer: &Replication, plan: &Plan) {
    println!(
        "PouchDB {} -> pouchdb-server {}, batch size {}{}, {} batches each way, {} runs: push {} documents median \
         {:.0} ms, pull them into a second PouchDB {:.0} ms, push and pull {:.0} ms; no-op \
         replication median {:.2} ms ({} runs)",
        peer.pouchdb,
        peer.pouchdb_server,
        plan.batch(),
        if plan.batch_size.is_none() {
            " (PouchDB's default)"
        } else {
            ""
        },
        peer.docs.div_ceil(plan.batch()),
        peer.runs.len(),
        peer.docs,
        peer.push_median_ms,
        peer.pull_median_ms,
        peer.push_pull_median_ms,
        peer.noop_median_ms,
        peer.noop_runs,
    );
    let each: Vec<String> = peer
        .runs
        .iter()
        .map(|r| format!("{:.0} + {:.0}", r.push_ms, r.pull_ms))
        .collect();
    println!(
        "PouchDB at batch size {}, each run's push + pull (ms): {}",
        plan.batch(),
        each.join(", ")
    );
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let postgres = std::env::var("BROBYGGE_BENCH_POSTGRES").ok();
    let documents = dir.path().join("documents.json");
    let mut rows = Vec::new();
    for (name, url) in [("SQLite", None), ("PostgreSQL", postgres.as_deref())] {
        if name == "PostgreSQL" && url.is_none() {
            println!("PostgreSQL: skipped (BROBYGGE_BENCH_POSTGRES is not set)");
            continue;
        }
        let runs: Vec<Run> = (1..=RUNS)
            .map(|k| {
                let sub = dir.path().join(format!("{name}-{k}"));
                std::fs::create_dir_all(&sub).unwrap();
                // The first run on SQLite gives PouchDB its documents.
                let give = (url.is_none() && k == 1).then_some(documents.as_path());
                runtime.block_on(measure(&sub, url, give))
            })
            .collect();
        if rows.is_empty() {
            let requests = &runs[0].push_requests;
            println!(
                "Brobygge's device pushes at most {PUSH_BATCH} entries and {} KiB per request: \
                 these {ENTRIES} in {} requests ({requests:?}); it pulls pages of {PULL_PAGE}: \
                 {} requests",
                PUSH_BATCH_BYTES / 1024,
                requests.len(),
                ENTRIES.div_ceil(PULL_PAGE),
            );
        }
        rows.push((name, report(name, &runs)));
    }
    for batch_size in [None, Some(PUSH_BATCH)] {
        let plan = Plan {
            batch_size,
            runs: RUNS,
            noop_runs: NOOP_RUNS,
        };
        let work = dir.path().join(format!("pouchdb-{}", plan.batch()));
        let Some(peer) = pouchdb::replicate(&documents, &work, &plan) else {
            println!("PouchDB: skipped (BROBYGGE_POUCHDB_MODULES is not set)");
            return;
        };
        assert_eq!(peer.docs, ENTRIES);
        report_peer(&peer, &plan);
        for (name, ours) in &rows {
            println!(
                "{name} against PouchDB at batch size {} (PouchDB's median / {name}'s, above 1 \
                 when {name} is faster): push {:.1}x, push and pull {:.1}x, no-op {:.1}x",
                plan.batch(),
                peer.push_median_ms / ours.push,
                peer.push_pull_median_ms / ours.push_pull,
                peer.noop_median_ms / ours.noop,
            );
        }
    }
}
