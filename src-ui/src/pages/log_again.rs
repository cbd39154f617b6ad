//! "Log again": the guide's recent, different occasions as one-tap starting points, on the
//! empty form and in My log. One tap fills the project, area, venue, type, format, languages,
//! topics, start time and length, with today's date and nobody counted yet.

use crate::app::AppState;
use crate::dates::short_date;
use crate::i18n::use_i18n;
use crate::ipc;
use brobygge_model::log::RecentOccasion;
use brobygge_model::reference::List;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn LogAgain() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let recent = RwSignal::new(Vec::<RecentOccasion>::new());
    Effect::new(move |_| {
        state.log_version.track();
        spawn_local(async move {
            if let Ok(found) = ipc::recent_occasions().await {
                recent.set(found);
            }
        });
    });
    // "Språkcafé, Råslätts bibliotek, tors 3 december": what, where, when it was last held.
    let label = move |occasion: &RecentOccasion| {
        let locale = i18n.locale.get();
        let draft = &occasion.draft;
        state.reference.with(|r| {
            let what = draft
                .format
                .as_ref()
                .map(|c| r.label(List::Formats, c, locale));
            let place = draft
                .venue
                .as_ref()
                .map(|c| r.label(List::Venues, c, locale))
                .or_else(|| draft.area.as_ref().map(|c| r.label(List::Areas, c, locale)));
            let when = occasion.last_held.map(|d| short_date(locale, d));
            [what.map(str::to_owned), place.map(str::to_owned), when]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    view! {
        <Show when=move || !recent.with(Vec::is_empty)>
            <section class="log-again" id="log-again" aria-labelledby="log-again-title">
                <h2 id="log-again-title">{move || i18n.t("log-again-title")}</h2>
                <div class="choice-list">
                    {move || recent.get().into_iter().enumerate().map(|(i, occasion)| {
                        let text = label(&occasion);
                        view! {
                            <button type="button" class="choice log-again-choice"
                                id=format!("log-again-{i}")
                                on:click=move |_| state.log_again(occasion.draft.clone())>
                                <bdi>{text}</bdi>
                            </button>
                        }
                    }).collect_view()}
                </div>
            </section>
        </Show>
    }
}
