//! Enrollment as the storage sees it: a code used once, by one install, which may use it again
//! (its answer was lost) until the code expires, for the same device with a second token
//! beside its first.

use super::StorageError;
use chrono::{DateTime, Utc};

/// A device asking to be enrolled.
#[derive(Clone, Copy, Debug)]
pub struct Enrollment<'a> {
    pub code_hash: &'a str,
    pub token_hash: &'a str,
    pub app_version: &'a str,
    pub install_id: Option<&'a str>,
    pub now: DateTime<Utc>,
}

/// An enrolled device and the last mutation number applied for it (0 when it is new).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Enrolled {
    pub device: super::Device,
    pub last_applied: u64,
}

/// The schema step, the same in both dialects, that remembers which install and device used
/// each enrollment code, so that the same install can retry it.
///
/// A retried enrollment gives the device a second token beside its first (`retry_token_hash`),
/// so that whichever answer reached the device, its token works: two copies of one request
/// arrive, one enrolls and one retries. It also keeps the outcome of every push mutation the
/// server refused, so that a mutation sent again after a lost answer is answered with it, not
/// with "already applied".
pub(crate) const ENROLLMENT_RETRY: &str = "
ALTER TABLE enrollment_codes ADD COLUMN install_id TEXT;
ALTER TABLE enrollment_codes ADD COLUMN device_id TEXT;
ALTER TABLE devices ADD COLUMN retry_token_hash TEXT;
CREATE UNIQUE INDEX devices_by_retry_token ON devices (retry_token_hash);
CREATE TABLE push_refusals (
    device_id TEXT NOT NULL,
    seq       BIGINT NOT NULL,
    outcome   TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
);";

/// The device a code already used may enroll again: the one it connected, when `install` is
/// the install that used it. `used` is the code's install and device, if the code was used and
/// has not expired.
pub(crate) fn retried_device(
    used: Option<(Option<String>, Option<String>)>,
    install: Option<&str>,
) -> Result<String, StorageError> {
    match used {
        None => Err(StorageError::InvalidCode),
        Some((Some(by), Some(device))) if install == Some(by.as_str()) => Ok(device),
        Some(_) => Err(StorageError::CodeUsedElsewhere),
    }
}
