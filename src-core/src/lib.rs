//! The device engine: everything the app does with its data, testable without a window. A
//! [`Store`] is one SQLite file in WAL mode, encrypted with the device's [`DatabaseKey`]
//! (kept in the operating system's secret store, or a file where none runs);
//! every save is one transaction that also writes the outbox row the sync sends to the
//! municipality's server.

mod activities;
mod colleagues;
mod erase;
mod error;
mod key;
mod key_home;
mod migrations;
mod outbox;
mod profile;
mod reference;
mod repeat;
mod secret_store;
mod store;
mod sync;

pub use brobygge_model::log::{Entry, LogEntry, LogQuery, Reach, RecentOccasion, Totals};
pub use error::CoreError;
pub use key::DatabaseKey;
pub use migrations::SCHEMA_VERSION;
pub use outbox::OutboxRow;
pub use store::Store;
pub use sync::{Handover, PushSummary, ServerLink, SyncError};

#[doc(hidden)]
pub use migrations::migrate_to;
#[doc(hidden)]
pub use sync::relayable_path;
