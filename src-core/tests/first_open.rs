//! Databases opened on many threads at once as the very first thing a process does, the moment
//! SQLCipher sets itself up: every one must open. A test binary of its own, so that nothing
//! has opened a database before.

use brobygge_core::{DatabaseKey, Store};
use std::sync::{Arc, Barrier};

#[test]
fn many_threads_opening_at_process_start_all_open() {
    const THREADS: usize = 16;
    let dir = tempfile::tempdir().unwrap();
    let key = DatabaseKey::from_hex(&"3c".repeat(32)).unwrap();
    let start = Arc::new(Barrier::new(THREADS));
    let threads: Vec<_> = (0..THREADS)
        .map(|i| {
            let path = dir.path().join(format!("device-{i}.sqlite3"));
            let (key, start) = (key.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                Store::open(&path, &key).map(|_| ())
            })
        })
        .collect();
    let failures: Vec<String> = threads
        .into_iter()
        .filter_map(|t| t.join().unwrap().err().map(|e| e.to_string()))
        .collect();
    assert!(failures.is_empty(), "{failures:?}");
}
