//! The languages the product speaks, as a closed set: a `LocaleCode` is always one we have
//! strings for.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language the user interface is translated into. Swedish is the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LocaleCode {
    Sv,
    En,
    Ar,
}

/// Writing direction of a locale, as the page's `dir` attribute wants it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl LocaleCode {
    /// Every locale, the source language first.
    pub const ALL: [LocaleCode; 3] = [LocaleCode::Sv, LocaleCode::En, LocaleCode::Ar];

    /// The BCP 47 tag, as used for `<html lang>` and the `locales/<tag>/` folder.
    pub fn tag(self) -> &'static str {
        match self {
            LocaleCode::Sv => "sv",
            LocaleCode::En => "en",
            LocaleCode::Ar => "ar",
        }
    }

    /// The language's name in its own language and script, for the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            LocaleCode::Sv => "Svenska",
            LocaleCode::En => "English",
            LocaleCode::Ar => "العربية",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            LocaleCode::Ar => Direction::Rtl,
            LocaleCode::Sv | LocaleCode::En => Direction::Ltr,
        }
    }

    /// The best locale for a device language tag such as `ar-SE` or `en_GB.UTF-8`, if any.
    pub fn from_device_tag(tag: &str) -> Option<LocaleCode> {
        let primary = tag
            .split(['-', '_', '.'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        primary.parse().ok()
    }
}

impl fmt::Display for LocaleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A language tag we have no strings for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown locale {0:?}")]
pub struct UnknownLocale(pub String);

impl FromStr for LocaleCode {
    type Err = UnknownLocale;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        LocaleCode::ALL
            .into_iter()
            .find(|l| l.tag() == s)
            .ok_or_else(|| UnknownLocale(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_tags_map_to_known_locales() {
        assert_eq!(LocaleCode::from_device_tag("ar-SE"), Some(LocaleCode::Ar));
        assert_eq!(
            LocaleCode::from_device_tag("sv_SE.UTF-8"),
            Some(LocaleCode::Sv)
        );
        assert_eq!(LocaleCode::from_device_tag("EN"), Some(LocaleCode::En));
        assert_eq!(LocaleCode::from_device_tag("so-SO"), None);
    }

    #[test]
    fn only_arabic_is_right_to_left_so_far() {
        let rtl: Vec<_> = LocaleCode::ALL
            .into_iter()
            .filter(|l| l.direction() == Direction::Rtl)
            .collect();
        assert_eq!(rtl, [LocaleCode::Ar]);
    }
}
