//! The text rules on real words of the partners' languages, and the agreement of
//! the chart's duplicate check with the merge.

use super::*;
use crate::chart::{Duty, Task};
use crate::id::Id;
use crate::merge::merge;
use crate::session::Session;
use crate::statement_rules::{Rule, RuleSet, check_chart};

#[test]
fn keys_ignore_case_spacing_punctuation_and_diacritics() {
    let cases = [
        // English: case, spacing, punctuation, apostrophes.
        ("Conduct cell searches", "conduct cell searches"),
        ("  Conduct   cell-searches. ", "conduct cell searches"),
        ("  SEARCH   cells. ", "search cells"),
        ("Search visitors' belongings", "search visitors belongings"),
        ("Search visitors’ belongings!", "search visitors belongings"),
        ("Follow-up incidents", "follow up incidents"),
        ("Search cells,corridors", "search cells corridors"),
        // Romanian: comma-below and the old cedilla letters alike.
        (
            "Efectuează percheziții în celule",
            "efectueaza perchezitii in celule",
        ),
        ("Efectuează PERCHEZIȚII", "efectueaza perchezitii"),
        ("Efectuează percheziţii", "efectueaza perchezitii"),
        // Czech.
        ("Provádět prohlídky cel", "provadet prohlidky cel"),
        ("Řídit výcvik", "ridit vycvik"),
        ("ŘÍDIT VÝCVIK", "ridit vycvik"),
        // Lithuanian.
        ("Patikrinti kalinių kameras", "patikrinti kaliniu kameras"),
        (
            "Lydėti nuteistuosius į teismą",
            "lydeti nuteistuosius i teisma",
        ),
        ("ŠVIESOS ŽIBINTAI", "sviesos zibintai"),
        // German: umlauts fold, ß is ss, but "ae" stays "ae".
        ("Durchsuchung der Hafträume", "durchsuchung der haftraume"),
        ("Haftraeume", "haftraeume"),
        ("Straße", "strasse"),
        ("STRAẞE", "strasse"),
        // Greek: accents (tonos) fold, and the final sigma is a sigma.
        ("Ελέγχει τα κελιά", "ελεγχει τα κελια"),
        ("ΕΛΕΓΧΟΣ ΚΕΛΙΏΝ", "ελεγχοσ κελιων"),
        ("Έλεγχος κελιών", "ελεγχοσ κελιων"),
        // Letters that do not decompose, and compatibility forms.
        ("Łódź", "lodz"),
        ("İzmir", "izmir"),
        ("Ærø", "aero"),
        ("ﬁle ＡＢＣ", "file abc"),
        // Decomposed input is the composed one.
        (
            "Efectueaza\u{0306} perchezit\u{0326}ii",
            "efectueaza perchezitii",
        ),
        ("", ""),
        ("— … !", ""),
        ("...", ""),
    ];
    for (text, expected) in cases {
        assert_eq!(same_text_key(text), expected, "{text:?}");
    }
}

#[test]
fn folding_a_character() {
    let fold = |c: char| {
        let mut out = String::new();
        fold_char(c, &mut |f| out.push(f));
        out
    };
    let cases = [
        ('Ș', "s"),
        ('ţ', "t"),
        ('Ř', "r"),
        ('ų', "u"),
        ('Ė', "e"),
        ('Ä', "a"),
        ('ẞ', "ss"),
        ('Ł', "l"),
        ('Ø', "o"),
        ('Đ', "d"),
        ('Œ', "oe"),
        ('ά', "α"),
        ('Σ', "σ"),
        ('ς', "σ"),
        ('ﬂ', "fl"),
        ('\u{00A0}', " "),
        ('-', "-"),
        ('\u{0301}', ""),
    ];
    for (c, expected) in cases {
        assert_eq!(fold(c), expected, "{c:?}");
    }
}

#[test]
fn diacritics_are_counted_as_folding_drops_them() {
    let cases = [
        ("Conduct cell searches", 0),
        ("Efectuează percheziții", 2),
        ("Efectueaza\u{0306} perchezit\u{0326}ii", 2),
        ("Řídit výcvik", 3),
        ("Straße", 1),
        ("STRAẞE", 1),
        ("Łódź", 3),
        ("Έλεγχος κελιών", 2),
    ];
    for (text, expected) in cases {
        assert_eq!(diacritic_count(text), expected, "{text:?}");
    }
}

#[test]
fn a_search_finds_word_beginnings_in_any_order_without_diacritics() {
    let cases = [
        ("Write reports", "rep", true),
        ("Prepare meals", "rep", false),
        ("Efectuează percheziții în celule", "perchezitii cel", true),
        ("Efectuează percheziții în celule", "CEL percheziții", true),
        ("Efectueaza perchezitii in celule", "percheziții", true),
        ("Provádět prohlídky cel", "prohlidky", true),
        ("Patikrinti kalinių kameras", "kaliniu", true),
        ("Durchsuchung der Hafträume", "haftra", true),
        ("Έλεγχος κελιών", "ΕΛΕΓΧΟΣ", true),
        ("Search visitors' belongings", "visitors bel", true),
        ("Search cells", "cells corridors", false),
        ("Search cells", "", true),
    ];
    for (text, query, found) in cases {
        assert_eq!(matches_search(text, query), found, "{query:?} in {text:?}");
    }
}

/// Pairs of statements as partners type them: (one, another, the same?).
const SAME_OR_NOT: &[(&str, &str, bool)] = &[
    ("Conduct cell searches", "conduct  cell-searches.", true),
    (
        "Search visitors' belongings",
        "Search visitors belongings",
        true,
    ),
    ("Conduct cell searches", "Conduct body searches", false),
    (
        "Efectuează percheziții în celule",
        "Efectueaza perchezitii in celule",
        true,
    ),
    ("Efectuează percheziţii", "Efectuează percheziții", true),
    (
        "Supraveghează deținuții",
        "Supravegherea deținuților",
        false,
    ),
    ("Provádět prohlídky cel", "Provadet prohlidky cel", true),
    ("Řídit výcvik", "ŘÍDIT VÝCVIK", true),
    (
        "Eskortovat vězně k soudu",
        "Eskortovat vězně do nemocnice",
        false,
    ),
    (
        "Patikrinti kalinių kameras",
        "Patikrinti kaliniu kameras",
        true,
    ),
    (
        "Lydėti nuteistuosius į teismą",
        "Lydėti nuteistuosius į ligoninę",
        false,
    ),
    ("Hafträume durchsuchen", "Haftraume durchsuchen", true),
    ("Straße sichern", "Strasse sichern", true),
    ("Hafträume durchsuchen", "Haftraeume durchsuchen", false),
    ("Ελέγχει τα κελιά", "Ελεγχει τα κελια", true),
    ("Έλεγχος κελιών", "ΕΛΕΓΧΟΣ ΚΕΛΙΩΝ", true),
    ("Ελέγχει τα κελιά", "Ελέγχει τους επισκέπτες", false),
];

#[test]
fn keys_decide_the_same_on_real_pairs() {
    for &(a, b, same) in SAME_OR_NOT {
        assert_eq!(same_text_key(a) == same_text_key(b), same, "{a:?} / {b:?}");
    }
}

/// A duty with the given task statements, under a fixed duty id so that two
/// sessions share it.
fn session_with_tasks(duty: Id, tasks: &[&str]) -> Session {
    let mut session = Session {
        id: Id::new(),
        ..Session::default()
    };
    let mut owner = Duty::new("Maintain security");
    owner.id = duty;
    owner.tasks = tasks.iter().map(|t| Task::new(t)).collect();
    session.chart.duties.push(owner);
    session
}

/// What a facilitator sees must not depend on where they look: the chart's
/// duplicate warning fires on exactly the pairs the merge takes for one task.
#[test]
fn the_chart_duplicate_check_and_the_merge_agree() {
    let duty = Id::new();
    for &(a, b, same) in SAME_OR_NOT {
        let chart = session_with_tasks(duty, &[a, b]).chart;
        let warned = check_chart(&chart, RuleSet::NEUTRAL)
            .iter()
            .any(|f| f.finding.rule == Rule::Duplicate);
        let inputs = [
            session_with_tasks(duty, &[a]),
            session_with_tasks(duty, &[b]),
        ];
        let merged = merge(&inputs).session;
        let tasks = merged
            .chart
            .duties
            .iter()
            .map(|d| d.tasks.len())
            .sum::<usize>();
        assert_eq!(warned, same, "chart check on {a:?} / {b:?}");
        assert_eq!(tasks == 1, same, "merge of {a:?} / {b:?}: {tasks} tasks");
    }
}

/// Duplicates that differ only in their word endings (the case endings of Czech,
/// Romanian, Lithuanian; German and English inflection) are flagged as nearly the
/// same — the pairs the merge proposes as duplicates in every word — and
/// different tasks with shared words are not.
#[test]
fn statements_that_differ_only_in_word_endings_are_nearly_the_same() {
    let duty = Id::new();
    let cases: &[(&str, &str, bool)] = &[
        ("Supraveghează deținuții", "Supraveghează deținuților", true),
        ("Provádět prohlídky vězňů", "Provádět prohlídku vězně", true),
        ("Kontrolovat vězně", "Kontrolovat vězňů", true),
        (
            "Tikrinti nuteistųjų kameras",
            "Tikrinti nuteistųjų kamerą",
            true,
        ),
        ("Haftraum durchsuchen", "Hafträume durchsuchen", true),
        ("Search cell", "Search cells", true),
        (
            "Escort prisoners to court",
            "Escort prisoners to hospital",
            false,
        ),
        ("Conduct cell searches", "Conduct body searches", false),
        (
            "Provádět prohlídky cel",
            "Provádět prohlídky návštěvníků",
            false,
        ),
        ("Search cells", "Search cells", false),
    ];
    for &(a, b, near) in cases {
        let session = session_with_tasks(duty, &[a, b]);
        let flagged = check_chart(&session.chart, RuleSet::NEUTRAL)
            .iter()
            .any(|f| f.finding.rule == Rule::NearDuplicate);
        assert_eq!(flagged, near, "{a:?} / {b:?}");
        if near {
            let proposed = crate::merge::proposals(&session);
            assert!(!proposed.is_empty(), "the merge proposes {a:?} / {b:?}");
        }
    }
}
