//! What a page loaded from the built UI for its first load, by kind of file and gzipped as a
//! web server sends it (fonts, already compressed, as they are), read from the browser's
//! resource timing: for `cargo xtask bench app`.

use crate::driver::App;
use std::collections::BTreeMap;
use std::path::Path;

/// Prints what the page loaded from `dist` once the fonts it asked for are in: the total and
/// each kind of file, gzipped (the fonts, already compressed, as they are). Answers the total
/// and the paths loaded.
pub async fn print_first_load(page: &str, dist: &Path, app: &App) -> (u64, Vec<String>) {
    let loaded = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             setTimeout(() => document.fonts.ready.then(() => done(
                 performance.getEntriesByType('resource').map(e => new URL(e.name).pathname))),
                 200);",
            vec![],
        )
        .await
        .unwrap();
    let loaded: Vec<String> = serde_json::from_value(loaded).unwrap();
    let mut parts: BTreeMap<&str, (u64, u32)> = BTreeMap::new();
    // The page itself (`/`, the device pages' index.html), then what it loaded.
    for path in std::iter::once("/index.html").chain(loaded.iter().map(String::as_str)) {
        let file = dist.join(path.trim_start_matches('/'));
        if !file.is_file() {
            continue; // the harness's own script and its answers to the app's commands
        }
        let kind = match file.extension().and_then(|e| e.to_str()) {
            Some("wasm") => "wasm",
            Some("js") => "JS",
            Some("css") => "CSS",
            Some("html") => "HTML",
            Some("ftl") => "strings",
            Some("woff2") => "fonts",
            _ => "other",
        };
        let size = if kind == "fonts" {
            std::fs::metadata(&file).unwrap().len()
        } else {
            gzipped(&file)
        };
        let part = parts.entry(kind).or_default();
        part.0 += size;
        part.1 += 1;
    }
    let total: u64 = parts.values().map(|(size, _)| size).sum();
    let parts: Vec<String> = parts
        .iter()
        .map(|(kind, (size, files))| {
            let files = if *files == 1 {
                "1 file".to_owned()
            } else {
                format!("{files} files")
            };
            format!("{kind} {} ({files})", kib(*size))
        })
        .collect();
    println!(
        "first load, {page}: {} gzipped: {}",
        kib(total),
        parts.join(", ")
    );
    (total, loaded)
}

pub fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

/// The size after `gzip -9`, as a web server would send it.
fn gzipped(path: &Path) -> u64 {
    let out = std::process::Command::new("gzip")
        .arg("-9c")
        .arg(path)
        .output()
        .expect("gzip");
    out.stdout.len() as u64
}
