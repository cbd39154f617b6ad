//! Volunteer hours: for a period and project, each guide's and staff member's occasions and
//! hours, those who logged nothing included, as a table on the people page.

use super::activities::Period;
use super::overview::hours;
use crate::api;
use crate::components::error_message;
use crate::i18n::use_i18n;
use brobygge_model::overview::HoursLine;
use brobygge_model::ReferenceData;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn VolunteerHours(reference: RwSignal<ReferenceData>) -> impl IntoView {
    let i18n = use_i18n();
    let lines = RwSignal::new(None::<Vec<HoursLine>>);
    let error = RwSignal::new(None);
    let period = Period::default();
    Effect::new(move |_| {
        let path = period.query("/coordinator/hours");
        spawn_local(async move {
            match api::get::<Vec<HoursLine>>(&path).await {
                Ok(found) => {
                    lines.set(Some(found));
                    error.set(None);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    });
    view! {
        <section class="volunteer-hours" aria-labelledby="volunteer-hours-title">
            <h2 id="volunteer-hours-title">{move || i18n.t("coordinator-volunteer-hours")}</h2>
            <p class="muted">{move || i18n.t("coordinator-volunteer-hours-about")}</p>
            <super::activities::Filters from=period.from to=period.to project=period.project reference />
            <p class="field-error" role="alert">{move || error.get().map(|e| error_message(i18n, &e))}</p>
            {move || lines.get().map(|lines| if lines.is_empty() {
                view! { <p id="volunteer-hours-none">{i18n.t("coordinator-volunteer-hours-none")}</p> }.into_any()
            } else {
                view! {
                    <table id="volunteer-hours" class="figures">
                        <thead><tr>
                            <th scope="col">{i18n.t("coordinator-person-name")}</th>
                            <th scope="col" class="number">{i18n.t("coordinator-column-occasions")}</th>
                            <th scope="col" class="number">{i18n.t("report-hours")}</th>
                        </tr></thead>
                        <tbody>{lines.into_iter().map(|l| view! {
                            <tr data-person=l.user>
                                <th scope="row"><bdi>{l.name}</bdi></th>
                                <td class="number"><bdi>{i18n.number(l.occasions)}</bdi></td>
                                <td class="number"><bdi>{hours(l.minutes, i18n.locale.get_untracked())}</bdi></td>
                            </tr>
                        }).collect_view()}</tbody>
                    </table>
                }.into_any()
            })}
        </section>
    }
}
