use super::*;

#[test]
fn codes_are_plain_ascii() {
    assert!(Code::new("raslatt").is_ok());
    assert!(Code::new("open-preschool-2").is_ok());
    assert!(Code::new("Råslätt").is_err());
    assert!(Code::new("").is_err());
    assert!(Code::new("a b").is_err());
}

#[test]
fn labels_fall_back_to_swedish() {
    let labels: Labels = serde_json::from_str(r#"{"sv":"Bibliotek","en":"Library"}"#).unwrap();
    assert_eq!(labels.get(LocaleCode::En), "Library");
    assert_eq!(labels.get(LocaleCode::Ar), "Bibliotek");
}

#[test]
fn labels_in_a_language_unknown_here_are_skipped_not_refused() {
    let labels: Labels =
        serde_json::from_str(r#"{"sv":"Bibliotek","xx":"?","fa-AF":"کتابخانه"}"#).unwrap();
    assert_eq!(labels.get(LocaleCode::FaAf), "کتابخانه");
    assert_eq!(labels.own(LocaleCode::Sv), Some("Bibliotek"));
    assert_eq!(
        serde_json::to_string(&labels).unwrap(),
        r#"{"sv":"Bibliotek","fa-AF":"کتابخانه"}"#
    );
}
