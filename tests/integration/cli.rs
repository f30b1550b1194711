//! The command line: `check` output lines and exit codes, `format`, and `--help`.

use std::fs;
use std::path::Path;

use crate::helpers::{clean_example_files, fixture, run_cli as run, sessions_dir};

fn check(files: &[&Path]) -> (Option<i32>, String) {
    let mut args = vec![std::ffi::OsStr::new("check")];
    args.extend(files.iter().map(|f| f.as_os_str()));
    let (code, out, _) = run(&args);
    (code, out)
}

/// Writes the Prison officer example with one text replaced.
fn variant(dir: &Path, name: &str, from: &str, to: &str) -> std::path::PathBuf {
    let text = fs::read_to_string(sessions_dir().join("prison-officer.ron")).expect("example");
    assert!(text.contains(from), "{from}");
    let path = dir.join(name);
    fs::write(&path, text.replacen(from, to, 1)).expect("write");
    path
}

#[test]
fn check_passes_the_examples_with_exit_code_0() {
    let files = clean_example_files();
    let paths: Vec<&Path> = files.iter().map(std::path::PathBuf::as_path).collect();
    let (code, out) = check(&paths);
    assert_eq!((code, out.as_str()), (Some(0), ""));
}

#[test]
fn check_reports_statement_findings_as_warnings_with_codes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = fs::read_to_string(sessions_dir().join("prison-officer.ron")).expect("example");
    let first_task = text
        .split("statement: \"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a task");
    let path = variant(
        dir.path(),
        "findings.ron",
        &format!("statement: \"{first_task}\""),
        "statement: \"Understand the prison rules\"",
    );
    let (code, out) = check(&[&path]);
    assert_eq!(code, Some(1), "{out}");
    let expected = format!("{}: A-1: warning: ", path.display());
    assert!(
        out.lines()
            .any(|l| l.starts_with(&expected) && l.contains("Understand")),
        "{out}"
    );
}

#[test]
fn check_reports_dangling_references_as_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text =
        fs::read_to_string(sessions_dir().join("future-of-corrections.ron")).expect("example");
    // Point the first vote at a participant who does not exist.
    let at = text.find("participant: \"").expect("a vote") + "participant: \"".len();
    let broken = format!(
        "{}00000000-0000-4000-8000-00000000dead{}",
        &text[..at],
        &text[at + 36..]
    );
    let path = dir.path().join("dangling.ron");
    fs::write(&path, broken).expect("write");
    let (code, out) = check(&[&path]);
    assert_eq!(code, Some(1), "{out}");
    let expected = format!("{}: error: ", path.display());
    assert!(
        out.lines()
            .any(|l| l.starts_with(&expected) && l.contains("missing participant")),
        "{out}"
    );
}

#[test]
fn check_reports_load_errors_with_line_and_column_and_exit_code_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = variant(dir.path(), "bad.ron", "version: 2,", "version: \"one\",");
    let good = sessions_dir().join("prison-officer.ron");
    let (code, out, err) = run(&["check".as_ref(), good.as_os_str(), bad.as_os_str()]);
    assert_eq!(code, Some(2), "{out}{err}");
    assert_eq!(
        out, "",
        "the good file has no findings; the error is on stderr"
    );
    let line = err.lines().next().unwrap_or_default();
    let expected = format!("{}:3:", bad.display());
    assert!(
        line.starts_with(&expected) && line.contains(": error: "),
        "{err}"
    );
}

#[test]
fn format_migrates_an_old_file_and_keeps_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("old.ron");
    fs::copy(fixture("v0-session.ron"), &path).expect("copy");
    let (code, _, err) = run(&["format".as_ref(), path.as_os_str()]);
    assert_eq!(code, Some(0), "{err}");
    let text = fs::read_to_string(&path).expect("rewritten");
    assert!(text.contains("version: 2,"));
    assert!(
        fs::read_to_string(dir.path().join("old.ron.bak"))
            .expect("backup")
            .contains("version: 0,")
    );
    assert_eq!(check(&[&path]).0, Some(0));
}

#[test]
fn every_command_has_help() {
    for args in [
        &["--help"][..],
        &["check", "--help"],
        &["format", "--help"],
        &["import-drivers", "--help"],
        &["export", "--help"],
    ] {
        let args: Vec<&std::ffi::OsStr> = args.iter().map(std::convert::AsRef::as_ref).collect();
        let (code, out, _) = run(&args);
        assert_eq!(code, Some(0));
        assert!(out.contains("Usage:"), "{out}");
    }
    let (_, out, _) = run(&["check".as_ref(), "--help".as_ref()]);
    assert!(out.contains("Exit code"), "{out}");
}

#[test]
fn import_drivers_adds_drivers_and_votes_from_a_spreadsheet() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = dir.path().join("pestle.ron");
    fs::copy(sessions_dir().join("future-of-corrections.ron"), &session).expect("copy");
    let before = dacum_store::load_session(&session).expect("loads");
    let csv = dir.path().join("votes.csv");
    fs::write(
        &csv,
        "\u{feff}Category;Title;Description;Participant;Uncertainty;Impact\n\
         Technological;Body-worn cameras;\"Cameras on staff; footage as evidence\";Ana Ionescu;3;4\n\
         technological;Body-worn cameras;;Lukas Schmidt;2;4\n",
    )
    .expect("write");
    let (code, out, err) = run(&[
        "import-drivers".as_ref(),
        session.as_os_str(),
        csv.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        out.contains("added 1 drivers, 2 participants and 2 votes"),
        "{out}"
    );
    let after = dacum_store::load_session(&session).expect("loads");
    assert_eq!(after.pestle.drivers.len(), before.pestle.drivers.len() + 1);
    assert_eq!(after.pestle.votes.len(), before.pestle.votes.len() + 2);
    assert!(dir.path().join("pestle.ron.bak").exists());
}

#[test]
fn import_drivers_with_bad_rows_imports_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = dir.path().join("pestle.ron");
    fs::copy(sessions_dir().join("future-of-corrections.ron"), &session).expect("copy");
    let original = fs::read(&session).expect("read");
    let csv = dir.path().join("votes.csv");
    fs::write(&csv, "category,title,participant,uncertainty,impact\nLegal,Fine,Ana,3,3\nE,Budget,Ana,3,3\nLegal,Rights,Ana,9,3\n")
        .expect("write");
    let (code, out, err) = run(&[
        "import-drivers".as_ref(),
        session.as_os_str(),
        csv.as_os_str(),
    ]);
    assert_eq!(code, Some(2), "{out}{err}");
    assert_eq!(out, "");
    let expected = format!("{}: row 3: error: ", csv.display());
    assert!(
        err.lines()
            .any(|l| l.starts_with(&expected) && l.contains("ambiguous")),
        "{err}"
    );
    assert!(err.contains("row 4: error: uncertainty \"9\""), "{err}");
    assert_eq!(
        fs::read(&session).expect("read"),
        original,
        "the session was not touched"
    );
}

#[test]
fn export_writes_a_pdf_and_says_how_many_pages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("chart.pdf");
    let session = sessions_dir().join("prison-officer.ron");
    let (code, stdout, err) = run(&[
        "export".as_ref(),
        session.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--report".as_ref(),
        "chart".as_ref(),
        "--paper".as_ref(),
        "a3".as_ref(),
        "--no-names".as_ref(),
    ]);
    assert_eq!(code, Some(0), "{err}");
    let bytes = fs::read(&out).expect("the PDF is there");
    assert!(bytes.starts_with(b"%PDF-"));
    let pages = crate::pdf_reading::page_count(&bytes);
    assert!(stdout.contains(&format!("wrote {pages} pages")), "{stdout}");
    assert!(stdout.contains("names withheld"), "{stdout}");
    assert_eq!(crate::helpers::listing(dir.path()), ["chart.pdf"]);
}

#[test]
fn export_refuses_a_bad_session_and_leaves_the_old_pdf_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = variant(dir.path(), "bad.ron", "version: 2,", "version: \"one\",");
    let out = dir.path().join("report.pdf");
    fs::write(&out, b"the previous report").expect("write");
    let (code, _, err) = run(&[
        "export".as_ref(),
        bad.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(code, Some(2));
    assert!(err.contains(&format!("{}:3:", bad.display())), "{err}");
    assert_eq!(fs::read(&out).expect("read"), b"the previous report");
    assert_eq!(
        crate::helpers::listing(dir.path()),
        ["bad.ron", "report.pdf"]
    );
}

#[test]
fn export_to_an_unwritable_place_fails_with_exit_code_2_and_leaves_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = sessions_dir().join("prison-officer.ron");
    let missing_folder = dir.path().join("no such folder").join("out.pdf");
    let a_folder = dir.path().join("a folder");
    fs::create_dir(&a_folder).expect("mkdir");
    for out in [&missing_folder, &a_folder] {
        let (code, _, err) = run(&[
            "export".as_ref(),
            session.as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
        ]);
        assert_eq!(code, Some(2), "{}", out.display());
        assert!(
            err.contains("cannot save") && err.contains(&out.display().to_string()),
            "{err}"
        );
    }
    assert_eq!(crate::helpers::listing(dir.path()), ["a folder"]);
    assert!(crate::helpers::listing(&a_folder).is_empty());
}

#[test]
fn export_writes_the_reports_texts_in_the_ui_language_and_refuses_an_unknown_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = sessions_dir().join("prison-officer.ron");
    let out = dir.path().join("cs.pdf");
    let export = |language: &str| {
        run(&[
            "export".as_ref(),
            session.as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
            "--ui-language".as_ref(),
            language.as_ref(),
        ])
    };
    let (code, _, err) = export("cs");
    assert_eq!(code, Some(0), "{err}");
    let text = crate::pdf_reading::text(&fs::read(&out).expect("the PDF is there"));
    let text = crate::pdf_reading::squeeze(&text);
    assert!(text.contains(&crate::pdf_reading::squeeze("Strana 1 z")));
    assert!(!text.contains(&crate::pdf_reading::squeeze("Page 1 of")));
    fs::remove_file(&out).expect("remove");

    let (code, _, err) = export("tlh");
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("--ui-language tlh") && err.contains("en, de, cs, sl, ro, lt, el"),
        "{err}"
    );
    assert!(crate::helpers::listing(dir.path()).is_empty());
}

#[test]
fn export_rejects_an_unknown_report_or_paper() {
    let session = sessions_dir().join("prison-officer.ron");
    for (flag, value) in [("--report", "budget"), ("--paper", "a5")] {
        let (code, _, err) = run(&[
            "export".as_ref(),
            session.as_os_str(),
            "-o".as_ref(),
            "x.pdf".as_ref(),
            flag.as_ref(),
            value.as_ref(),
        ]);
        assert_eq!(code, Some(2), "{err}");
        assert!(err.contains(value), "{err}");
    }
}

#[test]
fn export_warns_about_characters_the_font_cannot_draw() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = fs::read_to_string(sessions_dir().join("prison-officer.ron")).expect("example");
    let first_task = text
        .split("statement: \"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a task");
    let session = variant(
        dir.path(),
        "cjk.ron",
        &format!("statement: \"{first_task}\""),
        "statement: \"Conduct cell searches 日本\"",
    );
    let out = dir.path().join("cjk.pdf");
    let (code, _, err) = run(&[
        "export".as_ref(),
        session.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("warning: the report font has no glyph for 日 本"),
        "{err}"
    );
    assert!(out.exists());
}
