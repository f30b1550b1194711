use proptest::prelude::*;

use super::line::{read, write};
use super::*;

fn answer(marks: &str) -> Answer {
    read(&format!("R1 | | | | | | {marks}"))
        .expect("valid")
        .answers[0]
}

#[test]
fn a_line_holds_the_profile_and_one_token_per_task() {
    let respondent = Respondent {
        code: "R0042".to_owned(),
        profile: Profile {
            country: "CZ".to_owned(),
            level: Some(Level::JobHolder),
            sector: Some(Sector::Public),
            years: Some(12),
            language: "cs".to_owned(),
            attributes: vec!["Plzeň".to_owned(), "night | late".to_owned()],
        },
        answers: vec![
            Answer {
                performs: Some(true),
                importance: Some(4),
                frequency: Some(3),
                difficulty: Some(2),
                train: Some(false),
            },
            Answer::default(),
            Answer {
                performs: Some(false),
                ..Answer::default()
            },
        ],
    };
    let line = write(&respondent);
    assert_eq!(
        line,
        "R0042 | CZ | job-holder | public | 12 | cs | Plzeň | night \\| late | y432n ----- n----"
    );
    assert_eq!(read(&line), Ok(respondent));
}

#[test]
fn blank_fields_are_blank_values() {
    let respondent = read("R7 |  |  |  |  |  | -----").expect("valid");
    assert_eq!(respondent.code, "R7");
    assert_eq!(respondent.profile, Profile::default());
    assert_eq!(respondent.answers, [Answer::default()]);
    // No tasks asked: an empty answers field.
    assert_eq!(read("R8 | | | | | | ").expect("valid").answers, []);
}

#[test]
fn marks_read_as_their_values() {
    let a = answer("n5-1y");
    assert_eq!(a.performs, Some(false));
    assert_eq!(
        (a.importance, a.frequency, a.difficulty),
        (Some(5), None, Some(1))
    );
    assert_eq!(a.train, Some(true));
}

#[test]
fn bad_lines_say_what_and_where() {
    let cases = [
        ("R1 | CZ | boss | | | | -----", "unknown level “boss”", 10),
        (
            "R1 | CZ | | state | | | -----",
            "unknown sector “state”",
            12,
        ),
        ("R1 | CZ | | | ten | | -----", "whole number, not “ten”", 14),
        (
            "R1 | CZ | | | | | y6--n",
            "answer 1: importance is a score from 1 to 5",
            19,
        ),
        ("R1 | CZ | | | | | y1--n y1-x-", "answer 2: difficulty", 27),
        (
            "R1 | CZ | | | | | y1--n yy",
            "answer 2: “yy” is not five marks",
            24,
        ),
        (
            "R1 | CZ | | | | | y1--n  y1--n",
            "separated by one space",
            24,
        ),
        ("R1 | CZ | -----", "at least 7 fields", 0),
        ("R\\1 | | | | | | -----", "“\\” is written before", 1),
    ];
    for (line, words, column) in cases {
        let error = read(line).expect_err(line);
        assert!(error.message.contains(words), "{line}: {error}");
        assert_eq!(error.column, column, "{line}: {error}");
    }
}

#[test]
fn a_round_finds_what_does_not_match_its_lists() {
    let mut round = Round::new("Survey", Mode::Survey, vec![Id::new(), Id::new()]);
    round.attributes = vec!["prison".to_owned()];
    let ok = read("R1 | CZ | | | | cs | Plzeň | ----- y----").expect("valid");
    let short = read("R2 | CZ | | | | cs | Plzeň | -----").expect("valid");
    let twice = read("R1 | SK | | | | sk | ----- -----").expect("valid");
    round.respondents = vec![ok, short, twice];
    round.comments.push(Comment {
        respondent: "R9".to_owned(),
        task: round.tasks[0],
        text: "?".to_owned(),
    });
    let problems: Vec<String> = round
        .problems()
        .iter()
        .map(|p| p.text(&round.name).to_string())
        .collect();
    assert_eq!(
        problems,
        [
            "respondent “R2” of round “Survey” has 1 answer, but the round asked about 2 tasks",
            "the respondent code “R1” is used twice in round “Survey”",
            "respondent “R1” of round “Survey” has 0 attribute values, but the round names 1 attribute",
            "“R9” is not a respondent of round “Survey”, yet a comment or suggested task names it",
        ]
    );
    let structural: Vec<bool> = round
        .problems()
        .iter()
        .map(RoundProblem::is_structural)
        .collect();
    assert_eq!(structural, [true, false, true, false]);
}

fn answers() -> impl Strategy<Value = Answer> {
    let yes_no = proptest::option::of(any::<bool>());
    let score = proptest::option::of(1_u8..=5);
    (yes_no.clone(), score.clone(), score.clone(), score, yes_no).prop_map(
        |(performs, importance, frequency, difficulty, train)| Answer {
            performs,
            importance,
            frequency,
            difficulty,
            train,
        },
    )
}

/// Texts as people type them, with the line's own marks and no spaces
/// around (those are not part of a field).
fn value() -> impl Strategy<Value = String> {
    "[A-Za-zčšžăîțéΑ-ω0-9|\\\\ ,.-]{0,12}".prop_map(|s| s.trim().to_owned())
}

fn respondents() -> impl Strategy<Value = Respondent> {
    (
        value(),
        "[A-Z]{0,2}",
        proptest::option::of(proptest::sample::select(Level::ALL.to_vec())),
        proptest::option::of(proptest::sample::select(Sector::ALL.to_vec())),
        proptest::option::of(0_u16..60),
        "[a-z]{0,2}",
        proptest::collection::vec(value(), 0..3),
        proptest::collection::vec(answers(), 0..30),
    )
        .prop_map(
            |(code, country, level, sector, years, language, attributes, answers)| Respondent {
                code,
                profile: Profile {
                    country,
                    level,
                    sector,
                    years,
                    language,
                    attributes,
                },
                answers,
            },
        )
}

proptest! {
    #[test]
    fn every_respondent_reads_back_from_its_line(respondent in respondents()) {
        let line = write(&respondent);
        prop_assert!(!line.contains('\n'));
        prop_assert_eq!(read(&line), Ok(respondent));
    }

    #[test]
    fn no_line_makes_the_reader_panic(line in "\\PC{0,80}") {
        let _ = read(&line);
    }
}
