//! What, when and where: project, date and time, duration, area, venue, format, languages and
//! topics.

use super::edit;
use crate::app::AppState;
use crate::components::Chips;
use crate::i18n::{use_i18n, Arg, I18n};
use brobygge_model::reference::List;
use brobygge_model::Code;
use chrono::{NaiveDate, NaiveTime};
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

fn toggle(list: &mut Vec<Code>, code: Code) {
    match list.iter().position(|c| c == &code) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(code),
    }
}

fn parse_code(value: String) -> Option<Code> {
    Code::new(value).ok()
}

#[component]
pub(super) fn Occasion() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let draft = move || state.form.with(|f| f.draft.clone());
    let chosen = move |get: fn(&brobygge_model::ActivityDraft) -> Option<Code>, code: Code| {
        move || state.form.with(|f| get(&f.draft).as_ref() == Some(&code))
    };

    let my_projects = move || {
        let locale = i18n.locale.get();
        let mine = state
            .profile
            .with(|p| p.as_ref().map(|p| p.projects.clone()).unwrap_or_default());
        state.reference.with(|r| {
            mine.iter()
                .filter_map(|c| r.project(c))
                .map(|p| (p.code.clone(), p.labels.get(locale).to_owned()))
                .collect::<Vec<_>>()
        })
    };
    let items = move |list: List| {
        let locale = i18n.locale.get();
        state.reference.with(|r| {
            r.items(list)
                .iter()
                .filter(|i| !i.retired)
                .map(|i| (i.code.clone(), i.labels.get(locale).to_owned()))
                .collect::<Vec<_>>()
        })
    };
    // The chosen area's venues first, then every other place.
    let venues = move || {
        let locale = i18n.locale.get();
        let area = state.form.with(|f| f.draft.area.clone());
        state.reference.with(|r| {
            let mut v: Vec<_> = r.venues.iter().filter(|v| !v.retired).collect();
            v.sort_by_key(|v| Some(&v.area) != area.as_ref());
            v.into_iter()
                .map(|v| (v.code.clone(), v.labels.get(locale).to_owned()))
                .collect::<Vec<_>>()
        })
    };
    let topics = Signal::derive(move || {
        let locale = i18n.locale.get();
        let project = state.form.with(|f| f.draft.project.clone());
        state.reference.with(|r| {
            let Some(p) = project.as_ref().and_then(|c| r.project(c)) else {
                return vec![];
            };
            p.topics
                .iter()
                .filter(|t| r.is_active(List::Topics, t))
                .map(|t| (t.clone(), r.label(List::Topics, t, locale).to_owned()))
                .collect()
        })
    });

    let set_project = move |code: Option<Code>| {
        edit(state, |d| d.project = code.clone());
        // Keep only what the new project uses.
        let project = code.and_then(|c| state.reference.with_untracked(|r| r.project(&c).cloned()));
        edit(state, |d| {
            let (topics, sections) = project.map(|p| (p.topics, p.sections)).unwrap_or_default();
            d.topics.retain(|t| topics.contains(t));
            if !sections.referrals {
                d.referrals.clear();
            }
            if !sections.questions {
                d.questions.clear();
            }
        });
    };
    let set_venue = move |code: Option<Code>| {
        let venue = code
            .as_ref()
            .and_then(|c| state.reference.with_untracked(|r| r.venue(c).cloned()));
        edit(state, |d| {
            d.venue = code;
            if let Some(v) = venue {
                d.venue_type = Some(v.venue_type);
                d.area.get_or_insert(v.area);
            }
        });
    };

    view! {
        <label class="field">
            <span>{move || i18n.t("log-project")}</span>
            <select id="log-project" on:change=move |ev| set_project(parse_code(event_target_value(&ev)))>
                <option value="" selected=move || draft().project.is_none()>{move || i18n.t("log-choose")}</option>
                {move || my_projects().into_iter().map(|(code, label)| view! {
                    <option value=code.to_string() selected=chosen(|d| d.project.clone(), code)>{label}</option>
                }).collect_view()}
            </select>
        </label>
        <div class="row">
            <label class="field">
                <span>{move || i18n.t("log-date")}</span>
                <input id="log-date" type="date"
                    prop:value=move || draft().date.map(|d| d.to_string()).unwrap_or_default()
                    on:change=move |ev| edit(state, |d| d.date = event_target_value(&ev).parse::<NaiveDate>().ok()) />
            </label>
            <label class="field">
                <span>{move || i18n.t("log-start-time")}</span>
                <input id="log-start-time" type="time" step="300"
                    prop:value=move || draft().start_time.map(|t| t.format("%H:%M").to_string()).unwrap_or_default()
                    on:change=move |ev| edit(state, |d| d.start_time = NaiveTime::parse_from_str(&event_target_value(&ev), "%H:%M").ok()) />
            </label>
        </div>
        <label class="field">
            <span>{move || i18n.t("log-duration")}</span>
            <select id="log-duration" on:change=move |ev| edit(state, |d| d.duration_minutes = event_target_value(&ev).parse().ok())>
                {DURATIONS.into_iter().map(|m| view! {
                    <option value=m.to_string() selected=move || draft().duration_minutes == Some(m)>
                        {move || duration_label(i18n, m)}
                    </option>
                }).collect_view()}
            </select>
        </label>
        <fieldset class="choices" id="log-area">
            <legend>{move || i18n.t("log-area")}</legend>
            <div class="choice-list">
                {move || items(List::Areas).into_iter().map(|(code, label)| {
                    let pressed = chosen(|d| d.area.clone(), code.clone());
                    view! {
                        <button type="button" class="choice" id=format!("log-area-{code}")
                            aria-pressed=move || pressed().to_string()
                            on:click=move |_| edit(state, |d| d.area = Some(code.clone()))>{label}</button>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        <label class="field">
            <span>{move || i18n.t("log-venue")}</span>
            <select id="log-venue" on:change=move |ev| set_venue(parse_code(event_target_value(&ev)))>
                <option value="" selected=move || draft().venue.is_none()>{move || i18n.t("log-choose")}</option>
                {move || venues().into_iter().map(|(code, label)| view! {
                    <option value=code.to_string() selected=chosen(|d| d.venue.clone(), code)>{label}</option>
                }).collect_view()}
            </select>
        </label>
        <div class="row">
            <label class="field">
                <span>{move || i18n.t("log-venue-type")}</span>
                <select id="log-venue-type" on:change=move |ev| edit(state, |d| d.venue_type = parse_code(event_target_value(&ev)))>
                    <option value="" selected=move || draft().venue_type.is_none()>{move || i18n.t("log-choose")}</option>
                    {move || items(List::VenueTypes).into_iter().map(|(code, label)| view! {
                        <option value=code.to_string() selected=chosen(|d| d.venue_type.clone(), code)>{label}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{move || i18n.t("log-format")}</span>
                <select id="log-format" on:change=move |ev| edit(state, |d| d.format = parse_code(event_target_value(&ev)))>
                    <option value="" selected=move || draft().format.is_none()>{move || i18n.t("log-choose")}</option>
                    {move || items(List::Formats).into_iter().map(|(code, label)| view! {
                        <option value=code.to_string() selected=chosen(|d| d.format.clone(), code)>{label}</option>
                    }).collect_view()}
                </select>
            </label>
        </div>
        <Chips id="log-languages" legend=Signal::derive(move || i18n.t("log-languages"))
            items=Signal::derive(move || items(List::Languages))
            selected=Signal::derive(move || state.form.with(|f| f.draft.languages.clone()))
            on_toggle=Callback::new(move |c| edit(state, |d| toggle(&mut d.languages, c))) />
        <Chips id="log-topics" legend=Signal::derive(move || i18n.t("log-topics"))
            items=topics
            selected=Signal::derive(move || state.form.with(|f| f.draft.topics.clone()))
            on_toggle=Callback::new(move |c| edit(state, |d| toggle(&mut d.topics, c))) />
    }
}
