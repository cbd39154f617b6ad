//! Helpers for the tests across Brobygge's parts; the tests themselves live in `tests/` and
//! `benches/`.

#[cfg(feature = "e2e")]
pub mod bare_engine;
#[cfg(feature = "e2e")]
pub mod dates;
#[cfg(feature = "e2e")]
pub mod device_db;
#[cfg(feature = "e2e")]
pub mod device_page;
#[cfg(feature = "e2e")]
pub mod driver;
#[cfg(feature = "e2e")]
pub mod first_load;
#[cfg(feature = "e2e")]
pub mod form;
#[cfg(feature = "e2e")]
pub mod made_up;
#[cfg(feature = "e2e")]
pub mod paths;
#[cfg(feature = "e2e")]
pub mod proxy;
#[cfg(feature = "e2e")]
pub mod round_robin;
#[cfg(feature = "e2e")]
pub mod server;
