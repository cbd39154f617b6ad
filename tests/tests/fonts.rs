//! The UI's @font-face rules (src-ui/style.css, written by src-ui/subset-fonts.py) against the
//! strings: a page in Arabic, Persian, Dari, Sorani or Tigrinya must find every letter of its
//! own strings, and of the lists a device starts with, in the small face of its script, or it
//! downloads the rest of the block too; the
//! two faces of a script cover its whole block without overlapping; every language's own name
//! is in the names' faces; and every font a rule names is shipped.

use brobygge_model::LocaleCode;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn ui_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../src-ui")
}

/// One @font-face rule: its family, weight, the font file its URL names, its code points.
struct Face {
    family: String,
    weight: u16,
    file: String,
    points: BTreeSet<u32>,
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{start} in {text}"))
        + start.len();
    let to = from
        + text[from..]
            .find(end)
            .unwrap_or_else(|| panic!("{end} in {text}"));
    &text[from..to]
}

fn parse_range(part: &str) -> Vec<u32> {
    let hex = part.trim().trim_start_matches("U+");
    let (first, last) = hex.split_once('-').unwrap_or((hex, hex));
    let first = u32::from_str_radix(first, 16).unwrap();
    let last = u32::from_str_radix(last, 16).unwrap();
    (first..=last).collect()
}

fn faces() -> Vec<Face> {
    let style = std::fs::read_to_string(ui_dir().join("style.css")).unwrap();
    style
        .split("@font-face {")
        .skip(1)
        .map(|rule| {
            let rule = &rule[..rule.find('}').unwrap()];
            Face {
                family: between(rule, "font-family: \"", "\"").to_owned(),
                weight: between(rule, "font-weight: ", ";").parse().unwrap(),
                file: between(rule, "url(\"/fonts/", "\")").to_owned(),
                points: (between(rule, "unicode-range:", ";").split(','))
                    .flat_map(parse_range)
                    .collect(),
            }
        })
        .collect()
}

/// The locale's strings, and the labels of the lists a device starts with (all languages':
/// those of another script fall outside the block they are tested against).
fn strings_of(locale: LocaleCode) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let folder = root.join("locales").join(locale.tag());
    let seed = root.join("src-core/seed/reference-data.json");
    let mut text = std::fs::read_to_string(seed).unwrap();
    for entry in std::fs::read_dir(folder).unwrap() {
        text += &std::fs::read_to_string(entry.unwrap().path()).unwrap();
    }
    text
}

const ARABIC: (u32, u32) = (0x0600, 0x06FF);
const ETHIOPIC: (u32, u32) = (0x1200, 0x137F);

fn script_of(locale: LocaleCode) -> Option<(&'static str, (u32, u32))> {
    match locale {
        LocaleCode::Ar | LocaleCode::Fa | LocaleCode::FaAf | LocaleCode::Ckb => {
            Some(("Brobygge Arabic", ARABIC))
        }
        LocaleCode::Ti => Some(("Brobygge Ethiopic", ETHIOPIC)),
        _ => None,
    }
}

fn in_block(text: &str, (first, last): (u32, u32)) -> BTreeSet<u32> {
    (text.chars().map(u32::from))
        .filter(|c| (first..=last).contains(c))
        .collect()
}

fn shown(points: &BTreeSet<u32>) -> String {
    let chars: String = points.iter().filter_map(|&c| char::from_u32(c)).collect();
    format!("{chars} ({})", points.len())
}

#[test]
fn a_languages_strings_need_only_the_small_face_of_its_script() {
    let faces = faces();
    for locale in LocaleCode::ALL {
        let Some((family, block)) = script_of(locale) else {
            continue;
        };
        let letters = in_block(&strings_of(locale), block);
        for weight in [400, 700] {
            let small = (faces.iter())
                .find(|f| f.family == family && f.weight == weight && !f.file.contains("Rest"))
                .unwrap_or_else(|| panic!("{family} {weight} in style.css"));
            let missing: BTreeSet<u32> = letters.difference(&small.points).copied().collect();
            assert!(
                missing.is_empty(),
                "{locale} uses letters outside {}: {}; run python3 src-ui/subset-fonts.py",
                small.file,
                shown(&missing)
            );
        }
    }
}

#[test]
fn each_scripts_two_faces_cover_its_block_once() {
    let faces = faces();
    for (family, (first, last)) in [("Brobygge Arabic", ARABIC), ("Brobygge Ethiopic", ETHIOPIC)] {
        for weight in [400, 700] {
            let of_weight: Vec<&Face> = (faces.iter())
                .filter(|f| f.family == family && f.weight == weight)
                .collect();
            assert_eq!(
                of_weight.len(),
                2,
                "{family} {weight}: a small face and the rest"
            );
            let (small, rest) = (&of_weight[0].points, &of_weight[1].points);
            assert!(small.is_disjoint(rest), "{family} {weight} overlaps");
            let block: BTreeSet<u32> = (first..=last).collect();
            let covered: BTreeSet<u32> = small.union(rest).copied().collect();
            assert!(
                block.is_subset(&covered),
                "{family} {weight} lacks {}",
                shown(&block.difference(&covered).copied().collect())
            );
        }
    }
}

#[test]
fn every_languages_own_name_is_in_the_names_faces() {
    let faces = faces();
    let names: String = LocaleCode::ALL.iter().map(|l| l.native_name()).collect();
    for block in [ARABIC, ETHIOPIC] {
        let letters = in_block(&names, block);
        for weight in [400, 700] {
            let covered: BTreeSet<u32> = (faces.iter())
                .filter(|f| f.family == "Brobygge Names" && f.weight == weight)
                .flat_map(|f| f.points.iter().copied())
                .collect();
            let missing: BTreeSet<u32> = letters.difference(&covered).copied().collect();
            assert!(missing.is_empty(), "names lack {}", shown(&missing));
        }
    }
}

#[test]
fn every_font_a_rule_names_is_shipped() {
    let faces = faces();
    assert!(faces.len() >= 12, "{} rules", faces.len());
    for face in faces {
        let file = ui_dir().join("fonts").join(&face.file);
        let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
        assert!(size > 500, "{} is missing or empty", file.display());
    }
}
