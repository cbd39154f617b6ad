//! The Fluent bundles of the languages this page has loaded. A language's files under
//! `locales/<tag>/` are copied beside the page by Trunk, fetched when the language is first
//! used, and parsed once into one bundle, which writes numbers in the language's digits and
//! offers the `PLURAL` function. Only the languages in use are fetched: Swedish too only when
//! another language's files cannot be.

use brobygge_model::LocaleCode;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use unic_langid::LanguageIdentifier;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

// `FILES`: the names of the Swedish source's files, which every language has (the locales test
// checks it), and `DEVICE_FILES`, those the device pages use; build.rs lists them, so that a new
// file is fetched without a change here.
include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

/// Which pages this program shows, and so which of a language's files it fetches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pages {
    Device,
    Coordinator,
}

impl Pages {
    fn files(self) -> &'static [&'static str] {
        match self {
            Pages::Device => &DEVICE_FILES,
            Pages::Coordinator => &FILES,
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    static BUNDLES: RefCell<HashMap<LocaleCode, Rc<Bundle>>> = RefCell::default();
    /// The language loaded last: its strings stand in for a language still being fetched.
    static LAST: Cell<Option<LocaleCode>> = const { Cell::new(None) };
    /// The pages this program shows; set once at its start.
    static PAGES: Cell<Pages> = const { Cell::new(Pages::Coordinator) };
}

pub fn is_loaded(locale: LocaleCode) -> bool {
    BUNDLES.with_borrow(|bundles| bundles.contains_key(&locale))
}

/// Fetches only the files `pages` use, from now on.
pub fn show(pages: Pages) {
    PAGES.set(pages);
}

/// Fetches and parses `locale`'s files, unless they are loaded; when they cannot be fetched,
/// Swedish's instead, which then stands in for it.
pub async fn load(locale: LocaleCode) {
    for locale in [locale, LocaleCode::Sv] {
        if is_loaded(locale) {
            return;
        }
        match fetch_all(locale).await {
            Ok(sources) => {
                let bundle = Rc::new(bundle(locale, sources));
                BUNDLES.with_borrow_mut(|bundles| bundles.insert(locale, bundle));
                LAST.set(Some(locale));
                return;
            }
            Err(e) => warn(&format!(
                "the strings of {locale} could not be loaded: {e:?}"
            )),
        }
    }
}

/// Message `id` in `locale` (or in the language loaded last, while `locale` is fetched); the id
/// itself when no loaded language has it.
pub fn format(locale: LocaleCode, id: &str, args: Option<&FluentArgs>) -> String {
    let bundle = BUNDLES.with_borrow(|bundles| {
        bundles
            .get(&locale)
            .or_else(|| LAST.get().and_then(|last| bundles.get(&last)))
            .cloned()
    });
    let message = bundle
        .as_ref()
        .and_then(|b| Some((b, b.get_message(id)?.value()?)));
    let Some((bundle, pattern)) = message else {
        warn(&format!("no message {id} in {locale}"));
        return id.to_owned();
    };
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned();
    if !errors.is_empty() {
        warn(&format!("{id} in {locale}: {errors:?}"));
    }
    text
}

async fn fetch_all(locale: LocaleCode) -> Result<Vec<String>, JsValue> {
    let files = (PAGES.get().files().iter())
        .map(|file| fetch_text(format!("/locales/{}/{file}.ftl", locale.tag())));
    futures::future::try_join_all(files).await
}

async fn fetch_text(url: String) -> Result<String, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()).into());
    }
    let text = JsFuture::from(response.text()?).await?;
    text.as_string()
        .ok_or_else(|| format!("{url}: not text").into())
}

/// One bundle of a language's files. Placeables are isolated (FSI/PDI) so names and numbers
/// keep their direction inside a sentence of the other direction; numbers are written in the
/// language's digits, while plurals still select on the number itself.
fn bundle(locale: LocaleCode, sources: Vec<String>) -> Bundle {
    let language: LanguageIdentifier = locale
        .tag()
        .parse()
        .expect("locale tags are valid language identifiers");
    let mut bundle = FluentBundle::new(vec![language]);
    bundle.set_use_isolating(true);
    bundle.set_formatter(Some(number));
    // Registered once on a new bundle, so it cannot clash with another.
    let _ = bundle.add_function("PLURAL", move |args, _| plural(locale, args));
    for (file, source) in PAGES.get().files().iter().zip(sources) {
        // A file with errors still gives the messages that parse; the locales test keeps the
        // files free of errors.
        let resource = FluentResource::try_new(source).unwrap_or_else(|(resource, errors)| {
            warn(&format!("{locale}/{file}.ftl: {errors:?}"));
            resource
        });
        if let Err(errors) = bundle.add_resource(resource) {
            warn(&format!("{locale}/{file}.ftl: {errors:?}"));
        }
    }
    bundle
}

/// The locale of a Fluent bundle, found through the bundle's memoizer: a number formatter is
/// given nothing else.
struct BundleLocale(Option<LocaleCode>);

impl Memoizable for BundleLocale {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        Ok(BundleLocale(lang.to_string().parse().ok()))
    }
}

/// A number variable as its language writes it: "4,5" in Swedish, "٤٫٥" in Arabic.
fn number(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    intls
        .with_try_get::<BundleLocale, _, _>((), |l| {
            l.0.map(|locale| locale.write_number(&n.as_string()))
        })
        .ok()
        .flatten()
}

/// `PLURAL($n)`: the CLDR plural category of the number `$n` in the bundle's language, for
/// a selector. The Arabic messages select with it, because the rules Fluent itself selects
/// with get Arabic wrong above 100 (see `LocaleCode::plural_category`'s tests).
fn plural<'a>(locale: LocaleCode, args: &[FluentValue<'a>]) -> FluentValue<'a> {
    match args {
        [FluentValue::Number(n)] if n.value >= 0.0 && n.value.fract() == 0.0 => {
            FluentValue::String(locale.plural_category(n.value as u64).into())
        }
        // Anything else falls to the message's default variant.
        _ => FluentValue::Error,
    }
}

fn warn(text: &str) {
    web_sys::console::warn_1(&text.into());
}
