use dacum_model::survey::names::{self, Measure};
use dacum_model::survey::{Level, Sector};
use dacum_model::{Duty, Session, Task};

use super::*;

fn session() -> Session {
    let mut session = Session::default();
    let mut security = Duty::new("Maintain security");
    security.tasks = vec![Task::new("Search cells"), Task::new("Escort prisoners")];
    let mut care = Duty::new("Support rehabilitation");
    care.tasks = vec![Task::new("Mentor prisoners")];
    session.chart.duties = vec![security, care];
    session
}

fn csv(text: &str) -> Table {
    Table::from_csv(text.as_bytes()).expect("readable CSV")
}

fn import(session: &Session, text: &str) -> Result<SurveyImport, Vec<CellError>> {
    plan_survey_import(session, &csv(text), None, "Survey")
}

fn applied(session: &Session, plan: &SurveyImport) -> Session {
    let mut session = session.clone();
    if let Some(edit) = plan.edit.clone() {
        session.apply(edit).expect("the import applies");
    }
    session
}

/// A KoboToolbox export of the app's form: semicolons, a byte-order mark,
/// group prefixes, its own columns, `n/a`.
fn kobo_export(session: &Session, rows: &[&str]) -> String {
    let tasks: Vec<Id> = session.chart.tasks().map(|(_, _, t)| t.id).collect();
    let stems = names::stems(&tasks);
    let duty_stems = names::stems(&[session.chart.duties[0].id, session.chart.duties[1].id]);
    let mut header = vec![
        "start".to_owned(),
        "end".to_owned(),
        "profile/respondent_code".to_owned(),
        "profile/country".to_owned(),
        "profile/level".to_owned(),
        "profile/sector".to_owned(),
        "profile/years".to_owned(),
        "profile/language".to_owned(),
    ];
    for (i, stem) in stems.iter().enumerate() {
        for measure in [Measure::Performs, Measure::Importance, Measure::Frequency] {
            header.push(format!("duty_{}/{}", i / 2, names::question(stem, measure)));
        }
    }
    header.push(format!("duty_0/{}", names::missed(&duty_stems[0])));
    header.extend(["_id", "_uuid", "_submission_time", "_index"].map(str::to_owned));
    let mut text = format!("\u{feff}{}\n", header.join(";"));
    for row in rows {
        text.push_str(row);
        text.push('\n');
    }
    text
}

const KOBO_ROWS: [&str; 3] = [
    "2026-03-01T10:00:00;2026-03-01T10:09:00;CZ-001;CZ;job-holder;public;12;cs;yes;4;5;yes;3;n/a;no;n/a;n/a;Check parcels;1;u1;2026-03-01T10:10:00;1",
    "2026-03-01T11:00:00;2026-03-01T11:09:00;CZ-002;CZ;supervisor;public;20,0;cs;yes;5;4;yes;5;4;yes;2;1;;2;u2;2026-03-01T11:10:00;2",
    "2026-03-02T09:00:00;2026-03-02T09:09:00;RO-001;RO;job-holder;ngo;3;ro;no;2;n/a;yes;4;3;yes;5;4;;3;u3;2026-03-02T09:10:00;3",
];

#[test]
fn a_kobo_export_of_the_form_makes_a_round() {
    let session = session();
    let plan = import(&session, &kobo_export(&session, &KOBO_ROWS)).expect("imports");
    assert!(plan.new_round);
    assert_eq!((plan.added, plan.known, plan.suggestions), (3, 0, 1));
    assert_eq!(
        plan.skipped_columns,
        ["start", "end", "_id", "_uuid", "_submission_time", "_index"]
    );
    let after = applied(&session, &plan);
    let round = &after.survey.rounds[0];
    assert_eq!(round.tasks.len(), 3);
    assert_eq!(round.languages, ["cs", "ro"]);
    let second = &round.respondents[1];
    assert_eq!(second.code, "CZ-002");
    assert_eq!(second.profile.level, Some(Level::Supervisor));
    assert_eq!(second.profile.sector, Some(Sector::Public));
    assert_eq!(second.profile.years, Some(20));
    assert_eq!(
        second.answers[2],
        Answer {
            performs: Some(true),
            importance: Some(2),
            frequency: Some(1),
            difficulty: None,
            train: None,
        }
    );
    assert_eq!(round.respondents[0].answers[1].frequency, None);
    assert_eq!(round.suggestions[0].statement, "Check parcels");
    assert_eq!(round.suggestions[0].duty, Some(session.chart.duties[0].id));
    assert!(round.problems().is_empty());
}

#[test]
fn importing_the_same_file_again_adds_nothing_and_a_later_export_adds_the_new() {
    let session = session();
    let first = import(&session, &kobo_export(&session, &KOBO_ROWS[..2])).expect("imports");
    let once = applied(&session, &first);
    let again = import(&once, &kobo_export(&session, &KOBO_ROWS[..2])).expect("imports");
    assert_eq!(
        (again.added, again.known, again.edit.is_none()),
        (0, 2, true)
    );
    let later = import(&once, &kobo_export(&session, &KOBO_ROWS)).expect("imports");
    assert!(!later.new_round);
    assert_eq!((later.added, later.known), (1, 2));
    let twice = applied(&once, &later);
    assert_eq!(twice.survey.rounds.len(), 1);
    assert_eq!(twice.survey.respondent_count(), 3);
    // One undo step takes the whole import back.
    let mut back = once.clone();
    let inverse = back.apply(later.edit.expect("an edit")).expect("applies");
    assert_eq!(back, twice);
    back.apply(inverse).expect("undoes");
    assert_eq!(back, once);
}

#[test]
fn a_wide_file_with_task_codes_is_read() {
    let session = session();
    let text = "Respondent,Country,Level,Sector,Years,A-1 importance,A-1 train,B-1 imp,A-2 comment\n\
                R1,lt,Job holder,public,4,5,ano,3,Only with a dog\n\
                R2,LT,manager,private,,4,ne,n/a,\n";
    let plan = import(&session, text).expect("imports");
    let after = applied(&session, &plan);
    let round = &after.survey.rounds[0];
    // The round asks about the tasks the file answers, in chart order.
    let a1 = session.chart.duties[0].tasks[0].id;
    let a2 = session.chart.duties[0].tasks[1].id;
    let b1 = session.chart.duties[1].tasks[0].id;
    assert_eq!(round.tasks, [a1, b1]);
    assert_eq!(round.respondents[0].answers[0].train, Some(true));
    assert_eq!(round.respondents[0].profile.country, "LT");
    assert_eq!(round.respondents[1].answers[1].importance, None);
    // A comment on a task the round does not ask about still names its task.
    assert_eq!(round.comments.len(), 1);
    assert_eq!(round.comments[0].task, a2);
}

#[test]
fn every_bad_cell_is_listed_and_nothing_is_imported() {
    let session = session();
    let text = "respondent_code,country,level,A-1 importance,A-1 frequency,A-7 importance,hobby\n\
                R1,CZ,job-holder,6,3,,\n\
                R2,Czechia,boss,four,2,,\n\
                R1,CZ,supervisor,3,3,,\n\
                ,CZ,trainer,3,3,,\n\
                R5,CZ,trainer,3,3,,,,extra\n";
    let errors = import(&session, text).expect_err("refused");
    let found: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "row 1, column F: “A-7 importance” names no profile field, task, duty or attribute of round “Survey”: rename or remove the column",
            "row 1, column G: “hobby” names no profile field, task, duty or attribute of round “Survey”: rename or remove the column",
        ],
        "the header is checked first"
    );
    // The same rows under a header without the two unknown columns.
    let text = text.replace(",A-7 importance,hobby", ",,");
    let errors = import(&session, &text).expect_err("refused");
    let found: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "row 2, column D: 6 is outside the scale of 1 to 5",
            "row 3, column B: “Czechia” is not a two-letter country code such as CZ or RO",
            "row 3, column C: “boss” is not a level: job-holder, supervisor, trainer or manager",
            "row 3, column D: “four” is not a score: a whole number from 1 to 5, or empty",
            "row 5, column A: the respondent code is empty: every row needs one (no names needed)",
            "row 6, column I: a value beyond the last named column",
        ]
    );
    let missing = import(
        &session,
        "respondent_code,level,A-1 importance\nR1,job-holder,3\n",
    )
    .expect_err("refused");
    assert_eq!(missing.len(), 1);
    assert!(missing[0].to_string().contains("“country” is missing"));
    let twice = import(
        &session,
        "respondent_code,country,level\nR1,CZ,trainer\nR1,CZ,trainer\n",
    )
    .expect_err("refused");
    assert_eq!(
        twice[0].to_string(),
        "row 3, column A: the respondent code “R1” is also used in row 2"
    );
}

#[test]
fn an_existing_round_takes_only_the_tasks_it_asked_about() {
    let session = session();
    let plan = import(
        &session,
        "respondent_code,country,level,A-1 importance\nR1,CZ,trainer,3\n",
    )
    .expect("imports");
    let after = applied(&session, &plan);
    let errors = plan_survey_import(
        &after,
        &csv("respondent_code,country,level,A-2 importance\nR2,CZ,trainer,3\n"),
        Some("Survey"),
        "Survey",
    )
    .expect_err("refused");
    assert!(
        errors[0]
            .to_string()
            .contains("“A-2 importance” is a task round “Survey” did not ask about"),
        "{errors:?}"
    );
}
