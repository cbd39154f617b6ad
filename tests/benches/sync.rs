//! Sync, measured: 10,000 realistic entries pushed from a real device store to the real server
//! over loopback and pulled into a second device, on SQLite and on PostgreSQL, and a sync with
//! nothing to do; then PouchDB replicating the same 10,000 documents to pouchdb-server, in the
//! same run, and the ratios. Figures are printed, never asserted.
//!
//! `cargo xtask bench sync` builds the release server, starts a PostgreSQL cluster, installs
//! PouchDB and sets `BROBYGGE_SERVER`, `BROBYGGE_BENCH_POSTGRES` and `BROBYGGE_POUCHDB_MODULES`.

use brobygge_core::Store;
use brobygge_model::{Code, LocaleCode, Profile, SaveOptions};
use brobygge_tests::made_up::occasion;
use brobygge_tests::server::ServerProcess;
use std::path::Path;
use std::time::{Duration, Instant};

const ENTRIES: usize = 10_000;
const NOOP_RUNS: usize = 100;

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

struct Figures {
    push: Duration,
    pull: Duration,
    noop: Vec<Duration>,
}

async fn measure(dir: &Path, postgres: Option<&str>) -> Figures {
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
    noop.sort();
    if postgres.is_none() {
        write_documents(&server, &dir.join("documents.json"));
    }
    Figures { push, pull, noop }
}

/// The server's 10,000 documents, for PouchDB to replicate the same data.
fn write_documents(server: &ServerProcess, path: &Path) {
    let documents: Vec<serde_json::Value> = server
        .activities()
        .into_iter()
        .map(|a| serde_json::to_value(&a.activity).unwrap())
        .collect();
    std::fs::write(path, serde_json::to_vec(&documents).unwrap()).unwrap();
}

fn pouchdb(dir: &Path) -> Option<serde_json::Value> {
    let modules = std::env::var_os("BROBYGGE_POUCHDB_MODULES")?;
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/pouchdb/replicate.mjs");
    let out = std::process::Command::new("node")
        .env("NODE_PATH", modules)
        .arg(script)
        .arg(dir.join("documents.json"))
        .arg(dir.join("pouchdb"))
        .output()
        .expect("node");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).unwrap())
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let postgres = std::env::var("BROBYGGE_BENCH_POSTGRES").ok();
    let mut rows = Vec::new();
    for (name, url) in [("SQLite", None), ("PostgreSQL", postgres.as_deref())] {
        if name == "PostgreSQL" && url.is_none() {
            println!("PostgreSQL: skipped (BROBYGGE_BENCH_POSTGRES is not set)");
            continue;
        }
        let sub = dir.path().join(name);
        std::fs::create_dir_all(&sub).unwrap();
        let f = runtime.block_on(measure(&sub, url));
        let median = f.noop[f.noop.len() / 2];
        let p95 = f.noop[f.noop.len() * 95 / 100];
        println!(
            "{name}: push {ENTRIES} entries {:.0} ms, pull them into a second device {:.0} ms, \
             together {:.0} ms; no-op sync median {:.2} ms, p95 {:.2} ms ({NOOP_RUNS} runs)",
            ms(f.push),
            ms(f.pull),
            ms(f.push + f.pull),
            ms(median),
            ms(p95),
        );
        rows.push((name, f, median));
    }
    let Some(peer) = pouchdb(&dir.path().join("SQLite")) else {
        println!("PouchDB: skipped (BROBYGGE_POUCHDB_MODULES is not set)");
        return;
    };
    let replicate = peer["replicate_ms"].as_f64().unwrap();
    let peer_noop = peer["noop_median_ms"].as_f64().unwrap();
    println!(
        "PouchDB 9.0.0 -> pouchdb-server 4.2.0: replicate {} documents {replicate:.0} ms; \
         no-op replication median {peer_noop:.2} ms",
        peer["docs"]
    );
    for (name, f, median) in rows {
        println!(
            "{name} against PouchDB: push {:.1}x faster, push and pull {:.1}x faster, \
             no-op {:.1}x faster",
            replicate / ms(f.push),
            replicate / ms(f.push + f.pull),
            peer_noop / ms(median),
        );
    }
}
