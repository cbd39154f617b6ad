//! The one error shape that crosses a boundary (the app's IPC now, the server's HTTP later):
//! a small closed set of codes the UI turns into a message in the user's language, and a
//! message in English for logs.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// The activity breaks a rule; the UI shows which by validating with this crate.
    Invalid,
    InvalidProfile,
    NotFound,
    /// A final entry cannot become a draft again.
    NotADraft,
    /// The database was written by a newer version of the app.
    NewerSchema,
    /// The device's storage failed (full disk, broken file).
    Storage,
    /// The device database cannot be unlocked: its key is missing, damaged or not the one it
    /// was written with. Nothing was deleted; trying again does not help.
    Locked,
    Internal,
    /// No valid device token or session.
    Unauthorized,
    /// The device was revoked by a coordinator; it wipes its local data.
    Revoked,
    /// The app is too old for the server.
    UpdateRequired,
    /// The request could not be read (bad JSON, wrong fields).
    BadRequest,
    /// The request body is larger than the server accepts.
    TooLarge,
    /// The server lacks changes the device numbered or pulled: a push skipped numbers, or the
    /// server was restored from a backup since. The device sends its entries again.
    SequenceGap,
    /// An enrollment code that is unknown, used or expired.
    InvalidCode,
    /// A server address that is not a URL, or not `https://` for a server that is not on this
    /// device itself: a token and a resident's outreach data never travel in clear.
    InvalidServer,
    /// An enrollment code that has already connected another device (another install of the
    /// app); only the device it connected may use it again, to retry after a lost answer.
    CodeUsedElsewhere,
    /// Connecting this device to another user would delete entries of its previous user that
    /// the server does not have yet, and they could not be sent now; the app asks the user
    /// before it discards them.
    UnsentEntries,
    /// The server could not complete the request; nothing was changed.
    Unavailable,
    /// The server could not be reached (no network, or the server is down).
    Offline,
    /// A login with a wrong name or password; it never says which.
    WrongLogin,
    /// Too many failed logins for this name; try again later.
    TooManyAttempts,
    /// The user's role or projects do not allow this.
    Forbidden,
    /// An administrator disabled the account: its logins, sessions and devices no longer work.
    AccountDisabled,
    /// A new password too short (or too long) to be accepted.
    WeakPassword,
    /// The report was handed in: it stays as it was, its texts too.
    HandedIn,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.code, self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wire_shape_is_pinned() {
        let e = ApiError {
            code: ErrorCode::NewerSchema,
            message: "update the app".into(),
        };
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(
            json,
            r#"{"code":"newer-schema","message":"update the app"}"#
        );
        assert_eq!(serde_json::from_str::<ApiError>(&json).unwrap(), e);
    }
}
