//! Arbitrary bytes as a device's push: parsed as the wire type, each activity validated against
//! the seed reference data, and the same bytes posted to the real router, whose answer is never
//! a server error and, when it refuses, always the `{code, message}` shape.

#![no_main]

use brobygge_fuzz::{assert_answer_shape, reference, server::server};
use brobygge_model::sync::{Change, PushRequest, PushResponse};
use brobygge_model::validation::latest_day_anywhere;
use brobygge_model::{validate, SaveOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parsed = serde_json::from_slice::<PushRequest>(data);
    if let Ok(push) = &parsed {
        for mutation in &push.mutations {
            if let Change::Upsert { activity, .. } = &mutation.change {
                let options = SaveOptions {
                    confirm_nobody_reached: true,
                };
                let latest = latest_day_anywhere(chrono::Utc::now().date_naive());
                if let Ok(checked) = validate(activity, reference(), options, latest) {
                    let note = brobygge_model::privacy::scan(checked.note.as_str());
                    assert!(note.is_empty(), "a checked note holds {note:?}");
                    assert!(checked.date <= latest, "a checked day that has not come");
                }
            }
        }
    }
    let (status, body) = server().device_post("/sync/push", data.to_vec());
    assert_answer_shape(status, &body);
    if parsed.is_err() {
        assert_eq!(status, 400, "{}", String::from_utf8_lossy(&body));
    }
    if status == 200 {
        let answer: PushResponse = serde_json::from_slice(&body).expect("a push's answer");
        let asked = parsed.expect("an accepted push parses").mutations.len();
        assert!(answer.results.len() <= asked, "more results than mutations");
    }
});
