//! `import-survey` run as a process: a file of answers with task codes added to
//! a copy of the example as a new round, the same file again adding nothing,
//! and a file with bad cells refused cell by cell with the session untouched.
//! `survey-form` writing the paper questionnaire (by `--form paper` or a .pdf
//! name), and `export --report verification` writing the verification report,
//! both read back from the PDF.

use std::ffi::OsStr;
use std::fs;
use std::path::Path;

use crate::helpers::{run_cli, sessions_dir};
use crate::pdf_reading::{page_count, squeeze, text};

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

fn run_strs(args: &[&str]) -> (Option<i32>, String, String) {
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    run_cli(&args)
}

#[test]
fn survey_form_writes_the_paper_questionnaire_in_the_language_asked_for() {
    let dir = tempfile::tempdir().expect("temp dir");
    let example = sessions_dir().join("prison-officer.ron");
    let example = example.to_str().expect("a UTF-8 path");
    let czech = dir.path().join("dotaznik.pdf");
    let (code, out, err) = run_strs(&[
        "survey-form",
        example,
        "-o",
        czech.to_str().expect("path"),
        "--round",
        "Verification survey 2025",
        "--language",
        "cs",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
    let bytes = fs::read(&czech).expect("written");
    let pages = page_count(&bytes);
    assert!(
        out.contains(&format!("written ({pages} pages, 74 tasks, in cs)")),
        "{out}"
    );
    let found = squeeze(&text(&bytes));
    for expected in [
        "Kód respondenta",
        "Vykonávám",
        &format!("Strana {pages} z {pages}"),
    ] {
        assert!(found.contains(&squeeze(expected)), "{expected}");
    }

    // --form paper whatever the name; Romanian has the questionnaire's
    // words but no translation of the chart, which is said.
    let romanian = dir.path().join("chestionar.out");
    let (code, _, err) = run_strs(&[
        "survey-form",
        example,
        "-o",
        romanian.to_str().expect("path"),
        "--form",
        "paper",
        "--language",
        "ro",
        "--language",
        "de",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("have no ro translation and are printed in en"),
        "{err}"
    );
    assert!(
        err.contains("a paper questionnaire is in one language: ro"),
        "{err}"
    );
    let found = squeeze(&text(&fs::read(&romanian).expect("written")));
    assert!(found.contains(&squeeze("Bifați câte o căsuță în fiecare coloană")));
}

#[test]
fn export_writes_the_verification_report_weighted_as_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let example = sessions_dir().join("prison-officer.ron");
    let example = example.to_str().expect("a UTF-8 path");
    let out_path = dir.path().join("verification.pdf");
    let (code, out, err) = run_strs(&[
        "export",
        example,
        "-o",
        out_path.to_str().expect("path"),
        "--report",
        "verification",
        "--weighting",
        "per-country",
        "--no-names",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("personal names withheld"), "{out}");
    let found = squeeze(&text(&fs::read(&out_path).expect("written")));
    for expected in [
        "Verification report",
        "every country weighs the same",
        "Tasks ranked by priority",
        "Importance by duty",
        "Suggested tasks",
        "RO-0001",
    ] {
        assert!(found.contains(&squeeze(expected)), "{expected}");
    }
    assert!(!found.contains(&squeeze("DACUM Research Chart")));

    // A session without a survey round has nothing to report.
    let pestle = sessions_dir().join("future-of-corrections.ron");
    let nothing = dir.path().join("nothing.pdf");
    let (code, _, err) = run_strs(&[
        "export",
        pestle.to_str().expect("path"),
        "-o",
        nothing.to_str().expect("path"),
        "--report",
        "verification",
    ]);
    assert_eq!(code, Some(2));
    assert!(err.contains("the session has no survey round"), "{err}");
    assert!(!nothing.exists());
}
