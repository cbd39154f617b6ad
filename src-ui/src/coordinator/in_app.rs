//! The coordinator pages inside the app: shown beside the device pages when the server says
//! that the user this device is enrolled to is a coordinator or an administrator.

use super::{CoordinatorPages, Me};
use crate::api;
use crate::app::AppState;
use brobygge_model::sync::Role;
use brobygge_model::ReferenceData;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Asks the server, through the device core, whether this device's user coordinates; if so,
/// loads every project's reference data for the coordinator pages.
pub fn check(state: AppState) {
    spawn_local(async move {
        let coordinates = matches!(
            api::get::<Me>("/auth/me").await,
            Ok(Me {
                role: Role::Coordinator | Role::Admin,
                ..
            })
        );
        if !coordinates {
            return;
        }
        if let Ok(reference) = api::get::<ReferenceData>("/coordinator/reference").await {
            state.coordinator.set(Some(reference));
        }
    });
}

/// The coordinator pages in the app's window, with the reference data `check` loaded.
#[component]
pub fn InApp() -> impl IntoView {
    let state = expect_context::<AppState>();
    let reference = RwSignal::new(state.coordinator.get_untracked().unwrap_or_default());
    view! { <div class="coordinator"><CoordinatorPages reference /></div> }
}
