//! The real axum router in this process, built once per fuzzing process: its storage a SQLite
//! file in a folder of its own (on /dev/shm when there is one, so that commits cost no disk
//! syncs), with one guide's device enrolled. Requests go through `oneshot`, as in the API tests.

use axum::body::Body;
use axum::http::Request;
use axum::Router;
use brobygge_model::sync::{Role, PROTOCOL_HEADER, PROTOCOL_VERSION};
use brobygge_model::Code;
use brobygge_server::storage::{self, NewUser};
use brobygge_server::{app, tokens, AppState};
use http_body_util::BodyExt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tower::ServiceExt;

pub struct Server {
    runtime: tokio::runtime::Runtime,
    router: Router,
    token: String,
}

/// The server of this process, started on first use.
pub fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(Server::start)
}

impl Server {
    fn start() -> Server {
        let dir = data_dir();
        let storage = storage::open(&dir.to_string_lossy()).expect("the storage opens");
        let user = NewUser {
            name: "Amina".into(),
            role: Role::Guide,
            projects: vec![Code::new("halsoguider").expect("a code")],
        };
        let id = storage.create_user(&user).expect("a user");
        let code = tokens::new_code();
        let hash = tokens::hash(&tokens::normalize_code(&code));
        let expires = chrono::Utc::now() + chrono::Duration::days(365);
        storage.add_code(id, &hash, expires).expect("a code");
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        let mut server = Server {
            runtime,
            router: app(AppState::new(storage)),
            token: String::new(),
        };
        let enroll = serde_json::json!({"code": code, "device_name": "fuzz", "app_version": "0"});
        let (status, body) = server.post("/enroll", None, enroll.to_string().into_bytes());
        assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
        let answer: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
        server.token = answer["token"].as_str().expect("a token").to_owned();
        server
    }

    /// Posts `body` as JSON to `path` (under `/api/v1`), with the enrolled device's token
    /// unless `token` is `None`; answers the status and the body.
    fn post(&self, path: &str, token: Option<&str>, body: Vec<u8>) -> (u16, Vec<u8>) {
        let mut request = Request::post(format!("/api/v1{path}"))
            .header("content-type", "application/json")
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string());
        if let Some(t) = token {
            request = request.header("authorization", format!("Bearer {t}"));
        }
        let request = request.body(Body::from(body)).expect("a request");
        self.runtime.block_on(async {
            let response = self
                .router
                .clone()
                .oneshot(request)
                .await
                .expect("infallible");
            let status = response.status().as_u16();
            let bytes = response.into_body().collect().await.expect("a body");
            (status, bytes.to_bytes().to_vec())
        })
    }

    /// Posts `body` to `path` as the enrolled device.
    pub fn device_post(&self, path: &str, body: Vec<u8>) -> (u16, Vec<u8>) {
        self.post(path, Some(&self.token), body)
    }
}

/// `brobygge-fuzz-<pid>` in /dev/shm (or the temporary folder), new. libFuzzer ends a process
/// with `exit` or an abort, so nothing is dropped: the folders of processes that are gone are
/// removed here instead.
fn data_dir() -> PathBuf {
    let shm = Path::new("/dev/shm");
    let base = if shm.is_dir() {
        shm.to_path_buf()
    } else {
        std::env::temp_dir()
    };
    for entry in std::fs::read_dir(&base).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let pid = name.strip_prefix("brobygge-fuzz-");
        if pid.is_some_and(|pid| !Path::new("/proc").join(pid).exists()) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
    let dir = base.join(format!("brobygge-fuzz-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}
