//! The coordinator pages inside the app: shown beside the device pages when the server says
//! that the user this device is enrolled to is a coordinator or an administrator. They are a
//! program of their own (`bin/coordinator.rs`): the device pages ([`check`], [`InApp`]) load
//! it into the window only when the coordinator opens them, and it shows them ([`open`]) in the
//! element the device pages give it, until they leave the page ([`close`]).

use super::{CoordinatorPages, Me};
use crate::api;
use crate::app::AppState;
use crate::i18n::{use_i18n, I18n};
use brobygge_model::sync::Role;
use brobygge_model::{ApiError, ErrorCode, LocaleCode, ReferenceData};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::any::Any;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

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

// The coordinator pages' module, imported once (from the app's own files, as the CSP wants),
// then asked to show the pages in an element and to take them away.
#[wasm_bindgen(inline_js = "
let pages;
export async function open_pages(root, locale, reference) {
    if (!pages) {
        const module = await import('/coordinator/brobygge-coordinator.js');
        await module.default();
        pages = module;
    }
    await pages.open_in_app(root, locale, reference);
}
export function close_pages() {
    pages?.close_in_app();
}
")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn open_pages(
        root: &web_sys::HtmlElement,
        locale: &str,
        reference: &str,
    ) -> Result<(), JsValue>;
    fn close_pages();
}

/// The coordinator pages in the app's window, with the reference data `check` loaded.
#[component]
pub fn InApp() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let Some(element) = root.get() else {
            return;
        };
        let locale = i18n.locale.get_untracked().tag();
        let reference = state.coordinator.with_untracked(|r| {
            serde_json::to_string(r.as_ref().unwrap_or(&ReferenceData::default()))
        });
        spawn_local(async move {
            let opened = match reference {
                Ok(reference) => open_pages(&element, locale, &reference).await,
                Err(e) => Err(e.to_string().into()),
            };
            if let Err(e) = opened {
                state.error.set(Some(ApiError {
                    code: ErrorCode::Internal,
                    message: format!("the coordinator pages did not load: {e:?}"),
                }));
            }
        });
    });
    on_cleanup(close_pages);
    view! { <div class="coordinator" node_ref=root></div> }
}

thread_local! {
    /// The pages [`open`] showed, until [`close`] takes them away.
    static SHOWN: RefCell<Option<Box<dyn Any>>> = RefCell::default();
}

/// In the coordinator pages' program: shows them inside `root` (an element of the device
/// pages), in the language tagged `locale`, with `reference` (JSON) as the reference data.
pub async fn open(root: web_sys::HtmlElement, locale: &str, reference: &str) {
    let locale = locale.parse().unwrap_or(LocaleCode::Sv);
    crate::i18n::prepare(locale, crate::i18n::Pages::Coordinator).await;
    let reference: ReferenceData = serde_json::from_str(reference).unwrap_or_default();
    close();
    // The device pages may have left the page while the strings loaded.
    if !root.is_connected() {
        return;
    }
    let shown = leptos::mount::mount_to(root, move || {
        I18n::provide(locale);
        let reference = RwSignal::new(reference);
        view! { <CoordinatorPages reference /> }
    });
    SHOWN.set(Some(Box::new(shown)));
}

/// In the coordinator pages' program: takes the pages [`open`] showed away.
pub fn close() {
    // Dropping the mounted pages removes them and ends their reactive scope.
    drop(SHOWN.take());
}
