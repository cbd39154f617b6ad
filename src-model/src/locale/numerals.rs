//! Numbers as each language writes them: its digits and its decimal separator.

use super::LocaleCode;

/// The digits a language writes its numbers with: CLDR's default numbering system for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Numerals {
    /// 0123456789
    Latin,
    /// ٠١٢٣٤٥٦٧٨٩, as Arabic and Sorani write them.
    ArabicIndic,
    /// ۰۱۲۳۴۵۶۷۸۹, as Persian and Dari write them.
    Persian,
}

impl Numerals {
    /// The digit zero; the other nine follow it in Unicode.
    fn zero(self) -> char {
        match self {
            Numerals::Latin => '0',
            Numerals::ArabicIndic => '\u{0660}',
            Numerals::Persian => '\u{06F0}',
        }
    }
}

impl LocaleCode {
    /// The decimal separator the language writes, as in "4,5 timmar" or "٤٫٥".
    pub fn decimal_separator(self) -> &'static str {
        match self {
            LocaleCode::Ar | LocaleCode::Fa | LocaleCode::FaAf | LocaleCode::Ckb => "\u{066B}",
            LocaleCode::En | LocaleCode::So | LocaleCode::Ti => ".",
            _ => ",",
        }
    }

    pub fn numerals(self) -> Numerals {
        match self {
            LocaleCode::Ar | LocaleCode::Ckb => Numerals::ArabicIndic,
            LocaleCode::Fa | LocaleCode::FaAf => Numerals::Persian,
            _ => Numerals::Latin,
        }
    }

    /// Text with its ASCII digits written in the language's digits, as a time "09:30" becomes
    /// "٠٩:٣٠" in Arabic. Everything else is kept.
    pub fn write_digits(self, text: &str) -> String {
        let zero = u32::from(self.numerals().zero());
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(zero + d).unwrap_or(c),
                _ => c,
            })
            .collect()
    }

    /// A number written in ASCII ("4.5", "1234") as the language writes it, with its digits
    /// and its decimal separator: "4,5" in Swedish, "٤٫٥" in Arabic, "۴٫۵" in Persian.
    /// Thousands are not grouped.
    pub fn write_number(self, ascii: &str) -> String {
        self.write_digits(&ascii.replace('.', self.decimal_separator()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_in_each_language_digits_and_decimal_separator() {
        let written: Vec<String> = [
            LocaleCode::Sv,
            LocaleCode::En,
            LocaleCode::Ar,
            LocaleCode::Ckb,
            LocaleCode::Fa,
            LocaleCode::FaAf,
            LocaleCode::Ti,
        ]
        .into_iter()
        .map(|l| l.write_number("1204.5"))
        .collect();
        assert_eq!(
            written,
            [
                "1204,5",
                "1204.5",
                "١٢٠٤٫٥",
                "١٢٠٤٫٥",
                "۱۲۰۴٫۵",
                "۱۲۰۴٫۵",
                "1204.5"
            ]
        );
        assert_eq!(LocaleCode::Ar.write_digits("09:30"), "٠٩:٣٠");
        assert_eq!(LocaleCode::Fa.write_digits("−7 h"), "−۷ h");
    }
}
