//! My log: the user's entries newest first with what has not reached the server, the drafts to
//! finish, and this week's and month's totals; then sync and the settings, which say when the
//! database's key is in a file because no keyring took it.

use crate::app::{AppState, ToastMessage};
use crate::components::{LanguagePicker, SyncPanel};
use crate::dates::{short_date, today};
use crate::i18n::{use_i18n, Arg};
use crate::ipc;
use brobygge_model::log::{LogEntry, LogQuery, Totals};
use brobygge_model::reference::List;
use brobygge_model::{ActivityId, ActivityState, ApiError};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Entries loaded at a time; "Show more" loads the next page.
const PAGE: u32 = 50;

#[component]
pub fn MyLog() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let totals = RwSignal::new(None::<Totals>);
    let entries = RwSignal::new(None::<Vec<LogEntry>>);
    let drafts = RwSignal::new(Vec::<LogEntry>::new());
    let shown = RwSignal::new(PAGE);

    // Each load has a number; an answer that arrives after a newer load started is dropped.
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        state.log_version.track();
        let limit = shown.get();
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        spawn_local(async move {
            let query = |state, limit| LogQuery {
                state,
                limit,
                offset: 0,
            };
            let loaded = async {
                let t = ipc::totals(today()).await?;
                let e = ipc::log(query(ActivityState::Final, limit)).await?;
                let d = ipc::log(query(ActivityState::Draft, PAGE)).await?;
                Ok::<_, ApiError>((t, e, d))
            };
            let result = loaded.await;
            if generation.try_get_value() != Some(mine) {
                return;
            }
            match result {
                Ok((t, e, d)) => {
                    totals.set(Some(t));
                    entries.set(Some(e));
                    drafts.set(d);
                }
                Err(e) => state.error.set(Some(e)),
            }
        });
    });

    let reach = move |id: &'static str, pick: fn(&Totals) -> brobygge_model::log::Reach| {
        move || {
            totals.get().map(|t| {
                let r = pick(&t);
                i18n.t_args(
                    id,
                    &[
                        ("occasions", Arg::from(r.occasions)),
                        ("people", Arg::from(r.people)),
                    ],
                )
            })
        }
    };
    let more_possible =
        move || entries.with(|e| e.as_ref().is_some_and(|e| e.len() as u32 == shown.get()));

    // Where no keyring took the database's key, the settings say it is in a file.
    let key_in_file = move || {
        state
            .sync
            .with(|s| s.as_ref().is_some_and(|s| s.key_storage.is_fallback()))
    };

    view! {
        <section class="my-log">
            <h1>{move || i18n.t("my-log-title")}</h1>
            <div class="totals" id="my-log-totals">
                <p id="my-log-week">{reach("my-log-week", |t| t.week)}</p>
                <p id="my-log-month">{reach("my-log-month", |t| t.month)}</p>
            </div>
            <button type="button" class="primary" id="my-log-new"
                on:click=move |_| state.new_occasion()>{move || i18n.t("my-log-new")}</button>
            <super::LogAgain />
            <Show when=move || !drafts.with(Vec::is_empty)>
                <h2>{move || i18n.t("my-log-drafts")}</h2>
                <ul class="entries" id="my-log-drafts">
                    <For each=move || drafts.get() key=|e| e.clone() let(entry)>
                        <EntryRow entry=entry />
                    </For>
                </ul>
            </Show>
            <Show when=move || entries.with(|e| e.as_ref().is_some_and(Vec::is_empty))>
                <p class="empty" id="my-log-empty">{move || i18n.t("my-log-empty")}</p>
            </Show>
            <ul class="entries" id="my-log-entries">
                <For each=move || entries.get().unwrap_or_default() key=|e| e.clone() let(entry)>
                    <EntryRow entry=entry />
                </For>
            </ul>
            <Show when=more_possible>
                <button type="button" class="secondary" id="my-log-more"
                    on:click=move |_| shown.update(|n| *n += PAGE)>{move || i18n.t("my-log-more")}</button>
            </Show>
            <SyncPanel />
            <h2>{move || i18n.t("my-log-settings")}</h2>
            <LanguagePicker />
            <Show when=key_in_file>
                <p class="notice" id="my-log-key-in-file">{move || i18n.t("my-log-key-in-file")}</p>
            </Show>
        </section>
    }
}

/// One entry: tap to edit, delete with a confirmation and an undo.
#[component]
fn EntryRow(entry: LogEntry) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let id = entry.id.clone();
    let open = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            spawn_local(async move {
                match ipc::entry(&id).await {
                    Ok(found) => state.open_entry(found),
                    Err(e) => state.error.set(Some(e)),
                }
            });
        }
    };
    let delete = move |id: ActivityId| {
        spawn_local(async move {
            match ipc::delete_activity(&id).await {
                Ok(()) => {
                    state
                        .toast
                        .set(Some(ToastMessage::new("my-log-deleted", Some(id))));
                    state.refresh_log();
                }
                Err(e) => state.error.set(Some(e)),
            }
        });
    };
    let venue = entry.venue.clone();
    let place = move || {
        let locale = i18n.locale.get();
        match &venue {
            Some(v) => state
                .reference
                .with(|r| r.label(List::Venues, v, locale).to_owned()),
            None => i18n.t("my-log-draft-untitled"),
        }
    };
    let when = move || {
        let locale = i18n.locale.get();
        let date = entry
            .date
            .map(|d| short_date(locale, d))
            .unwrap_or_default();
        let time = entry
            .start_time
            .map(|t| locale.write_digits(&t.format("%H:%M").to_string()))
            .unwrap_or_default();
        format!("{date} {time}")
    };
    let people = entry.people_total;
    let not_sent = entry.state == ActivityState::Final && !entry.sent && !entry.refused;
    let refused = entry.refused;
    // An occasion the user co-hosted is its author's: shown, never opened or deleted here.
    if let Some(host) = entry.host.clone() {
        let by = move || i18n.t_args("my-log-hosted-by", &[("name", Arg::from(host.clone()))]);
        return view! {
            <li class="entry hosted" data-id=id.to_string()>
                <div class="entry-open">
                    <span class="entry-when"><bdi>{when}</bdi></span>
                    <span class="entry-place"><bdi>{place}</bdi></span>
                    <span class="entry-people">{move || i18n.t_args("my-log-people", &[("count", Arg::from(people))])}</span>
                    <span class="badge hosted">{by}</span>
                </div>
            </li>
        }
        .into_any();
    }
    view! {
        <li class="entry" data-id=id.to_string()>
            <button type="button" class="entry-open" on:click=open>
                <span class="entry-when"><bdi>{when}</bdi></span>
                <span class="entry-place"><bdi>{place}</bdi></span>
                <span class="entry-people">{move || i18n.t_args("my-log-people", &[("count", Arg::from(people))])}</span>
                <Show when=move || refused>
                    <span class="badge refused">{move || i18n.t("my-log-refused")}</span>
                </Show>
                <Show when=move || not_sent fallback=move || view! {
                    <Show when=move || entry.state == ActivityState::Final && !refused>
                        <span class="badge sent">{move || i18n.t("my-log-sent")}</span>
                    </Show>
                }>
                    <span class="badge not-sent">{move || i18n.t("my-log-not-sent")}</span>
                </Show>
            </button>
            <Show when=move || !confirming.get() fallback={
                let id = id.clone();
                move || {
                    let id = id.clone();
                    let question = format!("delete-question-{id}");
                    let labelled_by = question.clone();
                    view! {
                        <div class="confirm" role="alertdialog" aria-labelledby=labelled_by>
                            <p id=question>{i18n.t("my-log-delete-question")}</p>
                            <button type="button" class="danger entry-delete-yes"
                                on:click=move |_| delete(id.clone())>{i18n.t("my-log-delete-yes")}</button>
                            <button type="button" class="secondary"
                                on:click=move |_| confirming.set(false)>{i18n.t("my-log-delete-no")}</button>
                        </div>
                    }
                }
            }>
                <button type="button" class="text-button entry-delete"
                    on:click=move |_| confirming.set(true)>{move || i18n.t("my-log-delete")}</button>
            </Show>
        </li>
    }
    .into_any()
}
