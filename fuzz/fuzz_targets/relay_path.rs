//! Arbitrary paths through the device core's relay check: a path it lets through, joined to a
//! server's address as the relay does and normalised by the URL library, still names the
//! coordinator API (`/api/v1/coordinator/...`, `/api/v1/admin/...` or `/api/v1/auth/me`) on
//! the same server, with no dot segment even after percent-decoding.

#![no_main]

use brobygge_core::relayable_path;
use libfuzzer_sys::fuzz_target;

const SERVERS: [&str; 2] = ["https://brobygge.kommun.example", "http://127.0.0.1:8080"];

fuzz_target!(|data: &[u8]| {
    let Ok(path) = std::str::from_utf8(data) else {
        return;
    };
    if !relayable_path(path) {
        return;
    }
    for server in SERVERS {
        let base = url::Url::parse(server).expect("a server address");
        let Ok(url) = url::Url::parse(&format!("{server}/api/v1{path}")) else {
            continue;
        };
        assert_eq!(url.origin(), base.origin(), "{path:?} leaves the server");
        let route = url.path();
        let coordinator = route.starts_with("/api/v1/coordinator/")
            || route.starts_with("/api/v1/admin/")
            || route == "/api/v1/auth/me";
        assert!(coordinator, "{path:?} relayed as {route:?}");
        for segment in route.split('/') {
            let decoded = decode(segment).to_ascii_lowercase();
            assert!(
                !matches!(decoded.as_str(), "." | "..") && !decoded.contains(['/', '\\']),
                "{path:?} relayed as {route:?}"
            );
        }
    }
});

/// A path segment with its percent-escapes decoded (as a server or proxy might).
fn decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
