//! `--no-names`: a name is withheld however it is written — in capitals, without
//! its diacritics, decomposed (NFD), with extra or invisible spaces, or as the
//! first name or surname alone — in the stakeholder copy and in the text of the
//! report made from it. The check normalises independently of the code under test.

use dacum_export::{ExportOptions, WITHHELD, stakeholder_copy};
use dacum_model::{Participant, Person, Quadrant, Role, Scenario, Session};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The oracle: compatibility-decomposed, marks dropped, lower case, invisible
/// characters and every run of white space one space.
fn normalise(text: &str) -> String {
    let mut out = String::new();
    for c in text.nfkd().flat_map(char::to_lowercase).nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        // An invisible character between two words still parts them for a
        // reader ("Popescu\u{200B}Ana" reads "PopescuAna"): the check counts it
        // as a space, so a name part beside it must be caught as a word.
        let c = if matches!(
            c,
            '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
        ) {
            ' '
        } else {
            c
        };
        let c = if c == 'ς' { 'σ' } else { c };
        if c == 'ß' {
            out.push_str("ss");
            continue;
        }
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether `word` stands in `text` as a whole word (not inside a longer one).
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The parts of a name a reader could recognise: every word of two letters or more.
fn parts(name: &str) -> Vec<String> {
    normalise(name)
        .split(' ')
        .filter(|p| p.chars().filter(|c| c.is_alphanumeric()).count() >= 2)
        .map(str::to_owned)
        .collect()
}

/// A capitalised name part from the partners' alphabets.
fn part() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Z][a-z]{1,9}",
        "[ĂÂÎȘȚ][ăâîșțaeiou]{1,8}",
        "[ČŘŠŽ][aáeěiíoóuůýrnl]{1,8}",
        "[ÄÖÜ][aäoöuüßr]{1,8}",
        "[ĄČĘĖĮŠŲŪŽ][aąeęėiįyuųūrs]{1,8}",
        "[Α-Ω][α-ωάέήίόύώ]{1,9}",
        "Li|Al|Ion|Ana|Jiří|Ελένη|Mărgineanu|Řezníček|Šimkus",
    ]
}

fn name() -> impl Strategy<Value = String> {
    proptest::collection::vec(part(), 1..=3).prop_map(|parts| parts.join(" "))
}

/// How a name may be written in a note: which words, in which case, whether the
/// diacritics are kept or decomposed, and what stands between the words.
#[derive(Clone, Debug)]
struct Spelling {
    words: u8,
    case: u8,
    form: u8,
    gap: &'static str,
}

fn spelling() -> impl Strategy<Value = Spelling> {
    (
        0u8..4,
        0u8..3,
        0u8..3,
        prop_oneof![
            Just(" "),
            Just("  "),
            Just("\u{00A0}"),
            Just(" \u{200B}"),
            Just("\u{200B}"),
            Just("\t"),
            Just("\u{2060} "),
        ],
    )
        .prop_map(|(words, case, form, gap)| Spelling {
            words,
            case,
            form,
            gap,
        })
}

fn write(name: &str, spelling: &Spelling) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let chosen: Vec<&str> = match spelling.words {
        0 => words.clone(),
        1 => words[..1].to_vec(),
        2 => words[words.len() - 1..].to_vec(),
        _ => words.iter().rev().copied().collect(),
    };
    let text = chosen.join(spelling.gap);
    let text = match spelling.case {
        0 => text,
        1 => text.to_uppercase(),
        _ => text.to_lowercase(),
    };
    match spelling.form {
        0 => text,
        1 => text.nfd().collect(),
        _ => text.nfd().filter(|c| !is_combining_mark(*c)).collect(),
    }
}

const FILLER: [&str; 12] = [
    "the panel agreed",
    "Lituania and Alba were discussed",
    "Analysis of the wing",
    "(see notes)",
    "—",
    "said:",
    "ION channels",
    "a dialogue",
    "Ελλάδα",
    "Ionescu's plan",
    "chaired by",
    "noted, then",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    /// No normalised form of any part of any name is left in the free text of the
    /// stakeholder copy, nor in the text of the report made without names.
    #[test]
    fn no_spelling_of_a_name_survives_no_names(
        people in proptest::collection::vec(name(), 1..4),
        mentions in proptest::collection::vec((0usize..4, spelling(), 0usize..12, 0usize..4), 1..10),
    ) {
        let mut session = Session::default();
        for (i, name) in people.iter().enumerate() {
            if i % 2 == 0 {
                session.people.push(Person::new(Role::Panel, name));
            } else {
                session.pestle.participants.push(Participant::new(name));
            }
        }
        let mut notes = String::new();
        for (who, spelling, filler, punctuation) in &mentions {
            notes.push_str(FILLER[*filler]);
            notes.push_str([" ", ", ", " (", "\n"][*punctuation]);
            notes.push_str(&write(&people[who % people.len()], spelling));
            notes.push_str([" ", ". ", ") ", "\n"][*punctuation]);
        }
        session.meta.notes = notes.clone();
        let mut scenario = Scenario::new(Quadrant::TopLeft, "Austerity");
        scenario.narrative = notes.clone();
        session.pestle.scenarios.push(scenario);

        let copy = stakeholder_copy(&session);
        let options = ExportOptions { include_names: false, ..ExportOptions::default() };
        let report = dacum_export::lay_out(&session, &options).expect("lays out").text();
        // The report's own words (a name "No" is also in "No duties have been
        // written yet"): the same report with nobody and no notes.
        let mut nameless = session.clone();
        nameless.people.clear();
        nameless.pestle.participants.clear();
        nameless.meta.notes.clear();
        nameless.pestle.scenarios[0].narrative.clear();
        let fixed = normalise(&dacum_export::lay_out(&nameless, &options).expect("lays out").text());
        for (what, text) in [
            ("notes", copy.meta.notes.as_str()),
            ("narrative", copy.pestle.scenarios[0].narrative.as_str()),
            ("report", report.as_str()),
        ] {
            let text = normalise(text);
            for name in &people {
                for part in parts(name) {
                    if what == "report" && has_word(&fixed, &part) {
                        continue;
                    }
                    prop_assert!(
                        !has_word(&text, &part),
                        "{part:?} of {name:?} is in the {what}: {text:?} (notes: {notes:?})"
                    );
                }
            }
        }
        // The words around the names are kept.
        prop_assert!(copy.meta.notes.contains(WITHHELD));
    }
}

#[test]
fn a_short_name_part_inside_a_word_is_left_alone() {
    let mut session = Session::default();
    session.people.push(Person::new(Role::Panel, "Li Wei"));
    session.meta.notes = "Lituania: LI said so; Wei and li agreed. Weight unchanged.".to_owned();
    let copy = stakeholder_copy(&session);
    assert_eq!(
        copy.meta.notes,
        format!(
            "Lituania: {WITHHELD} said so; {WITHHELD} and {WITHHELD} agreed. Weight unchanged."
        )
    );
}

#[test]
fn a_name_written_otherwise_is_replaced_in_the_original_text() {
    let mut session = Session::default();
    session
        .people
        .push(Person::new(Role::Facilitator, "Ioana Mărgineanu"));
    session
        .people
        .push(Person::new(Role::Panel, "Jiří Řezníček"));
    session.meta.notes = "IOANA MARGINEANU opened; r\u{30C}ezni\u{301}c\u{30C}ek (jiří  \u{200B}Řezníček) closed. Mărgineanu's notes — Ioana.".to_owned();
    let copy = stakeholder_copy(&session);
    assert_eq!(
        copy.meta.notes,
        format!(
            "{WITHHELD} opened; {WITHHELD} ({WITHHELD}) closed. {WITHHELD}'s notes — {WITHHELD}."
        )
    );
}
