//! Arbitrary text as a pull's cursor: the server's parsing never panics, a cursor it accepts
//! round-trips through its text, and the real router answers a pull after it without a server
//! error and with a cursor that never goes back (one of another epoch, a database restored
//! since, answered `sequence-gap`).

#![no_main]

use brobygge_fuzz::{assert_answer_shape, server::server};
use brobygge_model::sync::PullResponse;
use brobygge_server::api::parse_cursor;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(cursor) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = parse_cursor(Some(cursor)).ok();
    if let Some(c) = &parsed {
        let again = parse_cursor(Some(&c.to_string())).expect("a cursor's own text parses");
        assert_eq!(&again, c, "{cursor:?}");
    }
    let body = serde_json::json!({ "cursor": cursor }).to_string();
    let (status, body) = server().device_post("/sync/pull", body.into_bytes());
    assert_answer_shape(status, &body);
    match &parsed {
        None => assert_eq!(status, 400, "{cursor:?} answered {status}"),
        Some(c) if c.epoch.is_some() && status == 409 => {}
        Some(c) => {
            assert_eq!(status, 200, "{cursor:?} answered {status}");
            let page: PullResponse = serde_json::from_slice(&body).expect("a page");
            let next = parse_cursor(Some(&page.cursor)).expect("the server's cursor parses");
            assert!(next.epoch.is_some(), "a page's cursor names the epoch");
            assert!(
                next.after >= c.after,
                "the cursor went back from {} to {}",
                c.after,
                next.after
            );
        }
    }
});
