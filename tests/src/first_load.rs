//! What a page loaded from the built UI for its first load, by kind of file and gzipped as a
//! web server sends it (fonts, already compressed, as they are), read from the browser's
//! resource timing: for `cargo xtask bench app`.

use crate::device_page::DevicePage;
use crate::driver::{App, Driver};
use brobygge_model::{LocaleCode, Profile};
use std::collections::BTreeMap;
use std::path::Path;

/// Prints the first load of the log form in Swedish, Arabic and Tigrinya and of the first start,
/// each in a browser profile of its own so that nothing comes from its cache; then Arabic and
/// Tigrinya again as a device without its own Noto faces loads them, from a copy of `dist`
/// whose style sheets name no `local()` face, so that the page downloads the shipped ones.
pub async fn print_first_loads(dist: &Path, home: &Path) {
    let browser = Driver::chromium();
    let without_local = home.join("dist-without-local-fonts");
    copy_without_local_fonts(dist, &without_local);
    let cases = [
        (Some(LocaleCode::Sv), dist),
        (Some(LocaleCode::Ar), dist),
        (Some(LocaleCode::Ti), dist),
        (None, dist),
        (Some(LocaleCode::Ar), &without_local),
        (Some(LocaleCode::Ti), &without_local),
    ];
    for (case, (locale, served)) in cases.into_iter().enumerate() {
        let database = home.join(format!("first-load-{case}.sqlite3"));
        let device = DevicePage::start(served, &database).await;
        if let Some(locale) = locale {
            let r = device.store().reference_data().unwrap();
            let projects = vec![r.projects[0].code.clone()];
            let profile = Profile::new("Amina", locale, projects).unwrap();
            device.store().set_profile(&profile).unwrap();
        }
        let profile_home = home.join(format!("chromium-{case}"));
        let page = browser.browse(&device.url(), &profile_home, "sv-SE").await;
        let mut name = match locale {
            Some(locale) => {
                page.wait("#log-project option[value]:not([value=''])")
                    .await;
                format!("the log form in {locale}")
            }
            None => {
                page.wait("#setup-name").await;
                "the first start, in Swedish (every language's name shown)".to_owned()
            }
        };
        if served != dist {
            name += ", where the device lacks its own Noto faces";
        }
        let (_, loaded) = print_first_load(&name, served, &page).await;
        let fonts: Vec<&str> = (loaded.iter())
            .filter(|path| path.ends_with(".woff2"))
            .map(|path| path.trim_start_matches("/fonts/"))
            .collect();
        if !fonts.is_empty() {
            println!("  fonts: {}", fonts.join(", "));
        }
        page.close().await;
    }
}

/// Copies the built UI, its style sheets without their `local("…")` sources, and its pages
/// without the integrity hashes that would refuse the changed style sheets.
fn copy_without_local_fonts(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_without_local_fonts(&entry.path(), &target);
        } else if entry.path().extension().is_some_and(|e| e == "css") {
            let css = std::fs::read_to_string(entry.path()).unwrap();
            std::fs::write(target, without_local_sources(&css)).unwrap();
        } else if entry.path().extension().is_some_and(|e| e == "html") {
            let html = std::fs::read_to_string(entry.path()).unwrap();
            std::fs::write(target, without_integrity(&html)).unwrap();
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// `src: local("A"), local("B"),\n url(…)` becomes `src: url(…)`; so does a minified
/// release's `src:local(A),local(B),url(…)`.
fn without_local_sources(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("local(") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let end = after.find(')').expect("a closed local()") + 1;
        rest = after[end..].trim_start_matches([',', ' ', '\n']);
    }
    out.push_str(rest);
    out
}

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

/// The page without its `integrity="…"` attributes, quoted or (in a minified release page)
/// not.
fn without_integrity(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(" integrity=") {
        out.push_str(&rest[..at]);
        let value = &rest[at + " integrity=".len()..];
        let end = match value.strip_prefix('"') {
            Some(quoted) => quoted.find('"').expect("a closed attribute") + 2,
            None => value.find([' ', '>']).unwrap_or(value.len()),
        };
        rest = &value[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_style_sheet_loses_its_local_sources_and_keeps_its_urls() {
        let css = "@font-face {\n  src: local(\"Noto Sans Arabic Bold\"), local(\"NotoSansArabic-Bold\"),\n    url(\"/fonts/NotoSansArabic-Bold.woff2\") format(\"woff2\");\n}";
        assert_eq!(
            super::without_local_sources(css),
            "@font-face {\n  src: url(\"/fonts/NotoSansArabic-Bold.woff2\") format(\"woff2\");\n}"
        );
        // As a release build minifies it.
        let css = "@font-face{src:local(Noto Sans Arabic Bold),local(NotoSansArabic-Bold),url(/fonts/a.woff2)format(\"woff2\")}";
        assert_eq!(
            super::without_local_sources(css),
            "@font-face{src:url(/fonts/a.woff2)format(\"woff2\")}"
        );
    }

    #[test]
    fn a_page_loses_its_integrity_hashes() {
        let html = r#"<link rel="stylesheet" href="/s.css" integrity="sha384-abc" crossorigin>"#;
        assert_eq!(
            super::without_integrity(html),
            r#"<link rel="stylesheet" href="/s.css" crossorigin>"#
        );
        // As a release build minifies it.
        let html =
            "<link href=/s.css integrity=sha384-a/b+c= rel=stylesheet><link integrity=sha384-d>";
        assert_eq!(
            super::without_integrity(html),
            "<link href=/s.css rel=stylesheet><link>"
        );
    }
}
