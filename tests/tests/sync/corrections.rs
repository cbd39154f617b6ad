//! A coordinator's correction on the server reaching the device, an edit of the same field made
//! on the device before it saw the correction (the correction stays, the device's value is kept
//! as a conflict), and an app too old for the server told to update.

use super::{enrolled, occasion};
use brobygge_model::{ActivityDraft, Count, SaveOptions};
use brobygge_tests::server::ServerProcess;
use std::io::{Read, Write};

#[tokio::test(flavor = "multi_thread")]
async fn a_coordinators_correction_reaches_the_device() {
    let dir = tempfile::tempdir().unwrap();
    let (server, store) = enrolled(dir.path(), "Amina").await;
    let id = store
        .save_activity(&occasion(3), SaveOptions::default())
        .unwrap();
    store.sync().await.unwrap();

    let version = server.admin(&[
        "correct",
        "--activity",
        &id.0,
        "--field",
        "people.women",
        "--value",
        "5",
        "--by",
        "Sara Lind",
    ]);
    assert_eq!(version, "2");
    store.sync().await.unwrap();
    let entry = store.entry(&id).unwrap();
    assert_eq!(entry.draft.people.women.get(), 5);
    assert!(entry.sent);
    assert!(server.conflicts().is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn an_edit_of_a_corrected_field_keeps_the_correction_and_the_devices_value() {
    let dir = tempfile::tempdir().unwrap();
    let (mut server, store) = enrolled(dir.path(), "Amina").await;
    let id = store
        .save_activity(&occasion(3), SaveOptions::default())
        .unwrap();
    store.sync().await.unwrap();
    server.admin(&[
        "correct",
        "--activity",
        &id.0,
        "--field",
        "people.women",
        "--value",
        "5",
        "--by",
        "Sara Lind",
    ]);

    // Offline, before seeing the correction, the guide changes the same count and the note.
    server.kill();
    let mut edited: ActivityDraft = store.entry(&id).unwrap().draft;
    edited.people.women = Count::new(7).unwrap();
    edited.note = "Samtal om kost, med tolk.".into();
    store
        .save_activity(&edited, SaveOptions::default())
        .unwrap();
    assert!(store.sync().await.is_err());
    server.start();
    store.sync().await.unwrap();

    let on_server = &server.activities()[0];
    assert_eq!(
        on_server.activity.people.women.get(),
        5,
        "the correction stays"
    );
    assert_eq!(on_server.activity.note, "Samtal om kost, med tolk.");
    let conflicts = server.conflicts();
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(conflicts[0]["field"], "people.women");
    assert_eq!(conflicts[0]["kept"], 5);
    assert_eq!(conflicts[0]["lost"], 7);
    assert_eq!(conflicts[0]["lost_author"]["kind"], "device");
    // The device ends with what the server decided.
    let entry = store.entry(&id).unwrap();
    assert_eq!(entry.draft.people.women.get(), 5);
    assert_eq!(entry.draft.note, "Samtal om kost, med tolk.");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_app_too_old_for_the_server_is_told_to_update() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&dir.path().join("server"));
    server.start();
    let address = server.url().trim_start_matches("http://").to_owned();
    let mut stream = std::net::TcpStream::connect(&address).unwrap();
    let body = r#"{"cursor":null}"#;
    write!(
        stream,
        "POST /api/v1/sync/pull HTTP/1.1\r\nHost: {address}\r\nx-brobygge-protocol: 0\r\n\
         content-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 426"), "{answer}");
    assert!(answer.contains(r#""code":"update-required""#), "{answer}");
}
