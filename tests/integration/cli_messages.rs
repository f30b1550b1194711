//! What the command line says when something is wrong: every failure tagged
//! `error:` with <FILE:LINE:COL> where there is a place, files of the wrong kind
//! named in words, the merge driver speaking of the file git names, a mislabelled
//! file refused without touching it or its backup, and a closed pipe ending quietly.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use dacum_model::{Duty, Session, Task};

use crate::helpers::{binary, sessions_dir};

/// Runs the binary; the exit code and standard output and error together.
fn run(args: &[&std::ffi::OsStr]) -> (Option<i32>, String) {
    let output = binary().args(args).output().expect("the binary runs");
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    (output.status.code(), text)
}

fn example_text() -> String {
    fs::read_to_string(sessions_dir().join("prison-officer.ron")).expect("example")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, bytes).expect("write");
    path
}

#[test]
fn a_version_1_file_labelled_version_0_is_refused_by_check_format_and_the_merge_driver() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = example_text().replacen("version: 2,", "version: 0,", 1);
    let path = write(dir.path(), "s.ron", text.as_bytes());
    let backup = write(dir.path(), "s.ron.bak", b"an earlier version, kept");
    let meta_line = text[..text.find("meta: (").expect("meta")]
        .matches('\n')
        .count()
        + 1;

    let (code, out) = run(&["check".as_ref(), path.as_os_str()]);
    assert_eq!(code, Some(2), "{out}");
    let expected = format!("{}:{meta_line}:5: error: ", path.display());
    assert!(out.contains(&expected), "{out}");
    assert!(out.contains("`meta`"), "{out}");

    for _ in 0..2 {
        let (code, out) = run(&["format".as_ref(), path.as_os_str()]);
        assert_eq!(code, Some(2), "{out}");
        assert!(out.contains(&expected), "{out}");
    }
    assert_eq!(fs::read_to_string(&path).expect("file"), text);
    assert_eq!(
        fs::read(&backup).expect("backup"),
        b"an earlier version, kept"
    );

    let base = write(dir.path(), "base.ron", example_text().as_bytes());
    let theirs = write(dir.path(), "theirs.ron", example_text().as_bytes());
    let (code, out) = run(&[
        "merge-driver".as_ref(),
        base.as_os_str(),
        path.as_os_str(),
        theirs.as_os_str(),
        "sessions/s.ron".as_ref(),
    ]);
    assert_eq!(code, Some(2), "{out}");
    assert_eq!(fs::read_to_string(&path).expect("ours"), text);
}

#[test]
fn every_command_tags_a_load_failure_error_with_file_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = write(
        dir.path(),
        "bad.ron",
        example_text()
            .replacen("statement: ", "statment: ", 1)
            .as_bytes(),
    );
    let good = sessions_dir().join("prison-officer.ron");
    let csv = write(dir.path(), "votes.csv", b"category,title\nLegal,New law\n");
    let out_pdf = dir.path().join("out.pdf");
    let out_ron = dir.path().join("merged.ron");
    let bad_s = bad.as_os_str();
    let commands: Vec<Vec<&std::ffi::OsStr>> = vec![
        vec!["check".as_ref(), bad_s],
        vec!["format".as_ref(), bad_s],
        vec!["export".as_ref(), bad_s, "-o".as_ref(), out_pdf.as_os_str()],
        vec!["import-drivers".as_ref(), bad_s, csv.as_os_str()],
        vec![
            "merge".as_ref(),
            good.as_os_str(),
            bad_s,
            "-o".as_ref(),
            out_ron.as_os_str(),
        ],
    ];
    let line = example_text()[..example_text().find("statement: ").expect("a task")]
        .matches('\n')
        .count()
        + 1;
    let expected = format!("{}:{line}:", bad.display());
    for args in commands {
        let (code, out) = run(&args);
        assert_eq!(code, Some(2), "{args:?}: {out}");
        let tagged = out
            .lines()
            .find(|l| l.starts_with(&expected))
            .unwrap_or_else(|| panic!("{args:?}: no line starts with {expected}: {out}"));
        assert!(tagged.contains(": error: "), "{args:?}: {tagged}");
        assert!(tagged.contains("`statment`"), "{args:?}: {tagged}");
    }
    assert!(!out_pdf.exists() && !out_ron.exists());
}

#[test]
fn files_of_another_kind_are_named_in_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".to_vec();
    pdf.extend_from_slice(&[0, 1, 2, 3]);
    let cases: Vec<(&str, Vec<u8>, &[&str])> = vec![
        ("empty.ron", Vec::new(), &["empty"]),
        (
            "export.json",
            br#"{"format": "dacum-studio-session", "version": 1}"#.to_vec(),
            &["JSON"],
        ),
        ("report.pdf", pdf, &["PDF"]),
        (
            "votes.csv",
            b"category,title,participant,uncertainty,impact\nLegal,New law,Ana,3,4\n".to_vec(),
            &["CSV"],
        ),
        (
            "future.ron",
            example_text()
                .replacen("version: 2,", "version: 3,", 1)
                .into_bytes(),
            &["version 3", "newer"],
        ),
        (
            "page.html",
            b"<!DOCTYPE html>\n<html></html>\n".to_vec(),
            &["HTML"],
        ),
    ];
    for (name, bytes, words) in cases {
        let path = write(dir.path(), name, &bytes);
        let (code, out) = run(&["check".as_ref(), path.as_os_str()]);
        assert_eq!(code, Some(2), "{name}: {out}");
        let first = out.lines().next().unwrap_or_default();
        assert!(
            first.starts_with(&path.display().to_string()) && first.contains("error: "),
            "{name}: {out}"
        );
        for word in words {
            assert!(first.contains(word), "{name}: no {word:?} in {first}");
        }
        for internal in ["struct", "Header", "Expected", "`(`"] {
            assert!(
                !first.contains(internal),
                "{name}: says {internal}: {first}"
            );
        }
    }
}

#[test]
fn a_file_too_large_says_so_in_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    // A sparse file: the size is real, the disk use is not.
    fs::File::create(&path)
        .and_then(|f| f.set_len(65 * 1024 * 1024))
        .expect("sparse file");
    let (code, out) = run(&["check".as_ref(), path.as_os_str()]);
    assert_eq!(code, Some(2), "{out}");
    assert!(
        out.starts_with(&format!("{}: error: the file is too large", path.display()))
            && out.contains("65 MiB")
            && out.contains("64 MiB"),
        "{out}"
    );
}

#[test]
fn the_merge_driver_names_the_file_as_git_names_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = write(dir.path(), ".merge_file_base1", example_text().as_bytes());
    let broken = example_text().replacen("statement: ", "statment: ", 1);
    let ours = write(dir.path(), ".merge_file_ours2", broken.as_bytes());
    let theirs = write(dir.path(), ".merge_file_theirs3", example_text().as_bytes());
    let (code, out) = run(&[
        "merge-driver".as_ref(),
        base.as_os_str(),
        ours.as_os_str(),
        theirs.as_os_str(),
        "sessions/ro.ron".as_ref(),
    ]);
    assert_eq!(code, Some(2), "{out}");
    assert!(!out.contains(".merge_file"), "git's temporary name: {out}");
    let line = broken[..broken.find("statment: ").expect("edited")]
        .matches('\n')
        .count()
        + 1;
    assert!(
        out.contains(&format!("sessions/ro.ron:{line}:")) && out.contains("error: "),
        "{out}"
    );
    assert!(
        out.contains("ours") || out.contains("our "),
        "which side: {out}"
    );
    assert_eq!(fs::read_to_string(&ours).expect("ours"), broken);
}

/// A session whose check prints thousands of findings (far more than a pipe holds).
fn session_with_many_findings(dir: &Path) -> PathBuf {
    let mut session = Session::default();
    let mut duty = Duty::new("Keep order");
    duty.tasks = (0..4000)
        .map(|i| Task::new(&format!("Understand the rules of wing {i}")))
        .collect();
    session.chart.duties.push(duty);
    let path = dir.join("many.ron");
    dacum_store::save_session(&path, &session).expect("save");
    path
}

#[test]
fn check_into_a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = session_with_many_findings(dir.path());
    let mut child = binary()
        .args(["check".as_ref(), path.as_os_str()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // Close the reading end at once, as `| head -1` does after its line.
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("waits");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(output.status.code(), Some(101), "{stderr}");
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "");
}

/// Malformed session files of every kind whose messages from ron and serde
/// name Rust types or Rust terms ("struct `Meta`", "std identifier", "base 10
/// integers"): each message is exact, on standard error, with the place, and
/// standard output stays empty.
#[test]
fn malformed_files_are_described_exactly_without_rust_names() {
    let po = example_text();
    // (what is replaced, by what, the column of the error on that line, the message)
    let cases: &[(&str, &str, usize, &str)] = &[
        (
            "version: 2,",
            "version: \"one\",",
            13,
            "expected a whole number",
        ),
        (
            "role: Panel,",
            "role: Boss,",
            19,
            "`Boss` is not allowed as a person's role; it is one of Panel, Facilitator, Observer, Respondent",
        ),
        (
            "meta: (",
            "meta: Metadata(",
            11,
            "unexpected name `Metadata` before `(`: write the value without a name",
        ),
        (
            "meta: (",
            "meta: 5, old: (",
            10,
            "expected `(` to start the session details (meta)",
        ),
        (
            "meta: (",
            "m-eta: (",
            5,
            "`m-eta` is not a field name (a field name is made of letters, digits and `_`)",
        ),
        (
            "years_experience: 14,",
            "years_experience: b\"1\",",
            31,
            "expected a whole number (`b` is not a digit)",
        ),
        (
            "version: 2,",
            "version: 2,\n    version: 2,",
            5,
            "the field `version` is written twice in this part of the file",
        ),
        (
            "statement: ",
            "statment: ",
            25,
            "unknown field `statment` in a task; the fields there are id, statement",
        ),
    ];
    let dir = tempfile::tempdir().expect("temp dir");
    for (i, (from, to, col, message)) in cases.iter().enumerate() {
        let at = po.find(from).expect("in the example");
        let mut line = po[..at].matches('\n').count() + 1;
        // A replacement that adds lines puts the error on the first added one.
        line += to.find('\n').map_or(0, |_| 1);
        let path = write(
            dir.path(),
            &format!("malformed-{i}.ron"),
            po.replacen(from, to, 1).as_bytes(),
        );
        let output = binary()
            .args(["check".as_ref(), path.as_os_str()])
            .output()
            .expect("the binary runs");
        let (out, err) = (
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr),
        );
        assert_eq!(output.status.code(), Some(2), "{to}: {out}{err}");
        assert_eq!(out, "", "{to}");
        assert_eq!(
            err,
            format!("{}:{line}:{col}: error: {message}\n", path.display()),
            "{to}"
        );
    }
}
