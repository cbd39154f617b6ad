//! Brobygge's domain: what an outreach occasion is, the rules it must keep, and the privacy
//! guard that stops residents from being identified. Pure Rust with no I/O, shared by the UI
//! (wasm32) and the device core (native).

pub mod activity;
pub mod count;
pub mod error;
pub mod handed_in;
pub mod invite;
pub mod key_storage;
pub mod locale;
pub mod log;
pub mod overview;
pub mod privacy;
pub mod profile;
pub mod reference;
pub mod report;
pub mod sync;
pub mod validation;

pub use activity::{
    Activity, ActivityDraft, ActivityId, ActivityState, CoHost, OutcomeCount, QuestionCount,
    Referral,
};
pub use count::{Count, CountError, NewPeople, PeopleReached};
pub use error::{ApiError, ErrorCode};
pub use invite::Invite;
pub use key_storage::{KeyFileReason, KeyStorage};
pub use locale::LocaleCode;
pub use privacy::{Finding, FindingKind, Note};
pub use profile::Profile;
pub use reference::{
    Code, DevelopmentArea, Item, Labels, List, Outcome, Project, ReachTarget, ReferenceData,
    Sections, Venue,
};
pub use validation::{validate, Problem, SaveOptions};
