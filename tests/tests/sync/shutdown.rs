//! Stopping the server as systemd and container runtimes do (SIGTERM): a push under way when
//! the signal comes (its body half sent) is still applied and answered, no new connection is
//! taken, the process ends by itself with success, and the entry is there after a restart.

use super::occasion;
use brobygge_model::sync::{Change, Mutation, PROTOCOL_HEADER, PROTOCOL_VERSION};
use brobygge_model::ActivityId;
use brobygge_tests::server::ServerProcess;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// The answer's status line and body, for a request written whole or in parts.
fn answer(stream: &mut TcpStream) -> (String, serde_json::Value) {
    let mut text = String::new();
    stream.read_to_string(&mut text).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").expect("an HTTP answer");
    let status = head.lines().next().unwrap_or_default().to_owned();
    (status, serde_json::from_str(body).unwrap_or_default())
}

fn request_head(path: &str, token: Option<&str>, length: usize) -> String {
    let auth = token.map_or(String::new(), |t| format!("Authorization: Bearer {t}\r\n"));
    format!(
        "POST /api/v1{path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
         {PROTOCOL_HEADER}: {PROTOCOL_VERSION}\r\n{auth}Content-Length: {length}\r\n\
         Connection: close\r\n\r\n"
    )
}

#[test]
fn a_push_under_way_when_the_server_is_told_to_stop_is_answered_and_kept() {
    let home = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&home.path().join("server"));
    let code = server.guide_code("Amina Hassan");
    server.start();
    let enroll = serde_json::json!({"code": code, "device_name": "p", "app_version": "0.1.0"});
    let enroll = enroll.to_string();
    let mut stream = TcpStream::connect(server.address()).unwrap();
    write!(
        stream,
        "{}{enroll}",
        request_head("/enroll", None, enroll.len())
    )
    .unwrap();
    let (status, enrolled) = answer(&mut stream);
    assert!(status.contains(" 200 "), "{status} {enrolled}");
    let token = enrolled["token"].as_str().unwrap().to_owned();

    let mutation = Mutation {
        seq: 1,
        activity_id: ActivityId("under-way".into()),
        change: Change::Upsert {
            activity: Box::new(occasion(6)),
            base_version: None,
        },
    };
    let push = serde_json::json!({ "mutations": [mutation] }).to_string();
    let (first, rest) = push.split_at(push.len() / 2);
    let mut stream = TcpStream::connect(server.address()).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    write!(
        stream,
        "{}{first}",
        request_head("/sync/push", Some(&token), push.len())
    )
    .unwrap();
    stream.flush().unwrap();
    std::thread::sleep(Duration::from_millis(300));

    server.terminate();
    // Stopping: a new connection is no longer taken, or taken and never answered.
    std::thread::sleep(Duration::from_millis(500));
    if let Ok(mut late) = TcpStream::connect(server.address()) {
        late.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
        let _ = write!(late, "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        let mut buffer = [0u8; 64];
        let read = late.read(&mut buffer).unwrap_or(0);
        assert_eq!(read, 0, "a stopping server answered a new connection");
    }

    stream.write_all(rest.as_bytes()).unwrap();
    let (status, pushed) = answer(&mut stream);
    assert!(status.contains(" 200 "), "{status} {pushed}");
    assert_eq!(pushed["results"][0]["outcome"], "applied", "{pushed}");
    let ended = server.wait_stopped(Duration::from_secs(20));
    assert!(ended.success(), "the server ended with {ended}");

    let kept = server.activities();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(kept[0].id, "under-way");
}
