//! Hostile input at every route the router serves, by every kind of caller: the bodies of
//! `hostile/bodies.txt`, oversized and deeply nested bodies, the paths of `hostile/paths.txt`
//! and hostile headers. Never a 5xx, every refusal in the shared `{code, message}` shape, and
//! nothing written.

use super::accounts::login_as;
use super::*;

/// The corpus file's entries: one per line, `#` lines skipped, `\xNN`, `\r` and `\n`
/// written as escapes.
fn corpus(text: &str) -> Vec<Vec<u8>> {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| {
            let mut bytes = Vec::new();
            let mut rest = line.as_bytes();
            while let Some((&b, tail)) = rest.split_first() {
                match (b, tail) {
                    (b'\\', [b'x', h, l, tail @ ..]) => {
                        let hex = std::str::from_utf8(&[*h, *l]).unwrap().to_owned();
                        bytes.push(u8::from_str_radix(&hex, 16).unwrap());
                        rest = tail;
                    }
                    (b'\\', [b'r', tail @ ..]) => (bytes.push(b'\r'), rest = tail).1,
                    (b'\\', [b'n', tail @ ..]) => (bytes.push(b'\n'), rest = tail).1,
                    _ => (bytes.push(b), rest = tail).1,
                }
            }
            bytes
        })
        .collect()
}

fn bodies() -> Vec<Vec<u8>> {
    let mut bodies = corpus(include_str!("hostile/bodies.txt"));
    bodies.push(format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes());
    bodies.push(format!("{{\"note\": \"{}\"}}", "å".repeat(1_500_000)).into_bytes());
    bodies
}

/// What the server holds that a write would change: entries, people and devices, the
/// reference lists, and the audit log but for exports (a download whose hostile body was
/// ignored is still a download, and audited).
fn snapshot(server: &Server) -> [String; 4] {
    blocking(|| {
        let s = &server.storage;
        let audit: Vec<_> = s
            .audit_log(1_000)
            .unwrap()
            .into_iter()
            .filter(|e| !e.action.starts_with("export"))
            .collect();
        [
            format!("{:?}", s.activities().unwrap()),
            format!("{:?}", s.people().unwrap()),
            format!("{audit:?}"),
            format!("{:?}", s.reference_data().unwrap()),
        ]
    })
}

async fn check(server: &Server, request: Request<Body>, what: &str) {
    let (status, json) = server.call(request).await;
    assert!(!status.is_server_error(), "{what}: {status} {json}");
    if !status.is_success() {
        assert!(
            json["code"].is_string() && json["message"].is_string(),
            "{what}: {status} {json}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_bodies_paths_and_headers_never_break_the_server_nor_write() {
    let server = Server::fresh();
    let guide = server.enrolled(Role::Guide, "Amina", "halsoguider").await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let callers = [
        ("nobody", None),
        ("guide", Some(("authorization", format!("Bearer {guide}")))),
        ("coordinator", Some(("cookie", sara))),
    ];
    let before = snapshot(&server);
    let request = |method: &str, path: &str, caller: &Option<(&str, String)>| {
        let mut request = from_own_pages(Request::builder())
            .method(method)
            .uri(format!("/api/v1{path}"))
            .header("content-type", "application/json")
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string());
        if let Some((name, value)) = caller {
            request = request.header(*name, value.as_str());
        }
        request
    };
    let bodies = bodies();
    let mut sent = 0;
    for route in brobygge_server::route_paths() {
        let path = route.replace("{kind}", "half-year").replace("{id}", "h");
        for method in ["GET", "POST", "PUT"] {
            let probe = request(method, &path, &None).body(Body::empty()).unwrap();
            if server.call(probe).await.0 == StatusCode::METHOD_NOT_ALLOWED {
                continue;
            }
            for (who, caller) in &callers {
                if path == "/auth/logout" && *who == "coordinator" {
                    continue; // Any body logs out; the coordinator's calls need the session.
                }
                for body in &bodies {
                    let what = format!("{who} {method} {path} {:?}", &body[..body.len().min(60)]);
                    let hostile = request(method, &path, caller).body(Body::from(body.clone()));
                    check(&server, hostile.unwrap(), &what).await;
                    sent += 1;
                }
            }
        }
    }
    for path in corpus(include_str!("hostile/paths.txt")) {
        let path = String::from_utf8(path).unwrap();
        for (who, caller) in &callers {
            for method in ["GET", "POST"] {
                let Ok(hostile) = request(method, &path, caller).body(Body::from("{}")) else {
                    continue; // Not even a URI: no client could send it.
                };
                check(&server, hostile, &format!("{who} {method} {path}")).await;
                sent += 1;
            }
        }
    }
    let headers: [(&str, String); 9] = [
        (PROTOCOL_HEADER, "0".into()),
        (PROTOCOL_HEADER, "9999999999999999999999".into()),
        ("content-type", "text/plain; charset=utf-7".into()),
        ("content-encoding", "gzip".into()),
        ("authorization", format!("Bearer {}", "A".repeat(10_000))),
        ("authorization", "Basic c2FyYTpzYXJh".into()),
        ("cookie", format!("brobygge_session={}", "%".repeat(8_000))),
        ("origin", "null".into()),
        ("x-forwarded-for", "not an address, 999.1.1.1".into()),
    ];
    for route in brobygge_server::route_paths() {
        let path = route.replace("{kind}", "annual").replace("{id}", "1");
        for (name, value) in &headers {
            for method in ["GET", "POST"] {
                let hostile = request(method, &path, &None)
                    .header(*name, value.as_str())
                    .body(Body::from("{}"))
                    .unwrap();
                check(&server, hostile, &format!("{name} {method} {path}")).await;
                sent += 1;
            }
        }
    }
    assert!(sent > 2_000, "only {sent} hostile requests");
    let after = snapshot(&server);
    for (what, (before, after)) in ["entries", "people", "audit", "lists"]
        .iter()
        .zip(before.iter().zip(&after))
    {
        assert!(
            before == after,
            "a hostile request changed the {what}: {after:.2000}"
        );
    }
}
