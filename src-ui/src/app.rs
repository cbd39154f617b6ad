//! The application shell: the device pages' state from the profile and reference data it is
//! started with, and the page shown.

use crate::components::{error_message, ErrorBanner, Toast, TopBar};
use crate::i18n::{start_locale, I18n};
use crate::pages::{LogForm, MyLog, Setup};
pub use crate::state::{AppState, FormSession, Page, ToastMessage};
use brobygge_model::{ApiError, Profile, ReferenceData};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// How often the app syncs on its own, besides on start, after each save and on "Sync now".
const SYNC_EVERY: std::time::Duration = std::time::Duration::from_secs(120);

/// What the app starts with: the reference data and the profile (none on the first start), or
/// why they could not be read.
pub type Started = Result<(ReferenceData, Option<Profile>), ApiError>;

/// The device pages, given what they start with ([`crate::start_device`] reads it while the
/// strings load).
#[component]
pub fn App(started: Started) -> impl IntoView {
    let i18n = I18n::provide(start_locale());
    let state = AppState::new();
    provide_context(state);
    keep_draft_when_hidden(state);
    // Sync every few minutes (a sync that finds nothing to send costs one small request), and
    // as soon as the network comes back; say at once when it goes.
    let _ = set_interval_with_handle(move || state.sync_now(), SYNC_EVERY);
    let on_online = Closure::<dyn Fn()>::new(move || {
        state.online.set(true);
        state.sync_now();
    });
    let _ = window().add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
    on_online.forget();
    let on_offline = Closure::<dyn Fn()>::new(move || state.online.set(false));
    let _ =
        window().add_event_listener_with_callback("offline", on_offline.as_ref().unchecked_ref());
    on_offline.forget();

    // Why the app could not start, shown in place of the page rather than in the banner, which
    // can be closed: without its data the app can do nothing else.
    let failed = StoredValue::new(match started {
        Ok((reference, profile)) => {
            state.reference.set(reference);
            state.form.set(FormSession::new(profile.as_ref()));
            let first = if profile.is_some() {
                Page::Log
            } else {
                Page::Setup
            };
            if profile.is_some() {
                crate::coordinator::in_app::check(state);
                state.sync_on_start();
            }
            state.profile.set(profile);
            state.page.set(first);
            None
        }
        Err(e) => {
            state.page.set(Page::Unavailable);
            Some(e)
        }
    });

    view! {
        <div class="app">
            <TopBar />
            <ErrorBanner />
            <main class="page">
                {move || match state.page.get() {
                    Page::Loading => view! { <p class="loading">"…"</p> }.into_any(),
                    Page::Unavailable => view! {
                        <p class="unavailable" id="app-unavailable" role="alert">
                            {move || failed.with_value(|f| f.as_ref().map(|e| error_message(i18n, e)))}
                        </p>
                    }.into_any(),
                    Page::Setup => view! { <Setup /> }.into_any(),
                    Page::Log => view! { <LogForm /> }.into_any(),
                    Page::MyLog => view! { <MyLog /> }.into_any(),
                    Page::Coordinator => view! { <crate::coordinator::in_app::InApp /> }.into_any(),
                }}
            </main>
            <Toast />
        </div>
    }
}

/// A phone may close a backgrounded app without warning: store the form when it is hidden or
/// the page goes away. Coming back to the app (a phone's resume) syncs.
fn keep_draft_when_hidden(state: AppState) {
    let on_change = Closure::<dyn Fn()>::new(move || {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            state.keep_draft();
        } else if state.profile.with_untracked(Option::is_some) {
            state.sync_now();
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", on_change.as_ref().unchecked_ref());
    let on_hide = Closure::<dyn Fn()>::new(move || {
        state.keep_draft();
    });
    let _ = window().add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
    // The listeners live as long as the page.
    on_change.forget();
    on_hide.forget();
}
