//! ron's and serde's errors in plain words. Their messages name Rust types
//! ("Expected opening `(` for struct `Header`", "Unexpected field named `statment`
//! in `Task`"), which mean nothing to a facilitator; here every kind of error a
//! session file can raise is said in terms of the file, and elements by what they
//! are ("a task"). Files of another kind (PDF, JSON, CSV …) are recognised so
//! that the message can say so rather than report a syntax error at 1:1.

use super::error::{LoadErrorKind, UnknownField};

/// An element of the file in words, from the name of the Rust type that reads it.
/// A name not listed becomes "this part of the file": never the type name.
pub(super) fn place(type_name: Option<&str>) -> &'static str {
    match type_name.unwrap_or("") {
        "CurrentIn" | "Session" => "the session (the top level of the file)",
        "File" => "a version 0 session file (the top level)",
        "Meta" => "the session details (meta)",
        "Person" => "a person (people)",
        "PanelMember" => "a panel member or facilitator",
        "Chart" => "the chart",
        "Duty" | "DutyV0" => "a duty",
        "Task" | "TaskV0" => "a task",
        "ListItem" => "a list item",
        "Acronym" => "an acronym",
        "Pestle" => "the PESTLE section",
        "Participant" => "a participant",
        "Driver" => "a driver",
        "Vote" => "a vote",
        "DriverGroup" => "a group of related drivers",
        "Axes" => "the axes",
        "Axis" => "an axis",
        "Scenario" => "a scenario",
        "Verification" => "the verification section",
        "Rating" => "a rating",
        "Provenance" => "the provenance",
        "SourceSession" => "a merged source session",
        "Conflict" => "a conflict",
        "Decision" => "a decision",
        "Alternative" => "an alternative value",
        "Category" => "a driver category",
        "Role" => "a person's role",
        "Quadrant" => "a scenario quadrant",
        "PriorityFormula" => "the priority formula",
        "AxisSubject" => "an axis subject",
        "Field" => "a field name",
        "Value" => "a value",
        "ListKind" => "a list name",
        _ => "this part of the file",
    }
}

/// The words for one of ron's errors (which also carries serde's).
pub(super) fn describe(code: ron::Error) -> LoadErrorKind {
    use ron::Error as E;
    let text = match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            return LoadErrorKind::UnknownField(Box::new(UnknownField {
                field: found,
                place: place(outer.as_deref()),
                expected,
                hint: None,
            }));
        }
        E::ExceededRecursionLimit => {
            "the file is nested too deeply to be a session file".to_owned()
        }
        E::Eof => "the file ends too early (is it truncated?)".to_owned(),
        E::MissingStructField { field, outer } => format!(
            "the field `{field}` is missing in {}",
            place(outer.as_deref())
        ),
        E::DuplicateStructField { field, outer } => format!(
            "the field `{field}` is written twice in {}",
            place(outer.as_deref())
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => format!(
            "`{found}` is not allowed as {}; it is one of {}",
            place(outer.as_deref()),
            expected.join(", ")
        ),
        E::ExpectedDifferentStructName { found, .. } => {
            format!("unexpected name `{found}` before `(`: write the value without a name")
        }
        E::ExpectedStructName(_) => "a name is expected before `(` here".to_owned(),
        E::ExpectedNamedStructLike(name) => {
            format!("expected `(` to start {}", place(Some(name)))
        }
        E::ExpectedStructLike => "expected `(` here".to_owned(),
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => "expected a closing `)`".to_owned(),
        E::ExpectedArray => "expected a list, starting with `[`".to_owned(),
        E::ExpectedArrayEnd => "expected a closing `]`".to_owned(),
        E::ExpectedMap => "expected a map, starting with `{`".to_owned(),
        E::ExpectedMapEnd => "expected a closing `}`".to_owned(),
        E::ExpectedMapColon => "expected `:` after the key".to_owned(),
        E::ExpectedComma => "expected a comma between two values".to_owned(),
        E::ExpectedString => "expected text in double quotes".to_owned(),
        E::ExpectedStringEnd => "the text in quotes is not closed (a `\"` is missing)".to_owned(),
        E::ExpectedInteger => "expected a whole number".to_owned(),
        E::ExpectedBoolean => "expected true or false".to_owned(),
        E::ExpectedIdentifier => "expected a field name".to_owned(),
        E::IntegerOutOfBounds => "the number is out of range here".to_owned(),
        E::TrailingCharacters => {
            "there is more text after the end of the session (after its closing `)`)".to_owned()
        }
        E::InvalidValueForType { expected, found } => {
            format!(
                "expected {}, found {}",
                plain_expected(&expected),
                plain_expected(&found)
            )
        }
        E::ExpectedDifferentLength { expected, found } => {
            format!(
                "expected {}, found {found} values",
                plain_expected(&expected)
            )
        }
        E::Message(message) => match message.strip_prefix("UUID parsing failed: ") {
            Some(why) => format!(
                "not a valid id ({why}); an id is a UUID such as \"d52f3560-1b8f-4853-9bd8-ce3e7942230a\""
            ),
            None => plain_expected(&message),
        },
        E::InvalidIdentifier(name) | E::SuggestRawIdentifier(name) => format!(
            "`{name}` is not a field name (a field name is made of letters, digits and `_`)"
        ),
        E::InvalidIntegerDigit { digit, base } => match base {
            10 => format!("expected a whole number (`{digit}` is not a digit)"),
            16 => format!("`{digit}` is not a hexadecimal digit"),
            _ => format!("`{digit}` is not a digit of a base-{base} number"),
        },
        E::UnexpectedChar(c) => format!("unexpected character `{c}`"),
        E::ExpectedFloat => "expected a number".to_owned(),
        E::ExpectedOption => "expected a value, or None".to_owned(),
        E::ExpectedUnit => "expected `()` here".to_owned(),
        E::ExpectedChar => "expected one character in single quotes".to_owned(),
        E::ExpectedByteLiteral | E::ExpectedByteString | E::ExpectedRawValue => {
            "expected a value of another kind here".to_owned()
        }
        E::ExpectedRangeSyntax => "expected `..` here".to_owned(),
        E::UnclosedLineComment => "a `//` comment at the end is not ended by a new line".to_owned(),
        E::Utf8Error(_) => "the file is not UTF-8 text (an invalid byte)".to_owned(),
        E::Io(why) => format!("cannot read the file: {why}"),
        E::Fmt => "the session could not be written as text".to_owned(),
        other => {
            // The remaining errors (bad escapes, comments, underscores in numbers,
            // extensions) name no Rust type; they start lower-case to read like
            // ours. A variant added to ron later lands here: its text is passed
            // through `plain_expected` in case it names a type.
            let text = plain_expected(&other.to_string());
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => text,
            }
        }
    };
    LoadErrorKind::Syntax(text)
}

/// serde's words for what it expected or found, in terms of the file: `struct
/// Task` (or `enum Category`, `tuple struct Id`) as "a task", a variant
/// `Value::Text` as "`Text`", `u8` as "a whole number", "a sequence" as "a list".
fn plain_expected(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((at, kind)) = next_type_word(rest) {
        out.push_str(&plain_words(&rest[..at]));
        let after = &rest[at + kind.len()..];
        let name_len = after
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '`' || c == ':'))
            .unwrap_or(after.len());
        let name = after[..name_len].trim_matches('`');
        match name.rsplit_once("::") {
            // An enum's variant, e.g. `Text` of a conflict's value.
            Some((_, variant)) => out.push_str(&format!("`{variant}`")),
            None => out.push_str(place(Some(name))),
        }
        rest = &after[name_len..];
    }
    out.push_str(&plain_words(rest));
    out
}

/// Where the next "struct X" (or another kind of Rust type before a name) starts.
fn next_type_word(text: &str) -> Option<(usize, &'static str)> {
    // Longest first, so "tuple struct " is not read as "struct ".
    const KINDS: [&str; 8] = [
        "tuple struct ",
        "unit struct ",
        "tuple variant ",
        "struct variant ",
        "newtype variant ",
        "unit variant ",
        "struct ",
        "enum ",
    ];
    KINDS
        .iter()
        .filter_map(|kind| text.find(kind).map(|at| (at, *kind)))
        .min_by_key(|&(at, kind)| (at, std::cmp::Reverse(kind.len())))
}

/// serde's names of primitive types and shapes in words.
fn plain_words(text: &str) -> String {
    const WORDS: [(&str, &str); 17] = [
        ("unknown variant", "unknown value"),
        ("a borrowed string", "text in double quotes"),
        ("a string", "text in double quotes"),
        ("a sequence", "a list"),
        ("newtype struct", "a value in `( )`"),
        ("unit value", "`()`"),
        ("Option value", "an optional value"),
        ("field identifier", "a field name"),
        ("variant identifier", "a name"),
        ("floating point", "the number"),
        ("usize", "a whole number"),
        ("u64", "a whole number"),
        ("u32", "a whole number"),
        ("u16", "a whole number"),
        ("i64", "a whole number"),
        ("i32", "a whole number"),
        ("u8", "a whole number"),
    ];
    let mut out = text.to_owned();
    for (from, to) in WORDS {
        out = replace_word(&out, from, to);
    }
    out
}

/// `text` with every whole-word `from` replaced ("u8" in "expected u8", not in "u80").
fn replace_word(text: &str, from: &str, to: &str) -> String {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(from) {
        let before = out.chars().last().or_else(|| rest[..at].chars().last());
        let before = if at > 0 {
            rest[..at].chars().last()
        } else {
            before
        };
        let after = rest[at + from.len()..].chars().next();
        out.push_str(&rest[..at]);
        if is_word(before) || is_word(after) {
            out.push_str(from);
        } else {
            out.push_str(to);
        }
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

/// Files of another kind recognised by their first bytes, before any decoding.
pub(super) fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    // Images and other binary files are caught by their zero bytes instead, with
    // the place of the first one.
    let kinds: [(&[u8], &'static str); 5] = [
        (b"%PDF-", "a PDF document"),
        (
            b"PK\x03\x04",
            "a ZIP archive (such as a Word, Excel or LibreOffice file)",
        ),
        (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
        (b"\xff\xfe", "UTF-16 text (save it as UTF-8)"),
        (b"\xfe\xff", "UTF-16 text (save it as UTF-8)"),
    ];
    kinds
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

/// Text files of another kind, recognised by how they start; `None` when the text
/// starts as a session file does (with `(`, a comment or a RON attribute), so a
/// real session file with an error always gets the positioned syntax error.
/// Only asked when the file could not be read as a session file at all.
pub(super) fn text_kind(text: &str) -> Option<&'static str> {
    let start = text.trim_start();
    let first_line = start.lines().next().unwrap_or("");
    let name_len = start
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(start.len());
    // `(`, a comment, an attribute, or a struct name and `(` (ron allows one).
    if start.starts_with(['(', '/', '#']) || start[name_len..].starts_with('(') {
        return None;
    }
    if start.starts_with(['{', '[']) {
        return Some("a JSON file");
    }
    if start.starts_with('<') {
        let lower = first_line.to_ascii_lowercase();
        return Some(if lower.contains("html") {
            "an HTML page"
        } else {
            "an XML or HTML file"
        });
    }
    if first_line.contains([',', ';', '\t']) {
        return Some(
            "a CSV file or spreadsheet text (import drivers and votes with import-drivers)",
        );
    }
    Some("text of another kind (a session file starts with `(`)")
}

#[cfg(test)]
mod tests {
    use super::{describe, plain_expected, text_kind};
    use crate::error::LoadErrorKind;

    /// Words of Rust and of the parser that mean nothing to a facilitator.
    const RUST_WORDS: [&str; 15] = [
        "struct",
        "enum ",
        "variant",
        "identifier",
        "ron::",
        "RawValue",
        "std ",
        "base 10",
        "u8",
        "u32",
        "usize",
        "newtype",
        "Option value",
        "Header",
        "CurrentIn",
    ];

    fn assert_plain(kind: &LoadErrorKind) {
        let text = kind.to_string();
        for word in RUST_WORDS {
            assert!(!text.contains(word), "{word:?} in {text:?}");
        }
    }

    /// Every error ron can raise that carries a Rust name or a Rust term, and
    /// serde's messages inside it, in words.
    #[test]
    fn no_error_of_ron_or_serde_names_a_rust_type() {
        use ron::Error as E;
        let errors = [
            E::ExpectedNamedStructLike("Header"),
            E::ExpectedNamedStructLike("Meta"),
            E::ExpectedNamedStructLike(""),
            E::ExpectedStructName("Meta".to_owned()),
            E::ExpectedDifferentStructName {
                expected: "Meta",
                found: "Metadata".to_owned(),
            },
            E::NoSuchEnumVariant {
                expected: &["Panel"],
                found: "Boss".to_owned(),
                outer: None,
            },
            E::MissingStructField {
                field: "id",
                outer: Some("CurrentIn".to_owned()),
            },
            E::DuplicateStructField {
                field: "id",
                outer: None,
            },
            E::InvalidValueForType {
                expected: "struct Meta".to_owned(),
                found: "a sequence".to_owned(),
            },
            E::InvalidValueForType {
                expected: "u8".to_owned(),
                found: "newtype struct".to_owned(),
            },
            E::InvalidValueForType {
                expected: "enum Category".to_owned(),
                found: "Option value".to_owned(),
            },
            E::ExpectedDifferentLength {
                expected: "tuple variant Value::Text with 1 element".to_owned(),
                found: 2,
            },
            E::Message("invalid type: unit value, expected tuple struct Id".to_owned()),
            E::Message("invalid length 0, expected struct variant Edit::Move".to_owned()),
            E::Message("invalid value: integer `300`, expected u8".to_owned()),
            E::Message("invalid type: string \"x\", expected usize".to_owned()),
            E::Message("unknown variant `X`, expected field identifier".to_owned()),
            E::InvalidIdentifier("m-eta".to_owned()),
            E::SuggestRawIdentifier("m-eta".to_owned()),
            E::InvalidIntegerDigit {
                digit: 'b',
                base: 10,
            },
            E::InvalidIntegerDigit {
                digit: 'G',
                base: 16,
            },
            E::ExpectedRawValue,
            E::UnclosedLineComment,
            E::ExpectedUnit,
            E::ExpectedOption,
            E::ExpectedFloat,
            E::ExpectedChar,
            E::ExpectedByteString,
            E::ExpectedByteLiteral,
            E::ExpectedRangeSyntax,
            E::ExceededRecursionLimit,
            E::Fmt,
        ];
        for error in errors {
            assert_plain(&describe(error));
        }
    }

    #[test]
    fn a_word_is_replaced_only_whole() {
        assert_eq!(
            plain_expected("expected u8, found u80"),
            "expected a whole number, found u80"
        );
        assert_eq!(
            plain_expected("expected tuple variant Value::Text"),
            "expected `Text`"
        );
        assert_eq!(
            plain_expected("expected tuple struct Id"),
            "expected this part of the file"
        );
    }

    #[test]
    fn serde_struct_names_become_words() {
        assert_eq!(
            plain_expected("invalid type: string, expected struct Task"),
            "invalid type: string, expected a task"
        );
        assert_eq!(
            plain_expected("expected struct `Nonsense`"),
            "expected this part of the file"
        );
    }

    #[test]
    fn a_session_file_is_never_taken_for_another_format() {
        for text in [
            "(format: \"x\", a: 1, b: 2)",
            "Session(format: \"x\", a: 1, b: 2)",
            "  // comment, with a comma\n(",
            "#![enable(implicit_some)]\n(",
        ] {
            assert_eq!(text_kind(text), None, "{text}");
        }
        assert_eq!(text_kind("{\"a\": 1}"), Some("a JSON file"));
        assert!(text_kind("a;b;c\n1;2;3").is_some_and(|k| k.contains("CSV")));
    }
}
