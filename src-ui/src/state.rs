//! State shared by every page: the page shown, the profile, the reference data, the form being
//! filled in and the messages on screen. The form is kept here, above the form itself, so that
//! leaving the page loses nothing: it is stored as a draft when left, when the app is hidden
//! and shortly after each change.

use crate::ipc;
use brobygge_model::log::Entry;
use brobygge_model::sync::SyncStatus;
use brobygge_model::{validate, ReferenceData, SaveOptions};
use brobygge_model::{ActivityDraft, ActivityId, ActivityState, ApiError, LocaleCode, Profile};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// Loads the page again, for a call that learned the device core erased the device's data and
/// has no [`AppState`] at hand: the app starts again at its first start.
pub fn start_again() {
    let _ = window().location().reload();
}

mod form_session;
pub use form_session::FormSession;

/// How long after the last change the form is stored as a draft.
const KEEP_AFTER: Duration = Duration::from_millis(1500);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Loading,
    /// The app could not start (its database cannot be opened): says why, and stays.
    Unavailable,
    Setup,
    Log,
    MyLog,
    Coordinator,
}

/// A short message at the bottom of the screen, optionally with an undo. It keeps the message's
/// id rather than its text, so it follows a change of language.
#[derive(Clone, Debug, PartialEq)]
pub struct ToastMessage {
    pub message: &'static str,
    pub undo: Option<ActivityId>,
    /// Tells two toasts with the same message apart.
    pub serial: f64,
}

impl ToastMessage {
    pub fn new(message: &'static str, undo: Option<ActivityId>) -> ToastMessage {
        ToastMessage {
            message,
            undo,
            serial: js_sys::Math::random(),
        }
    }
}

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
    /// The sync state as last reported by the device core.
    pub sync: RwSignal<Option<SyncStatus>>,
    pub syncing: RwSignal<bool>,
    /// Whether the engine says the device has a network (`navigator.onLine`): false is sure,
    /// true only means a network is there, not that the server answers.
    pub online: RwSignal<bool>,
    /// For a device enrolled to a coordinator: every project's reference data, for the
    /// coordinator pages. None for guides and staff.
    pub coordinator: RwSignal<Option<ReferenceData>>,
}

impl AppState {
    pub fn new() -> AppState {
        AppState {
            page: RwSignal::new(Page::Loading),
            profile: RwSignal::new(None),
            reference: RwSignal::new(ReferenceData::default()),
            form: RwSignal::new(FormSession::default()),
            toast: RwSignal::new(None),
            error: RwSignal::new(None),
            log_version: RwSignal::new(0),
            sync: RwSignal::new(None),
            syncing: RwSignal::new(false),
            online: RwSignal::new(window().navigator().on_line()),
            coordinator: RwSignal::new(None),
        }
    }

    /// What the device core knows of sync (connected or not, what waits, the last attempt),
    /// read from the device alone, at once; then a sync. Runs on start and after a reload.
    pub fn sync_on_start(self) {
        spawn_local(async move {
            if let Ok(known) = ipc::sync_status().await {
                if !self.syncing.get_untracked() {
                    self.sync.set(Some(known));
                }
            }
            self.sync_now();
        });
    }

    /// Sends what waits to the server, if the device is connected and no sync is running.
    /// Runs on start, on coming back to the app, after each save, every few minutes, when the
    /// network comes back and on "Sync now".
    pub fn sync_now(self) {
        if self.syncing.get_untracked() {
            return;
        }
        self.syncing.set(true);
        spawn_local(async move {
            let status = match self.sync.get_untracked() {
                Some(s) if s.server.is_none() => Ok(s),
                _ => ipc::sync_now().await,
            };
            self.syncing.set(false);
            match status {
                Ok(s) => {
                    // The device core erased everything: the server said it is revoked.
                    let erased = s.erased_at.is_some() && self.profile.get_untracked().is_some();
                    self.sync.set(Some(s));
                    self.refresh_log();
                    if erased {
                        self.reload(Page::Setup);
                    }
                }
                Err(e) => self.error.set(Some(e)),
            }
        });
    }

    /// Reads the profile and reference data again after the device core replaced them (an
    /// enrollment, an erasure), drops what the page held of the previous data, and shows
    /// `page`, or the first start when there is no profile any more. A connected device syncs.
    pub fn reload(self, page: Page) {
        spawn_local(async move {
            if let Ok(reference) = ipc::reference_data().await {
                self.reference.set(reference);
            }
            let profile = ipc::profile().await.ok().flatten();
            self.form.set(FormSession::new(profile.as_ref()));
            self.coordinator.set(None);
            self.sync.set(None);
            let set_up = profile.is_some();
            self.profile.set(profile);
            self.refresh_log();
            self.show(if set_up { page } else { Page::Setup });
            // What the page now says (connected, or why the device was erased) is at its top.
            window().scroll_to_with_x_and_y(0.0, 0.0);
            if set_up {
                crate::coordinator::in_app::check(self);
                self.sync_on_start();
            }
        });
    }

    /// Goes to `to`, first keeping a half-filled form (see [`AppState::keep_draft`]).
    pub fn navigate(self, to: Page) {
        if self.page.get_untracked() == Page::Log && !self.keep_draft() {
            return;
        }
        self.show(to);
    }

    /// Shows a page; a toast belongs to the page it was shown on.
    pub fn show(self, page: Page) {
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
    pub fn open_entry(self, entry: Entry) {
        if self.keep_draft() {
            self.form.set(FormSession::editing(entry));
        }
        self.show(Page::Log);
    }

    /// Starts a new occasion from a recent one (see `pages/log_again.rs`).
    pub fn log_again(self, template: ActivityDraft) {
        if self.keep_draft() {
            self.form.set(FormSession::again(template));
        }
        self.show(Page::Log);
    }

    /// Starts a new, empty occasion in the form.
    pub fn new_occasion(self) {
        if self.keep_draft() {
            self.form
                .set(FormSession::new(self.profile.get_untracked().as_ref()));
        }
        self.show(Page::Log);
    }

    /// Drops unsaved changes to a saved entry, on the user's request.
    pub fn discard_changes(self) {
        self.form
            .set(FormSession::new(self.profile.get_untracked().as_ref()));
        self.show(Page::MyLog);
    }

    /// Changes the form's draft, and stores it as a draft shortly after the last change.
    pub fn edit(self, change: impl FnOnce(&mut ActivityDraft)) {
        self.form.update(|f| {
            change(&mut f.draft);
            f.dirty = true;
            f.revision += 1;
        });
        let revision = self.form.with_untracked(|f| f.revision);
        set_timeout(
            move || {
                let (latest, editing) = self.form.with_untracked(|f| (f.revision, f.editing));
                // Only drafts are stored as the user types; a saved entry changes on "Save".
                if latest == revision && editing != Some(ActivityState::Final) {
                    self.keep_draft();
                }
            },
            KEEP_AFTER,
        );
    }

    /// Keeps unsaved work in the form before the user leaves it: a new entry or a draft is
    /// stored as a draft; changes to a saved entry are saved when they are complete. Returns
    /// false when they are not: the changes then stay in the form (the user finishes or
    /// discards them), and a toast says so.
    pub fn keep_draft(self) -> bool {
        let session = self.form.get_untracked();
        if !session.dirty {
            return true;
        }
        if session.editing == Some(ActivityState::Final) {
            return self.save_changes(session);
        }
        if !session.draft.has_content() {
            return true;
        }
        self.form.update(|f| f.dirty = false);
        spawn_local(async move {
            let same = |f: &FormSession| f.id() == session.id();
            match ipc::save_draft(&session.draft).await {
                Ok(_) => self.form.update(|f| {
                    if same(f) {
                        f.editing = Some(ActivityState::Draft);
                    }
                }),
                Err(e) => {
                    self.form.update(|f| f.dirty |= same(f));
                    self.error.set(Some(e));
                }
            }
        });
        true
    }

    fn save_changes(self, session: FormSession) -> bool {
        let options = SaveOptions::default();
        let complete = self.reference.with_untracked(|r| {
            validate(&session.draft, r, options, crate::dates::today()).is_ok()
        });
        if !complete {
            let toast = ToastMessage::new("log-unsaved-changes", None);
            self.toast.set(Some(toast));
            return false;
        }
        self.form.update(|f| f.dirty = false);
        spawn_local(async move {
            match ipc::save_activity(&session.draft, options).await {
                Ok(_) => self.refresh_log(),
                Err(e) => self.error.set(Some(e)),
            }
        });
        true
    }
}
