//! Malformed input: every bad file gets the intended error, with a position where
//! one exists; nothing panics and the file is never changed.

use std::fs;
use std::path::Path;

use dacum_store::{LoadError, LoadErrorKind, MAX_FILE_SIZE};

use crate::helpers::{listing, sessions_dir};

fn example_text() -> String {
    fs::read_to_string(sessions_dir().join("prison-officer.ron")).expect("example readable")
}

/// Writes `bytes` to a file, loads it, and checks that the file and its folder are
/// exactly as before.
fn load_bytes(bytes: &[u8]) -> Result<(), LoadError> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("partner.ron");
    fs::write(&path, bytes).expect("write fixture");
    let result = dacum_store::load_session(&path).map(|_| ());
    assert_eq!(
        fs::read(&path).expect("still there"),
        bytes,
        "loading changed the file"
    );
    assert_eq!(
        listing(dir.path()),
        ["partner.ron"],
        "loading created files"
    );
    result
}

fn expect_error(bytes: &[u8], what: &str) -> LoadError {
    match load_bytes(bytes) {
        Ok(()) => panic!("{what}: loaded, expected an error"),
        Err(e) => e,
    }
}

/// Replaces the first occurrence of `from` in the example with `to`.
fn example_with(from: &str, to: &str) -> String {
    let text = example_text();
    assert!(text.contains(from), "the example has {from:?}");
    text.replacen(from, to, 1)
}

/// The 1-based line of the first occurrence of `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    let offset = text.find(needle).expect("needle present");
    text[..offset].matches('\n').count() + 1
}

#[test]
fn the_example_itself_loads() {
    load_bytes(example_text().as_bytes()).expect("the example is valid");
}

#[test]
fn truncated_files_give_a_positioned_error() {
    let text = example_text();
    let bytes = text.as_bytes();
    // Cut at many points, including inside multi-byte characters.
    let step = (bytes.len() / 97).max(1);
    for cut in (1..bytes.len() - 2)
        .step_by(step)
        .chain([1, 2, 10, bytes.len() - 3])
    {
        let error = expect_error(&bytes[..cut], &format!("cut at {cut}"));
        assert!(
            error.position.is_some(),
            "cut at {cut}: {error} has no position"
        );
        let (line, _) = error.position.unwrap_or_default();
        let lines = text[..text.floor_char_boundary(cut)].matches('\n').count() + 1;
        assert!(
            line <= lines,
            "cut at {cut}: error line {line} beyond the {lines} lines left"
        );
    }
}

#[test]
fn empty_and_blank_files_are_refused() {
    for bytes in [&b""[..], b"   \n\t\n"] {
        let error = expect_error(bytes, "empty");
        assert!(matches!(error.kind, LoadErrorKind::Empty), "{error}");
    }
}

#[test]
fn binary_files_are_refused_with_the_place_of_the_first_zero_byte() {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend_from_slice(&[0, 0, 0, 13, b'I', b'H', b'D', b'R']);
    let error = expect_error(&png, "png");
    assert!(matches!(error.kind, LoadErrorKind::Binary), "{error}");
    // The zero byte follows the second line break of the PNG signature.
    assert_eq!(error.position, Some((3, 1)));
}

#[test]
fn non_utf8_text_is_refused_with_line_and_column() {
    // "Mărgineanu" written in a legacy code page: 0xE3 is not UTF-8 here.
    let mut bytes = example_text().into_bytes();
    let at = bytes.len() / 2;
    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    bytes.splice(at..at, [b'M', 0xE3, b'r']);
    let error = expect_error(&bytes, "latin-2");
    assert!(matches!(error.kind, LoadErrorKind::NotUtf8), "{error}");
    assert_eq!(error.position.map(|p| p.0), Some(line));
}

#[test]
fn wrong_field_types_name_the_line() {
    let cases = [
        ("version: 2,", "version: \"one\","),
        ("duties: [", "duties: 5, x: ["),
        ("years_experience: ", "years_experience: \"many\", x: "),
        ("uncertainty: ", "uncertainty: \"high\", x: "),
        ("category: ", "category: Astrological, x: "),
        ("start: ", "start: \"11 March 2025\", x: "),
    ];
    for (from, to) in cases {
        let text = example_with(from, to);
        let error = expect_error(text.as_bytes(), to);
        assert!(
            matches!(error.kind, LoadErrorKind::Syntax(_)),
            "{to}: {error}"
        );
        assert_eq!(
            error.position.map(|p| p.0),
            Some(line_of(&text, to)),
            "{to}: {error}"
        );
        assert!(error.to_string().contains("partner.ron:"), "{error}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = |open: &str| open.repeat(100_000);
    // (file, whether the error is the nesting itself rather than an earlier shape error)
    let cases = [
        (deep("["), false),
        (deep("("), false),
        (
            example_with("duties: [", &format!("duties: {}", deep("["))),
            true,
        ),
        (
            example_with(
                "version: 2,",
                &format!("version: 2, future_field: {}", deep("(")),
            ),
            true,
        ),
        (
            example_with(
                "version: 2,",
                &format!("version: 2, future_field: {}", deep("{\"k\": ")),
            ),
            true,
        ),
    ];
    for (text, nesting) in cases {
        let error = expect_error(text.as_bytes(), "deep");
        assert!(error.position.is_some(), "{error}");
        if nesting {
            assert!(error.message().contains("nested too deeply"), "{error}");
        }
    }
}

#[test]
fn a_newer_version_is_refused_naming_both_versions() {
    let text = example_with("version: 2,", "version: 7,");
    let error = expect_error(text.as_bytes(), "newer");
    assert!(
        matches!(
            error.kind,
            LoadErrorKind::TooNew {
                found: 7,
                supported: 2
            }
        ),
        "{error}"
    );
    let message = error.to_string();
    assert!(
        message.contains("version 7") && message.contains("up to 2"),
        "{message}"
    );
    // A newer file with fields this version does not know is still refused for its
    // version, not for the unknown fields.
    let text = example_with("version: 2,", "version: 3, hologram: (depth: 3),");
    let error = expect_error(text.as_bytes(), "newer, unknown field");
    assert!(
        matches!(error.kind, LoadErrorKind::TooNew { found: 3, .. }),
        "{error}"
    );
}

#[test]
fn other_formats_are_refused() {
    let text = example_with("dacum-studio-session", "spreadsheet");
    let error = expect_error(text.as_bytes(), "format");
    assert!(
        matches!(error.kind, LoadErrorKind::WrongFormat { .. }),
        "{error}"
    );
    let error = expect_error(b"(title: \"no format field\")", "no format");
    assert!(
        matches!(error.kind, LoadErrorKind::WrongFormat { .. }),
        "{error}"
    );
}

#[test]
fn files_over_64_mib_are_refused_before_parsing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    let file = fs::File::create(&path).expect("create");
    // A sparse file: the size is real, the disk use is not.
    file.set_len(65 * 1024 * 1024).expect("set length");
    let error = dacum_store::load_session(&path).expect_err("too large");
    match error.kind {
        LoadErrorKind::TooLarge { size, limit } => {
            assert_eq!(size, 65 * 1024 * 1024);
            assert_eq!(limit, MAX_FILE_SIZE);
        }
        other => panic!("expected TooLarge, got {other}"),
    }
    assert_eq!(
        fs::metadata(&path).map(|m| m.len()).ok(),
        Some(65 * 1024 * 1024)
    );
}

#[test]
fn a_missing_file_is_an_io_error_naming_the_file() {
    let error =
        dacum_store::load_session(Path::new("/no/such/folder/session.ron")).expect_err("missing");
    assert!(matches!(error.kind, LoadErrorKind::Io(_)), "{error}");
    assert!(
        error
            .to_string()
            .starts_with("/no/such/folder/session.ron: "),
        "{error}"
    );
}
