//! The privacy guard that keeps residents' identities out of free-text notes: it finds personal
//! identity numbers, coordination numbers, phone numbers and e-mail addresses.
//!
//! The scanner is written by hand over chars (no regex, so it stays small on wasm32). It reads
//! ASCII, Eastern Arabic (U+0660..) and Persian (U+06F0..) digits alike, and reports byte ranges
//! that always fall on char boundaries. It leans towards catching: a false alarm costs a guide a
//! rewrite, a miss costs a resident their privacy. But dates, times, counts, prices and postal
//! codes must pass, or guides stop writing notes at all.

use crate::count::digit;
use serde::{Deserialize, Serialize};

/// What kind of identifying data a [`Finding`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// Personnummer: a real date and a valid check digit.
    PersonalIdentityNumber,
    /// Samordningsnummer: as a personnummer, with 60 added to the day.
    CoordinationNumber,
    PhoneNumber,
    Email,
}

/// One piece of identifying data in a text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub kind: FindingKind,
    /// the matched text as written
    pub text: String,
    /// byte range in the scanned text
    pub start: usize,
    pub end: usize,
}

/// Every piece of identifying data found in `text`, in order of position.
///
/// An e-mail address wins over any number that overlaps it, and an identity number over a phone
/// number that overlaps it.
pub fn scan(text: &str) -> Vec<Finding> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = email::emails(&chars);
    let (mut ids, mut phones): (Vec<Span>, Vec<Span>) = (Vec::new(), Vec::new());
    for i in 0..chars.len() {
        let starts_run = digit(chars[i].1).is_some() && (i == 0 || digit(chars[i - 1].1).is_none());
        if !starts_run {
            continue;
        }
        let chain = Chain::read(&chars, i);
        ids.extend(identity_number(&chain).map(|(kind, end)| (kind, i, end)));
        if phones.last().is_none_or(|&(_, _, end)| i >= end) {
            phones.extend(phone(&chars, i, &chain).map(|(s, e)| (FindingKind::PhoneNumber, s, e)));
        }
    }
    // A date and a check digit make a much stronger match than a phone number's shape.
    let overlaps = |spans: &[Span], &(_, s, e): &Span| spans.iter().any(|o| o.1 < e && s < o.2);
    ids.retain(|id| !overlaps(&found, id));
    phones.retain(|p| !overlaps(&found, p) && !overlaps(&ids, p));
    found.extend(ids.into_iter().chain(phones));
    found.sort_by_key(|&(_, s, e)| (s, e));
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let finding = |(kind, s, e): Span| Finding {
        kind,
        text: text[byte(s)..byte(e)].to_owned(),
        start: byte(s),
        end: byte(e),
    };
    found.into_iter().map(finding).collect()
}

/// What replaces identifying data in text that is kept before it passed the guard (a draft).
pub const REDACTED: &str = "[…]";

/// `text` with every finding replaced by [`REDACTED`], until the guard finds nothing: taking
/// a phone number out can reveal an address that ran on into it (`anna@skola.se0701234567`).
/// Each round takes out digits or an `@` and adds neither, so the rounds end.
pub fn redact(text: &str) -> String {
    let mut text = text.to_owned();
    loop {
        let found = scan(&text);
        if found.is_empty() {
            return text;
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = 0;
        for f in found {
            out.push_str(&text[rest..f.start]);
            out.push_str(REDACTED);
            rest = f.end;
        }
        out.push_str(&text[rest..]);
        text = out;
    }
}

/// A finding's kind and range in char indices, before it is turned into a [`Finding`].
type Span = (FindingKind, usize, usize);

/// Spaces and dashes as keyboards and autocorrect write them, reduced to `' '` and `'-'`.
fn normalize(c: char) -> char {
    match c {
        '\u{a0}' | '\u{202f}' => ' ',
        '\u{2010}'..='\u{2013}' | '\u{2212}' => '-',
        c => c,
    }
}

/// What may stand between two groups of digits of one number, longest first.
const SEPARATORS: [&str; 9] = [" - ", ") ", " (", " ", "-", ".", "(", ")", "+"];

/// A maximal run of digits, ending at a char index.
struct Group {
    end: usize,
    digits: Vec<u8>,
}

/// Groups of digits joined by single separators, read from the start of one run.
struct Chain {
    groups: Vec<Group>,
    seps: Vec<&'static str>,
}

impl Chain {
    const MAX_GROUPS: usize = 10;

    fn read(chars: &[(usize, char)], start: usize) -> Chain {
        let group_at = |start: usize| {
            let digits: Vec<u8> = chars[start..]
                .iter()
                .map_while(|&(_, c)| digit(c))
                .collect();
            let end = start + digits.len();
            Group { end, digits }
        };
        let (mut groups, mut seps) = (vec![group_at(start)], Vec::new());
        while groups.len() < Self::MAX_GROUPS {
            let at = groups[groups.len() - 1].end;
            let sep = SEPARATORS.into_iter().find(|sep| {
                let mut rest = chars[at..].iter().map(|&(_, c)| c);
                sep.chars().all(|s| rest.next().map(normalize) == Some(s))
                    && rest.next().and_then(digit).is_some()
            });
            let Some(sep) = sep else { break };
            groups.push(group_at(at + sep.chars().count()));
            seps.push(sep);
        }
        Chain { groups, seps }
    }
}

/// A personnummer or samordningsnummer at the start of `chain`, with the char index it ends at.
fn identity_number(chain: &Chain) -> Option<(FindingKind, usize)> {
    let first = &chain.groups[0];
    let (digits, end) = match (first.digits.len(), chain.seps.first(), chain.groups.get(1)) {
        (10 | 12, _, _) => (first.digits.clone(), first.end),
        (6 | 8, Some(&("-" | "+" | " " | " - ")), Some(serial)) if serial.digits.len() == 4 => {
            ([&first.digits[..], &serial.digits[..]].concat(), serial.end)
        }
        _ => return None,
    };
    let number = |ds: &[u8]| ds.iter().fold(0u32, |n, &d| n * 10 + u32::from(d));
    // With only two year digits the century is unknown, so any day of a leap year will do.
    let (year, ten) = match digits.len() {
        12 => (number(&digits[..4]), &digits[2..]),
        _ => (2000, &digits[..]),
    };
    let (month, day) = (number(&ten[2..4]), number(&ten[4..6]));
    let (kind, day) = match day {
        61.. => (FindingKind::CoordinationNumber, day - 60),
        _ => (FindingKind::PersonalIdentityNumber, day),
    };
    let real_date = (1800..2100).contains(&year)
        && chrono::NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day).is_some();
    (real_date && luhn(ten)).then_some((kind, end))
}

fn luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| u32::from(d) * (2 - u32::from(i % 2 == 1)))
        .map(|d| d / 10 + d % 10)
        .sum();
    sum.is_multiple_of(10)
}

/// The longest phone number in `chain` (which starts at char index `first`), in char indices.
fn phone(chars: &[(usize, char)], first: usize, chain: &Chain) -> Option<(usize, usize)> {
    let before = |i: usize| i.checked_sub(1).map(|i| chars[i].1);
    let (plus, paren) = (before(first) == Some('+'), before(first) == Some('('));
    let outer = if plus || paren { first - 1 } else { first };
    let d0 = &chain.groups[0].digits;
    let international = if plus {
        d0[0] != 0
    } else {
        d0.len() > 2 && d0[..2] == [0, 0] && d0[2] != 0
    };
    // A mobile or international number is caught even when written against a word
    // ("mobilnr0701234567"); other digit runs next to letters are codes, not numbers.
    let mobile_like = international || d0.starts_with(&[0, 7]);
    let word = |c: char| c.is_alphabetic() && !mobile_like || digit(c).is_some();
    // Not glued to a word, nor the tail of 2026-01-15 or 10.30.
    let glued = before(outer).is_some_and(|c| {
        word(c)
            || matches!(normalize(c), '-' | '.' | '/' | '+' | ':')
                && before(outer - 1).and_then(digit).is_some()
    });
    if glued {
        return None;
    }
    (0..chain.groups.len()).rev().find_map(|last| {
        let (groups, seps) = (&chain.groups[..=last], &chain.seps[..last]);
        let end = groups[last].end;
        if chars.get(end).is_some_and(|&(_, c)| word(c)) {
            return None;
        }
        let total: usize = groups.iter().map(|g| g.digits.len()).sum();
        let ok = if international {
            let allowed =
                |s: &&str| matches!(*s, " " | "-" | "." | " - " | "(" | ")" | " (" | ") ");
            (8..=15).contains(&(total - if plus { 0 } else { 2 })) && seps.iter().all(allowed)
        } else {
            national(groups, seps, paren, total)
        };
        // An opening parenthesis belongs to the number when it closes around the area code.
        let start = if plus || (paren && seps.first().is_some_and(|s| s.starts_with(')'))) {
            outer
        } else {
            first
        };
        ok.then_some((start, end))
    })
}

/// A Swedish number in national format: 0, an area code, and a subscriber number.
fn national(groups: &[Group], seps: &[&str], paren: bool, total: usize) -> bool {
    let area = &groups[0].digits;
    if area.len() < 2 || area[0] != 0 || area[1] == 0 || !(8..=10).contains(&total) {
        return false;
    }
    let Some((&area_sep, rest)) = seps.split_first() else {
        return true;
    };
    let area_sep_ok = match area_sep {
        ")" | ") " => paren,
        s => matches!(s, " " | "-" | "." | " - "),
    };
    // The subscriber number's groups are short and written with one kind of separator.
    let subscriber_ok = rest.iter().all(|s| matches!(*s, " " | "-" | "."))
        && rest.windows(2).all(|w| w[0] == w[1])
        && groups[2..].iter().all(|g| g.digits.len() <= 4);
    // Subscriber numbers have 5 to 8 digits and never start with 0 (08.03 is a date).
    let area_code_ok = area.len() > 4 || (total - area.len() >= 5 && groups[1].digits[0] != 0);
    // 08.12.2026 or 01-12-26 is a date, not a number in Stockholm.
    let date = groups.len() == 3
        && seps[0] == seps[1]
        && area.len() == 2
        && groups[1].digits.len() <= 2
        && matches!(groups[1].digits.iter().fold(0, |n, &d| n * 10 + d), 1..=12);
    area_sep_ok && subscriber_ok && area_code_ok && !date
}

mod email;
mod note;

pub use note::{Note, NoteRefused};
#[cfg(test)]
mod tests;
