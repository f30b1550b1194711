//! Plural forms come out as each language says them: Fluent picks the form by
//! the language's CLDR plural rules, and every plural message of a language
//! names exactly the forms the language has.

use dacum_i18n::{Catalogue, Language};
use fluent_syntax::ast::{Entry, Expression, PatternElement, VariantKey};

fn check(language: Language, id: &str, table: &[(u32, &str)]) {
    let catalogue = Catalogue::new(language);
    for &(count, expected) in table {
        assert_eq!(
            catalogue.tr_args(id, &[("count", count.into())]),
            expected,
            "{} {id} {count}",
            language.tag()
        );
    }
}

#[test]
fn czech_counts_take_one_few_and_other_forms() {
    // CLDR: one for 1, few for 2–4, other for 0 and 5 and up. 22 is "other":
    // "22 úkolů" (dvaadvacet úkolů), the form Czech uses for compound numbers.
    check(
        Language::Czech,
        "tasks-count",
        &[
            (1, "1 úkol"),
            (2, "2 úkoly"),
            (4, "4 úkoly"),
            (5, "5 úkolů"),
            (22, "22 úkolů"),
            (0, "0 úkolů"),
        ],
    );
}

#[test]
fn other_languages_count_by_their_own_rules() {
    check(
        Language::English,
        "tasks-count",
        &[(1, "1 task"), (2, "2 tasks"), (22, "22 tasks")],
    );
    check(
        Language::German,
        "tasks-count",
        &[(1, "1 Aufgabe"), (5, "5 Aufgaben")],
    );
    check(
        Language::Greek,
        "tasks-count",
        &[(1, "1 εργασία"), (2, "2 εργασίες"), (21, "21 εργασίες")],
    );
    // Slovenian: one for 1, 101; two for 2, 102; few for 3–4; other 5–100.
    check(
        Language::Slovenian,
        "tasks-count",
        &[
            (1, "1 naloga"),
            (2, "2 nalogi"),
            (3, "3 naloge"),
            (5, "5 nalog"),
            (101, "101 naloga"),
            (102, "102 nalogi"),
        ],
    );
    // Lithuanian: one for 1, 21; few for 2–9, 22; other for 10–20, 111.
    // (Selected by the catalogue's PLURAL_LT: intl_pluralrules 7.0.2 gets 22
    // and 111 wrong.)
    check(
        Language::Lithuanian,
        "tasks-count",
        &[
            (1, "1 užduotis"),
            (2, "2 užduotys"),
            (9, "9 užduotys"),
            (10, "10 užduočių"),
            (11, "11 užduočių"),
            (21, "21 užduotis"),
            (22, "22 užduotys"),
            (111, "111 užduočių"),
            (0, "0 užduočių"),
        ],
    );
    // Romanian: one for 1; few for 0, 2–19, 102; "de" before other numbers.
    check(
        Language::Romanian,
        "tasks-count",
        &[
            (1, "1 sarcină"),
            (2, "2 sarcini"),
            (19, "19 sarcini"),
            (20, "20 de sarcini"),
            (22, "22 de sarcini"),
        ],
    );
}

/// The plural forms of each language besides `other`, by CLDR (for integers).
fn forms(language: Language) -> &'static [&'static str] {
    match language {
        Language::English | Language::German | Language::Greek => &["one"],
        // Czech also has `many`, for fractions only ("1,5 úkolu"); counts are
        // whole numbers, so a message may leave it to `other`.
        Language::Czech => &["one", "few"],
        Language::Slovenian => &["one", "two", "few"],
        Language::Romanian => &["one", "few"],
        // Lithuanian's `many` is for fractions too, like Czech's.
        Language::Lithuanian => &["one", "few"],
    }
}

const PLURAL_KEYS: &[&str] = &["zero", "one", "two", "few", "many"];

#[test]
fn every_plural_message_names_exactly_the_forms_of_its_language() {
    for &language in Language::ALL {
        for source in language.sources() {
            let Ok(resource) = fluent_syntax::parser::parse(source.text) else {
                continue; // catalogues::every_catalogue_parses_without_errors fails
            };
            for entry in resource.body {
                let Entry::Message(message) = entry else {
                    continue;
                };
                let Some(pattern) = message.value else {
                    continue;
                };
                for element in pattern.elements {
                    let PatternElement::Placeable {
                        expression: Expression::Select { variants, .. },
                    } = element
                    else {
                        continue;
                    };
                    let mut keys: Vec<&str> = variants
                        .iter()
                        .filter(|v| !v.default)
                        .filter_map(|v| match v.key {
                            VariantKey::Identifier { name } => Some(name),
                            VariantKey::NumberLiteral { .. } => None,
                        })
                        .collect();
                    if !keys.iter().any(|k| PLURAL_KEYS.contains(k)) {
                        continue; // a select on a kind, not a number
                    }
                    keys.sort_by_key(|k| PLURAL_KEYS.iter().position(|p| p == k));
                    if matches!(language, Language::Czech | Language::Lithuanian) {
                        keys.retain(|k| *k != "many");
                    }
                    assert_eq!(
                        keys,
                        forms(language),
                        "{}/{}: `{}`",
                        language.tag(),
                        source.file,
                        message.id.name
                    );
                }
            }
        }
    }
}
