//! The form's problems in the user's language, and the live privacy guard under the note.

use crate::app::AppState;
use crate::dates::long_date;
use crate::i18n::{use_i18n, Arg, I18n};
use brobygge_model::privacy::{scan, FindingKind};
use brobygge_model::reference::List;
use brobygge_model::validation::Field;
use brobygge_model::{Code, Problem};
use leptos::prelude::*;

fn list_of(field: Field) -> Option<List> {
    Some(match field {
        Field::Project => List::Projects,
        Field::Area => List::Areas,
        Field::Venue => List::Venues,
        Field::VenueType => List::VenueTypes,
        Field::Format => List::Formats,
        Field::Languages => List::Languages,
        Field::Topics => List::Topics,
        Field::Referrals => List::ReferralTargets,
        Field::Questions => List::QuestionCategories,
        Field::Outcomes => List::Outcomes,
        Field::Partners => List::Partners,
        _ => return None,
    })
}

fn label(i18n: I18n, state: AppState, field: Field, code: &Code) -> String {
    let locale = i18n.locale.get();
    match list_of(field) {
        Some(list) => state
            .reference
            .with(|r| r.label(list, code, locale).to_owned()),
        None => code.to_string(),
    }
}

fn field_id(field: Field) -> &'static str {
    match field {
        Field::Project => "log-problem-missing-project",
        Field::Date => "log-problem-missing-date",
        Field::StartTime => "log-problem-missing-start-time",
        Field::Duration => "log-problem-missing-duration",
        Field::Area => "log-problem-missing-area",
        Field::Venue => "log-problem-missing-venue",
        Field::VenueType => "log-problem-missing-venue-type",
        Field::Format => "log-problem-missing-format",
        Field::Languages => "log-problem-missing-languages",
        Field::Topics
        | Field::People
        | Field::Referrals
        | Field::Questions
        | Field::Outcomes
        | Field::Partners
        | Field::Note => "log-problem-missing-other",
    }
}

pub(super) fn privacy_message(i18n: I18n, kind: FindingKind, text: &str) -> String {
    let id = match kind {
        FindingKind::PersonalIdentityNumber => "privacy-found-personal-identity-number",
        FindingKind::CoordinationNumber => "privacy-found-coordination-number",
        FindingKind::PhoneNumber => "privacy-found-phone-number",
        FindingKind::Email => "privacy-found-email",
    };
    i18n.t_args(id, &[("found", Arg::from(text))])
}

pub(super) fn problem_message(i18n: I18n, state: AppState, problem: &Problem) -> String {
    let item = |field, code: &Code| Arg::from(label(i18n, state, field, code));
    match problem {
        Problem::Missing { field } => i18n.t(field_id(*field)),
        Problem::Unknown { field, code } => {
            i18n.t_args("log-problem-unknown", &[("item", item(*field, code))])
        }
        Problem::NotInProject { field, code } => i18n.t_args(
            "log-problem-not-in-project",
            &[("item", item(*field, code))],
        ),
        Problem::SectionNotUsed { .. } => i18n.t("log-problem-section-not-used"),
        Problem::BadCoHost { .. } => i18n.t("log-problem-bad-co-host"),
        Problem::BadLine { field, code } => {
            i18n.t_args("log-problem-bad-line", &[("item", item(*field, code))])
        }
        Problem::DateInFuture => i18n.t("log-problem-date-future"),
        Problem::DateBeforeProject { start } => i18n.t_args(
            "log-problem-date-before-project",
            &[("start", Arg::from(long_date(i18n.locale.get(), *start)))],
        ),
        Problem::DateAfterProject { end } => i18n.t_args(
            "log-problem-date-after-project",
            &[("end", Arg::from(long_date(i18n.locale.get(), *end)))],
        ),
        Problem::DateNotKept { kept_from } => i18n.t_args(
            "log-problem-date-not-kept",
            &[("start", Arg::from(long_date(i18n.locale.get(), *kept_from)))],
        ),
        Problem::DurationOutOfRange { min, max } => i18n.t_args(
            "log-problem-duration",
            &[("min", Arg::from(*min)), ("max", Arg::from(*max))],
        ),
        Problem::NoteTooLong { max } => i18n.t_args(
            "log-problem-note-too-long",
            &[("max", Arg::from(*max as u32))],
        ),
        Problem::NoteIdentifies { findings } => findings
            .iter()
            .map(|f| privacy_message(i18n, f.kind, &f.text))
            .collect::<Vec<_>>()
            .join(" "),
        Problem::NobodyReached => i18n.t("log-nobody-question"),
        Problem::NewPeopleAboveReached => i18n.t("log-problem-new-people"),
    }
}

/// Says, while the user types, what in the note would identify a resident and why it must go.
#[component]
pub(super) fn NoteGuard() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let findings = Memo::new(move |_| state.form.with(|f| scan(&f.draft.note)));
    view! {
        <div class="privacy-guard" id="log-note-guard" aria-live="polite">
            <Show when=move || !findings.with(Vec::is_empty)>
                <ul>
                    {move || findings.get().into_iter().map(|f| view! {
                        <li>{privacy_message(i18n, f.kind, &f.text)}</li>
                    }).collect_view()}
                </ul>
                <p>{move || i18n.t("privacy-why")}</p>
            </Show>
        </div>
    }
}
