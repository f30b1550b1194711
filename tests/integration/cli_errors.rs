//! Where the command line's errors go and how they read: every error on standard
//! error, in one format (`FILE:LINE:COL: error: …`, `FILE: error: …` without a
//! position, `error: …` without a file), and nothing on standard output when a
//! command fails before it has anything to report.

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use crate::helpers::{binary, run_cli as run, sessions_dir};

fn example(name: &str) -> String {
    fs::read_to_string(sessions_dir().join(name)).expect("example")
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).expect("write");
    path
}

/// Whether a line reads `FILE:LINE:COL: error: …`, `FILE: error: …`,
/// `FILE: row N: error: …` or `error: …`, with one of `files` as FILE.
fn is_error_line(line: &str, files: &[&Path]) -> bool {
    if line.starts_with("error: ") {
        return true;
    }
    files.iter().any(|file| {
        let Some(rest) = line.strip_prefix(&file.display().to_string()) else {
            return false;
        };
        let rest = rest.strip_prefix(':').unwrap_or(rest);
        // An optional LINE:COL, then " error: " or " row N: error: ".
        let rest = match rest.split_once(": ") {
            Some((place, after))
                if !place.is_empty() && place.split(':').all(|n| n.parse::<u32>().is_ok()) =>
            {
                after
            }
            _ => rest.trim_start(),
        };
        let rest = match rest.strip_prefix("row ").and_then(|r| r.split_once(": ")) {
            Some((n, after)) if n.parse::<u32>().is_ok() => after,
            _ => rest,
        };
        rest.starts_with("error: ")
    })
}

fn assert_errors_only(what: &str, code: Option<i32>, out: &str, err: &str, files: &[&Path]) {
    assert_eq!(code, Some(2), "{what}: {out}{err}");
    assert_eq!(out, "", "{what}: nothing on standard output; stderr: {err}");
    assert!(!err.is_empty(), "{what}: the error is said");
    for line in err.lines() {
        assert!(
            is_error_line(line, files),
            "{what}: not an error line: {line:?}"
        );
    }
}

#[test]
fn a_load_error_goes_to_standard_error_in_every_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = write(
        dir.path(),
        "bad.ron",
        &example("prison-officer.ron").replacen("statement: ", "statment: ", 1),
    );
    let good = sessions_dir().join("prison-officer.ron");
    let csv = write(dir.path(), "votes.csv", "category,title\nLegal,New law\n");
    let out_pdf = dir.path().join("out.pdf");
    let out_ron = dir.path().join("merged.ron");
    let ours = write(dir.path(), "ours.ron", &example("prison-officer.ron"));
    let bad_s = bad.as_os_str();
    let commands: Vec<(&str, Vec<&OsStr>)> = vec![
        ("check", vec!["check".as_ref(), good.as_os_str(), bad_s]),
        ("format", vec!["format".as_ref(), bad_s]),
        (
            "export",
            vec!["export".as_ref(), bad_s, "-o".as_ref(), out_pdf.as_os_str()],
        ),
        (
            "import-drivers",
            vec!["import-drivers".as_ref(), bad_s, csv.as_os_str()],
        ),
        (
            "merge",
            vec![
                "merge".as_ref(),
                good.as_os_str(),
                bad_s,
                "-o".as_ref(),
                out_ron.as_os_str(),
            ],
        ),
        (
            "merge-driver",
            vec![
                "merge-driver".as_ref(),
                good.as_os_str(),
                ours.as_os_str(),
                bad_s,
            ],
        ),
    ];
    for (what, args) in commands {
        let (code, out, err) = run(&args);
        assert_errors_only(what, code, &out, &err, &[&bad, &out_ron, &ours]);
        assert!(err.contains("`statment`"), "{what}: {err}");
    }
    assert!(!out_pdf.exists() && !out_ron.exists());
}

#[test]
fn merge_says_on_standard_error_that_nothing_was_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = sessions_dir().join("prison-officer.ron");
    let bad = write(dir.path(), "bad.ron", "");
    let out = dir.path().join("merged.ron");
    let (code, stdout, err) = run(&[
        "merge".as_ref(),
        good.as_os_str(),
        bad.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_errors_only("merge", code, &stdout, &err, &[&bad, &out]);
    assert_eq!(
        err,
        format!(
            "{}: error: the file is empty\n{}: error: nothing was written\n",
            bad.display(),
            out.display()
        )
    );
}

#[test]
fn bad_csv_rows_go_to_standard_error_and_nothing_is_imported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = write(
        dir.path(),
        "pestle.ron",
        &example("future-of-corrections.ron"),
    );
    let original = fs::read(&session).expect("read");
    let csv = write(
        dir.path(),
        "votes.csv",
        "category,title,participant,uncertainty,impact\nLegal,Fine,Ana,3,3\nLegal,Rights,Ana,9,3\n",
    );
    let (code, out, err) = run(&[
        "import-drivers".as_ref(),
        session.as_os_str(),
        csv.as_os_str(),
    ]);
    assert_errors_only("import-drivers", code, &out, &err, &[&csv, &session]);
    assert_eq!(
        err,
        format!(
            "{csv}: row 3: error: uncertainty \"9\" is not a whole number from 1 to 5\n\
             {session}: error: nothing was imported\n",
            csv = csv.display(),
            session = session.display()
        )
    );
    assert_eq!(fs::read(&session).expect("read"), original);
}

#[test]
fn a_csv_of_another_encoding_is_an_error_on_standard_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = write(
        dir.path(),
        "pestle.ron",
        &example("future-of-corrections.ron"),
    );
    let csv = dir.path().join("votes.csv");
    fs::write(&csv, [0xFF, 0xFE, b'a', 0]).expect("write");
    let (code, out, err) = run(&[
        "import-drivers".as_ref(),
        session.as_os_str(),
        csv.as_os_str(),
    ]);
    assert_errors_only("import-drivers", code, &out, &err, &[&csv, &session]);
    assert!(
        err.starts_with(&format!(
            "{}: error: not a UTF-8 CSV file: it is UTF-16",
            csv.display()
        )),
        "{err}"
    );
}

#[test]
fn a_save_error_names_the_file_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = sessions_dir().join("prison-officer.ron");
    let out = dir.path().join("no such folder").join("out.pdf");
    let (code, stdout, err) = run(&[
        "export".as_ref(),
        session.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_errors_only("export", code, &stdout, &err, &[&out]);
    assert!(
        err.starts_with(&format!("{}: error: cannot save: ", out.display())),
        "{err}"
    );
    // The temporary file the save would have written first is the program's
    // business, not the user's.
    assert!(!err.contains("dacum-save"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn an_output_that_is_an_input_is_refused_in_the_one_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = write(dir.path(), "a.ron", &example("prison-officer.ron"));
    let b = write(dir.path(), "b.ron", &example("future-of-corrections.ron"));
    let (code, out, err) = run(&[
        "merge".as_ref(),
        a.as_os_str(),
        b.as_os_str(),
        "-o".as_ref(),
        a.as_os_str(),
    ]);
    assert_errors_only("merge", code, &out, &err, &[&a]);
    assert_eq!(
        err,
        format!(
            "{a}: error: cannot save: it is the input file {a}; nothing was written\n",
            a = a.display()
        )
    );
}

#[test]
fn the_merge_driver_says_which_version_on_standard_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = write(dir.path(), "base", &example("prison-officer.ron"));
    let ours = write(dir.path(), "ours", "");
    let theirs = write(dir.path(), "theirs", &example("prison-officer.ron"));
    let (code, out, err) = run(&[
        "merge-driver".as_ref(),
        base.as_os_str(),
        ours.as_os_str(),
        theirs.as_os_str(),
        "sessions/ro.ron".as_ref(),
    ]);
    assert_eq!(code, Some(2), "{out}{err}");
    assert_eq!(out, "");
    assert_eq!(
        err,
        "sessions/ro.ron: error: the file is empty (in our version)\n"
    );
}

/// The app started from a terminal on a file it cannot open, where no window can
/// open either (no display): both said on standard error in the one format, exit
/// code 1. Linux only: elsewhere a window would open without a display variable.
#[cfg(target_os = "linux")]
#[test]
fn the_app_without_a_display_says_why_in_the_one_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = write(dir.path(), "bad.ron", "");
    let output = binary()
        .arg(&bad)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .output()
        .expect("the binary runs");
    let (out, err) = (
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    );
    assert_eq!(output.status.code(), Some(1), "{out}{err}");
    assert_eq!(out, "");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines.first().copied(),
        Some(format!("{}: error: the file is empty", bad.display()).as_str()),
        "{err}"
    );
    assert!(
        lines
            .get(1)
            .is_some_and(|l| l.starts_with("error: cannot open the app window: ")),
        "{err}"
    );
    assert_eq!(lines.len(), 2, "{err}");
}
