//! Importing drivers and votes from a CSV file through the command line and the
//! app: a file in another encoding is named as such, a broken row names its row,
//! and nothing is imported while anything is wrong.

use std::fs;
use std::path::Path;

use dacum_model::Document;

use crate::helpers::{binary, sessions_dir};
use crate::ui_app::app_harness;

/// A session copied to `dir` and a CSV file holding `bytes` beside it.
fn session_and_csv(dir: &Path, bytes: &[u8]) -> (std::path::PathBuf, std::path::PathBuf) {
    let session = dir.join("pestle.ron");
    fs::copy(sessions_dir().join("future-of-corrections.ron"), &session).expect("copy");
    let csv = dir.join("votes.csv");
    fs::write(&csv, bytes).expect("write");
    (session, csv)
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        let pair = if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        };
        bytes.extend_from_slice(&pair);
    }
    bytes
}

const VOTES: &str = "category,title,participant,uncertainty,impact\nLegal,EU rights,Ana,3,4\n";

/// Files a spreadsheet may save in another encoding than UTF-8: each is refused
/// as "not a UTF-8 CSV file", never as "not a session file", and the session is
/// left as it was.
fn other_encodings() -> Vec<(&'static str, Vec<u8>)> {
    let mut nul = VOTES.as_bytes().to_vec();
    nul.splice(20..20, [0u8]);
    vec![
        ("UTF-16 little-endian", utf16(VOTES, false)),
        ("UTF-16 big-endian", utf16(VOTES, true)),
        ("a zero byte", nul),
    ]
}

#[test]
fn the_command_line_says_a_utf16_or_binary_csv_is_not_utf8() {
    for (what, bytes) in other_encodings() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (session, csv) = session_and_csv(dir.path(), &bytes);
        let original = fs::read(&session).expect("read");
        let output = binary()
            .args([
                "import-drivers".as_ref(),
                session.as_os_str(),
                csv.as_os_str(),
            ])
            .output()
            .expect("the binary runs");
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(output.status.code(), Some(2), "{what}: {said}");
        assert!(said.contains("not a UTF-8 CSV file"), "{what}: {said}");
        assert!(said.contains("error:"), "{what}: {said}");
        assert!(!said.contains("session file"), "{what}: {said}");
        assert!(said.contains(&csv.display().to_string()), "{what}: {said}");
        assert_eq!(fs::read(&session).expect("read"), original, "{what}");
    }
}

#[test]
fn the_app_says_a_utf16_or_binary_csv_is_not_utf8() {
    for (what, bytes) in other_encodings() {
        let dir = tempfile::tempdir().expect("temp dir");
        let csv = dir.path().join("votes.csv");
        fs::write(&csv, bytes).expect("write");
        let session = dacum_model::Session::default();
        let mut harness = app_harness(Document::new(session.clone()), None);
        harness.state_mut().import_csv(&csv);
        harness.run();
        let notice = harness
            .state()
            .notice()
            .cloned()
            .expect("the problem is shown");
        assert!(
            notice.text.contains("not a UTF-8 CSV file"),
            "{what}: {}",
            notice.text
        );
        assert!(
            !notice.text.contains("session file"),
            "{what}: {}",
            notice.text
        );
        assert_eq!(harness.state().document().session(), &session, "{what}");
    }
}

#[test]
fn an_unclosed_quote_names_its_row_and_imports_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "category,title,participant,uncertainty,impact\n\
                Legal,EU rights,Ana,3,4\n\
                Social,\"Ageing prison population,Ana,3,3\n\
                Political,Penal policy,Ana,2,2\n";
    let (session, csv) = session_and_csv(dir.path(), text.as_bytes());
    let original = fs::read(&session).expect("read");
    let output = binary()
        .args([
            "import-drivers".as_ref(),
            session.as_os_str(),
            csv.as_os_str(),
        ])
        .output()
        .expect("the binary runs");
    let out = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{out}");
    assert!(output.stdout.is_empty(), "errors go to standard error only");
    let expected = format!("{}: row 3: error: ", csv.display());
    assert!(
        out.lines()
            .any(|l| l.starts_with(&expected) && l.contains("quote")),
        "{out}"
    );
    assert_eq!(fs::read(&session).expect("read"), original);
}
