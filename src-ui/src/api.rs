//! The server's HTTP API for the coordinator pages: in a browser by `fetch` from the same
//! origin, so the session cookie goes along by itself; in the app relayed by the device core
//! with the device's token. Every error arrives in the shared `{code, message}` shape.

use brobygge_model::{ApiError, ErrorCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestInit, Response};

type Result<T> = std::result::Result<T, ApiError>;

fn offline(e: impl std::fmt::Debug) -> ApiError {
    ApiError {
        code: ErrorCode::Offline,
        message: format!("{e:?}"),
    }
}

/// Reads an answer's body by its status, as the server's API writes both.
fn answer<R: DeserializeOwned>(ok: bool, status: u16, text: &str) -> Result<R> {
    if ok {
        serde_json::from_str(text).map_err(|e| ApiError {
            code: ErrorCode::Internal,
            message: e.to_string(),
        })
    } else {
        Err(serde_json::from_str(text).unwrap_or(ApiError {
            code: ErrorCode::Unavailable,
            message: format!("HTTP {status}"),
        }))
    }
}

async fn send<R: DeserializeOwned>(method: &str, path: &str, body: Option<String>) -> Result<R> {
    if crate::ipc::in_app() {
        // In the app the device core makes the call, with the device's token.
        let relayed = match crate::ipc::relay(method, path, body).await {
            Err(e) if e.code == ErrorCode::Revoked => {
                // The device core learned that the device is revoked, and erased it.
                crate::state::start_again();
                return Err(e);
            }
            relayed => relayed?,
        };
        let ok = (200..300).contains(&relayed.status);
        return answer(ok, relayed.status, &relayed.body);
    }
    let init = RequestInit::new();
    init.set_method(method);
    if let Some(b) = &body {
        init.set_body(&wasm_bindgen::JsValue::from_str(b));
    }
    let request =
        Request::new_with_str_and_init(&format!("/api/v1{path}"), &init).map_err(offline)?;
    if body.is_some() {
        request
            .headers()
            .set("content-type", "application/json")
            .map_err(offline)?;
    }
    let window = web_sys::window().ok_or_else(|| offline("no window"))?;
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(offline)?
        .dyn_into()
        .map_err(offline)?;
    let text = JsFuture::from(response.text().map_err(offline)?)
        .await
        .map_err(offline)?
        .as_string()
        .unwrap_or_default();
    let answered = answer(response.ok(), response.status(), &text);
    if matches!(&answered, Err(e) if e.code == ErrorCode::Unauthorized)
        && !path.starts_with("/auth/")
    {
        // The session ended (unused for an hour, a new password, a disabled account): back to
        // the login, saying why.
        SESSION_ENDED.with(|hook| {
            if let Some(hook) = hook.borrow().as_ref() {
                hook();
            }
        });
    }
    answered
}

thread_local! {
    static SESSION_ENDED: std::cell::RefCell<Option<Box<dyn Fn()>>> =
        std::cell::RefCell::new(None);
}

/// What the coordinator pages do when a call finds their session ended.
pub fn on_session_ended(hook: impl Fn() + 'static) {
    SESSION_ENDED.with(|h| *h.borrow_mut() = Some(Box::new(hook)));
}

pub async fn get<R: DeserializeOwned>(path: &str) -> Result<R> {
    send("GET", path, None).await
}

pub async fn post<Q: Serialize, R: DeserializeOwned>(path: &str, body: &Q) -> Result<R> {
    let body = serde_json::to_string(body).map_err(offline)?;
    send("POST", path, Some(body)).await
}

pub async fn put<Q: Serialize, R: DeserializeOwned>(path: &str, body: &Q) -> Result<R> {
    let body = serde_json::to_string(body).map_err(offline)?;
    send("PUT", path, Some(body)).await
}
