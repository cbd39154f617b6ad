//! Arbitrary text through the privacy guard: `scan` never panics and finds only real pieces of
//! the text, in order and apart; `redact` leaves nothing the guard would find; a `Note` is
//! made exactly when nothing is found.

#![no_main]

use brobygge_model::privacy::{redact, scan, Note};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let found = scan(&text);
    let mut end = 0;
    for f in &found {
        assert!(f.start >= end && f.start < f.end, "{found:?} in {text:?}");
        assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()), "{text:?}");
        end = f.end;
    }
    let redacted = redact(&text);
    let left = scan(&redacted);
    assert!(
        left.is_empty(),
        "{text:?} redacted to {redacted:?} still holds {left:?}"
    );
    match Note::parse(text.as_ref()) {
        Ok(note) => {
            assert!(found.is_empty(), "{text:?} passed holding {found:?}");
            assert_eq!(note.as_str(), text.trim());
            assert!(
                scan(note.as_str()).is_empty(),
                "trimmed {text:?} holds a finding"
            );
        }
        Err(refused) => assert_eq!(refused, found),
    }
    assert!(Note::parse(redacted).is_ok());
});
