//! Messages to the user: the error banner and the toast with its undo.

use crate::app::AppState;
use crate::i18n::{use_i18n, I18n};
use crate::ipc;
use brobygge_model::{ApiError, ErrorCode};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// An error from the app in the user's language.
pub fn error_message(i18n: I18n, error: &ApiError) -> String {
    let id = match error.code {
        ErrorCode::Invalid => "error-invalid",
        ErrorCode::InvalidProfile => "error-invalid-profile",
        ErrorCode::NotFound => "error-not-found",
        ErrorCode::NotADraft => "error-not-a-draft",
        ErrorCode::NewerSchema => "error-newer-schema",
        ErrorCode::Storage => "error-storage",
        ErrorCode::Locked => "error-locked",
        ErrorCode::Internal => "error-internal",
        ErrorCode::Unauthorized => "error-unauthorized",
        ErrorCode::Revoked => "error-revoked",
        ErrorCode::UpdateRequired => "error-update-required",
        ErrorCode::BadRequest => "error-bad-request",
        ErrorCode::TooLarge => "error-too-large",
        ErrorCode::SequenceGap => "error-sequence-gap",
        ErrorCode::InvalidCode => "error-invalid-code",
        ErrorCode::CodeUsedElsewhere => "error-code-used-elsewhere",
        ErrorCode::InvalidServer => "error-invalid-server",
        ErrorCode::UnsentEntries => "error-unsent-entries",
        ErrorCode::Unavailable => "error-unavailable",
        ErrorCode::Offline => "error-offline",
        ErrorCode::WrongLogin => "error-wrong-login",
        ErrorCode::TooManyAttempts => "error-too-many-attempts",
        ErrorCode::Forbidden => "error-forbidden",
        ErrorCode::AccountDisabled => "error-account-disabled",
        ErrorCode::WeakPassword => "error-weak-password",
        ErrorCode::HandedIn => "error-handed-in",
    };
    i18n.t(id)
}

#[component]
pub fn ErrorBanner() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    move || {
        state.error.get().map(|e| {
            view! {
                <div class="error-banner" role="alert">
                    <p>{error_message(i18n, &e)}</p>
                    <button class="text-button" on:click=move |_| state.error.set(None)>
                        {i18n.t("action-dismiss")}
                    </button>
                </div>
            }
        })
    }
}

/// How long a toast stays; long enough to reach its undo.
const TOAST_SECONDS: u64 = 10;

#[component]
pub fn Toast() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    Effect::new(move |_| {
        if let Some(shown) = state.toast.get() {
            set_timeout(
                move || {
                    if state.toast.get_untracked().as_ref() == Some(&shown) {
                        state.toast.set(None);
                    }
                },
                std::time::Duration::from_secs(TOAST_SECONDS),
            );
        }
    });
    view! {
        <div class="toast-region" aria-live="polite">
            {move || state.toast.get().map(|toast| {
                let undo = toast.undo.clone().map(|id| view! {
                    <button id="toast-undo" class="text-button" on:click=move |_| {
                        let id = id.clone();
                        state.toast.set(None);
                        spawn_local(async move {
                            match ipc::restore_activity(&id).await {
                                Ok(()) => state.refresh_log(),
                                Err(e) => state.error.set(Some(e)),
                            }
                        });
                    }>{i18n.t("action-undo")}</button>
                });
                view! {
                    <div class="toast" id="toast">
                        <span>{move || i18n.t(toast.message)}</span>
                        {undo}
                        <button class="text-button" aria-label=i18n.t("action-dismiss")
                            on:click=move |_| state.toast.set(None)>"×"</button>
                    </div>
                }
            })}
        </div>
    }
}
