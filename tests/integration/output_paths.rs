//! An output path that is one of the inputs, or that is not a regular file, is
//! refused before anything is written: `export s.ron -o s.ron`, `merge a b -o m
//! --report a`, `--report` equal to `-o`, a FIFO, a folder.

use std::fs;
use std::path::Path;
use std::process::Output;

use crate::helpers::{binary, listing, prison_officer};

/// A folder with two saved sessions, `a.ron` and `b.ron`.
fn two_sessions() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut session = prison_officer();
    dacum_store::save_session(&dir.path().join("a.ron"), &session).expect("save a");
    session.meta.title.push_str(" (RO)");
    dacum_store::save_session(&dir.path().join("b.ron"), &session).expect("save b");
    dir
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    binary().current_dir(dir).args(args).output().expect("runs")
}

/// Every file of the folder with its bytes.
fn contents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    listing(dir)
        .into_iter()
        .map(|name| {
            let bytes = fs::read(dir.join(&name)).unwrap_or_default();
            (name, bytes)
        })
        .collect()
}

fn assert_refused(output: &Output, words: &str) {
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let message = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(message.contains(words), "{message}");
    assert!(message.contains("nothing was written"), "{message}");
}

#[test]
fn exporting_onto_the_session_itself_is_refused() {
    let dir = two_sessions();
    let before = contents(dir.path());
    let output = run_in(dir.path(), &["export", "a.ron", "-o", "a.ron"]);
    assert_refused(&output, "is the input file");
    assert_eq!(contents(dir.path()), before);
    let output = run_in(dir.path(), &["export", "a.ron", "-o", "./sub/../a.ron"]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert_eq!(contents(dir.path()), before);
}

#[cfg(unix)]
#[test]
fn exporting_onto_a_link_to_the_session_or_a_hard_link_is_refused() {
    let dir = two_sessions();
    std::os::unix::fs::symlink("a.ron", dir.path().join("link.pdf")).expect("symlink");
    fs::hard_link(dir.path().join("a.ron"), dir.path().join("hard.pdf")).expect("link");
    let before = contents(dir.path());
    for out in ["link.pdf", "hard.pdf"] {
        let output = run_in(dir.path(), &["export", "a.ron", "-o", out]);
        assert_refused(&output, "is the input file");
        assert_eq!(contents(dir.path()), before, "{out}");
    }
    assert!(
        fs::symlink_metadata(dir.path().join("link.pdf"))
            .expect("link")
            .file_type()
            .is_symlink()
    );
}

#[test]
fn merging_onto_an_input_or_reporting_onto_one_is_refused() {
    let dir = two_sessions();
    let before = contents(dir.path());
    for args in [
        &["merge", "a.ron", "b.ron", "-o", "a.ron"][..],
        &[
            "merge", "a.ron", "b.ron", "-o", "m.ron", "--report", "a.ron",
        ],
        &[
            "merge", "a.ron", "b.ron", "-o", "m.ron", "--report", "m.ron",
        ],
    ] {
        let output = run_in(dir.path(), args);
        assert_refused(&output, "is the input file");
        assert_eq!(contents(dir.path()), before, "{args:?}");
    }
}

/// A named pipe in place of the output stays a named pipe: nothing replaces it.
/// (The same check keeps `-o /dev/null` from replacing the device when run as
/// root; a unit test of the check covers that without writing anything.)
#[cfg(unix)]
#[test]
fn a_fifo_or_a_folder_as_the_output_is_refused() {
    use std::os::unix::fs::FileTypeExt;
    let dir = two_sessions();
    let made = std::process::Command::new("mkfifo")
        .arg(dir.path().join("pipe.pdf"))
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    fs::create_dir(dir.path().join("folder.pdf")).expect("mkdir");
    let output = run_in(dir.path(), &["export", "a.ron", "-o", "pipe.pdf"]);
    assert_refused(&output, "named pipe");
    let pipe = fs::symlink_metadata(dir.path().join("pipe.pdf")).expect("still there");
    assert!(pipe.file_type().is_fifo(), "the pipe was replaced");

    let output = run_in(dir.path(), &["export", "a.ron", "-o", "folder.pdf"]);
    assert_refused(&output, "a folder");
    assert!(dir.path().join("folder.pdf").is_dir());

    let output = run_in(
        dir.path(),
        &[
            "merge", "a.ron", "b.ron", "-o", "m.ron", "--report", "pipe.pdf",
        ],
    );
    assert_refused(&output, "named pipe");
    assert!(!dir.path().join("m.ron").exists(), "nothing was written");
    assert_eq!(
        listing(dir.path()),
        ["a.ron", "b.ron", "folder.pdf", "pipe.pdf"]
    );
}
