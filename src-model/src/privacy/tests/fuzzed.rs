//! Inputs the `privacy_guard` fuzz target (in `fuzz/`) found, kept as regression tests.

use super::*;

/// Two addresses sharing `ample.seehh` overlapped, and `redact` sliced backwards and panicked.
#[test]
fn addresses_that_share_a_part_are_one_finding() {
    let note = " almaaimin\u{fffd}h@ehh@ample.seehh@ample.sempl\u{fffd}n +";
    check(note, &[(Email, "ehh@ample.seehh@ample.sempl")]);
    assert_eq!(redact(note), " almaaimin\u{fffd}h@[…]\u{fffd}n +");
    check("a@b.se@c.se", &[(Email, "a@b.se@c.se")]);
}

/// The phone number hid the address it was glued to (the top-level domain ran on into the
/// digits), and redacting the number revealed the address.
#[test]
fn redaction_leaves_nothing_the_guard_finds() {
    let note = "skriv amina@skola.se0701234567";
    check(note, &[(Phone, "0701234567")]);
    assert_eq!(redact(note), "skriv […][…]");
    assert_eq!(redact("\u{0}70a.ha@xs.eeR070120467/"), "\u{0}[…][…]/");
}
