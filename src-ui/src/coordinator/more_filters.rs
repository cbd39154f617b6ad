//! The activities' filters beyond period and project: area, topic, language and who logged
//! them, each from its list in the coordinator's language (the people of the coordinator's
//! projects for who logged).

use crate::api;
use crate::i18n::use_i18n;
use brobygge_model::reference::{Item, List};
use brobygge_model::ReferenceData;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;

/// Who may have logged an entry: a person of the coordinator's projects.
#[derive(Clone, Debug, PartialEq, Deserialize)]
struct Person {
    id: i64,
    name: String,
}

/// The chosen area, topic, language and author (a user id), each "" for any.
#[derive(Clone, Copy)]
pub struct Chosen {
    pub area: RwSignal<String>,
    pub topic: RwSignal<String>,
    pub language: RwSignal<String>,
    pub author: RwSignal<String>,
}

impl Chosen {
    pub fn new() -> Chosen {
        Chosen {
            area: RwSignal::new(String::new()),
            topic: RwSignal::new(String::new()),
            language: RwSignal::new(String::new()),
            author: RwSignal::new(String::new()),
        }
    }

    /// The query's parameters, as the activities API names them.
    pub fn params(self) -> [(&'static str, String); 4] {
        [
            ("area", self.area.get()),
            ("topic", self.topic.get()),
            ("language", self.language.get()),
            ("author", self.author.get()),
        ]
    }
}

#[component]
pub fn MoreFilters(
    chosen: Chosen,
    reference: RwSignal<ReferenceData>,
    on_change: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let people = RwSignal::new(Vec::<Person>::new());
    spawn_local(async move {
        // Without the list (a failed read) the filter offers only "all".
        if let Ok(found) = api::get::<Vec<Person>>("/coordinator/people").await {
            people.set(found);
        }
    });
    let select = move |id: &'static str,
                       label: &'static str,
                       signal: RwSignal<String>,
                       options: Signal<Vec<(String, String)>>| {
        view! {
            <label class="field">
                <span>{move || i18n.t(label)}</span>
                <select id=id on:change=move |ev| {
                    signal.set(event_target_value(&ev));
                    on_change.run(());
                }>
                    <option value="">{move || i18n.t("coordinator-filter-any")}</option>
                    {move || options.get().into_iter().map(|(value, name)| {
                        view! { <option value=value>{name}</option> }
                    }).collect_view()}
                </select>
            </label>
        }
    };
    // The active items of a list, by their labels in the coordinator's language.
    let items = move |list: List, of: fn(&ReferenceData) -> &[Item]| {
        Signal::derive(move || {
            let locale = i18n.locale.get();
            reference.with(|r| {
                (of(r).iter().filter(|i| !i.retired))
                    .map(|i| {
                        (
                            i.code.to_string(),
                            r.label(list, &i.code, locale).to_owned(),
                        )
                    })
                    .collect()
            })
        })
    };
    let authors = Signal::derive(move || {
        people.with(|p| {
            p.iter()
                .map(|p| (p.id.to_string(), p.name.clone()))
                .collect()
        })
    });
    view! {
        <div class="filters">
            {select("filter-area", "coordinator-column-area", chosen.area, items(List::Areas, |r| &r.areas))}
            {select("filter-topic", "coordinator-topics", chosen.topic, items(List::Topics, |r| &r.topics))}
            {select("filter-language", "coordinator-languages", chosen.language, items(List::Languages, |r| &r.languages))}
            {select("filter-author", "coordinator-column-author", chosen.author, authors)}
        </div>
    }
}
