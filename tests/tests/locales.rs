//! The locales under `locales/`: every file parses, every message and term of the Swedish
//! source exists in every other locale with the same variables, and nothing else; and every
//! plural selector has the CLDR categories its language needs (Arabic's six, Ukrainian's and
//! Polish's few and many, Bosnian's few), Arabic's through `PLURAL()`.

use brobygge_model::LocaleCode;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Message (or term) id to the variables it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

fn variables_in_pattern(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => variables_in_inline(inline, out),
        Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for v in variants {
                variables_in_pattern(&v.value, out);
            }
        }
    }
}

fn variables_in_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_in_inline(a, out);
            }
        }
        _ => {}
    }
}

/// The messages of one file. Panics with the parse errors.
fn messages(path: &str, source: &str) -> Messages {
    let resource =
        parse(source).unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
    let mut messages = Messages::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            Entry::Junk { content } => panic!("{path}: junk {content:?}"),
            _ => continue,
        };
        let mut variables = BTreeSet::new();
        if let Some(v) = value {
            variables_in_pattern(v, &mut variables);
        }
        for a in attributes {
            variables_in_pattern(&a.value, &mut variables);
        }
        assert!(
            messages.insert(id.clone(), variables).is_none(),
            "{id} twice in {path}"
        );
    }
    messages
}

/// Every file of one locale: file name to its messages.
fn load(locale: LocaleCode) -> BTreeMap<String, Messages> {
    let dir = locales_dir().join(locale.tag());
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        files.insert(name, messages(&path.to_string_lossy(), &source));
    }
    files
}

/// What `target` (locale `tag`) lacks or adds compared with the Swedish `source`.
fn compare(
    tag: &str,
    source: &BTreeMap<String, Messages>,
    target: &BTreeMap<String, Messages>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let names: BTreeSet<_> = source.keys().chain(target.keys()).collect();
    for name in names {
        let (Some(s), Some(t)) = (source.get(name), target.get(name)) else {
            problems.push(format!("{tag}: file {name} is missing or extra"));
            continue;
        };
        for (id, vars) in s {
            match t.get(id) {
                None => problems.push(format!("{tag}/{name}: {id} is missing")),
                Some(v) if v != vars => problems.push(format!(
                    "{tag}/{name}: {id} uses {v:?}, Swedish uses {vars:?}"
                )),
                Some(_) => {}
            }
        }
        for id in t.keys().filter(|id| !s.contains_key(*id)) {
            problems.push(format!("{tag}/{name}: {id} is not in Swedish"));
        }
    }
    problems
}

/// The plural categories each selector of `source` (one locale's file) lacks for `locale`,
/// and each Arabic selector that does not go through `PLURAL()`.
fn plural_gaps(locale: LocaleCode, path: &str, source: &str) -> Vec<String> {
    let resource =
        parse(source).unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
    let mut gaps = Vec::new();
    for entry in &resource.body {
        let Entry::Message(m) = entry else { continue };
        let Some(value) = &m.value else { continue };
        for element in &value.elements {
            let PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } = element
            else {
                continue;
            };
            // The rules Fluent selects with get Arabic wrong above 100; `PLURAL()` does not.
            if locale == LocaleCode::Ar
                && matches!(selector, InlineExpression::VariableReference { .. })
            {
                gaps.push(format!("{path}: {} selects without PLURAL()", m.id.name));
            }
            let keys: BTreeSet<&str> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    fluent_syntax::ast::VariantKey::Identifier { name } => Some(*name),
                    fluent_syntax::ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            for category in locale.plural_categories() {
                if !keys.contains(category) {
                    gaps.push(format!("{path}: {} lacks [{category}]", m.id.name));
                }
            }
        }
    }
    gaps
}

#[test]
fn every_plural_has_the_categories_its_language_needs() {
    let mut gaps = Vec::new();
    for locale in LocaleCode::ALL {
        let dir = locales_dir().join(locale.tag());
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().and_then(|e| e.to_str()) == Some("ftl") {
                let source = std::fs::read_to_string(&path).unwrap();
                gaps.extend(plural_gaps(locale, &path.to_string_lossy(), &source));
            }
        }
    }
    assert!(gaps.is_empty(), "{}", gaps.join("\n"));
}

#[test]
fn a_plural_without_its_languages_categories_is_reported() {
    let ukrainian = "n = { $count ->\n    [one] один\n   *[other] інші\n}\n";
    assert_eq!(
        plural_gaps(LocaleCode::Uk, "uk/x.ftl", ukrainian),
        ["uk/x.ftl: n lacks [few]", "uk/x.ftl: n lacks [many]"]
    );
    let swedish = "n = { $count ->\n    [0] inga\n    [one] ett\n   *[other] flera\n}\n";
    assert!(plural_gaps(LocaleCode::Sv, "sv/x.ftl", swedish).is_empty());
    let arabic = |selector: &str| {
        let variants = ["zero", "one", "two", "few", "many"].map(|c| format!("    [{c}] x\n"));
        format!(
            "n = {{ {selector} ->\n{}   *[other] x\n}}\n",
            variants.concat()
        )
    };
    assert_eq!(
        plural_gaps(LocaleCode::Ar, "ar/x.ftl", &arabic("$count")),
        ["ar/x.ftl: n selects without PLURAL()"]
    );
    assert!(plural_gaps(LocaleCode::Ar, "ar/x.ftl", &arabic("PLURAL($count)")).is_empty());
}

#[test]
fn every_locale_has_every_swedish_message_with_the_same_variables() {
    let source = load(LocaleCode::Sv);
    assert!(
        source.values().map(BTreeMap::len).sum::<usize>() > 50,
        "the source looks empty"
    );
    let problems: Vec<String> = LocaleCode::ALL
        .into_iter()
        .filter(|l| *l != LocaleCode::Sv)
        .flat_map(|l| compare(l.tag(), &source, &load(l)))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_comparison_reports_missing_extra_and_changed_messages() {
    let file = |source: &str| BTreeMap::from([("x.ftl".to_owned(), messages("x.ftl", source))]);
    let sv = file("a = A\nb = { $n ->\n    [one] en\n   *[other] { $n } st\n}\n-term = T\n");
    assert!(compare("en", &sv, &sv.clone()).is_empty());
    let problems = compare("en", &sv, &file("a = A { $extra }\nc = C\n-term = T\n"));
    assert_eq!(
        problems,
        [
            "en/x.ftl: a uses {\"extra\"}, Swedish uses {}",
            "en/x.ftl: b is missing",
            "en/x.ftl: c is not in Swedish",
        ]
    );
}
