//! One synced entry in full, with what a coordinator does to it: correct a field (the
//! correction is audited and reaches the guide's devices by sync) and mark it reviewed.

use crate::api;
use crate::components::{error_message, DateField, DateKind};
use crate::dates::short_date;
use crate::i18n::use_i18n;
use brobygge_model::reference::List;
use brobygge_model::{ActivityDraft, Code, Count, ReferenceData};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Row {
    pub id: String,
    pub author: String,
    #[serde(default)]
    pub reviewed: bool,
    pub activity: ActivityDraft,
}

/// The fields a coordinator corrects here, with their message ids.
const FIELDS: [(&str, &str); 9] = [
    ("people.women", "report-women"),
    ("people.men", "report-men"),
    ("people.girls", "report-girls"),
    ("people.boys", "report-boys"),
    ("people.other", "report-other"),
    ("duration_minutes", "coordinator-field-minutes"),
    ("date", "coordinator-column-date"),
    ("area", "coordinator-column-area"),
    ("note", "coordinator-field-note"),
];

/// The JSON value of what was typed for `field`, or none when it cannot be one. Counts accept
/// every digit system the coordinators type.
fn value(field: &str, typed: &str) -> Option<Value> {
    match field {
        f if f.starts_with("people.") || f == "duration_minutes" => {
            Count::parse(typed).ok().map(|c| json!(c.get()))
        }
        "date" => typed
            .parse::<chrono::NaiveDate>()
            .ok()
            .map(|d| json!(d.to_string())),
        "area" => Code::new(typed.trim()).ok().map(|c| json!(c.to_string())),
        _ => Some(json!(typed)),
    }
}

#[component]
pub fn Entry(
    row: Row,
    reference: RwSignal<ReferenceData>,
    /// Called after a correction or a review mark, to read the list again.
    changed: Callback<()>,
    /// What was last done to the entry: kept by the list, as the entry is drawn anew when the
    /// list is read again.
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale.get_untracked();
    let a = row.activity.clone();
    let label = move |list: List, code: &Option<Code>| {
        code.as_ref().map_or(String::new(), |c| {
            reference.with_untracked(|r| r.label(list, c, locale).to_owned())
        })
    };
    let labels = move |list: List, codes: &[Code]| {
        reference.with_untracked(|r| {
            codes
                .iter()
                .map(|c| r.label(list, c, locale).to_owned())
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    // Referral and question lines as "label: count", the lines apart by semicolons.
    let lines = move |list: List, lines: Vec<(&Code, u32)>| {
        reference.with_untracked(|r| {
            lines
                .into_iter()
                .map(|(c, n)| format!("{}: {}", r.label(list, c, locale), i18n.number(n)))
                .collect::<Vec<_>>()
                .join("; ")
        })
    };
    let referrals = a.referrals.iter().map(|r| (&r.target, r.count.get()));
    let referred: u32 = referrals.clone().map(|(_, n)| n).sum();
    let referrals = lines(List::ReferralTargets, referrals.collect());
    let questions = a.questions.iter().map(|q| (&q.category, q.count.get()));
    let asked: u32 = questions.clone().map(|(_, n)| n).sum();
    let questions = lines(List::QuestionCategories, questions.collect());
    let outcomes = a.outcomes.iter().map(|o| (&o.outcome, o.count.get()));
    let achieved: u32 = outcomes.clone().map(|(_, n)| n).sum();
    let outcomes = lines(List::Outcomes, outcomes.collect());
    let partners = labels(List::Partners, &a.partners);
    let with_partners = !a.partners.is_empty();
    let field = RwSignal::new(FIELDS[0].0.to_owned());
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let id = row.id.clone();
    let correct = move |_| {
        let Some(v) = value(&field.get(), &typed.get()) else {
            error.set(Some(i18n.t("coordinator-bad-value")));
            return;
        };
        let path = format!("/coordinator/activities/{id}/correct");
        let body = json!({"field": field.get(), "value": v});
        spawn_local(async move {
            match api::post::<_, Value>(&path, &body).await {
                Ok(_) => {
                    error.set(None);
                    notice.set(Some(i18n.t("coordinator-corrected")));
                    changed.run(());
                }
                Err(e) => error.set(Some(error_message(i18n, &e))),
            }
        });
    };
    let id = row.id.clone();
    let reviewed = row.reviewed;
    let mark = move |_| {
        let body = json!({"ids": [id.clone()], "reviewed": !reviewed});
        spawn_local(async move {
            match api::post::<_, Value>("/coordinator/activities/reviewed", &body).await {
                Ok(_) => changed.run(()),
                Err(e) => error.set(Some(error_message(i18n, &e))),
            }
        });
    };
    let p = a.people;
    let date = a.date;
    view! {
        <section class="entry-details" id="entry" aria-labelledby="entry-title">
            <h2 id="entry-title">{label(List::Projects, &a.project)}" · "{a.date.map(|d| short_date(locale, d))}</h2>
            <dl class="details">
                <dt>{i18n.t("coordinator-column-author")}</dt><dd><bdi>{row.author.clone()}</bdi></dd>
                <dt>{i18n.t("coordinator-column-area")}</dt><dd>{label(List::Areas, &a.area)}</dd>
                <dt>{i18n.t("coordinator-column-venue")}</dt><dd>{label(List::Venues, &a.venue)}</dd>
                <dt>{i18n.t("coordinator-field-format")}</dt><dd>{label(List::Formats, &a.format)}</dd>
                <dt>{i18n.t("coordinator-field-minutes")}</dt><dd><bdi>{a.duration_minutes.map(|m| i18n.number(m))}</bdi></dd>
                <dt>{i18n.t("coordinator-topics")}</dt><dd>{labels(List::Topics, &a.topics)}</dd>
                <dt>{i18n.t("coordinator-languages")}</dt><dd>{labels(List::Languages, &a.languages)}</dd>
                <dt>{i18n.t("coordinator-column-people")}</dt>
                <dd id="entry-people">{i18n.t("report-women")}" "<bdi>{i18n.number(p.women)}</bdi>", "
                    {i18n.t("report-men")}" "<bdi>{i18n.number(p.men)}</bdi>", "
                    {i18n.t("report-girls")}" "<bdi>{i18n.number(p.girls)}</bdi>", "
                    {i18n.t("report-boys")}" "<bdi>{i18n.number(p.boys)}</bdi>", "
                    {i18n.t("report-other")}" "<bdi>{i18n.number(p.other)}</bdi></dd>
                {a.new_people.map(|n| view! {
                    <dt>{i18n.t("report-new")}</dt>
                    <dd id="entry-new-people">{i18n.t("report-women")}" "<bdi>{i18n.number(n.women)}</bdi>", "
                        {i18n.t("report-men")}" "<bdi>{i18n.number(n.men)}</bdi>", "
                        {i18n.t("report-girls")}" "<bdi>{i18n.number(n.girls)}</bdi>", "
                        {i18n.t("report-boys")}" "<bdi>{i18n.number(n.boys)}</bdi></dd>
                })}
                <Show when=move || referred != 0>
                    <dt>{i18n.t_args("log-referrals", &[("total", referred.into())])}</dt>
                    <dd id="entry-referrals">{referrals.clone()}</dd>
                </Show>
                <Show when=move || asked != 0>
                    <dt>{i18n.t_args("log-questions", &[("total", asked.into())])}</dt>
                    <dd id="entry-questions">{questions.clone()}</dd>
                </Show>
                <Show when=move || achieved != 0>
                    <dt>{i18n.t_args("log-outcomes", &[("total", achieved.into())])}</dt>
                    <dd id="entry-outcomes">{outcomes.clone()}</dd>
                </Show>
                <Show when=move || with_partners>
                    <dt>{i18n.t("log-partners")}</dt>
                    <dd id="entry-partners">{partners.clone()}</dd>
                </Show>
                <dt>{i18n.t("coordinator-field-note")}</dt><dd><bdi>{a.note.clone()}</bdi></dd>
                <dt>{i18n.t("coordinator-reviewed")}</dt>
                <dd id="entry-reviewed">{i18n.t(if row.reviewed { "coordinator-yes" } else { "coordinator-no" })}</dd>
            </dl>
            <button type="button" class="secondary" id="entry-mark-reviewed" on:click=mark>
                {i18n.t(if row.reviewed { "coordinator-mark-unreviewed" } else { "coordinator-mark-reviewed" })}
            </button>
            <h3>{i18n.t("coordinator-correct-title")}</h3>
            <div class="filters">
                <label class="field">
                    <span>{i18n.t("coordinator-correct-field")}</span>
                    <select id="correct-field" on:change=move |ev| {
                        let chosen = event_target_value(&ev);
                        // A date is corrected from the entry's own day, chosen in the lists.
                        typed.set(match chosen.as_str() {
                            "date" => date.map(|d| d.to_string()).unwrap_or_default(),
                            _ => String::new(),
                        });
                        field.set(chosen);
                    }>
                        {FIELDS.iter().map(|(f, id)| view! { <option value=*f>{i18n.t(id)}</option> }).collect_view()}
                    </select>
                </label>
                <Show when=move || field.get() == "date" fallback=move || view! {
                    <label class="field">
                        <span>{i18n.t("coordinator-correct-value")}</span>
                        <input id="correct-value" type="text" prop:value=move || typed.get()
                            on:input=move |ev| typed.set(event_target_value(&ev)) />
                    </label>
                }>
                    <DateField id="correct-date" label=Signal::derive(move || i18n.t("coordinator-correct-value"))
                        kind=DateKind::Day value=Signal::derive(move || typed.get().parse().ok())
                        on_change=Callback::new(move |day: Option<chrono::NaiveDate>| {
                            typed.set(day.map(|d| d.to_string()).unwrap_or_default());
                        }) />
                </Show>
                <button type="button" class="primary" id="correct-save" on:click=correct>{i18n.t("coordinator-correct-button")}</button>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <p role="status" id="correct-done">{move || notice.get()}</p>
        </section>
    }
}
