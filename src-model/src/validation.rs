//! Turning a draft into an [`Activity`]: every rule an occasion must keep before it is saved,
//! each broken rule reported as a [`Problem`] the UI can put into the user's language.

use crate::activity::{Activity, ActivityDraft};
use crate::privacy::{Finding, Note};
use crate::reference::{Code, List, ReferenceData};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

mod lines;
mod protocol;
mod when;

use lines::{check_codes, check_lines};

pub use when::latest_day_anywhere;

/// A field of the log form, for pointing a problem at the right place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Project,
    Date,
    StartTime,
    Duration,
    Area,
    Venue,
    VenueType,
    Format,
    Languages,
    Topics,
    People,
    Referrals,
    Questions,
    Outcomes,
    Partners,
    Note,
}

/// One broken rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "kebab-case")]
pub enum Problem {
    /// A required field is empty.
    Missing {
        field: Field,
    },
    /// A code that is not in the reference data, or is retired.
    Unknown {
        field: Field,
        code: Code,
    },
    /// A topic or outcome counter that is not the project's.
    NotInProject {
        field: Field,
        code: Code,
    },
    /// The project does not use this section of the form.
    SectionNotUsed {
        field: Field,
    },
    /// A referral or question line with a count of zero, or listed twice.
    BadLine {
        field: Field,
        code: Code,
    },
    /// A date that has not come yet.
    DateInFuture,
    /// A date before the project started.
    DateBeforeProject {
        start: NaiveDate,
    },
    /// A date after the project ended.
    DateAfterProject {
        end: NaiveDate,
    },
    /// A date before the first day the municipality keeps entries (retention): older ones
    /// were thinned out, and the server takes none back. Only the server knows it.
    DateNotKept {
        kept_from: NaiveDate,
    },
    DurationOutOfRange {
        min: u32,
        max: u32,
    },
    NoteTooLong {
        max: usize,
    },
    /// The note would identify a resident.
    NoteIdentifies {
        findings: Vec<Finding>,
    },
    /// Nobody reached: allowed, but only when the user confirms it.
    NobodyReached,
    /// More people new to the project than were reached, in some group.
    NewPeopleAboveReached,
    /// A co-host named twice, with a time out of range, or (on the server) who is not another
    /// user of the project.
    BadCoHost {
        user: i64,
    },
}

/// How a save should treat the rules that only need the user's confirmation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveOptions {
    /// The user confirmed that the occasion reached nobody.
    pub confirm_nobody_reached: bool,
}

pub const MIN_DURATION_MINUTES: u32 = 5;
pub const MAX_DURATION_MINUTES: u32 = 12 * 60;

/// Checks a draft against the rules and the reference data. All problems are reported at once
/// so the form can mark every field that needs attention. `latest` is the last day an occasion
/// can have taken place: today where the user is (on the server, which does not know where
/// that is, [`latest_day_anywhere`]).
pub fn validate(
    draft: &ActivityDraft,
    reference: &ReferenceData,
    options: SaveOptions,
    latest: NaiveDate,
) -> Result<Activity, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut code = |field: Field, list: List, value: &Option<Code>| -> Option<Code> {
        match value {
            None => {
                problems.push(Problem::Missing { field });
                None
            }
            Some(c) if !reference.is_active(list, c) => {
                problems.push(Problem::Unknown {
                    field,
                    code: c.clone(),
                });
                None
            }
            Some(c) => Some(c.clone()),
        }
    };
    let project = code(Field::Project, List::Projects, &draft.project);
    let area = code(Field::Area, List::Areas, &draft.area);
    let venue = code(Field::Venue, List::Venues, &draft.venue);
    let venue_type = code(Field::VenueType, List::VenueTypes, &draft.venue_type);
    let format = code(Field::Format, List::Formats, &draft.format);

    let date = draft.date.or_else(|| {
        problems.push(Problem::Missing { field: Field::Date });
        None
    });
    let start_time = draft.start_time.or_else(|| {
        problems.push(Problem::Missing {
            field: Field::StartTime,
        });
        None
    });
    let duration = match draft.duration_minutes {
        None => {
            problems.push(Problem::Missing {
                field: Field::Duration,
            });
            None
        }
        Some(m) if !(MIN_DURATION_MINUTES..=MAX_DURATION_MINUTES).contains(&m) => {
            problems.push(Problem::DurationOutOfRange {
                min: MIN_DURATION_MINUTES,
                max: MAX_DURATION_MINUTES,
            });
            None
        }
        Some(m) => Some(m),
    };

    check_codes(
        &mut problems,
        reference,
        Field::Languages,
        List::Languages,
        &draft.languages,
    );
    if draft.languages.is_empty() {
        problems.push(Problem::Missing {
            field: Field::Languages,
        });
    }
    check_codes(
        &mut problems,
        reference,
        Field::Topics,
        List::Topics,
        &draft.topics,
    );
    let project_data = project.as_ref().and_then(|p| reference.project(p));
    if let Some(date) = date {
        when::check(&mut problems, date, project_data, latest);
    }
    if let Some(p) = project_data {
        for topic in draft.topics.iter().filter(|t| !p.topics.contains(t)) {
            problems.push(Problem::NotInProject {
                field: Field::Topics,
                code: topic.clone(),
            });
        }
    }
    let sections = project_data.map(|p| p.sections).unwrap_or_default();
    let referrals = draft.referrals.iter().map(|r| (&r.target, r.count.get()));
    check_lines(
        &mut problems,
        reference,
        (Field::Referrals, List::ReferralTargets, sections.referrals),
        referrals,
    );
    let questions = draft.questions.iter().map(|q| (&q.category, q.count.get()));
    check_lines(
        &mut problems,
        reference,
        (
            Field::Questions,
            List::QuestionCategories,
            sections.questions,
        ),
        questions,
    );

    lines::check_funder(&mut problems, reference, draft, project_data);

    if draft.new_people.is_some_and(|n| !n.within(&draft.people)) {
        problems.push(Problem::NewPeopleAboveReached);
    }
    if draft.people.is_nobody() && !options.confirm_nobody_reached {
        problems.push(Problem::NobodyReached);
    }

    let note = if draft.note.chars().count() > Note::MAX_CHARS {
        problems.push(Problem::NoteTooLong {
            max: Note::MAX_CHARS,
        });
        None
    } else {
        Note::parse(draft.note.as_str())
            .map_err(|findings| problems.push(Problem::NoteIdentifies { findings }))
            .ok()
    };

    match (
        project, date, start_time, duration, area, venue, venue_type, format, note,
    ) {
        (
            Some(project),
            Some(date),
            Some(start_time),
            Some(duration_minutes),
            Some(area),
            Some(venue),
            Some(venue_type),
            Some(format),
            Some(note),
        ) if problems.is_empty() => Ok(Activity {
            project,
            date,
            start_time,
            duration_minutes,
            area,
            venue,
            venue_type,
            format,
            languages: draft.languages.clone(),
            topics: draft.topics.clone(),
            people: draft.people,
            new_people: draft.new_people,
            referrals: draft.referrals.clone(),
            questions: draft.questions.clone(),
            outcomes: draft.outcomes.clone(),
            partners: draft.partners.clone(),
            co_hosts: draft.co_hosts.clone(),
            note,
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests;
