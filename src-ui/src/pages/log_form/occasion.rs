//! What, when and where: project, date and time, duration, area, venue, format, languages and
//! topics.

use crate::app::AppState;
use crate::components::{Chips, DateField, DateKind, TimeField};
use crate::i18n::{use_i18n, Arg, I18n};
use brobygge_model::reference::{toggle, List};
use brobygge_model::{ActivityDraft, Code};
use leptos::prelude::*;

/// The durations offered, in minutes.
const DURATIONS: [u32; 12] = [15, 30, 45, 60, 90, 120, 150, 180, 240, 300, 360, 480];

fn duration_label(i18n: I18n, minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let args = [("hours", Arg::from(h)), ("minutes", Arg::from(m))];
    let id = match (h, m) {
        (0, _) => "log-duration-minutes",
        (_, 0) => "log-duration-hours",
        _ => "log-duration-hours-minutes",
    };
    i18n.t_args(id, &args)
}

fn parse_code(value: String) -> Option<Code> {
    Code::new(value).ok()
}

/// A `<select>` of codes bound to one field of the draft; "" is nothing chosen.
#[component]
fn CodeSelect(
    id: &'static str,
    label: &'static str,
    options: Signal<Vec<(Code, String)>>,
    get: fn(&ActivityDraft) -> Option<&Code>,
    on_change: Callback<Option<Code>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let value = Memo::new(move |_| state.form.with(|f| get(&f.draft).map(Code::to_string)));
    view! {
        <label class="field">
            <span>{move || i18n.t(label)}</span>
            <select id=id prop:value=move || value.get().unwrap_or_default()
                on:change=move |ev| on_change.run(parse_code(event_target_value(&ev)))>
                <option value="" selected=move || value.with(Option::is_none)>{move || i18n.t("log-choose")}</option>
                {move || options.get().into_iter().map(|(code, label)| {
                    let code = code.to_string();
                    let selected = {
                        let code = code.clone();
                        move || value.with(|v| v.as_ref() == Some(&code))
                    };
                    view! { <option value=code selected=selected>{label}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}

#[component]
pub(super) fn Occasion() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let project = Memo::new(move |_| state.form.with(|f| f.draft.project.clone()));
    let area = Memo::new(move |_| state.form.with(|f| f.draft.area.clone()));
    let options = move |list: List| {
        Signal::derive(move || {
            let locale = i18n.locale.get();
            state.reference.with(|r| r.options(list, locale))
        })
    };
    let my_projects = Signal::derive(move || {
        let locale = i18n.locale.get();
        let mine = state
            .profile
            .with(|p| p.as_ref().map(|p| p.projects.clone()).unwrap_or_default());
        state.reference.with(|r| {
            mine.iter()
                .filter_map(|c| r.project(c))
                .map(|p| (p.code.clone(), p.labels.get(locale).to_owned()))
                .collect()
        })
    });
    // The chosen area's venues first, then every other place.
    let venues = Signal::derive(move || {
        let locale = i18n.locale.get();
        let area = area.get();
        state.reference.with(|r| {
            let mut v: Vec<_> = r.venues.iter().filter(|v| !v.retired).collect();
            v.sort_by_key(|v| Some(&v.area) != area.as_ref());
            v.into_iter()
                .map(|v| (v.code.clone(), v.labels.get(locale).to_owned()))
                .collect()
        })
    });
    let topics = Signal::derive(move || {
        let locale = i18n.locale.get();
        state.reference.with(|r| {
            let Some(p) = project.get().and_then(|c| r.project(&c).cloned()) else {
                return vec![];
            };
            p.topics
                .iter()
                .filter(|t| r.is_active(List::Topics, t))
                .map(|t| (t.clone(), r.label(List::Topics, t, locale).to_owned()))
                .collect()
        })
    });

    let set_project = Callback::new(move |code: Option<Code>| {
        let chosen = code
            .as_ref()
            .and_then(|c| state.reference.with_untracked(|r| r.project(c).cloned()));
        let counters: Vec<Code> = code.as_ref().map_or_else(Vec::new, |c| {
            (state.reference).with_untracked(|r| r.outcomes_of(c).map(|o| o.code.clone()).collect())
        });
        state.edit(|d| {
            d.project = code;
            // Keep only what the new project uses.
            d.outcomes.retain(|o| counters.contains(&o.outcome));
            // Colleagues are of a project: the new project's are offered afresh.
            d.co_hosts.clear();
            let (topics, sections) = chosen.map(|p| (p.topics, p.sections)).unwrap_or_default();
            d.topics.retain(|t| topics.contains(t));
            if !sections.referrals {
                d.referrals.clear();
            }
            if !sections.questions {
                d.questions.clear();
            }
        });
    });
    let set_venue = Callback::new(move |code: Option<Code>| {
        let venue = code
            .as_ref()
            .and_then(|c| state.reference.with_untracked(|r| r.venue(c).cloned()));
        state.edit(|d| {
            d.venue = code;
            if let Some(v) = venue {
                d.venue_type = Some(v.venue_type);
                d.area.get_or_insert(v.area);
            }
        });
    });
    let date = Signal::derive(move || state.form.with(|f| f.draft.date));
    let time = Signal::derive(move || state.form.with(|f| f.draft.start_time));
    let duration = Memo::new(move |_| state.form.with(|f| f.draft.duration_minutes));

    view! {
        <CodeSelect id="log-project" label="log-project" options=my_projects
            get=|d| d.project.as_ref() on_change=set_project />
        <DateField id="log-date" label=Signal::derive(move || i18n.t("log-date"))
            kind=DateKind::Occasion value=date
            on_change=Callback::new(move |day| state.edit(|d| d.date = day)) />
        <div class="row">
            <TimeField id="log-start-time" label=Signal::derive(move || i18n.t("log-start-time"))
                value=time on_change=Callback::new(move |t| state.edit(|d| d.start_time = Some(t))) />
            <label class="field">
                <span>{move || i18n.t("log-duration")}</span>
                <select id="log-duration" prop:value=move || duration.get().map(|m| m.to_string()).unwrap_or_default()
                    on:change=move |ev| state.edit(|d| d.duration_minutes = event_target_value(&ev).parse().ok())>
                    {DURATIONS.into_iter().map(|m| view! {
                        <option value=m.to_string() selected=move || duration.get() == Some(m)>
                            {move || duration_label(i18n, m)}
                        </option>
                    }).collect_view()}
                </select>
            </label>
        </div>
        <fieldset class="choices" id="log-area">
            <legend>{move || i18n.t("log-area")}</legend>
            <div class="choice-list">
                {move || options(List::Areas).get().into_iter().map(|(code, label)| {
                    let pressed = {
                        let code = code.clone();
                        move || (area.get().as_ref() == Some(&code)).to_string()
                    };
                    view! {
                        <button type="button" class="choice" id=format!("log-area-{code}") aria-pressed=pressed
                            on:click=move |_| state.edit(|d| d.area = Some(code.clone()))>{label}</button>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        <CodeSelect id="log-venue" label="log-venue" options=venues
            get=|d| d.venue.as_ref() on_change=set_venue />
        <div class="row">
            <CodeSelect id="log-venue-type" label="log-venue-type" options=options(List::VenueTypes)
                get=|d| d.venue_type.as_ref()
                on_change=Callback::new(move |c| state.edit(|d| d.venue_type = c)) />
            <CodeSelect id="log-format" label="log-format" options=options(List::Formats)
                get=|d| d.format.as_ref()
                on_change=Callback::new(move |c| state.edit(|d| d.format = c)) />
        </div>
        <Chips id="log-languages" legend=Signal::derive(move || i18n.t("log-languages"))
            items=options(List::Languages)
            selected=Signal::derive(move || state.form.with(|f| f.draft.languages.clone()))
            on_toggle=Callback::new(move |c| state.edit(|d| toggle(&mut d.languages, c))) />
        <Chips id="log-topics" legend=Signal::derive(move || i18n.t("log-topics"))
            items=topics
            selected=Signal::derive(move || state.form.with(|f| f.draft.topics.clone()))
            on_toggle=Callback::new(move |c| state.edit(|d| toggle(&mut d.topics, c))) />
    }
}
