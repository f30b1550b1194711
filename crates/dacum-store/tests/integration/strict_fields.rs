//! Strict loading: a field a schema does not know — misspelt, from another
//! version, or simply extra — is an error at its line and column that names it and
//! the fields expected there, for every kind of element and every schema version.
//! Nothing is silently dropped, so nothing can be silently lost by a later save.

use std::fs;

use dacum_store::LoadError;

use crate::helpers::{fixture, sessions_dir};

/// One row of the table: the kind of element, the text to find (the first one
/// after `after`), what to write instead, the misspelt field written, and fields
/// the message must list as expected there.
struct Case {
    kind: &'static str,
    after: &'static str,
    from: &'static str,
    to: &'static str,
    field: &'static str,
    expected: &'static [&'static str],
}

const SOURCE: &str =
    r#"sources: [(id: "d52f3560-1b8f-4853-9bd8-ce3e7942230a", title: "RO", counrty: "RO")],"#;
const ALTERNATIVE: &str = r#"sources: [],
        conflicts: [(element: "d2e8c56f-1af2-4f46-b019-8d3e14510633", field: TaskStatement,
            alternatives: [(value: Text("Search cells"), sources: [], nte: "their branch")])],"#;
const CONFLICT: &str = r#"sources: [],
        conflicts: [(element: "d2e8c56f-1af2-4f46-b019-8d3e14510633", feild: TaskStatement, alternatives: [])],"#;
const DECISION: &str = r#"sources: [],
        decisions: [(element: "d2e8c56f-1af2-4f46-b019-8d3e14510633", field: TaskStatement, set_asid: [])],"#;

const CURRENT: &[Case] = &[
    Case {
        kind: "session",
        after: "",
        from: "version: 2,",
        to: "version: 2,\n    extra_field: 3,",
        field: "extra_field",
        expected: &["meta", "people", "chart", "pestle"],
    },
    Case {
        kind: "meta",
        after: "meta: (",
        from: "title: ",
        to: "titel: ",
        field: "titel",
        expected: &["title", "occupation", "start"],
    },
    Case {
        kind: "person",
        after: "people: [",
        from: "job_title: ",
        to: "jobtitle: ",
        field: "jobtitle",
        expected: &["job_title", "years_experience"],
    },
    Case {
        kind: "chart",
        after: "chart: (",
        from: "knowledge_skills: [",
        to: "knowledge: [",
        field: "knowledge",
        expected: &["duties", "knowledge_skills", "acronyms"],
    },
    Case {
        kind: "duty",
        after: "duties: [",
        from: "title: ",
        to: "tittle: ",
        field: "tittle",
        expected: &["title", "tasks"],
    },
    Case {
        kind: "task",
        after: "tasks: [",
        from: "statement: ",
        to: "statment: ",
        field: "statment",
        expected: &["id", "statement"],
    },
    Case {
        kind: "list item",
        after: "knowledge_skills: [",
        from: "text: ",
        to: "txt: ",
        field: "txt",
        expected: &["text"],
    },
    Case {
        kind: "acronym",
        after: "acronyms: [",
        from: "term: ",
        to: "trem: ",
        field: "trem",
        expected: &["term", "meaning"],
    },
    Case {
        kind: "pestle",
        after: "pestle: (",
        from: "participants: [",
        to: "participant: [",
        field: "participant",
        expected: &["participants", "drivers", "votes", "scenarios"],
    },
    Case {
        kind: "participant",
        after: "participants: [",
        from: "name: ",
        to: "nmae: ",
        field: "nmae",
        expected: &["name", "organisation", "country"],
    },
    Case {
        kind: "driver",
        after: "drivers: [",
        from: "description: ",
        to: "descripton: ",
        field: "descripton",
        expected: &["category", "title", "description"],
    },
    Case {
        kind: "vote",
        after: "votes: [",
        from: "uncertainty: ",
        to: "uncertanty: ",
        field: "uncertanty",
        expected: &["uncertainty", "impact"],
    },
    Case {
        kind: "group",
        after: "groups: [",
        from: "name: ",
        to: "nmae: ",
        field: "nmae",
        expected: &["name", "drivers"],
    },
    Case {
        kind: "axes",
        after: "axes: (",
        from: "horizontal: (",
        to: "horizontl: (",
        field: "horizontl",
        expected: &["horizontal", "vertical"],
    },
    Case {
        kind: "axis",
        after: "axes: (",
        from: "low_pole: ",
        to: "low_poles: ",
        field: "low_poles",
        expected: &["subject", "low_pole", "high_pole", "rationale"],
    },
    Case {
        kind: "scenario",
        after: "scenarios: [",
        from: "narrative: ",
        to: "narative: ",
        field: "narative",
        expected: &["quadrant", "name", "narrative", "links"],
    },
    Case {
        kind: "verification",
        after: "verification: (",
        from: "priority: ",
        to: "priorty: ",
        field: "priorty",
        expected: &["priority", "ratings"],
    },
    Case {
        kind: "rating",
        after: "ratings: [",
        from: "importance: ",
        to: "importanse: ",
        field: "importanse",
        expected: &["importance", "frequency", "difficulty", "train"],
    },
    Case {
        kind: "provenance",
        after: "provenance: (",
        from: "sources: [],",
        to: "sources: [],\n        extra_field: 1,",
        field: "extra_field",
        expected: &["sources", "elements", "conflicts"],
    },
    Case {
        kind: "provenance source",
        after: "provenance: (",
        from: "sources: [],",
        to: SOURCE,
        field: "counrty",
        expected: &["title", "country", "language"],
    },
    Case {
        kind: "provenance conflict",
        after: "provenance: (",
        from: "sources: [],",
        to: CONFLICT,
        field: "feild",
        expected: &["element", "field", "alternatives"],
    },
    Case {
        kind: "provenance decision",
        after: "provenance: (",
        from: "sources: [],",
        to: DECISION,
        field: "set_asid",
        expected: &["element", "field", "set_aside"],
    },
    Case {
        kind: "provenance alternative",
        after: "provenance: (",
        from: "sources: [],",
        to: ALTERNATIVE,
        field: "nte",
        expected: &["value", "sources", "note"],
    },
];

const VERSION_0: &[Case] = &[
    Case {
        kind: "v0 session",
        after: "",
        from: "occupation: ",
        to: "ocupation: ",
        field: "ocupation",
        expected: &["title", "occupation", "date", "panel", "duties"],
    },
    Case {
        kind: "v0 panel member",
        after: "panel: [",
        from: "years: ",
        to: "yeras: ",
        field: "yeras",
        expected: &["name", "job_title", "years"],
    },
    Case {
        kind: "v0 facilitator",
        after: "facilitators: [",
        from: "organisation: ",
        to: "organization: ",
        field: "organization",
        expected: &["organisation"],
    },
    Case {
        kind: "v0 duty",
        after: "duties: [",
        from: "title: ",
        to: "titel: ",
        field: "titel",
        expected: &["title", "tasks"],
    },
    Case {
        kind: "v0 task (a version 1 name in a version 0 file)",
        after: "tasks: [",
        from: "text: ",
        to: "statement: ",
        field: "statement",
        expected: &["text"],
    },
    Case {
        kind: "v0 list item",
        after: "knowledge: [",
        from: "text: ",
        to: "txet: ",
        field: "txet",
        expected: &["text"],
    },
    Case {
        kind: "v0 acronym",
        after: "acronyms: [",
        from: "meaning: ",
        to: "meanign: ",
        field: "meanign",
        expected: &["term", "meaning"],
    },
];

/// The text with the first `from` after `after` replaced, and the 1-based line
/// and column (in characters) where `to` starts.
fn edited(text: &str, case: &Case) -> (String, (usize, usize)) {
    let start = text
        .find(case.after)
        .unwrap_or_else(|| panic!("{}", case.after));
    let at = start
        + text[start..]
            .find(case.from)
            .unwrap_or_else(|| panic!("{}: {} after {}", case.kind, case.from, case.after));
    let mut edited = text[..at].to_owned();
    edited.push_str(case.to);
    edited.push_str(&text[at + case.from.len()..]);
    // The misspelt field may sit further into `to` (after a line break or other fields).
    let field_at = at + case.to.find(case.field).expect("the field is in `to`");
    let before = &edited[..field_at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (edited, (line, col))
}

fn load_text(text: &str) -> Result<(), LoadError> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("partner.ron");
    fs::write(&path, text).expect("write");
    let result = dacum_store::load_session(&path).map(|_| ());
    assert_eq!(fs::read_to_string(&path).ok().as_deref(), Some(text));
    result
}

/// Words of Rust's or ron's that must not reach a user.
const INTERNAL_WORDS: &[&str] = &[
    "Unexpected",
    "struct",
    "CurrentIn",
    "Header",
    "`Task`",
    "`Meta`",
    "ListItem",
    "DriverGroup",
    "SourceSession",
    "PanelMember",
    "DutyV0",
    "TaskV0",
];

fn run_table(base: &str, cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        let (text, place) = edited(base, case);
        let error = match load_text(&text) {
            Ok(()) => {
                failures.push(format!("{}: `{}` was accepted", case.kind, case.field));
                continue;
            }
            Err(error) => error,
        };
        let message = error.to_string();
        let mut wrong = Vec::new();
        if error.position != Some(place) {
            wrong.push(format!("position {:?}, expected {place:?}", error.position));
        }
        if !message.contains(&format!("`{}`", case.field)) {
            wrong.push(format!("does not name `{}`", case.field));
        }
        for expected in case.expected {
            if !message.contains(expected) {
                wrong.push(format!("does not list {expected}"));
            }
        }
        for word in INTERNAL_WORDS {
            if message.contains(word) {
                wrong.push(format!("says {word}"));
            }
        }
        if !wrong.is_empty() {
            failures.push(format!("{}: {} — {message}", case.kind, wrong.join("; ")));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn a_misspelt_field_of_any_element_is_an_error_at_its_place_naming_it() {
    let base = fs::read_to_string(sessions_dir().join("prison-officer.ron")).expect("example");
    run_table(&base, CURRENT);
}

#[test]
fn a_misspelt_field_of_a_version_0_file_is_an_error_at_its_place_naming_it() {
    let base = fs::read_to_string(fixture("v0-session.ron")).expect("fixture");
    run_table(&base, VERSION_0);
}

#[test]
fn a_current_file_labelled_version_0_is_refused_not_emptied() {
    let text = fs::read_to_string(sessions_dir().join("prison-officer.ron"))
        .expect("example")
        .replacen("version: 2,", "version: 0,", 1);
    let error = load_text(&text).expect_err("a mislabelled file is refused");
    assert!(error.position.is_some(), "{error}");
    let message = error.to_string();
    assert!(message.contains("`meta`"), "{message}");
    assert!(message.contains("version 0"), "{message}");
    assert!(
        message.contains("version 2"),
        "the likely cause is said: {message}"
    );
}

#[test]
fn a_date_with_a_time_is_an_error_not_cut_to_the_date() {
    let base = fs::read_to_string(sessions_dir().join("prison-officer.ron")).expect("example");
    for (from, to) in [
        ("start: \"2025-03-11\"", "start: \"2025-03-11T10:00\""),
        ("end: \"2025-03-13\"", "end: \"2025-03-13 09:30:00\""),
        ("start: \"2025-03-11\"", "start: \"20250311\""),
    ] {
        assert!(base.contains(from), "{from}");
        let text = base.replacen(from, to, 1);
        let error = load_text(&text).expect_err(to);
        let offset = text.find(to).expect("edited");
        let line = text[..offset].matches('\n').count() + 1;
        assert_eq!(error.position.map(|p| p.0), Some(line), "{to}: {error}");
        let message = error.to_string();
        assert!(
            message.contains("YYYY-MM-DD") && message.contains(&to[to.find('"').unwrap_or(0)..]),
            "{to}: {message}"
        );
    }
    // The same for a version 0 file's single date.
    let v0 = fs::read_to_string(fixture("v0-session.ron"))
        .expect("fixture")
        .replacen("\"2023-10-04\"", "\"2023-10-04T08:00\"", 1);
    let error = load_text(&v0).expect_err("v0 date with a time");
    assert!(error.to_string().contains("YYYY-MM-DD"), "{error}");
}

#[test]
fn every_date_the_app_can_hold_reads_back_strictly() {
    use dacum_model::Session;
    use jiff::civil::Date;
    for (start, end) in [
        (Date::MIN, Date::MAX),
        (jiff::civil::date(44, 3, 15), jiff::civil::date(-44, 3, 15)),
        (
            jiff::civil::date(2025, 3, 11),
            jiff::civil::date(2025, 3, 13),
        ),
    ] {
        let mut session = Session::default();
        session.meta.start = Some(start);
        session.meta.end = Some(end);
        let text = dacum_store::to_ron(&session).expect("serialises");
        let back = dacum_store::parse_session(text.as_bytes(), std::path::Path::new("dates.ron"));
        assert_eq!(back.ok(), Some(session), "{text}");
    }
}

#[test]
fn other_shape_errors_are_in_plain_words_too() {
    let base = fs::read_to_string(sessions_dir().join("prison-officer.ron")).expect("example");
    let cases = [
        // A missing required field, a field written twice, an unknown value of a
        // closed list, a list where an element is expected, a bad id.
        ("            role: Panel,\n", "", "`id`"),
        ("role: Panel,", "role: Panel, role: Observer,", "twice"),
        ("role: Panel,", "role: Boss,", "`Boss`"),
        ("meta: (", "meta: \"details\", x: (", "expected `(`"),
        (
            "id: \"94ba9886-6eff-4108-b8b0-fa51e161041d\"",
            "id: \"ioana\"",
            "UUID",
        ),
    ];
    for (from, to, said) in cases {
        assert!(base.contains(from), "{from}");
        // The first case removes the line before `role:` instead.
        let text = if to.is_empty() {
            base.replacen(
                "            id: \"94ba9886-6eff-4108-b8b0-fa51e161041d\",\n",
                "",
                1,
            )
        } else {
            base.replacen(from, to, 1)
        };
        let message = load_text(&text).expect_err(to).to_string();
        assert!(message.contains(said), "{to}: {message}");
        for word in INTERNAL_WORDS.iter().chain(&["`Person`", "Identifier"]) {
            assert!(!message.contains(word), "{to}: says {word}: {message}");
        }
    }
}
