//! An outreach occasion: the draft the form holds while a guide fills it in, and the
//! validated activity that is saved and later sent.

use crate::{Code, Count, NewPeople, Note, PeopleReached};
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The id of an activity: a UUIDv7 made on the device, in its text form.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ActivityId(pub String);

impl fmt::Display for ActivityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActivityState {
    /// Kept on the device while it is being filled in; never sent.
    Draft,
    /// Complete and checked; waits in the outbox until the server has it.
    Final,
}

impl ActivityState {
    pub fn as_str(self) -> &'static str {
        match self {
            ActivityState::Draft => "draft",
            ActivityState::Final => "final",
        }
    }
}

/// People sent on to a service, and how many.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Referral {
    pub target: Code,
    pub count: Count,
}

/// Questions residents asked in one category (the contact centre's log).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionCount {
    pub category: Code,
    pub count: Count,
}

/// How much of one of its project's outcome counters an occasion achieved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeCount {
    pub outcome: Code,
    pub count: Count,
}

/// Another user of the project who ran the occasion too: it is counted once, and their time
/// counts as their volunteer hours (the occasion's duration unless said otherwise).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoHost {
    /// The server's id of the user, as the device learned it with the project's colleagues.
    pub user: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
}

/// What the log form holds: anything may still be missing. The note is the raw text as typed;
/// it passes the privacy guard only when the draft becomes an [`Activity`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityDraft {
    pub id: Option<ActivityId>,
    pub project: Option<Code>,
    pub date: Option<NaiveDate>,
    pub start_time: Option<NaiveTime>,
    pub duration_minutes: Option<u32>,
    pub area: Option<Code>,
    pub venue: Option<Code>,
    pub venue_type: Option<Code>,
    pub format: Option<Code>,
    #[serde(default)]
    pub languages: Vec<Code>,
    #[serde(default)]
    pub topics: Vec<Code>,
    #[serde(default)]
    pub people: PeopleReached,
    /// Of `people`, those there for the first time in the project; none on an entry from an
    /// app that did not ask (absent from its document, so that an edit by such an app keeps
    /// what the server has).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_people: Option<NewPeople>,
    #[serde(default)]
    pub referrals: Vec<Referral>,
    #[serde(default)]
    pub questions: Vec<QuestionCount>,
    /// The project's outcome counters this occasion added to.
    #[serde(default)]
    pub outcomes: Vec<OutcomeCount>,
    /// The partners the occasion was run with.
    #[serde(default)]
    pub partners: Vec<Code>,
    /// The other users of the project who ran it too.
    #[serde(default)]
    pub co_hosts: Vec<CoHost>,
    #[serde(default)]
    pub note: String,
}

/// A complete, checked outreach occasion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub project: Code,
    pub date: NaiveDate,
    pub start_time: NaiveTime,
    pub duration_minutes: u32,
    pub area: Code,
    pub venue: Code,
    pub venue_type: Code,
    pub format: Code,
    pub languages: Vec<Code>,
    pub topics: Vec<Code>,
    pub people: PeopleReached,
    pub new_people: Option<NewPeople>,
    pub referrals: Vec<Referral>,
    pub questions: Vec<QuestionCount>,
    pub outcomes: Vec<OutcomeCount>,
    pub partners: Vec<Code>,
    pub co_hosts: Vec<CoHost>,
    pub note: Note,
}

impl Activity {
    /// The activity as a draft again, for editing.
    pub fn to_draft(&self, id: Option<ActivityId>) -> ActivityDraft {
        ActivityDraft {
            id,
            project: Some(self.project.clone()),
            date: Some(self.date),
            start_time: Some(self.start_time),
            duration_minutes: Some(self.duration_minutes),
            area: Some(self.area.clone()),
            venue: Some(self.venue.clone()),
            venue_type: Some(self.venue_type.clone()),
            format: Some(self.format.clone()),
            languages: self.languages.clone(),
            topics: self.topics.clone(),
            people: self.people,
            new_people: self.new_people,
            referrals: self.referrals.clone(),
            questions: self.questions.clone(),
            outcomes: self.outcomes.clone(),
            partners: self.partners.clone(),
            co_hosts: self.co_hosts.clone(),
            note: self.note.as_str().to_owned(),
        }
    }
}

impl ActivityDraft {
    /// Whether the user has entered anything beyond the defaults the form starts with.
    pub fn has_content(&self) -> bool {
        self.area.is_some()
            || self.venue.is_some()
            || self.format.is_some()
            || !self.languages.is_empty()
            || !self.topics.is_empty()
            || !self.people.is_nobody()
            || self.new_people.is_some_and(|n| n.total() > 0)
            || !self.referrals.is_empty()
            || !self.questions.is_empty()
            || !self.outcomes.is_empty()
            || !self.partners.is_empty()
            || !self.co_hosts.is_empty()
            || !self.note.trim().is_empty()
    }
}
