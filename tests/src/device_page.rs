//! The device pages in a browser: the built UI served on loopback, with Tauri's `invoke`
//! answered over HTTP by a real device core on its own SQLite file. Headless chromium can then
//! check the pages a guide sees (axe-core, right to left) the way it checks the coordinator
//! pages; only the transport between page and core differs from the app.

use axum::extract::{Path as UrlPath, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use brobygge_core::{Handover, Store};
use brobygge_model::{ApiError, ErrorCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower_http::services::ServeDir;

/// Stands in for Tauri's injected API: each command is posted to `/invoke/<command>` and a
/// refusal is thrown as the `{code, message}` the app would throw.
const BRIDGE: &str = "window.__TAURI__ = { core: { invoke: async (command, args) => {
    const answer = await fetch('/invoke/' + command, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(args ?? {}),
    });
    const body = await answer.json();
    if (answer.ok) return body;
    throw body;
} } };";

/// The UI and a device core, served on a free loopback port until dropped.
pub struct DevicePage {
    address: SocketAddr,
    store: Arc<Store>,
    server: tokio::task::JoinHandle<()>,
}

impl DevicePage {
    /// Serves the UI built in `dist` with a new device database at `database`.
    pub async fn start(dist: &Path, database: &Path) -> DevicePage {
        let store = Arc::new(crate::device_db::open(database));
        let index = std::fs::read_to_string(dist.join("index.html")).expect("the built UI");
        // Before the page's first script, which the bridge must precede (a release build's
        // page is minified and has no `<head>` tag to put it after).
        let first_script = index.find("<script").expect("the page's start-up script");
        let index = format!(
            "{}<script src=\"/harness/bridge.js\"></script>{}",
            &index[..first_script],
            &index[first_script..]
        );
        let app = Router::new()
            .route("/", get(move || async move { Html(index) }))
            .route(
                "/harness/bridge.js",
                get(|| async { ([("content-type", "text/javascript")], BRIDGE) }),
            )
            .route("/invoke/{command}", post(invoke))
            .fallback_service(ServeDir::new(PathBuf::from(dist)))
            .with_state(store.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        DevicePage {
            address,
            store,
            server,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}/", self.address)
    }

    /// The device core behind the page, to check what it stored.
    pub fn store(&self) -> &Store {
        &self.store
    }
}

impl Drop for DevicePage {
    fn drop(&mut self) {
        self.server.abort();
    }
}

async fn invoke(
    State(store): State<Arc<Store>>,
    UrlPath(command): UrlPath<String>,
    Json(args): Json<Value>,
) -> Response {
    match answer(&store, &command, &args).await {
        Ok(value) => Json(value).into_response(),
        Err(error) => (StatusCode::UNPROCESSABLE_ENTITY, Json(error)).into_response(),
    }
}

/// Does what the app's command of the same name does.
async fn answer(store: &Store, command: &str, args: &Value) -> Result<Value, ApiError> {
    match command {
        "profile" => reply(store.profile()),
        "set_profile" => reply(store.set_profile(&arg(args, "profile")?)),
        "reference_data" => reply(store.reference_data()),
        "save_draft" => reply(store.save_draft(&arg(args, "draft")?)),
        "save_activity" => reply(store.save_activity(&arg(args, "draft")?, arg(args, "options")?)),
        "entry" => reply(store.entry(&arg(args, "id")?)),
        "log" => reply(store.log(arg(args, "query")?)),
        "totals" => reply(store.totals(arg(args, "today")?)),
        "recent_occasions" => reply(store.recent_occasions(3)),
        "colleagues" => reply(store.colleagues(&arg(args, "project")?)),
        "delete_activity" => reply(store.delete(&arg(args, "id")?)),
        "restore_activity" => reply(store.restore(&arg(args, "id")?)),
        "enroll" => {
            let server: String = arg(args, "server")?;
            let code: String = arg(args, "code")?;
            let handover = match arg(args, "discardUnsent")? {
                true => Handover::DiscardUnsent,
                false => Handover::SendFirst,
            };
            let version = env!("CARGO_PKG_VERSION");
            reply(store.enroll_with(&server, &code, version, handover).await)
        }
        "sync_status" => reply(store.sync_status()),
        "sync_now" => {
            let _ = store.sync().await;
            reply(store.sync_status())
        }
        "sync_progress" => reply(Ok::<_, ApiError>(store.sync_progress())),
        "coordinator_request" => {
            let method: String = arg(args, "method")?;
            let path: String = arg(args, "path")?;
            let relayed = store.relay(&method, &path, arg(args, "body")?).await;
            reply(relayed)
        }
        _ => Err(bad_request(format!("the app has no command {command}"))),
    }
}

fn arg<T: DeserializeOwned>(args: &Value, name: &str) -> Result<T, ApiError> {
    serde_json::from_value(args.get(name).cloned().unwrap_or(Value::Null))
        .map_err(|e| bad_request(format!("argument {name}: {e}")))
}

fn reply<T: Serialize, E: Into<ApiError>>(result: Result<T, E>) -> Result<Value, ApiError> {
    let value = result.map_err(Into::into)?;
    Ok(serde_json::to_value(value).expect("answers serialise"))
}

fn bad_request(message: String) -> ApiError {
    ApiError {
        code: ErrorCode::Invalid,
        message,
    }
}
