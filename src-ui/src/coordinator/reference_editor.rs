//! The reference lists coordinators manage: labels per language for every item, a project's
//! run and the reach its application expects, an outcome counter's target, a development
//! area's topics and projects, new items, and retiring an item (never deleting it: old entries
//! keep their meaning). Saved as a whole; devices receive it on their next sync.

use super::project_run::ProjectRun;
use super::reference_funder as funder;
use crate::api;
use crate::components::error_message;
use crate::i18n::use_i18n;
use brobygge_model::reference::List;
use brobygge_model::{Code, Labels, LocaleCode, ReferenceData};
use leptos::prelude::*;
use leptos::task::spawn_local;

const LISTS: [(List, &str); 12] = [
    (List::Projects, "coordinator-list-projects"),
    (List::Areas, "coordinator-column-area"),
    (List::Venues, "coordinator-column-venue"),
    (List::VenueTypes, "report-by-venue-type"),
    (List::Formats, "coordinator-field-format"),
    (List::Topics, "coordinator-topics"),
    (List::Languages, "coordinator-languages"),
    (List::QuestionCategories, "coordinator-list-questions"),
    (List::ReferralTargets, "coordinator-list-referrals"),
    (List::Outcomes, "coordinator-list-outcomes"),
    (List::DevelopmentAreas, "coordinator-list-development-areas"),
    (List::Partners, "coordinator-list-partners"),
];

/// The codes, labels and retired marks of `list`.
fn entries(r: &ReferenceData, list: List) -> Vec<(Code, Labels, bool)> {
    if let Some(funder) = funder::entries(r, list) {
        return funder;
    }
    match list {
        List::Projects => r
            .projects
            .iter()
            .map(|p| (p.code.clone(), p.labels.clone(), p.retired))
            .collect(),
        List::Venues => r
            .venues
            .iter()
            .map(|v| (v.code.clone(), v.labels.clone(), v.retired))
            .collect(),
        _ => r
            .items(list)
            .iter()
            .map(|i| (i.code.clone(), i.labels.clone(), i.retired))
            .collect(),
    }
}

#[component]
pub fn ReferenceEditor(reference: RwSignal<ReferenceData>) -> impl IntoView {
    let i18n = use_i18n();
    let draft = RwSignal::new(reference.get_untracked());
    let list = RwSignal::new(List::Projects);
    let error = RwSignal::new(None);
    let saved = RwSignal::new(false);
    let new_code = RwSignal::new(String::new());
    let new_label = RwSignal::new(String::new());
    let new_project = RwSignal::new(String::new());
    // The rows are drawn anew only when an item, a label or a retired mark changes: a project's
    // dates and targets change in place.
    let rows = Memo::new(move |_| {
        let current = list.get();
        draft.with(|r| entries(r, current))
    });
    let save = move |_| {
        let body = draft.get();
        spawn_local(async move {
            match api::put::<_, ReferenceData>("/coordinator/reference", &body).await {
                Ok(r) => {
                    reference.set(r);
                    saved.set(true);
                    error.set(None);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let add = move |_| {
        let Ok(code) = Code::new(new_code.get().trim()) else {
            error.set(None);
            return;
        };
        let mut labels = Labels::default();
        labels.set(LocaleCode::Sv, &new_label.get());
        let project = Code::new(new_project.get()).ok();
        funder::add(draft, list.get(), code, labels, project);
        new_code.set(String::new());
        new_label.set(String::new());
    };
    view! {
        <section class="reference">
            <h1>{move || i18n.t("coordinator-reference-title")}</h1>
            <label class="field">
                <span>{move || i18n.t("coordinator-list")}</span>
                <select id="reference-list" on:change=move |ev| {
                    let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                    list.set(LISTS[i].0);
                }>
                    {LISTS.iter().enumerate().map(|(i, (_, id))| view! { <option value=i>{move || i18n.t(id)}</option> }).collect_view()}
                </select>
            </label>
            <table id="reference-items" class="figures">
                <thead><tr>
                    <th scope="col">{move || i18n.t("coordinator-code")}</th>
                    {LocaleCode::ALL.iter().map(|l| view! { <th scope="col" lang=l.tag()>{l.native_name()}</th> }).collect_view()}
                    <th scope="col">{move || i18n.t("coordinator-retired")}</th>
                </tr></thead>
                <tbody>{move || {
                    let current = list.get();
                    rows.get().into_iter().map(|(code, labels, retired)| {
                        let retire_code = code.clone();
                        let is_project = current == List::Projects;
                        let targets_code = code.clone();
                        let extra = code.clone();
                        view! {
                            <tr data-code=code.to_string()>
                                <th scope="row"><code>{code.to_string()}</code></th>
                                {LocaleCode::ALL.iter().map(|&l| {
                                    let code = code.clone();
                                    view! { <td><input type="text" lang=l.tag() dir=l.direction().as_str()
                                        aria-label=format!("{} {}", code, l.native_name())
                                        value=labels.own(l).unwrap_or_default().to_owned()
                                        on:change=move |ev| draft.update(|r| {
                                            if let Some(labels) = r.labels_mut(current, &code) {
                                                labels.set(l, &event_target_value(&ev));
                                            }
                                        }) /></td> }
                                }).collect_view()}
                                <td><label class="check"><input type="checkbox" class="retire" checked=retired
                                    on:change=move |ev| draft.update(|r| r.set_retired(current, &retire_code, event_target_checked(&ev))) />
                                    <span>{i18n.t("coordinator-retired")}</span></label></td>
                            </tr>
                            {is_project.then(|| view! { <tr><td colspan="5"><ProjectRun draft project=targets_code /></td></tr> })}
                            {(current == List::Outcomes).then(|| view! { <tr><td colspan="5"><funder::OutcomeTarget draft code=extra.clone() /></td></tr> })}
                            {(current == List::DevelopmentAreas).then(|| view! { <tr><td colspan="5"><funder::AreaTags draft code=extra /></td></tr> })}
                        }
                    }).collect_view()
                }}</tbody>
            </table>
            <Show when=move || !matches!(list.get(), List::Projects | List::Venues)>
                <div class="filters">
                    <label class="field">
                        <span>{move || i18n.t("coordinator-code")}</span>
                        <input id="new-item-code" type="text" prop:value=move || new_code.get()
                            on:input=move |ev| new_code.set(event_target_value(&ev)) />
                    </label>
                    <label class="field">
                        <span>{LocaleCode::Sv.native_name()}</span>
                        <input id="new-item-label" type="text" lang="sv" prop:value=move || new_label.get()
                            on:input=move |ev| new_label.set(event_target_value(&ev)) />
                    </label>
                    <Show when=move || funder::needs_project(list.get())>
                        <label class="field">
                            <span>{move || i18n.t("coordinator-list-projects")}</span>
                            <select id="new-item-project" on:change=move |ev| new_project.set(event_target_value(&ev))>
                                <option value="">"—"</option>
                                {move || draft.with(|r| r.projects.iter().filter(|p| !p.retired)
                                    .map(|p| (p.code.to_string(), p.labels.get(i18n.locale.get()).to_owned())).collect::<Vec<_>>())
                                    .into_iter().map(|(c, l)| view! { <option value=c.clone()>{l}</option> }).collect_view()}
                            </select>
                        </label>
                    </Show>
                    <button type="button" class="secondary" id="new-item-add" on:click=add>{move || i18n.t("coordinator-add-item")}</button>
                </div>
            </Show>
            <button type="button" class="primary" id="reference-save" on:click=save>{move || i18n.t("coordinator-save-reference")}</button>
            <p class="field-error" role="alert">{move || error.get().map(|e| error_message(i18n, &e))}</p>
            <p role="status">{move || saved.get().then(|| i18n.t("coordinator-reference-saved"))}</p>
        </section>
    }
}
