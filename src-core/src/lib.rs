//! The device engine: everything the app does with its data, testable without a window. A
//! [`Store`] is one SQLite file in WAL mode; every save is one transaction that also writes the
//! outbox row the sync will send.

mod activities;
mod error;
mod migrations;
mod outbox;
mod profile;
mod reference;
mod store;

pub use brobygge_model::log::{Entry, LogEntry, LogQuery, Reach, Totals};
pub use error::CoreError;
pub use migrations::SCHEMA_VERSION;
pub use outbox::OutboxRow;
pub use store::Store;

#[doc(hidden)]
pub use migrations::migrate_to;
