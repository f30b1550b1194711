//! A fuzz-style test of the loader: random bytes, and the shipped examples and
//! fixtures damaged at random — bytes flipped, deleted or inserted, the file cut
//! short, lines repeated, field names swapped. Loading must never panic (a panic
//! fails the test), and an error about the text must say where:
//!
//! when the error is about a place in the text — a syntax error, an unknown
//! field, a zero byte, an invalid UTF-8 byte — it carries a position, and that
//! position is inside the text: its line is one of the text's lines (lines are
//! what `\n` separates) and its column is at most one past that line's last
//! character (one past is where "the line ended too soon" is reported). Other
//! errors (empty, another format, a newer version) need no position; when they
//! have one, it is inside the text too. A damaged file that still loads (a
//! repeated list line, say) must be usable: `check`'s findings run on it without
//! panicking, and it saves and loads back equal.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use dacum_store::{LoadError, LoadErrorKind};
use proptest::prelude::*;

use crate::helpers::{example_files, fixture};

/// The example sessions and the fixtures, read once.
static ORIGINALS: LazyLock<Vec<(PathBuf, Vec<u8>)>> = LazyLock::new(|| {
    let mut files = example_files();
    files.extend(["v0-session.ron", "v0-every-field.ron"].map(fixture));
    files
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(&f).expect("example readable");
            (f, bytes)
        })
        .collect()
});

/// Whether an error of this kind is about a place in the text.
fn has_a_place(kind: &LoadErrorKind) -> bool {
    matches!(
        kind,
        LoadErrorKind::Syntax(_)
            | LoadErrorKind::UnknownField(_)
            | LoadErrorKind::Binary
            | LoadErrorKind::NotUtf8
    )
}

/// Whether 1-based (line, column) lies inside the text, as defined above.
fn inside(bytes: &[u8], (line, col): (usize, usize)) -> bool {
    let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    let Some(text) = line.checked_sub(1).and_then(|i| lines.get(i)) else {
        return false;
    };
    let chars = String::from_utf8_lossy(text).chars().count();
    (1..=chars + 1).contains(&col)
}

/// Parses the bytes; fails the case if an error lacks its place or has one
/// outside the text. A damaged file that still loads must be usable: `check`'s
/// findings do not panic on it (it may hold dangling references), and it saves
/// and loads back equal.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let error = match dacum_store::parse_session(bytes, Path::new("fuzzed.ron")) {
        Ok(session) => {
            let _findings = dacum_model::integrity::check_session(&session);
            let text = dacum_store::to_ron(&session).expect("a loaded session serialises");
            let back = dacum_store::parse_session(text.as_bytes(), Path::new("saved.ron"));
            prop_assert_eq!(back.ok(), Some(session), "does not load back equal");
            return Ok(());
        }
        Err(error) => error,
    };
    let LoadError { position, kind, .. } = &error;
    match position {
        Some(at) => prop_assert!(inside(bytes, *at), "{} is outside the text", error),
        None => prop_assert!(!has_a_place(kind), "no position: {}", error),
    }
    Ok(())
}

/// One way to damage a file; the numbers are taken modulo the file's size.
#[derive(Clone, Debug)]
enum Damage {
    Flip { at: usize, bit: u8 },
    Delete { at: usize, len: usize },
    Insert { at: usize, bytes: Vec<u8> },
    Truncate { at: usize },
    RepeatLine { line: usize },
    SwapFieldNames { a: usize, b: usize },
}

/// Bytes that mean something to RON, or nothing at all.
fn inserted() -> impl Strategy<Value = Vec<u8>> {
    let tokens = [
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ",",
        ":",
        "\"",
        "\\",
        "'",
        "r#\"",
        "#",
        "/*",
        "//",
        "-",
        "1e999",
        "99999999999999999999",
        "Some(",
        "None",
        "true",
        "\u{feff}",
        "é",
        "\n",
    ];
    prop_oneof![
        prop::sample::select(tokens.to_vec()).prop_map(|t| t.as_bytes().to_vec()),
        prop::collection::vec(any::<u8>(), 1..4),
    ]
}

fn damage() -> impl Strategy<Value = Damage> {
    let n = any::<usize>;
    prop_oneof![
        (n(), 0u8..8).prop_map(|(at, bit)| Damage::Flip { at, bit }),
        (n(), 1usize..40).prop_map(|(at, len)| Damage::Delete { at, len }),
        (n(), inserted()).prop_map(|(at, bytes)| Damage::Insert { at, bytes }),
        n().prop_map(|at| Damage::Truncate { at }),
        n().prop_map(|line| Damage::RepeatLine { line }),
        (n(), n()).prop_map(|(a, b)| Damage::SwapFieldNames { a, b }),
    ]
}

/// Where field names are: an identifier followed by `:` (byte ranges).
fn field_names(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut names = Vec::new();
    let mut start = None;
    for (i, &b) in bytes.iter().enumerate() {
        if b.is_ascii_alphanumeric() || b == b'_' {
            start.get_or_insert(i);
        } else {
            if let Some(s) = start.take()
                && b == b':'
            {
                names.push((s, i));
            }
        }
    }
    names
}

fn apply(bytes: &mut Vec<u8>, damage: &Damage) {
    let len = bytes.len().max(1);
    match damage {
        Damage::Flip { at, bit } => {
            if let Some(b) = bytes.get_mut(at % len) {
                *b ^= 1 << bit;
            }
        }
        Damage::Delete { at, len: n } => {
            let at = at % len;
            let end = (at + n).min(bytes.len());
            bytes.drain(at.min(end)..end);
        }
        Damage::Insert { at, bytes: new } => {
            let at = at % (bytes.len() + 1);
            bytes.splice(at..at, new.iter().copied());
        }
        Damage::Truncate { at } => bytes.truncate(at % len),
        Damage::RepeatLine { line } => {
            let lines: Vec<Vec<u8>> = bytes.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
            let i = line % lines.len();
            let mut out = lines[..=i].to_vec();
            out.extend_from_slice(&lines[i..]);
            *bytes = out.join(&b'\n');
        }
        Damage::SwapFieldNames { a, b } => {
            let names = field_names(bytes);
            if names.len() < 2 {
                return;
            }
            let (mut x, mut y) = (names[a % names.len()], names[b % names.len()]);
            if x.0 > y.0 {
                std::mem::swap(&mut x, &mut y);
            }
            if x == y {
                return;
            }
            let (first, second) = (bytes[x.0..x.1].to_vec(), bytes[y.0..y.1].to_vec());
            bytes.splice(y.0..y.1, first);
            bytes.splice(x.0..x.1, second);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes_never_panic_and_errors_say_where(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..256),
            // Text that looks like RON, to get past the first checks.
            "[()\\[\\]{}:,\"a-z0-9 \n\\\\#-]{0,200}".prop_map(String::into_bytes),
        ],
    ) {
        check(&bytes)?;
        // The same after a valid header, so the parser reaches the body.
        let mut headed = b"(format: \"dacum-studio-session\", version: 1, ".to_vec();
        headed.extend_from_slice(&bytes);
        check(&headed)?;
    }

    #[test]
    fn damaged_examples_never_panic_and_errors_say_where(
        file in any::<prop::sample::Index>(),
        damages in prop::collection::vec(damage(), 1..4),
    ) {
        let (_, original) = &ORIGINALS[file.index(ORIGINALS.len())];
        let mut bytes = original.clone();
        for damage in &damages {
            apply(&mut bytes, damage);
        }
        check(&bytes)?;
    }
}
