//! Numbers as each language writes them: its digits, its decimal separator and the separator
//! between groups of thousands (CLDR's symbols for the language's default numbering system).

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

    /// The separator between groups of three digits, as in "1 204" (a no-break space) in
    /// Swedish, "1.204" in Turkish or "١٬٢٠٤" in Arabic.
    pub fn group_separator(self) -> &'static str {
        use LocaleCode::*;
        match self {
            Ar | Fa | FaAf | Ckb => "\u{066C}",
            En | So | Ti => ",",
            Kmr | Bs | Tr => ".",
            Sv | Fi | Uk | Pl => "\u{00A0}",
        }
    }

    /// The fewest whole digits a number has before its thousands are grouped: Polish writes
    /// "1204" but "12 045" (CLDR's minimum grouping digits of two).
    fn grouped_from(self) -> usize {
        match self {
            LocaleCode::Pl => 5,
            _ => 4,
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

    /// A number written in ASCII ("4.5", "-1234") as the language writes it, with its digits,
    /// decimal separator and grouped thousands: "1 204,5" in Swedish, "١٬٢٠٤٫٥" in Arabic,
    /// "۴٫۵" in Persian. Text that is not a plain number, such as a month "2026-03", has only
    /// its digits and points changed.
    pub fn write_number(self, ascii: &str) -> String {
        let (sign, unsigned) = match ascii.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", ascii),
        };
        let (whole, fraction) = match unsigned.split_once('.') {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (unsigned, None),
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || !fraction.is_none_or(digits) {
            return self.write_digits(&ascii.replace('.', self.decimal_separator()));
        }
        let mut written = String::from(sign);
        let grouped = whole.len() >= self.grouped_from();
        for (i, digit) in whole.chars().enumerate() {
            if grouped && i > 0 && (whole.len() - i) % 3 == 0 {
                written.push_str(self.group_separator());
            }
            written.push(digit);
        }
        if let Some(fraction) = fraction {
            written.push_str(self.decimal_separator());
            written.push_str(fraction);
        }
        self.write_digits(&written)
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
                "1\u{a0}204,5",
                "1,204.5",
                "١٬٢٠٤٫٥",
                "١٬٢٠٤٫٥",
                "۱٬۲۰۴٫۵",
                "۱٬۲۰۴٫۵",
                "1,204.5"
            ]
        );
        assert_eq!(LocaleCode::Ar.write_digits("09:30"), "٠٩:٣٠");
    }

    #[test]
    fn thousands_are_grouped_as_each_language_groups_them() {
        let check = |locale: LocaleCode, ascii: &str, expected: &str| {
            assert_eq!(locale.write_number(ascii), expected, "{locale:?} {ascii}");
        };
        check(LocaleCode::Sv, "999", "999");
        check(LocaleCode::Sv, "1000", "1\u{a0}000");
        check(LocaleCode::Sv, "1234567", "1\u{a0}234\u{a0}567");
        check(LocaleCode::Sv, "-12345.25", "-12\u{a0}345,25");
        check(LocaleCode::Tr, "1234.5", "1.234,5");
        check(LocaleCode::Bs, "1000000", "1.000.000");
        check(LocaleCode::Kmr, "2500", "2.500");
        check(LocaleCode::So, "2500", "2,500");
        check(LocaleCode::Uk, "2500", "2\u{a0}500");
        check(LocaleCode::Pl, "1204", "1204");
        check(LocaleCode::Pl, "12045", "12\u{a0}045");
        // Not plain numbers: a month, a time, an empty text.
        check(LocaleCode::Sv, "2026-03", "2026-03");
        check(LocaleCode::Ar, "2026-03", "٢٠٢٦-٠٣");
        check(LocaleCode::En, "1.2.3", "1.2.3");
        check(LocaleCode::Sv, "", "");
        assert_eq!(LocaleCode::Fa.write_digits("−7 h"), "−۷ h");
    }
}
