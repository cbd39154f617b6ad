//! The writer and the readers side by side, on a real file: a read does not wait for a write
//! under way, a panic while the writer was held leaves the store working, and writes waiting for
//! the writer are committed together.

use super::Sqlite;
use crate::storage::devices::Devices;
use crate::storage::people::People;
use crate::storage::{NewUser, Storage};
use brobygge_model::sync::Role;
use brobygge_model::Code;
use std::sync::mpsc;
use std::time::Duration;

fn store(dir: &tempfile::TempDir) -> Sqlite {
    Sqlite::open(&dir.path().join("brobygge.sqlite3")).unwrap()
}

#[test]
fn a_read_does_not_wait_for_a_write_under_way() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = store(&dir);
    let user = NewUser {
        name: "Amina".into(),
        role: Role::Guide,
        projects: vec![Code::new("halsoguider").unwrap()],
    };
    sqlite.create_user(&user).unwrap();
    // A long write holds the writer, inside a transaction that has written.
    let mut writer = sqlite.conn().unwrap();
    let tx = writer.transaction().unwrap();
    tx.execute("UPDATE users SET name = 'Amina H' WHERE id = 1", [])
        .unwrap();
    std::thread::scope(|s| {
        let (done, read) = mpsc::channel();
        let sqlite = &sqlite;
        s.spawn(move || {
            let people = sqlite.people().unwrap();
            let reference = sqlite.reference_data().unwrap();
            done.send((people, reference)).unwrap();
        });
        let (people, reference) = read
            .recv_timeout(Duration::from_secs(5))
            .expect("the read came back while the write was under way");
        // The last committed state: not the write under way.
        assert_eq!(people[0].name, "Amina");
        assert!(!reference.projects.is_empty());
    });
    tx.commit().unwrap();
    drop(writer);
    assert_eq!(sqlite.people().unwrap()[0].name, "Amina H");
}

#[test]
fn a_panic_while_the_writer_was_held_leaves_the_store_working() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = store(&dir);
    let result = std::thread::scope(|s| {
        s.spawn(|| {
            let mut writer = sqlite.conn().unwrap();
            let tx = writer.transaction().unwrap();
            tx.execute(
                "INSERT INTO users (name, role, projects) VALUES ('x', 'guide', '[]')",
                [],
            )
            .unwrap();
            panic!("a handler's bug, with the writer held");
        })
        .join()
    });
    assert!(result.is_err());
    // The half-done write was rolled back, and writing goes on.
    let user = NewUser {
        name: "Bilal".into(),
        role: Role::Guide,
        projects: vec![Code::new("halsoguider").unwrap()],
    };
    sqlite.create_user(&user).unwrap();
    let names: Vec<String> = sqlite
        .people()
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Bilal"]);
}

#[test]
fn writes_waiting_for_the_writer_commit_together_and_one_that_fails_rolls_back_alone() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = store(&dir);
    let writer = sqlite.conn().unwrap();
    let results = std::thread::scope(|s| {
        let sqlite = &sqlite;
        let threads: Vec<_> = (0..8)
            .map(|n| {
                s.spawn(move || {
                    sqlite.grouped(move |tx| {
                        tx.execute(
                            "INSERT INTO users (name, role, projects) VALUES (?1, 'guide', '[]')",
                            [format!("guide {n}")],
                        )?;
                        if n == 3 {
                            return Err(crate::storage::StorageError::Invalid("refused".into()));
                        }
                        Ok(n)
                    })
                })
            })
            .collect();
        // All eight wait while the writer is held elsewhere; then one batch takes them.
        while sqlite.waiting.0.lock().unwrap().len() < 8 {
            std::thread::sleep(Duration::from_millis(5));
        }
        drop(writer);
        threads
            .into_iter()
            .map(|t| t.join().unwrap())
            .collect::<Vec<_>>()
    });
    for (n, result) in results.iter().enumerate() {
        match n {
            3 => assert!(result.is_err(), "the refused write is answered so"),
            _ => assert_eq!(*result.as_ref().unwrap(), n),
        }
    }
    let mut names: Vec<String> = sqlite
        .people()
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    names.sort();
    let expected: Vec<String> = [0, 1, 2, 4, 5, 6, 7]
        .iter()
        .map(|n| format!("guide {n}"))
        .collect();
    assert_eq!(
        names, expected,
        "each once; the refused one rolled back alone"
    );
}
