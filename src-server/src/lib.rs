//! The municipality's server: devices enroll with a one-time code and push their outbox; the
//! server orders every write. `app` builds the HTTP API so tests can call it without a socket.

pub mod api;
pub mod colleagues;
pub mod demo_data;
pub mod error;
pub mod export;
pub mod facts;
pub mod merge;
pub mod overview;
pub mod passwords;
pub mod report;
pub mod storage;
pub mod sync;
pub mod tokens;

pub use api::{app, app_with_ui, route_paths, serve, AppState};
