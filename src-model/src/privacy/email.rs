//! Finding e-mail addresses in a note.

use super::{FindingKind, Span};

/// E-mail addresses: a local part, `@`, and a domain with a top-level domain of letters.
pub(super) fn emails(chars: &[(usize, char)]) -> Vec<Span> {
    let local = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
    let domain = |c: char| c.is_alphanumeric() || matches!(c, '.' | '-');
    let text = |range: std::ops::Range<usize>| chars[range].iter().map(|&(_, c)| c);
    fn run(chars: impl Iterator<Item = char>, keep: impl Fn(char) -> bool) -> usize {
        chars.take_while(|&c| keep(c)).count()
    }
    let mut found: Vec<Span> = Vec::new();
    for (at, _) in chars.iter().enumerate().filter(|(_, &(_, c))| c == '@') {
        let start = at - run(text(0..at).rev(), local);
        let start = start + run(text(start..at), |c| !c.is_alphanumeric());
        let end = at + 1 + run(text(at + 1..chars.len()), domain);
        let end = end - run(text(at + 1..end).rev(), |c| !c.is_alphanumeric());
        let name: String = text(at + 1..end).collect();
        let tld = name.rsplit('.').next().unwrap_or_default();
        let domain_ok = name.contains('.')
            && !name.split('.').any(str::is_empty)
            && tld.chars().count() >= 2
            && tld.chars().all(char::is_alphabetic);
        if start >= at || !domain_ok {
            continue;
        }
        // `a@b.se@c.se`: the domain of one is the local part of the next; one finding.
        match found.last_mut() {
            Some(last) if start < last.2 => last.2 = last.2.max(end),
            _ => found.push((FindingKind::Email, start, end)),
        }
    }
    found
}
