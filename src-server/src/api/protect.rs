//! What every answer carries and every request is held to: security headers (a content
//! security policy that lets the built UI run its own scripts and nothing else, `nosniff`, no
//! framing, no referrer, and nothing of the API kept in a cache), a time limit per request,
//! and a panic answered as a 500 in the shared `{code, message}` shape instead of a dropped
//! connection. A write made with the session cookie must also come from the server's own
//! pages ([`from_own_pages`]).

use crate::error::ServerError;
use axum::extract::Request;
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Router;
use brobygge_model::ErrorCode;
use sha2::{Digest, Sha256};
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;

/// How long one request may take, its body included: the largest export takes a few seconds.
pub const REQUEST_TIME_LIMIT: Duration = Duration::from_secs(60);

/// The policy for the built UI: its own files, WebAssembly, and the inline start-up scripts
/// of `index.html` by their hashes; no plug-ins, no framing, no form posted elsewhere.
pub fn content_security_policy(index_html: &str) -> HeaderValue {
    let scripts: String = inline_scripts(index_html)
        .map(|script| format!(" 'sha256-{}'", base64(&Sha256::digest(script.as_bytes()))))
        .collect();
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{scripts}; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    );
    HeaderValue::from_str(&policy).expect("a policy of ASCII")
}

/// The API alone serves no page: nothing may run from it, nor frame it.
pub fn api_only_policy() -> HeaderValue {
    HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'")
}

/// Wraps the whole router: headers on every answer, the time limit, panics caught.
pub fn around(router: Router, policy: HeaderValue) -> Router {
    let set =
        |name: HeaderName, value: HeaderValue| SetResponseHeaderLayer::if_not_present(name, value);
    router
        .layer(axum::middleware::from_fn(time_limit))
        .layer(set(header::CONTENT_SECURITY_POLICY, policy))
        .layer(set(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(set(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(set(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(CatchPanicLayer::custom(|_| {
            ServerError::new(ErrorCode::Internal, "the server failed on this request")
                .into_response()
        }))
}

/// Nothing the API answers (people, figures, exports) is kept by a browser or a proxy.
pub fn not_cached(router: Router<crate::AppState>) -> Router<crate::AppState> {
    router.layer(SetResponseHeaderLayer::overriding(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-store"),
    ))
}

async fn time_limit(request: Request, next: Next) -> Response {
    match tokio::time::timeout(REQUEST_TIME_LIMIT, next.run(request)).await {
        Ok(response) => response,
        Err(_) => {
            ServerError::new(ErrorCode::Unavailable, "the request took too long").into_response()
        }
    }
}

/// Whether a request comes from the server's own pages: its `Origin` names the host it was
/// sent to, or, from a browser that sends no `Origin`, `Sec-Fetch-Site` says `same-origin`.
/// A proxy in front must pass the `Host` it received on (see SECURITY.md).
pub fn from_own_pages(headers: &HeaderMap, authority: Option<&str>) -> bool {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .or(authority);
    match headers.get(header::ORIGIN).map(HeaderValue::to_str) {
        Some(Ok(origin)) => origin
            .split_once("://")
            .is_some_and(|(scheme, rest)| matches!(scheme, "http" | "https") && Some(rest) == host),
        Some(Err(_)) => false,
        None => headers
            .get("sec-fetch-site")
            .is_some_and(|site| site == "same-origin"),
    }
}

/// The bodies of the `<script>` elements without a `src` in `html`.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.split("<script").skip(1).filter_map(|rest| {
        let (tag, after) = rest.split_once('>')?;
        let (body, _) = after.split_once("</script>")?;
        (!tag.contains("src=")).then_some(body)
    })
}

/// Standard base64 with padding, as a CSP hash source is written.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_as_the_standard_writes_it() {
        for (bytes, written) in [
            (&b""[..], ""),
            (b"f", "Zg=="),
            (b"fo", "Zm8="),
            (b"foo", "Zm9v"),
            (b"foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(bytes), written);
        }
    }

    #[test]
    fn only_inline_scripts_are_hashed() {
        let html = r#"<head><script src="/a.js"></script><script type="module">run()</script>
            <script>b()</script></head>"#;
        assert_eq!(inline_scripts(html).collect::<Vec<_>>(), ["run()", "b()"]);
        let policy = content_security_policy(html);
        let policy = policy.to_str().unwrap();
        let hash = base64(&Sha256::digest(b"run()"));
        assert!(policy.contains(&format!("'sha256-{hash}'")), "{policy}");
        assert!(policy.contains("frame-ancestors 'none'"));
    }

    #[test]
    fn a_write_from_another_origin_is_not_from_the_servers_pages() {
        let headers = |pairs: &[(&'static str, &'static str)]| {
            let mut map = HeaderMap::new();
            for (name, value) in pairs {
                map.insert(*name, HeaderValue::from_static(value));
            }
            map
        };
        let host = ("host", "brobygge.example:8443");
        let own = headers(&[host, ("origin", "https://brobygge.example:8443")]);
        assert!(from_own_pages(&own, None));
        let evil = headers(&[host, ("origin", "https://evil.example")]);
        assert!(!from_own_pages(&evil, None));
        let sibling = headers(&[host, ("origin", "https://brobygge.example:8443.evil")]);
        assert!(!from_own_pages(&sibling, None));
        let null = headers(&[host, ("origin", "null")]);
        assert!(!from_own_pages(&null, None));
        assert!(!from_own_pages(&headers(&[host]), None));
        let fetch = headers(&[host, ("sec-fetch-site", "same-origin")]);
        assert!(from_own_pages(&fetch, None));
        let cross = headers(&[host, ("sec-fetch-site", "cross-site")]);
        assert!(!from_own_pages(&cross, None));
        let http2 = headers(&[("origin", "https://brobygge.example")]);
        assert!(from_own_pages(&http2, Some("brobygge.example")));
    }
}
