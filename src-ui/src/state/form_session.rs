//! The log form's content as the app keeps it above the form: a new occasion, or a stored
//! entry or draft opened for editing.

use crate::ids::new_activity_id;
use brobygge_model::log::Entry;
use brobygge_model::{ActivityDraft, ActivityId, ActivityState, NewPeople, Profile};

/// The log form's content. Its draft always has an id, made when the form started.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormSession {
    pub draft: ActivityDraft,
    /// The state of the stored entry being edited, if it is stored.
    pub editing: Option<ActivityState>,
    /// Changed since it was last stored.
    pub dirty: bool,
    /// Counts changes, so a delayed store can tell whether more came after it.
    pub revision: u32,
}

impl FormSession {
    /// A new, empty occasion with today's date, the time now and the user's first project.
    pub fn new(profile: Option<&Profile>) -> FormSession {
        FormSession {
            draft: ActivityDraft {
                id: Some(new_activity_id()),
                project: profile.and_then(|p| p.projects.first().cloned()),
                date: Some(crate::dates::today()),
                start_time: Some(crate::dates::now_rounded()),
                duration_minutes: Some(60),
                new_people: Some(NewPeople::default()),
                ..ActivityDraft::default()
            },
            ..FormSession::default()
        }
    }

    /// A new occasion like a recent one: its place, format, languages, topics, time and
    /// length, today's date and nobody counted yet. It counts as changed: leaving it keeps it
    /// as a draft.
    pub fn again(template: ActivityDraft) -> FormSession {
        FormSession {
            draft: ActivityDraft {
                id: Some(new_activity_id()),
                date: Some(crate::dates::today()),
                start_time: template.start_time.or(Some(crate::dates::now_rounded())),
                duration_minutes: template.duration_minutes.or(Some(60)),
                new_people: Some(NewPeople::default()),
                ..template
            },
            dirty: true,
            revision: 1,
            ..FormSession::default()
        }
    }

    /// A stored entry or draft, opened for editing.
    pub fn editing(entry: Entry) -> FormSession {
        FormSession {
            draft: ActivityDraft {
                id: Some(entry.id),
                ..entry.draft
            },
            editing: Some(entry.state),
            ..FormSession::default()
        }
    }

    pub(super) fn id(&self) -> Option<&ActivityId> {
        self.draft.id.as_ref()
    }
}
