//! Survey rounds in a session file: one line per respondent, read back exactly,
//! and a line that cannot be read against its round refused with its place.

use std::path::Path;

use dacum_model::survey::{Answer, Level, Mode, Profile, Respondent, Round, Sector};
use dacum_model::{Duty, Session, Task};
use dacum_store::{parse_session, to_ron};

fn session_with_a_round() -> Session {
    let mut session = Session::default();
    let mut duty = Duty::new("Maintain security");
    duty.tasks = vec![Task::new("Search cells"), Task::new("Escort prisoners")];
    let tasks = duty.tasks.iter().map(|t| t.id).collect();
    session.chart.duties.push(duty);
    let mut round = Round::new("National survey 2026", Mode::Survey, tasks);
    round.attributes = vec!["prison".to_owned()];
    round.respondents = (0..3)
        .map(|i| Respondent {
            code: format!("CZ-{i:03}"),
            profile: Profile {
                country: "CZ".to_owned(),
                level: Some(Level::JobHolder),
                sector: Some(Sector::Public),
                years: Some(4 + i),
                language: "cs".to_owned(),
                attributes: vec!["Věznice Plzeň".to_owned()],
            },
            answers: vec![
                Answer {
                    performs: Some(true),
                    importance: Some(4),
                    frequency: Some(5),
                    difficulty: Some(2),
                    train: Some(true),
                },
                Answer::default(),
            ],
        })
        .collect();
    session.survey.rounds.push(round);
    session
}

fn load(text: &str) -> Result<Session, dacum_store::LoadError> {
    parse_session(text.as_bytes(), Path::new("survey.ron"))
}

#[test]
fn each_respondent_is_one_line_and_reads_back() {
    let session = session_with_a_round();
    let text = to_ron(&session).expect("serialises");
    assert!(text.contains("version: 2,"));
    assert!(
        text.contains(
            "\"CZ-001 | CZ | job-holder | public | 5 | cs | Věznice Plzeň | y452y -----\","
        ),
        "{text}"
    );
    assert_eq!(load(&text).expect("loads"), session);
}

#[test]
fn a_respondent_short_of_answers_is_refused_at_its_line() {
    let text = to_ron(&session_with_a_round())
        .expect("serialises")
        .replace("| y452y -----\",", "| y452y\",");
    let error = load(&text).expect_err("refused");
    let line = text
        .lines()
        .position(|l| l.contains("\"CZ-000 |"))
        .expect("the line")
        + 1;
    assert_eq!(error.position.map(|p| p.0), Some(line), "{error}");
    let message = error.to_string();
    assert!(
        message.contains("respondent “CZ-000” of round “National survey 2026” has 1 answer, but the round asked about 2 tasks"),
        "{message}"
    );
}

#[test]
fn a_bad_mark_is_refused_with_the_answer_it_is_in() {
    let text = to_ron(&session_with_a_round())
        .expect("serialises")
        .replacen("| y452y -----\",", "| y452y --7--\",", 1);
    let error = load(&text).expect_err("refused");
    let message = error.to_string();
    assert!(
        message.contains("answer 2: frequency is a score from 1 to 5"),
        "{message}"
    );
    let line = text
        .lines()
        .position(|l| l.contains("--7--"))
        .expect("line")
        + 1;
    assert_eq!(error.position.map(|p| p.0), Some(line), "{error}");
}

#[test]
fn a_version_1_file_reads_as_a_session_without_a_survey() {
    let text = to_ron(&Session::default())
        .expect("serialises")
        .replace("version: 2,", "version: 1,");
    let session = load(&text).expect("a version 1 file still opens");
    assert!(session.survey.is_empty());
}

/// The scale goal of the compact layout: 1,000 respondents × 120 tasks in a
/// file of at most 6 MB (with the whole large chart around it). The times to
/// load and save it are measured by `cargo bench --bench store`.
#[test]
fn a_survey_of_a_thousand_respondents_makes_a_small_file() {
    use dacum_model::generated::{SurveyPlan, large_session, survey_round};
    let mut session = large_session();
    let tasks: Vec<dacum_model::Id> = session
        .chart
        .duties
        .iter()
        .flat_map(|d| d.tasks.iter().map(|t| t.id))
        .take(120)
        .collect();
    let plan = SurveyPlan {
        name: "European verification survey",
        countries: &[("RO", "ro", 9), ("CZ", "cs", 4), ("DE", "de", 3)],
        respondents: 1_000,
        seed: 2026,
        suggestions: &[],
        typical: &[],
    };
    session.survey.rounds.push(survey_round(&tasks, &plan));
    let text = to_ron(&session).expect("serialises");
    assert!(text.len() <= 6_000_000, "{} bytes", text.len());
    let lines = text.lines().filter(|l| l.contains(" | ")).count();
    assert_eq!(lines, 1_000, "one line per respondent");
    assert_eq!(load(&text).expect("loads"), session);
}

/// The prison-officer example's survey round is exactly what the generator
/// makes (`cargo run -p dacum-store --example example_survey` writes it).
#[test]
fn the_example_holds_the_generated_survey_round() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sessions/prison-officer.ron");
    let session = dacum_store::load_session(&path).expect("the example loads");
    let expected = dacum_model::generated::example_survey_round(&session);
    assert_eq!(session.survey.rounds, [expected]);
    let round = &session.survey.rounds[0];
    assert_eq!(round.respondents.len(), 150);
    let countries: std::collections::BTreeSet<&str> = round
        .respondents
        .iter()
        .map(|r| r.profile.country.as_str())
        .collect();
    assert_eq!(countries.len(), 5);
    assert!(round.problems().is_empty());
}
