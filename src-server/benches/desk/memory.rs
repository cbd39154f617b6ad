//! How much memory a call takes at its highest: every allocation of the bench process counted
//! (the blocking thread that makes a file included), the peak above what was live when the
//! call began. The body is read in pieces and not kept, as a browser saving it would.

use axum::body::Body;
use axum::http::Request;
use brobygge_server::{app, AppState};
use http_body_util::BodyExt;
use peakmem_alloc::{PeakMemAlloc, PeakMemAllocTrait, INSTRUMENTED_SYSTEM};
use std::alloc::System;
use tower::ServiceExt;

/// The bench's allocator: the system's, counted.
pub static COUNTED: &PeakMemAlloc<System> = &INSTRUMENTED_SYSTEM;

/// The peak memory above the start of the call to `path`, and the bytes of its answer.
pub async fn peak(state: &AppState, cookie: &str, path: &str) -> (usize, usize) {
    COUNTED.reset_peak_memory();
    let request = Request::get(format!("/api/v1{path}"))
        .header("cookie", cookie)
        .body(Body::empty())
        .unwrap();
    let response = app(state.clone()).oneshot(request).await.unwrap();
    assert!(
        response.status().is_success(),
        "{path}: {}",
        response.status()
    );
    let mut body = response.into_body();
    let mut bytes = 0;
    while let Some(frame) = body.frame().await {
        if let Ok(data) = frame.unwrap().into_data() {
            bytes += data.len();
        }
    }
    (COUNTED.get_peak_memory(), bytes)
}
