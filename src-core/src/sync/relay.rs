//! The coordinator pages inside the app: their calls to the server go through this device's
//! HTTP client with its token, so the page needs no network permission and the server no
//! cross-origin opening. Only the coordinator API is relayed, and the server decides, as for
//! a browser, whether the device's user may see it.

use super::SyncError;
use crate::Store;
use brobygge_model::sync::{RelayedAnswer, PROTOCOL_HEADER, PROTOCOL_VERSION};
use brobygge_model::{ApiError, ErrorCode};

/// Whether `path` (under `/api/v1`) is part of the coordinator API. The part before the query
/// must be plain: no percent-encoding (the URL library would turn `%2e%2e` into `..`), no
/// backslash, no dot segment, no empty segment, no fragment; the query may encode its values.
/// No control character anywhere: the URL library drops tabs and newlines, so `.\t.` is `..`.
fn relayable(path: &str) -> bool {
    if path.contains(char::is_control) {
        return false;
    }
    let (route, _query) = path.split_once('?').unwrap_or((path, ""));
    let coordinator =
        route == "/auth/me" || route.starts_with("/coordinator/") || route.starts_with("/admin/");
    let plain = route
        .split('/')
        .skip(1)
        .all(|segment| !segment.is_empty() && segment != "." && segment != "..")
        && !route.contains(['%', '\\']);
    coordinator && plain && !path.contains("..") && !path.contains('#')
}

/// [`relayable`], for the fuzz target in `fuzz/`; not part of the API.
#[doc(hidden)]
pub fn relayable_path(path: &str) -> bool {
    relayable(path)
}

impl Store {
    /// Sends a coordinator page's `method` request for `path` (under `/api/v1`, with its
    /// query) with an optional JSON `body`, answering the server's status and body.
    pub async fn relay(
        &self,
        method: &str,
        path: &str,
        body: Option<String>,
    ) -> Result<RelayedAnswer, SyncError> {
        let refused = |message: &str| {
            SyncError::Refused(ApiError {
                code: ErrorCode::Forbidden,
                message: message.to_owned(),
            })
        };
        if !relayable(path) {
            return Err(refused("only the coordinator pages' calls are relayed"));
        }
        let method = match method {
            "GET" => reqwest::Method::GET,
            "POST" => reqwest::Method::POST,
            "PUT" => reqwest::Method::PUT,
            _ => return Err(refused("only GET, POST and PUT are relayed")),
        };
        let link = self.server_link()?.ok_or(SyncError::NotEnrolled)?;
        let mut request = self
            .http()
            .request(method, format!("{}/api/v1{path}", link.server))
            .bearer_auth(&link.token)
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string());
        if let Some(body) = body {
            request = request
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body);
        }
        let response = request
            .send()
            .await
            .map_err(|e| SyncError::Offline(e.to_string()))?;
        let status = response.status().as_u16();
        let body = response
            .text()
            .await
            .map_err(|e| SyncError::Offline(e.to_string()))?;
        match serde_json::from_str::<ApiError>(&body) {
            Ok(e) if e.code == ErrorCode::Revoked => {
                // The server says this device is revoked: erase, as a sync would.
                let _gate = self.sync_gate.lock().await;
                self.erase_if_revoked(&link, Err(SyncError::Refused(e)))
            }
            _ => Ok(RelayedAnswer { status, body }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::relayable;

    #[test]
    fn only_the_coordinator_api_is_relayed() {
        assert!(relayable("/auth/me"));
        assert!(relayable("/coordinator/activities?project=halsoguider"));
        assert!(relayable("/admin/audit"));
        assert!(!relayable("/sync/push"));
        assert!(!relayable("/enroll"));
        assert!(!relayable("/coordinator/../sync/pull"));
        assert!(!relayable("/auth/login"));
        assert!(relayable("/coordinator/activities?venue=r%C3%A5sl%C3%A4tt"));
        for escape in [
            "/coordinator/%2e%2e/sync/pull",
            "/coordinator/%2E%2E/%2e%2e/enroll",
            "/coordinator/.%2e/sync/pull",
            "/coordinator/%2fsync",
            "/coordinator/..\\sync\\pull",
            "/coordinator\\..\\sync",
            "/coordinator/./activities",
            "/coordinator//activities",
            "/admin/audit#x",
            "/coordinator/activities?x=..%2f..",
            // Found by the `relay_path` fuzz target: the URL library drops tabs and newlines.
            "/admin/audit/.\t./.\t./sync/push",
            "/coordinator/.\n./enroll",
            "/coordinator/\r../sync/pull",
        ] {
            assert!(!relayable(escape), "{escape}");
        }
    }
}
