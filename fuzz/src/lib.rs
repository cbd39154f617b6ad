//! What the fuzz targets share: the seed reference data, a server in this process (`server`),
//! and the spreadsheet exports fed with arbitrary cell text (`sheets`).

pub mod server;
pub mod sheets;

use brobygge_model::ReferenceData;
use std::sync::OnceLock;

/// The reference data a new server starts with, as the server loads it.
pub fn reference() -> &'static ReferenceData {
    static REFERENCE: OnceLock<ReferenceData> = OnceLock::new();
    REFERENCE.get_or_init(|| {
        let seed = include_str!("../../src-core/seed/reference-data.json");
        serde_json::from_str(seed).expect("the seed reference data parses")
    })
}

/// Asserts that an answer is not a server error, and that an error answer has the one error
/// shape: a JSON object with a `code` and a non-empty `message`.
pub fn assert_answer_shape(status: u16, body: &[u8]) {
    assert!(
        status < 500,
        "server error {status}: {}",
        String::from_utf8_lossy(body)
    );
    if status >= 400 {
        let json: serde_json::Value = serde_json::from_slice(body).unwrap_or_else(|e| {
            panic!(
                "error {status} not JSON ({e}): {}",
                String::from_utf8_lossy(body)
            )
        });
        assert!(json["code"].is_string(), "error without a code: {json}");
        let message = json["message"].as_str().unwrap_or_default();
        assert!(!message.is_empty(), "error without a message: {json}");
    }
}
