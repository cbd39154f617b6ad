//! The writer and the readers side by side, on a real file: a read does not wait for a write
//! under way, and a panic while the writer was held leaves the store working.

use super::Sqlite;
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
