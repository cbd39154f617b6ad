//! The languages the product speaks, as a closed set: a `LocaleCode` is always one we have
//! strings for.

mod numerals;
mod plurals;

pub use numerals::Numerals;

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language the user interface is translated into. Swedish is the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LocaleCode {
    #[serde(rename = "sv")]
    Sv,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "ar")]
    Ar,
    /// Persian.
    #[serde(rename = "fa")]
    Fa,
    /// Dari, the Persian of Afghanistan.
    #[serde(rename = "fa-AF")]
    FaAf,
    /// Central Kurdish (Sorani), in Arabic script.
    #[serde(rename = "ckb")]
    Ckb,
    /// Northern Kurdish (Kurmanji), in Latin script.
    #[serde(rename = "kmr")]
    Kmr,
    #[serde(rename = "so")]
    So,
    /// Tigrinya, in Ethiopic script.
    #[serde(rename = "ti")]
    Ti,
    #[serde(rename = "bs")]
    Bs,
    #[serde(rename = "tr")]
    Tr,
    #[serde(rename = "uk")]
    Uk,
    #[serde(rename = "fi")]
    Fi,
    #[serde(rename = "pl")]
    Pl,
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
    pub const ALL: [LocaleCode; 14] = [
        LocaleCode::Sv,
        LocaleCode::En,
        LocaleCode::Ar,
        LocaleCode::Fa,
        LocaleCode::FaAf,
        LocaleCode::Ckb,
        LocaleCode::Kmr,
        LocaleCode::So,
        LocaleCode::Ti,
        LocaleCode::Bs,
        LocaleCode::Tr,
        LocaleCode::Uk,
        LocaleCode::Fi,
        LocaleCode::Pl,
    ];

    /// The BCP 47 tag, as used for `<html lang>` and the `locales/<tag>/` folder.
    pub fn tag(self) -> &'static str {
        match self {
            LocaleCode::Sv => "sv",
            LocaleCode::En => "en",
            LocaleCode::Ar => "ar",
            LocaleCode::Fa => "fa",
            LocaleCode::FaAf => "fa-AF",
            LocaleCode::Ckb => "ckb",
            LocaleCode::Kmr => "kmr",
            LocaleCode::So => "so",
            LocaleCode::Ti => "ti",
            LocaleCode::Bs => "bs",
            LocaleCode::Tr => "tr",
            LocaleCode::Uk => "uk",
            LocaleCode::Fi => "fi",
            LocaleCode::Pl => "pl",
        }
    }

    /// The language's name in its own language and script, for the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            LocaleCode::Sv => "Svenska",
            LocaleCode::En => "English",
            LocaleCode::Ar => "العربية",
            LocaleCode::Fa => "فارسی",
            LocaleCode::FaAf => "دری",
            LocaleCode::Ckb => "کوردیی ناوەندی",
            LocaleCode::Kmr => "Kurmancî",
            LocaleCode::So => "Soomaali",
            LocaleCode::Ti => "ትግርኛ",
            LocaleCode::Bs => "Bosanski",
            LocaleCode::Tr => "Türkçe",
            LocaleCode::Uk => "Українська",
            LocaleCode::Fi => "Suomi",
            LocaleCode::Pl => "Polski",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            LocaleCode::Ar | LocaleCode::Fa | LocaleCode::FaAf | LocaleCode::Ckb => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// The best locale for a device language tag such as `ar-SE`, `fa_AF.UTF-8` or `prs`, if
    /// any. Dari is Persian as written in Afghanistan; plain `ku` is taken as Kurmanji, the
    /// Kurdish of Latin script.
    pub fn from_device_tag(tag: &str) -> Option<LocaleCode> {
        let mut parts = tag.split(['-', '_', '.']);
        let primary = parts.next().unwrap_or_default().to_ascii_lowercase();
        let region = parts.next().unwrap_or_default().to_ascii_uppercase();
        match (primary.as_str(), region.as_str()) {
            ("fa", "AF") | ("prs", _) => Some(LocaleCode::FaAf),
            ("ku", "IQ" | "IR") => Some(LocaleCode::Ckb),
            ("ku", _) => Some(LocaleCode::Kmr),
            ("hr" | "sr" | "sh", _) => Some(LocaleCode::Bs),
            (p, _) => p.parse().ok(),
        }
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
        assert_eq!(LocaleCode::from_device_tag("so-SO"), Some(LocaleCode::So));
        assert_eq!(LocaleCode::from_device_tag("fa-IR"), Some(LocaleCode::Fa));
        assert_eq!(
            LocaleCode::from_device_tag("fa_AF.UTF-8"),
            Some(LocaleCode::FaAf)
        );
        assert_eq!(LocaleCode::from_device_tag("prs"), Some(LocaleCode::FaAf));
        assert_eq!(LocaleCode::from_device_tag("ckb-IQ"), Some(LocaleCode::Ckb));
        assert_eq!(LocaleCode::from_device_tag("ku-TR"), Some(LocaleCode::Kmr));
        assert_eq!(LocaleCode::from_device_tag("ti-ER"), Some(LocaleCode::Ti));
        assert_eq!(LocaleCode::from_device_tag("hr-HR"), Some(LocaleCode::Bs));
        assert_eq!(LocaleCode::from_device_tag("de-DE"), None);
    }

    #[test]
    fn arabic_persian_dari_and_sorani_are_right_to_left_and_kurmanji_is_not() {
        let rtl: Vec<_> = LocaleCode::ALL
            .into_iter()
            .filter(|l| l.direction() == Direction::Rtl)
            .collect();
        assert_eq!(
            rtl,
            [
                LocaleCode::Ar,
                LocaleCode::Fa,
                LocaleCode::FaAf,
                LocaleCode::Ckb
            ]
        );
        assert_eq!(LocaleCode::Kmr.direction(), Direction::Ltr);
    }

    #[test]
    fn every_tag_reads_back_and_serializes_as_itself() {
        for l in LocaleCode::ALL {
            assert_eq!(l.tag().parse::<LocaleCode>(), Ok(l));
            assert_eq!(
                serde_json::to_string(&l).unwrap(),
                format!("\"{}\"", l.tag())
            );
        }
    }
}
