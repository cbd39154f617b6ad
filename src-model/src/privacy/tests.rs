use super::*;
use proptest::prelude::*;
use FindingKind::{
    CoordinationNumber as Coord, Email, PersonalIdentityNumber as Pin, PhoneNumber as Phone,
};

/// Scans `input` and compares the findings' kinds and texts with `expected`, in order, and checks
/// that every finding's byte range is the text it claims.
fn check(input: &str, expected: &[(FindingKind, &str)]) {
    let findings = scan(input);
    for f in &findings {
        assert_eq!(
            input.get(f.start..f.end),
            Some(f.text.as_str()),
            "in {input:?}: {f:?}"
        );
    }
    let got: Vec<(FindingKind, &str)> =
        findings.iter().map(|f| (f.kind, f.text.as_str())).collect();
    assert_eq!(got, expected, "in {input:?}");
}

#[test]
fn identifying_data_is_caught() {
    let cases: &[(&str, &[(FindingKind, &str)])] = &[
        (
            "Mamman (811218-9876) ville ha hjälp",
            &[(Pin, "811218-9876")],
        ),
        (
            "Pappan sa sitt personnummer 19121212-1212 högt",
            &[(Pin, "19121212-1212")],
        ),
        ("pnr 121212-1212, behöver BankID", &[(Pin, "121212-1212")]),
        (
            "Hennes nummer 8507091232 står på lappen",
            &[(Pin, "8507091232")],
        ),
        (
            "Mannen är född 640823+3234 och har hemtjänst",
            &[(Pin, "640823+3234")],
        ),
        (
            "Skrev ner 198507091232 på blanketten",
            &[(Pin, "198507091232")],
        ),
        (
            "Flickan 030415-0022 saknar förskoleplats",
            &[(Pin, "030415-0022")],
        ),
        (
            "Personnummer 811218 9876 till vårdcentralen",
            &[(Pin, "811218 9876")],
        ),
        ("Född 000229-4007, skottdag", &[(Pin, "000229-4007")]),
        (
            "Lånade ut datorn till 19640823 3234",
            &[(Pin, "19640823 3234")],
        ),
        (
            "Samordningsnummer 701063-2581 från Skatteverket",
            &[(Coord, "701063-2581")],
        ),
        (
            "He gave 851291-4568 as his number",
            &[(Coord, "851291-4568")],
        ),
        (
            "Samordningsnr 19701063-2581 saknar BankID",
            &[(Coord, "19701063-2581")],
        ),
        ("رقمه الشخصي ٨١١٢١٨-٩٨٧٦ من فضلك", &[(Pin, "٨١١٢١٨-٩٨٧٦")]),
        ("شماره ملی ۱۹۱۲۱۲۱۲-۱۲۱۲ را نوشت", &[(Pin, "۱۹۱۲۱۲۱۲-۱۲۱۲")]),
        ("رقم التنسيق ٧٠١٠٦٣-٢٥٨١", &[(Coord, "٧٠١٠٦٣-٢٥٨١")]),
        ("Ring henne på 070-123 45 67", &[(Phone, "070-123 45 67")]),
        (
            "Hans mobil 0701234567, ring efter 17",
            &[(Phone, "0701234567")],
        ),
        ("mobilnr0701234567 enligt mamman", &[(Phone, "0701234567")]),
        ("ring 0701234567kväll", &[(Phone, "0701234567")]),
        ("070 123 45 67 efter kl 15", &[(Phone, "070 123 45 67")]),
        ("tel:073-1234567", &[(Phone, "073-1234567")]),
        (
            "Nås på +46 70 123 45 67 på kvällen",
            &[(Phone, "+46 70 123 45 67")],
        ),
        ("WhatsApp +46701234567", &[(Phone, "+46701234567")]),
        ("Ring 0046 70 123 45 67", &[(Phone, "0046 70 123 45 67")]),
        (
            "Kontakt via boendet 036-10 50 00",
            &[(Phone, "036-10 50 00")],
        ),
        (
            "Dottern i Stockholm, 08-123 456 78.",
            &[(Phone, "08-123 456 78")],
        ),
        ("Ring (036) 10 50 00 i morgon", &[(Phone, "(036) 10 50 00")]),
        (
            "Brodern i Erbil +964 750 123 4567",
            &[(Phone, "+964 750 123 4567")],
        ),
        (
            "Family in Mogadishu: +252 61 5123456",
            &[(Phone, "+252 61 5123456")],
        ),
        (
            "Nr +46 (0)70-123 45 67 (jobb)",
            &[(Phone, "+46 (0)70-123 45 67")],
        ),
        (
            "Mobil 070–123 45 67 enligt henne",
            &[(Phone, "070–123 45 67")],
        ),
        ("(0739876543) ring före lunch", &[(Phone, "0739876543")]),
        (
            "Kl 08.30-10.00 0701234567 ring då",
            &[(Phone, "0701234567")],
        ),
        ("هاتفها ٠٧٣-٦٥٤٣٢١٠ بعد الظهر", &[(Phone, "٠٧٣-٦٥٤٣٢١٠")]),
        ("شماره‌اش ۰۷۰۱۲۳۴۵۶۷ است", &[(Phone, "۰۷۰۱۲۳۴۵۶۷")]),
        (
            "Mejla anna.svensson@gmail.com om tid",
            &[(Email, "anna.svensson@gmail.com")],
        ),
        (
            "Skicka till mohammed_ali@hotmail.se.",
            &[(Email, "mohammed_ali@hotmail.se")],
        ),
        (
            "Hennes adress åsa.öberg@jönköping.se",
            &[(Email, "åsa.öberg@jönköping.se")],
        ),
        (
            "Mejla ali@example.com eller ring 0739876543",
            &[(Email, "ali@example.com"), (Phone, "0739876543")],
        ),
        (
            "Pappa 811218-9876, mobil 076-111 22 33",
            &[(Pin, "811218-9876"), (Phone, "076-111 22 33")],
        ),
        (
            "Mejl 0701234567@sms.telia.se",
            &[(Email, "0701234567@sms.telia.se")],
        ),
    ];
    for (input, expected) in cases {
        check(input, expected);
    }
}

#[test]
fn ordinary_notes_pass() {
    let cases = [
        "Språkcafé på Råslätts bibliotek, 14 deltagare, pratade om vårdcentralen och 1177",
        "Föräldrafrukost 08:30-10:00, frågor om förskoleplats",
        "Föräldrafrukost 08.30-10.00 och 13.00-15.00",
        "Träff 2026-11-30 på Öxnehaga fritidsgård",
        "Nästa gång 30/11",
        "Datum 30.11.2026",
        "Datum 05.03.2026, samma tid",
        "Träff 08.12.2026 kl 10",
        "Mötet 2026-01-15 1030 i Huskvarna",
        "Mötet 2026-03-05 10.00-11.30, 8 deltagare",
        "Öppet 10:00-12:00",
        "Fika kl 14.30",
        "Tid 09.15 - 10.30",
        "Pass kl 0800-1000",
        "Öppet 0900 - 1100, vecka 05/12 2026",
        "Läsåret 2025-2026",
        "12 kvinnor och 3 män",
        "barn 0-6 år och 7-12 år",
        "Ålder 18-25 år: 6 st, 26-64 år: 11 st",
        "Ordernummer 1234567890",
        "85 % var nöjda, 40% ville komma igen",
        "Samlades i rum 204",
        "Adress: Storgatan 3, 554 39 Jönköping",
        "Bussen kostar 1 500 kr per termin",
        "Summa 12 345,50 kr",
        "Bankgiro 5050-1055 för kollekten",
        "Org.nr 212000-0530 står på fakturan",
        "Personnummer med fel kontrollsiffra 811218-9875 räknas inte",
        "Temperatur +3 grader, få kom",
        "Mejla info @ kommunen om lokalen",
        "@Fatima tack för tolkningen",
        "Vecka 47, 2026: tema tandvård",
        "حضر ١٤ شخصًا، تحدثنا عن المركز الصحي و ١١٧٧",
        "۱۴ نفر آمدند، ساعت ۱۰:۰۰ تا ۱۲:۰۰",
        "Samtalen varade 45-60 min, 3 av 10 behövde tolk",
        "",
    ];
    for input in cases {
        check(input, &[]);
    }
}

#[test]
fn a_note_is_trimmed_and_kept() {
    let note = Note::parse("  Läxhjälp, 9 barn \n").unwrap();
    assert_eq!(note.as_str(), "Läxhjälp, 9 barn");
    assert!(!note.is_empty());
    assert!(Note::default().is_empty());
    let refused = Note::parse(" 811218-9876").unwrap_err();
    assert_eq!((refused[0].start, refused[0].end), (1, 12));
}

#[test]
fn a_note_is_guarded_again_when_deserialized() {
    let err = serde_json::from_str::<Note>(r#""Ring henne på 070-123 45 67""#).unwrap_err();
    assert!(err.to_string().contains("identifying data"), "{err}");
    let note = Note::parse("Språkcafé, 14 deltagare, frågor om 1177").unwrap();
    let json = serde_json::to_string(&note).unwrap();
    assert_eq!(json, r#""Språkcafé, 14 deltagare, frågor om 1177""#);
    assert_eq!(serde_json::from_str::<Note>(&json).unwrap(), note);
}

/// A valid identity number: a real date, a serial and the Luhn check digit, written in one of
/// the common forms and one of three scripts. Days are shifted by `day_offset` (60 for
/// coordination numbers).
fn identity_number(day_offset: u32) -> impl Strategy<Value = String> {
    let date = (1900i32..2030, 1u32..=12, 1u32..=31).prop_filter("a real date", |&(y, m, d)| {
        chrono::NaiveDate::from_ymd_opt(y, m, d).is_some()
    });
    (date, 0u32..1000, 0usize..7, 0u32..3).prop_map(move |((y, m, d), serial, form, script)| {
        let nine = format!("{:02}{m:02}{:02}{serial:03}", y % 100, d + day_offset);
        let digits: Vec<u8> = nine.bytes().map(|b| b - b'0').collect();
        let check = (0..=9)
            .find(|&c| luhn(&[&digits[..], &[c]].concat()))
            .unwrap();
        let (short, long) = (&nine[..6], format!("{}{}", y / 100, &nine[..6]));
        let tail = format!("{}{check}", &nine[6..]);
        let plain = match form {
            0 => format!("{short}-{tail}"),
            1 => format!("{short}+{tail}"),
            2 => format!("{short}{tail}"),
            3 => format!("{short} {tail}"),
            4 => format!("{long}-{tail}"),
            5 => format!("{long}{tail}"),
            _ => format!("{long} {tail}"),
        };
        let zero = ['0', '\u{660}', '\u{6F0}'][script as usize];
        plain
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(n) => char::from_u32(u32::from(zero) + n).unwrap(),
                None => c,
            })
            .collect()
    })
}

fn words() -> impl Strategy<Value = String> {
    "([a-zA-ZåäöÅÄÖ]{1,10} ){0,6}"
}

proptest! {
    #[test]
    fn any_personal_identity_number_is_caught(before in words(), n in identity_number(0), after in words()) {
        check(&format!("{before}{n} {after}"), &[(Pin, &n)]);
    }

    #[test]
    fn any_coordination_number_is_caught(before in words(), n in identity_number(60), after in words()) {
        check(&format!("{before}{n} {after}"), &[(Coord, &n)]);
    }

    #[test]
    fn findings_are_ordered_slices_of_any_text(text in "\\PC*") {
        let findings = scan(&text);
        for f in &findings {
            prop_assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()));
        }
        prop_assert!(findings.windows(2).all(|w| w[0].start <= w[1].start));
    }

    #[test]
    fn letters_and_spaces_are_always_a_note(text in "[a-zA-ZåäöÅÄÖ\u{627}-\u{64A} ]{0,300}") {
        prop_assert!(Note::parse(text).is_ok());
    }
}

#[test]
fn redaction_removes_every_finding_and_keeps_the_rest() {
    let note = "Ring 070-123 45 67 eller skriv till anna@example.se om 811218-9876, tack";
    let redacted = redact(note);
    assert_eq!(redacted, "Ring […] eller skriv till […] om […], tack");
    assert!(scan(&redacted).is_empty());
    assert_eq!(redact("Inget att dölja"), "Inget att dölja");
}

mod fuzzed;
