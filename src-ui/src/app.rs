//! The application shell: loads the profile and reference data, holds the page and the form
//! being filled in, and keeps a half-filled form as a draft whenever the user leaves it.

use crate::components::{ErrorBanner, Toast, TopBar};
use crate::i18n::{device_locale, I18n};
use crate::ipc;
use crate::pages::{LogForm, MyLog, Setup};
use brobygge_model::{ActivityDraft, ActivityState, ApiError, LocaleCode, Profile, ReferenceData};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Loading,
    Setup,
    Log,
    MyLog,
}

/// The log form's content, kept above the form so that leaving the page loses nothing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormSession {
    pub draft: ActivityDraft,
    /// The state of the stored entry being edited, if any.
    pub editing: Option<ActivityState>,
    /// Changed since it was last stored.
    pub dirty: bool,
    /// Tells this session from the one that replaces it, for answers that arrive late.
    pub token: u64,
}

impl FormSession {
    /// A new, empty occasion with today's date, the time now and the user's first project.
    pub fn new(profile: Option<&Profile>) -> FormSession {
        FormSession {
            draft: ActivityDraft {
                project: profile.and_then(|p| p.projects.first().cloned()),
                date: Some(crate::dates::today()),
                start_time: Some(crate::dates::now_rounded()),
                duration_minutes: Some(60),
                ..ActivityDraft::default()
            },
            editing: None,
            dirty: false,
            token: (js_sys::Math::random() * 1e15) as u64,
        }
    }
}

/// A short message at the bottom of the screen, optionally with an undo.
#[derive(Clone, Debug, PartialEq)]
pub struct ToastMessage {
    pub text: String,
    pub undo: Option<brobygge_model::ActivityId>,
}

/// State shared by every page.
#[derive(Clone, Copy)]
pub struct AppState {
    pub page: RwSignal<Page>,
    pub profile: RwSignal<Option<Profile>>,
    pub reference: RwSignal<ReferenceData>,
    pub form: RwSignal<FormSession>,
    pub toast: RwSignal<Option<ToastMessage>>,
    pub error: RwSignal<Option<ApiError>>,
    /// Bumped when stored entries change, so that My log reloads.
    pub log_version: RwSignal<u32>,
}

impl AppState {
    /// Goes to `to`, first keeping a half-filled form as a draft.
    pub fn navigate(self, to: Page) {
        if self.page.get_untracked() == Page::Log {
            self.keep_draft();
        }
        self.show(to);
    }

    /// Shows a page; a toast belongs to the page it was shown on.
    fn show(self, page: Page) {
        self.toast.set(None);
        self.page.set(page);
    }

    /// Makes My log read the store again.
    pub fn refresh_log(self) {
        self.log_version.update(|v| *v += 1);
    }

    /// Keeps the user's choice of language in their profile.
    pub fn remember_locale(self, locale: LocaleCode) {
        let Some(mut profile) = self.profile.get_untracked() else {
            return;
        };
        profile.locale = locale;
        self.profile.set(Some(profile.clone()));
        spawn_local(async move {
            if let Err(e) = ipc::set_profile(&profile).await {
                self.error.set(Some(e));
            }
        });
    }

    /// Opens a stored entry or draft in the form.
    pub fn open_entry(self, entry: brobygge_model::log::Entry) {
        self.keep_draft();
        self.form.set(FormSession {
            draft: entry.draft,
            editing: Some(entry.state),
            dirty: false,
            token: (js_sys::Math::random() * 1e15) as u64,
        });
        self.show(Page::Log);
    }

    /// Starts a new, empty occasion in the form.
    pub fn new_occasion(self) {
        self.keep_draft();
        self.form
            .set(FormSession::new(self.profile.get_untracked().as_ref()));
        self.show(Page::Log);
    }

    /// Stores the form as a draft if it holds unsaved work on a new entry or a draft.
    pub fn keep_draft(self) {
        let session = self.form.get_untracked();
        let keepable = session.editing != Some(ActivityState::Final);
        if !(session.dirty && keepable && session.draft.has_content()) {
            return;
        }
        self.form.update(|f| f.dirty = false);
        spawn_local(async move {
            match ipc::save_draft(&session.draft).await {
                Ok(id) => self.form.update(|f| {
                    if f.token == session.token {
                        f.draft.id = Some(id);
                        f.editing = Some(ActivityState::Draft);
                    }
                }),
                Err(e) => {
                    self.form.update(|f| f.dirty = true);
                    self.error.set(Some(e));
                }
            }
        });
    }
}

#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::provide(device_locale().unwrap_or(LocaleCode::Sv));
    let state = AppState {
        page: RwSignal::new(Page::Loading),
        profile: RwSignal::new(None),
        reference: RwSignal::new(ReferenceData::default()),
        form: RwSignal::new(FormSession::default()),
        toast: RwSignal::new(None),
        error: RwSignal::new(None),
        log_version: RwSignal::new(0),
    };
    provide_context(state);
    keep_draft_when_hidden(state);

    spawn_local(async move {
        let loaded = async {
            let reference = ipc::reference_data().await?;
            let profile = ipc::profile().await?;
            Ok::<_, ApiError>((reference, profile))
        };
        match loaded.await {
            Ok((reference, profile)) => {
                state.reference.set(reference);
                if let Some(p) = &profile {
                    i18n.locale.set(p.locale);
                }
                state.form.set(FormSession::new(profile.as_ref()));
                let first = if profile.is_some() {
                    Page::Log
                } else {
                    Page::Setup
                };
                state.profile.set(profile);
                state.page.set(first);
            }
            Err(e) => state.error.set(Some(e)),
        }
    });

    view! {
        <div class="app">
            <TopBar />
            <ErrorBanner />
            <main class="page">
                {move || match state.page.get() {
                    Page::Loading => view! { <p class="loading">"…"</p> }.into_any(),
                    Page::Setup => view! { <Setup /> }.into_any(),
                    Page::Log => view! { <LogForm /> }.into_any(),
                    Page::MyLog => view! { <MyLog /> }.into_any(),
                }}
            </main>
            <Toast />
        </div>
    }
}

/// A phone may close a backgrounded app without warning: store the form when it is hidden.
fn keep_draft_when_hidden(state: AppState) {
    let on_change = Closure::<dyn Fn()>::new(move || {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            state.keep_draft();
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", on_change.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_change.forget();
}
