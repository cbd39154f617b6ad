//! The log form: one mobile-first screen to log an outreach occasion in under a minute. It
//! adapts to the project (which sections it uses) and checks everything, the note's privacy
//! included, before the save.

mod funder;
mod occasion;
mod problems;
mod reach;

use crate::app::{AppState, FormSession, Page, ToastMessage};
use crate::components::InvalidCounts;
use crate::i18n::{use_i18n, Arg};
use crate::ipc;
use brobygge_model::{validate, ActivityState, Count, Problem, SaveOptions};
use leptos::prelude::*;
use leptos::task::spawn_local;
use problems::{problem_message, NoteGuard};

#[component]
pub fn LogForm() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let invalid_counts = InvalidCounts::provide();
    // After the first attempt to save, the problems follow the form as the user fixes them.
    let attempted = RwSignal::new(false);
    let problems = Memo::new(move |_| {
        if !attempted.get() {
            return vec![];
        }
        let draft = state.form.with(|f| f.draft.clone());
        let options = SaveOptions {
            confirm_nobody_reached: true,
        };
        state.reference.with(|r| {
            validate(&draft, r, options, crate::dates::today())
                .err()
                .unwrap_or_default()
        })
    });
    let ask_nobody = RwSignal::new(false);
    let saving = RwSignal::new(false);

    let save = move |confirm_nobody_reached: bool| {
        ask_nobody.set(false);
        attempted.set(true);
        if invalid_counts.any() {
            return;
        }
        let draft = state.form.get_untracked().draft;
        let options = SaveOptions {
            confirm_nobody_reached,
        };
        let checked = state
            .reference
            .with_untracked(|r| validate(&draft, r, options, crate::dates::today()));
        match checked {
            Err(found) if found == [Problem::NobodyReached] => ask_nobody.set(true),
            Err(_) => {}
            Ok(_) => {
                saving.set(true);
                // What is being saved must not also be stored as a draft meanwhile.
                state.form.update(|f| f.dirty = false);
                spawn_local(async move {
                    let result = ipc::save_activity(&draft, options).await;
                    saving.set(false);
                    let still_open = state.form.with_untracked(|f| f.draft.id == draft.id);
                    match result {
                        Ok(_) if still_open => {
                            let profile = state.profile.get_untracked();
                            state.form.set(FormSession::new(profile.as_ref()));
                            state.show(Page::MyLog);
                            state.toast.set(Some(ToastMessage::new("log-saved", None)));
                            state.refresh_log();
                            state.sync_now();
                        }
                        Ok(_) => state.refresh_log(),
                        Err(e) => {
                            state.form.update(|f| f.dirty |= still_open);
                            state.error.set(Some(e));
                        }
                    }
                });
            }
        }
    };

    let title = move || {
        let id = match state.form.with(|f| f.editing) {
            Some(ActivityState::Final) => "log-title-edit",
            Some(ActivityState::Draft) => "log-title-draft",
            None => "log-title-new",
        };
        i18n.t(id)
    };
    let count_problem = move || {
        (attempted.get() && invalid_counts.any())
            .then(|| i18n.t_args("log-problem-count", &[("max", Arg::from(Count::MAX))]))
    };

    view! {
        <form class="log-form" on:submit=move |ev| { ev.prevent_default(); save(false) }>
            <h1>{title}</h1>
            <Show when=move || state.form.with(|f| f.editing.is_none() && !f.dirty)>
                <super::LogAgain />
            </Show>
            <occasion::Occasion />
            <reach::Reach />
            <funder::Funder />
            <label class="field">
                <span>{move || i18n.t("log-note")}</span>
                <textarea id="log-note" rows="3" maxlength="2000" dir="auto"
                    aria-describedby="log-note-hint log-note-guard"
                    prop:value=move || state.form.with(|f| f.draft.note.clone())
                    on:input=move |ev| state.edit(|d| d.note = event_target_value(&ev)) />
            </label>
            <p class="hint" id="log-note-hint">{move || i18n.t("log-note-hint")}</p>
            <NoteGuard />
            <div class="problems" id="log-problems" role="alert">
                <Show when=move || !problems.with(Vec::is_empty) || count_problem().is_some()>
                    <p>{move || i18n.t("log-problems-title")}</p>
                    <ul>
                        {move || count_problem().map(|p| view! { <li>{p}</li> })}
                        {move || problems.get().iter().map(|p| {
                            view! { <li>{problem_message(i18n, state, p)}</li> }
                        }).collect_view()}
                    </ul>
                </Show>
            </div>
            <Show when=move || ask_nobody.get()>
                <div class="confirm" id="log-confirm-nobody" role="alertdialog"
                    aria-labelledby="log-confirm-nobody-text">
                    <p id="log-confirm-nobody-text">{move || i18n.t("log-nobody-question")}</p>
                    <button type="button" class="primary" id="log-confirm-nobody-yes"
                        on:click=move |_| save(true)>{move || i18n.t("log-nobody-save")}</button>
                    <button type="button" class="secondary"
                        on:click=move |_| ask_nobody.set(false)>{move || i18n.t("log-nobody-back")}</button>
                </div>
            </Show>
            <button type="submit" class="primary" id="log-save" disabled=move || saving.get()>
                {move || i18n.t("log-save")}
            </button>
            <Show when=move || state.form.with(|f| f.dirty && f.editing == Some(ActivityState::Final))>
                <button type="button" class="secondary" id="log-discard"
                    on:click=move |_| state.discard_changes()>{move || i18n.t("log-discard")}</button>
            </Show>
        </form>
    }
}
