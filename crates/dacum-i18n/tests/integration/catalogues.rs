//! Every catalogue parses, and every language has exactly English's messages
//! with the same variables, so no language ever shows a message in English or
//! a variable as `{$name}`.

use std::collections::{BTreeMap, BTreeSet};

use dacum_i18n::{Catalogue, Language, Source};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// A language's messages: id → the variables it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn messages(language: Language) -> Messages {
    let mut messages = Messages::new();
    for source in language.sources() {
        let resource = parse(language, source);
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                for attribute in &message.attributes {
                    pattern_variables(&attribute.value, &mut variables);
                }
                let id = message.id.name.to_owned();
                assert!(
                    messages.insert(id.clone(), variables).is_none(),
                    "{}/{}: `{id}` is defined twice",
                    language.tag(),
                    source.file
                );
            }
        }
    }
    messages
}

fn parse(language: Language, source: &Source) -> fluent_syntax::ast::Resource<&'static str> {
    match fluent_syntax::parser::parse(source.text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{}/{}: {errors:?}", language.tag(), source.file),
    }
}

fn pattern_variables(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, variables);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, variables);
            for variant in variants {
                pattern_variables(&variant.value, variables);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, variables),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, variables);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, variables),
        _ => {}
    }
}

#[test]
fn every_catalogue_parses_without_errors() {
    for &language in Language::ALL {
        for source in language.sources() {
            let resource = parse(language, source);
            for entry in &resource.body {
                if let Entry::Junk { content } = entry {
                    panic!(
                        "{}/{}: cannot read {content:?}",
                        language.tag(),
                        source.file
                    );
                }
            }
        }
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(Language::English);
    assert!(!english.is_empty());
    for &language in &Language::ALL[1..] {
        let translated = messages(language);
        let tag = language.tag();
        for (id, variables) in &english {
            match translated.get(id) {
                None => panic!("{tag}: `{id}` is missing"),
                Some(theirs) => assert_eq!(
                    theirs, variables,
                    "{tag}: `{id}` uses other variables than English"
                ),
            }
        }
        for id in translated.keys() {
            assert!(english.contains_key(id), "{tag}: `{id}` is not in English");
        }
    }
}

#[test]
fn every_message_has_a_text_in_every_language() {
    for &language in Language::ALL {
        let catalogue = Catalogue::new(language);
        for id in messages(Language::English).keys() {
            assert!(catalogue.has(id), "{}: `{id}`", language.tag());
            assert!(
                !catalogue.tr(id).trim().is_empty(),
                "{}: `{id}` is empty",
                language.tag()
            );
        }
    }
}

#[test]
fn a_variable_is_never_wrapped_in_isolation_marks() {
    for &language in Language::ALL {
        let text = Catalogue::new(language).tr_args("tasks-count", &[("count", 3.into())]);
        assert!(text.contains('3'), "{text}");
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
    }
}

#[test]
fn a_missing_message_falls_back_to_its_id() {
    let catalogue = Catalogue::new(Language::Czech);
    assert_eq!(catalogue.tr("no-such-message"), "no-such-message");
}

#[test]
fn system_locales_pick_a_language() {
    let cases: &[(&[&str], Language)] = &[
        (&["cs_CZ.UTF-8"], Language::Czech),
        (&["de-AT"], Language::German),
        (&["sl_SI@euro"], Language::Slovenian),
        (&["RO"], Language::Romanian),
        (&["lt_LT.UTF-8"], Language::Lithuanian),
        (&["el_GR.UTF-8"], Language::Greek),
        (&["fr-FR", "de-DE"], Language::German),
        (&["fr-FR"], Language::English),
        (&["C"], Language::English),
        (&[], Language::English),
        (&[""], Language::English),
    ];
    for (locales, expected) in cases {
        assert_eq!(
            Language::from_locales(locales.iter().copied()),
            *expected,
            "{locales:?}"
        );
    }
    for &language in Language::ALL {
        assert_eq!(Language::from_tag(language.tag()), Some(language));
    }
}

#[test]
fn a_message_of_several_lines_keeps_its_blank_line() {
    let text = Catalogue::new(Language::German)
        .tr_args("error-save-text", &[("error", "disk full".into())]);
    assert!(text.starts_with("disk full\n\nIhre Arbeit"), "{text:?}");
}
