//! Tests across Brobygge's parts live in `tests/`; this library is empty.
