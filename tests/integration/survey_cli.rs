//! `import-survey` run as a process: a file of answers with task codes added to
//! a copy of the example as a new round, the same file again adding nothing,
//! and a file with bad cells refused cell by cell with the session untouched.

use std::ffi::OsStr;
use std::fs;
use std::path::Path;

use crate::helpers::{run_cli, sessions_dir};

fn run(args: &[&Path]) -> (Option<i32>, String, String) {
    let args: Vec<&OsStr> = args.iter().map(|a| a.as_os_str()).collect();
    run_cli(&args)
}

const ANSWERS: &str = "respondent_code;country;level;sector;years;language;A-1 performs;A-1 importance;A-1 frequency;A-2 importance;missed_A\n\
                       LT-001;LT;job-holder;public;7;lt;taip;5;4;3;Patikrinti siuntinius\n\
                       LT-002;LT;supervisor;public;19,0;lt;ne;4;n/a;5;\n";

#[test]
fn answers_become_a_round_once_and_bad_cells_are_each_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = dir.path().join("po.ron");
    fs::copy(sessions_dir().join("prison-officer.ron"), &session).expect("copy");
    let answers = dir.path().join("lt-answers.csv");
    fs::write(&answers, ANSWERS).expect("write");
    let import = |file: &Path| {
        run(&[
            Path::new("import-survey"),
            &session,
            file,
            Path::new("--round"),
            Path::new("Lithuanian pilot"),
        ])
    };

    let (code, out, err) = import(&answers);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.contains(
            "new round “Lithuanian pilot”: 2 respondents added, 0 already there, 1 suggested tasks"
        ),
        "{out}"
    );
    let saved = dacum_store::load_session(&session).expect("saved");
    let round = saved
        .survey
        .rounds
        .iter()
        .find(|r| r.name == "Lithuanian pilot")
        .expect("the new round");
    assert_eq!(round.tasks.len(), 2);
    assert_eq!(round.respondents[1].profile.years, Some(19));
    assert_eq!(round.respondents[1].answers[0].frequency, None);
    assert!(session.with_extension("ron.bak").exists());

    let (code, out, err) = import(&answers);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.contains("0 respondents added, 2 already there"),
        "{out}"
    );

    let bad = dir.path().join("bad.csv");
    fs::write(
        &bad,
        ANSWERS
            .replace(
                "LT-002;LT;supervisor;public;19,0;lt;ne;4",
                "LT-003;Lietuva;supervisor;public;19,0;lt;ne;9",
            )
            .replace("LT-001", "LT-004"),
    )
    .expect("write");
    let before = fs::read(&session).expect("read");
    let (code, out, err) = import(&bad);
    assert_eq!(code, Some(2), "{out}");
    let path = bad.display();
    assert_eq!(
        err.lines().collect::<Vec<_>>(),
        [
            format!(
                "{path}: row 3, column B: error: “Lietuva” is not a two-letter country code such as CZ or RO"
            ),
            format!("{path}: row 3, column H: error: 9 is outside the scale of 1 to 5"),
            format!("{}: error: nothing was imported", session.display()),
        ]
    );
    assert_eq!(
        fs::read(&session).expect("read"),
        before,
        "the session is untouched"
    );
}

#[test]
fn the_instrument_and_the_statistics_are_written_for_the_example() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = sessions_dir().join("prison-officer.ron");
    let form = dir.path().join("form.xlsx");
    let (code, out, err) = run(&[
        Path::new("survey-form"),
        &session,
        Path::new("-o"),
        &form,
        Path::new("--language"),
        Path::new("cs"),
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("written"), "{out}");
    assert!(fs::read(&form).expect("written").starts_with(b"PK"));
    let template = dir.path().join("template.csv");
    let (code, _, err) = run(&[
        Path::new("survey-form"),
        &session,
        Path::new("-o"),
        &template,
    ]);
    assert_eq!(code, Some(0), "{err}");
    let text = fs::read_to_string(&template).expect("written");
    assert!(
        text.starts_with("\u{feff}respondent_code,country,level"),
        "{text:.80}"
    );
    let stats = dir.path().join("stats.csv");
    let (code, out, err) = run(&[
        Path::new("survey-stats"),
        &session,
        Path::new("-o"),
        &stats,
        Path::new("--country"),
        Path::new("RO"),
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("74 tasks, 60 respondents"), "{out}");
    // The output is never the session.
    let (code, _, err) = run(&[
        Path::new("survey-stats"),
        &session,
        Path::new("-o"),
        &session,
    ]);
    assert_eq!(code, Some(2));
    assert!(err.contains("error"), "{err}");
}
