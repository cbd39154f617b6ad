//! The annual compilation's text per development area and per project: a text field for each
//! area and project the compilation shows, named by its label, read only once handed in.

use crate::i18n::use_i18n;
use brobygge_model::reference::List;
use brobygge_model::report::Report;
use brobygge_model::{Code, ReferenceData};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The texts by code: development areas, then projects.
pub type Parts = RwSignal<(BTreeMap<String, String>, BTreeMap<String, String>)>;

#[component]
pub fn PartTexts(
    report: Report,
    reference: RwSignal<ReferenceData>,
    parts: Parts,
    readonly: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale.get_untracked();
    let name = move |list: List, code: &Code| {
        reference.with_untracked(|r| r.label(list, code, locale).to_owned())
    };
    let field = move |is_area: bool, code: Code, list: List| {
        let key = code.to_string();
        let id = format!(
            "report-text-{}-{key}",
            if is_area { "area" } else { "project" }
        );
        let value = {
            let key = key.clone();
            move || {
                parts.with(|(areas, projects)| {
                    let texts = if is_area { areas } else { projects };
                    texts.get(&key).cloned().unwrap_or_default()
                })
            }
        };
        let set = move |text: String| {
            parts.update(|(areas, projects)| {
                let texts = if is_area { areas } else { projects };
                if text.trim().is_empty() {
                    texts.remove(&key);
                } else {
                    texts.insert(key.clone(), text);
                }
            })
        };
        view! {
            <label class="field">
                <span><bdi>{name(list, &code)}</bdi></span>
                <textarea id=id rows="3" dir="auto" prop:value=value readonly=readonly
                    on:input=move |ev| set(event_target_value(&ev))></textarea>
            </label>
        }
    };
    let areas = (report.development_areas.iter())
        .map(|a| field(true, a.area.clone(), List::DevelopmentAreas))
        .collect_view();
    let projects = (report.sections.iter())
        .map(|s| field(false, s.project.clone(), List::Projects))
        .collect_view();
    view! {
        <h3>{move || i18n.t("report-text-areas")}</h3>
        {areas}
        <h3>{move || i18n.t("report-text-projects")}</h3>
        {projects}
    }
}
