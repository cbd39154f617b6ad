//! Strings in the user's language: the Fluent files under `locales/` embedded at compile time,
//! the current locale as a signal, and `lang`/`dir` on the page following it.

use brobygge_model::LocaleCode;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use leptos::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "sv",
        // Placeables are isolated (FSI/PDI) so names and numbers keep their direction
        // inside a sentence of the other direction; numbers are written in the language's
        // digits, while plurals still select on the number itself.
        customise: |bundle| {
            bundle.set_use_isolating(true);
            bundle.set_formatter(Some(number));
            let locale = bundle.locales.first().and_then(|l| l.to_string().parse().ok());
            // Registered once per bundle, so it cannot clash with another.
            let _ = bundle.add_function("PLURAL", move |args, _| plural(locale, args));
        },
    };
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
fn plural<'a>(locale: Option<LocaleCode>, args: &[FluentValue<'a>]) -> FluentValue<'a> {
    match (locale, args) {
        (Some(locale), [FluentValue::Number(n)]) if n.value >= 0.0 && n.value.fract() == 0.0 => {
            FluentValue::String(locale.plural_category(n.value as u64).into())
        }
        // Anything else falls to the message's default variant.
        _ => FluentValue::Error,
    }
}

/// The current locale, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    pub locale: RwSignal<LocaleCode>,
}

impl I18n {
    /// Provides the context and keeps `<html lang dir>` in step with the locale.
    pub fn provide(initial: LocaleCode) -> I18n {
        let i18n = I18n {
            locale: RwSignal::new(initial),
        };
        provide_context(i18n);
        Effect::new(move |_| {
            let locale = i18n.locale.get();
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("lang", locale.tag());
                let _ = html.set_attribute("dir", locale.direction().as_str());
            }
        });
        i18n
    }

    /// A message without variables, reactive on the locale.
    pub fn t(&self, id: &str) -> String {
        LOCALES.lookup(&language(self.locale.get()), id)
    }

    /// A message with variables; numbers are passed as numbers so plurals select correctly.
    pub fn t_args(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        message(self.locale.get(), id, args)
    }

    /// A figure shown outside a message, in the language's digits; reactive on the locale.
    pub fn number(&self, n: impl ToString) -> String {
        self.locale.get().write_number(&n.to_string())
    }
}

/// A message in a given locale, outside any reactive scope.
pub fn message(locale: LocaleCode, id: &str, args: &[(&'static str, Arg)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Num(n) => FluentValue::from(*n),
                Arg::Text(s) => FluentValue::from(s.clone()),
            };
            (Cow::Borrowed(*name), value)
        })
        .collect();
    LOCALES.lookup_with_args(&language(locale), id, &args)
}

/// A Fluent variable's value.
pub enum Arg {
    Num(f64),
    Text(String),
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Num(n.into())
    }
}

/// People and occasions: far below where an `f64` stops counting exactly.
impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Num(n as f64)
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}

fn language(locale: LocaleCode) -> LanguageIdentifier {
    locale
        .tag()
        .parse()
        .expect("locale tags are valid language identifiers")
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// The device's language when it is one we speak.
pub fn device_locale() -> Option<LocaleCode> {
    let tag = window().navigator().language()?;
    LocaleCode::from_device_tag(&tag)
}
