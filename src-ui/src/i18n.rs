//! Strings in the user's language: the current locale as a signal, its Fluent strings from
//! [`catalog`] (fetched when a language is first used), and `lang`/`dir` on the page following
//! the strings shown. A page loads its first language before it draws anything
//! ([`prepare`]), so its first paint is in the user's language.

mod catalog;

pub use catalog::Pages;

use brobygge_model::LocaleCode;
use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::Cell;

thread_local! {
    /// The language [`prepare`] loaded for the page to start in.
    static START: Cell<Option<LocaleCode>> = const { Cell::new(None) };
}

/// Loads the strings of the language a page starts in, before the page is drawn; the page's
/// [`I18n`] then starts in it ([`start_locale`]).
pub async fn prepare(locale: LocaleCode, pages: Pages) {
    catalog::show(pages);
    catalog::load(locale).await;
    START.set(Some(locale));
}

/// The language the page starts in: the one [`prepare`]d, else the device's, else Swedish.
pub fn start_locale() -> LocaleCode {
    START.get().or_else(device_locale).unwrap_or(LocaleCode::Sv)
}

/// The current locale, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language chosen; setting it changes the page's language once its strings are loaded.
    pub locale: RwSignal<LocaleCode>,
    /// The language the strings are shown in: `locale`, or until its strings are loaded, the
    /// previous one (never message ids).
    shown: RwSignal<LocaleCode>,
}

impl I18n {
    /// Provides the context and keeps `<html lang dir>` in step with the strings shown.
    pub fn provide(initial: LocaleCode) -> I18n {
        let i18n = I18n {
            locale: RwSignal::new(initial),
            shown: RwSignal::new(initial),
        };
        provide_context(i18n);
        set_page_language(initial);
        Effect::new(move |_| {
            let wanted = i18n.locale.get();
            if catalog::is_loaded(wanted) {
                if i18n.shown.get_untracked() != wanted {
                    i18n.shown.set(wanted);
                }
                return;
            }
            spawn_local(async move {
                catalog::load(wanted).await;
                // Set even when it is already `shown`: its strings have just arrived.
                if i18n.locale.get_untracked() == wanted {
                    i18n.shown.set(wanted);
                }
            });
        });
        Effect::new(move |_| set_page_language(i18n.shown.get()));
        i18n
    }

    /// A message without variables, reactive on the locale.
    pub fn t(&self, id: &str) -> String {
        catalog::format(self.shown.get(), id, None)
    }

    /// A message with variables; numbers are passed as numbers so plurals select correctly.
    pub fn t_args(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        message(self.shown.get(), id, args)
    }

    /// A figure shown outside a message, in the language's digits; reactive on the locale.
    pub fn number(&self, n: impl ToString) -> String {
        self.shown.get().write_number(&n.to_string())
    }
}

fn set_page_language(locale: LocaleCode) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", locale.tag());
        let _ = html.set_attribute("dir", locale.direction().as_str());
    }
}

/// A message in a given locale, outside any reactive scope.
pub fn message(locale: LocaleCode, id: &str, args: &[(&'static str, Arg)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Text(s) => FluentValue::from(s.clone()),
        };
        fluent_args.set(*name, value);
    }
    catalog::format(locale, id, Some(&fluent_args))
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

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// The device's language when it is one we speak.
pub fn device_locale() -> Option<LocaleCode> {
    let tag = window().navigator().language()?;
    LocaleCode::from_device_tag(&tag)
}
