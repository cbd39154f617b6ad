//! What crosses the wire between a device and the municipality's server: enrollment and the
//! push of a device's outbox. The server orders all writes; a device numbers its mutations with
//! its own counter, and the server applies each number exactly once.

use crate::{ActivityDraft, ActivityId, Code, Problem};
use serde::{Deserialize, Serialize};

/// The version of this protocol. 2: a push may be rejected for its date (a day that has not
/// come, or outside the project's run), and an activity may say how many of those reached
/// were new to the project. 3: or for a day older than the municipality keeps entries.
/// 4: an activity may count its project's outcomes, name its partners and its co-hosts; a pull
/// brings the user's colleagues and the activities they co-host. 5: a pull cursor from before
/// the server was restored from a backup is answered `sequence-gap`, and the device sends all
/// its entries again (an older device only pulls from the start).
pub const PROTOCOL_VERSION: u32 = 5;

/// The oldest protocol the server still answers; a device speaking an older one is told to
/// update. An older device is answered only what it can read ([`Problem::for_protocol`]).
pub const OLDEST_PROTOCOL: u32 = 1;

/// The header that carries [`PROTOCOL_VERSION`] on every call.
pub const PROTOCOL_HEADER: &str = "x-brobygge-protocol";

/// A user's role, which decides what the server lets them see and do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Guide,
    Staff,
    Coordinator,
    Admin,
    /// Reads the overview and the reports of their projects in a browser, and nothing else:
    /// the steering group, the co-funding region. No device, no changes.
    Viewer,
}

/// A device asks to be enrolled with a one-time code a coordinator gave its user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollRequest {
    pub code: String,
    pub device_name: String,
    pub app_version: String,
    /// Made once by each install of the app and kept: the same install may send the same
    /// code again after an answer was lost, and is enrolled again; another install is refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub install_id: Option<String>,
}

/// The user as the server knows them; it replaces the device's local profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerProfile {
    pub name: String,
    pub role: Role,
    pub projects: Vec<Code>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollResponse {
    pub device_id: String,
    /// Shown once; the server keeps only its hash.
    pub token: String,
    pub profile: ServerProfile,
    /// The user the device is enrolled to, so that a device can tell enrolling again as the
    /// same user (its entries stay and are pulled back) from a handover (they are wiped).
    pub user_id: i64,
    /// The last mutation number the server applied for this device: 0 for a new enrollment,
    /// more when the same install retried a code whose first answer was lost. The device
    /// numbers its waiting changes on from here.
    #[serde(default)]
    pub last_applied: u64,
}

/// One change from a device's outbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mutation {
    /// The device's own counter: 1, 2, 3, ... without gaps.
    pub seq: u64,
    pub activity_id: ActivityId,
    #[serde(flatten)]
    pub change: Change,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "lowercase")]
pub enum Change {
    Upsert {
        activity: Box<ActivityDraft>,
        /// The server's version of this activity that the device last received; none when the
        /// device has never received it (it made the entry itself). The server decides field by
        /// field against it when a coordinator corrected the entry in between.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        base_version: Option<u64>,
    },
    Delete,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushRequest {
    pub mutations: Vec<Mutation>,
}

/// What became of one mutation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum Outcome {
    Applied,
    /// Applied by an earlier push (its answer was lost); nothing changed now.
    AlreadyApplied,
    /// Refused for good, with the reasons; it never blocks the mutations after it.
    Rejected {
        problems: Vec<Problem>,
    },
    /// The activity belongs to another user, or to a project the user is not in.
    Forbidden,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MutationResult {
    pub seq: u64,
    #[serde(flatten)]
    pub outcome: Outcome,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushResponse {
    /// The highest number applied (or rejected) for this device, after this push.
    pub last_applied: u64,
    pub results: Vec<MutationResult>,
}

/// A coordinator page's call, relayed by the app's device core to the server: the answer's
/// HTTP status and body, for the page to read as a browser would.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelayedAnswer {
    pub status: u16,
    pub body: String,
}

/// A device asks for what changed after its cursor.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullRequest {
    /// The cursor of the last page applied; none on the first pull.
    pub cursor: Option<String>,
}

/// One activity as the server has it now, or its tombstone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PulledActivity {
    pub id: ActivityId,
    /// The server's version of the activity: 1 when first received, one more for every
    /// change, a coordinator's correction included.
    pub version: u64,
    /// None when the activity was deleted (or, for a co-host, when they were taken off it).
    pub activity: Option<Box<ActivityDraft>>,
    /// Who logged it, when the device's user is one of its co-hosts rather than its author:
    /// the device shows it in My log and never changes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
}

/// Another user of the user's projects, whom the device offers as a co-host.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Colleague {
    pub id: i64,
    pub name: String,
    pub projects: Vec<Code>,
}

/// A page of changes, to be applied on the device in one transaction with its cursor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullResponse {
    pub activities: Vec<PulledActivity>,
    /// The reference data for the user's projects, when it changed after the cursor.
    pub reference: Option<Box<crate::ReferenceData>>,
    /// Opaque; the device sends it back on its next pull.
    pub cursor: String,
    /// Whether more pages follow.
    pub more: bool,
    /// The first day the municipality keeps entries from (retention), when it has said: the
    /// device thins out its own older entries, as the server does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept_from: Option<chrono::NaiveDate>,
    /// The other users of the user's projects, on every page (from protocol 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colleagues: Option<Vec<Colleague>>,
}

/// How far a running sync has come: changes sent of those waiting when it started (more may
/// be saved while it runs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncProgress {
    pub sent: u32,
    pub total: u32,
}

/// What the app shows about sync, and about the device's data: whether a revocation erased
/// it, and where its key is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncStatus {
    /// The server this device is connected to; none before enrollment.
    pub server: Option<String>,
    /// Entries with changes the server does not have yet.
    pub waiting: u32,
    /// When the last sync completed (UTC, RFC 3339).
    pub last_success: Option<String>,
    /// Why the last attempt failed, if it did.
    pub last_error: Option<crate::ApiError>,
    /// When the server told this device it was revoked and the device erased its data (UTC,
    /// RFC 3339); none once its user has set it up again.
    #[serde(default)]
    pub erased_at: Option<String>,
    /// Where the database's key is kept; the app tells its user when it is a file because no
    /// secret store took it.
    #[serde(default)]
    pub key_storage: crate::KeyStorage,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutations_have_a_stable_wire_shape() {
        let delete = Mutation {
            seq: 3,
            activity_id: ActivityId("a".into()),
            change: Change::Delete,
        };
        let json = serde_json::to_string(&delete).unwrap();
        assert_eq!(json, r#"{"seq":3,"activity_id":"a","op":"delete"}"#);
        let result = MutationResult {
            seq: 3,
            outcome: Outcome::AlreadyApplied,
        };
        let json = serde_json::to_string(&result).unwrap();
        assert_eq!(json, r#"{"seq":3,"outcome":"already-applied"}"#);
    }
}
