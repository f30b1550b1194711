//! The CSV tests: reading, checking, importing and exporting drivers and votes.

use super::*;
use dacum_model::{Category, Driver, Participant, Session, Vote};

fn rows(text: &str) -> Vec<DriverRow> {
    parse_drivers_csv(text).unwrap_or_else(|e| panic!("{e}"))
}

fn errors(text: &str) -> Vec<(usize, String)> {
    match parse_drivers_csv(text) {
        Ok(rows) => panic!("accepted: {rows:?}"),
        Err(CsvErrors(errors)) => errors.into_iter().map(|e| (e.row, e.message)).collect(),
    }
}

#[test]
fn commas_semicolons_quotes_and_bom() {
    let comma = "category,title,description,participant,uncertainty,impact\n\
                 Legal,EU procedural rights,\"Directives on suspects' rights, detention\",Ana Popescu,3,4\n";
    let semicolon = "\u{feff}Category;Title;Description;Participant;Uncertainty;Impact\r\n\
                     legal;EU procedural rights;\"Directives on suspects' rights, detention\";Ana Popescu;3;4\r\n";
    for text in [comma, semicolon] {
        let parsed = rows(text);
        assert_eq!(parsed.len(), 1);
        let row = &parsed[0];
        assert_eq!(
            (row.row, row.category, row.title.as_str()),
            (2, Category::Legal, "EU procedural rights")
        );
        assert_eq!(row.description, "Directives on suspects' rights, detention");
        assert_eq!(
            (row.participant.as_deref(), row.scores),
            (Some("Ana Popescu"), Some((3, 4)))
        );
    }
}

#[test]
fn the_header_decides_the_order_and_optional_columns_may_be_missing() {
    let parsed = rows(
        "impact;participant;title;category;uncertainty\n5;Jonas;Prison overcrowding;SOCIAL;2\n",
    );
    assert_eq!(parsed[0].scores, Some((2, 5)));
    assert_eq!(parsed[0].category, Category::Social);
    let parsed = rows("title,category\nBudget austerity,Economic\n\n");
    assert_eq!(
        (
            parsed.len(),
            parsed[0].participant.as_ref(),
            parsed[0].scores
        ),
        (1, None, None)
    );
}

#[test]
fn bad_rows_are_all_reported_with_their_numbers() {
    let text = "category,title,participant,uncertainty,impact\n\
                Political,Penal policy,Ana,4,5\n\
                E,Budget,Ana,3,3\n\
                Legal,,Ana,3,3\n\
                Social,Ageing,Ana,6,3\n\
                Social,Radicalisation,,3,3\n\
                Technological,AI tools,Ana,high,4\n\
                Legal,Rights,Ana,3,\n\
                Political,penal policy,ANA,2,2\n";
    let found = errors(text);
    let rows: Vec<usize> = found.iter().map(|e| e.0).collect();
    assert_eq!(rows, [3, 4, 5, 6, 7, 8, 9], "{found:#?}");
    assert!(found[0].1.contains("ambiguous"));
    assert!(
        found[2]
            .1
            .contains("\"6\" is not a whole number from 1 to 5")
    );
    assert!(found[6].1.contains("already voted") && found[6].1.contains("row 2"));
}

#[test]
fn header_problems_are_row_1() {
    for (text, expected) in [
        ("", "empty"),
        ("category,titel\n", "unknown column \"titel\""),
        ("title,impact\n", "no \"category\" column"),
        ("title,category,title\n", "appears twice"),
    ] {
        let found = errors(text);
        assert_eq!(found[0].0, 1, "{text:?}");
        assert!(found[0].1.contains(expected), "{text:?}: {found:?}");
    }
}

#[test]
fn import_matches_existing_drivers_and_participants_and_updates_votes() {
    let mut session = Session::default();
    let driver = Driver::new(Category::Political, "Penal policy");
    let ana = Participant::new("Ana");
    session
        .pestle
        .votes
        .push(Vote::new(driver.id, ana.id, 1, 1));
    session.pestle.drivers.push(driver.clone());
    session.pestle.participants.push(ana.clone());
    let parsed = rows(
        "category,title,participant,uncertainty,impact\n\
         Political,penal policy,ana,4,5\n\
         Political,Penal policy,Jonas,3,4\n\
         Economic,Budget austerity,Jonas,2,5\n\
         Social,Ageing prison population,,,\n",
    );
    let (edit, counts) = import_edit(&session, &parsed);
    assert_eq!(
        counts,
        ImportCounts {
            drivers: 2,
            participants: 1,
            votes: 2,
            updated_votes: 1
        }
    );
    let before = session.clone();
    let undo = session.apply(edit).expect("applies");
    let pestle = &session.pestle;
    assert_eq!(pestle.drivers.len(), 3);
    assert_eq!(pestle.participants.len(), 2);
    assert_eq!(
        pestle
            .vote(driver.id, ana.id)
            .map(|v| (v.uncertainty, v.impact)),
        Some((4, 5))
    );
    assert_eq!(pestle.votes.len(), 3);
    session.apply(undo).expect("undo");
    assert_eq!(session, before);
}

#[test]
fn export_then_import_gives_the_same_drivers_and_votes() {
    let mut session = Session::default();
    let drivers = [
        Driver::new(Category::Legal, "EU rights, \"directives\""),
        Driver::new(Category::Environmental, "Heat stress"),
    ];
    let people = [
        Participant::new("Ioana Mărgineanu"),
        Participant::new("Jiří Řezníček"),
    ];
    session
        .pestle
        .votes
        .push(Vote::new(drivers[0].id, people[0].id, 2, 5));
    session
        .pestle
        .votes
        .push(Vote::new(drivers[0].id, people[1].id, 4, 4));
    session.pestle.drivers.extend(drivers);
    session.pestle.participants.extend(people);
    let text = export_drivers_csv(&session).expect("exports");
    assert!(text.starts_with('\u{feff}'));
    let mut fresh = Session::default();
    let (edit, counts) = import_edit(&fresh, &rows(&text));
    assert_eq!(
        counts,
        ImportCounts {
            drivers: 2,
            participants: 2,
            votes: 2,
            updated_votes: 0
        }
    );
    fresh.apply(edit).expect("applies");
    let summary = |s: &Session| {
        let p = &s.pestle;
        let mut votes: Vec<(String, String, u8, u8)> = p
            .votes
            .iter()
            .filter_map(|v| {
                let d = p.driver(v.driver)?;
                let who = p.participants.iter().find(|x| x.id == v.participant)?;
                Some((d.title.clone(), who.name.clone(), v.uncertainty, v.impact))
            })
            .collect();
        votes.sort();
        (
            p.drivers
                .iter()
                .map(|d| (d.category, d.title.clone()))
                .collect::<Vec<_>>(),
            votes,
        )
    };
    assert_eq!(summary(&fresh), summary(&session));
}

#[test]
fn an_unclosed_quote_is_an_error_naming_its_row() {
    // To the end of the file, and closed by a later quote: both used to make
    // a title of two rows.
    for text in [
        "category,title,participant,uncertainty,impact\n\
         Legal,EU rights,Ana,3,4\n\
         Social,\"Ageing prison population,Ana,3,3\n\
         Political,Penal policy,Ana,2,2\n",
        "category,title,participant,uncertainty,impact\n\
         Legal,EU rights,Ana,3,4\n\
         Social,\"Ageing prison population,Ana,3,3\n\
         Political,\"Penal\" policy,Ana,2,2\n",
    ] {
        let found = errors(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, 3, "{found:?}");
        assert!(found[0].1.contains("quote"), "{found:?}");
    }
}

#[test]
fn a_quoted_description_may_run_over_lines() {
    let text = "category,title,description\nLegal,EU rights,\"Directives;\nand case law\"\nSocial,Ageing,\n";
    let parsed = parse_drivers_csv(text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(parsed.len(), 2);
    assert_eq!(parsed[0].description, "Directives;\nand case law");
    assert_eq!((parsed[1].row, parsed[1].title.as_str()), (3, "Ageing"));
}

#[test]
fn a_row_with_more_cells_than_the_header_is_an_error() {
    let found = errors("category,title,participant\nLegal,EU rights,Ana\nSocial,Ageing,Ana,4,5\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, 3);
    assert!(
        found[0].1.contains("5 cells") && found[0].1.contains("3 columns"),
        "{found:?}"
    );
    // Cells under a header cell left empty would be dropped just the same.
    let found = errors("category,title,,participant\nLegal,EU rights,lost?,Ana\n");
    assert_eq!(found[0].0, 2, "{found:?}");
    assert!(found[0].1.contains("lost?"), "{found:?}");
}

#[test]
fn empty_cells_beyond_the_header_are_ignored() {
    // Spreadsheets often write a trailing separator; nothing is lost by it.
    let parsed =
        parse_drivers_csv("category,title\nLegal,EU rights,,\n").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(parsed[0].title, "EU rights");
}

#[test]
fn one_participant_may_vote_on_drivers_of_one_title_in_two_categories() {
    let text = "category,title,participant,uncertainty,impact\n\
                Legal,Privacy,Ana,3,4\n\
                Technological,privacy,Ana,2,5\n";
    let parsed = parse_drivers_csv(text).unwrap_or_else(|e| panic!("{e}"));
    let mut session = Session::default();
    let (edit, counts) = import_edit(&session, &parsed);
    assert_eq!((counts.drivers, counts.votes), (2, 2));
    session.apply(edit).expect("applies");
    assert_eq!(session.pestle.votes.len(), 2);
    // The same category twice is still a double vote.
    let found = errors(&format!("{text}legal,PRIVACY,ana,1,1\n"));
    assert_eq!(found[0].0, 4);
    assert!(found[0].1.contains("already voted") && found[0].1.contains("row 2"));
}

/// Cells a spreadsheet would run as a formula, and titles that really start
/// with an apostrophe (which the escaping itself uses).
const RISKY: [&str; 10] = [
    "=HYPERLINK(\"http://x\",\"click\")",
    "+40 officers",
    "-5% budget",
    "@SUM(A1:A9)",
    "\tindented",
    "\rcarriage return",
    "'Tough on crime' rhetoric",
    "'=not a formula, and it says so",
    "''+two apostrophes",
    "'",
];

#[test]
fn export_escapes_formulas_and_import_takes_them_back() {
    let mut session = Session::default();
    let ana = Participant::new("=cmd|' /C calc'!A0");
    for (i, title) in RISKY.iter().enumerate() {
        let mut driver = Driver::new(Category::ALL[i % 6], title);
        driver.description = format!("-{title}");
        session
            .pestle
            .votes
            .push(Vote::new(driver.id, ana.id, 3, 4));
        session.pestle.drivers.push(driver);
    }
    session.pestle.participants.push(ana);
    let text = export_drivers_csv(&session).expect("exports");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    for record in reader.records() {
        let record = record.expect("a record");
        for cell in &record {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a spreadsheet would run {cell:?}"
            );
        }
    }
    let parsed = parse_drivers_csv(&text).unwrap_or_else(|e| panic!("{e}"));
    let mut fresh = Session::default();
    let (edit, counts) = import_edit(&fresh, &parsed);
    assert_eq!(
        (counts.drivers, counts.participants, counts.votes),
        (10, 1, 10)
    );
    fresh.apply(edit).expect("applies");
    let texts = |s: &Session| {
        s.pestle
            .drivers
            .iter()
            .map(|d| (d.title.clone(), d.description.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(texts(&fresh), texts(&session));
    assert_eq!(fresh.pestle.participants[0].name, "=cmd|' /C calc'!A0");
}
