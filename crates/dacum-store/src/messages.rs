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
            format!("expected {}, found {found}", plain_expected(&expected))
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
        other => {
            // The remaining errors (bad escapes, unexpected characters, comments)
            // name no Rust type; they start lower-case to read like ours.
            let text = other.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => text,
            }
        }
    };
    LoadErrorKind::Syntax(text)
}

/// serde's "struct Task" (in "expected …") as "a task".
fn plain_expected(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("struct ") {
        out.push_str(&rest[..at]);
        let after = &rest[at + "struct ".len()..];
        let name_len = after
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '`'))
            .unwrap_or(after.len());
        out.push_str(place(Some(after[..name_len].trim_matches('`'))));
        rest = &after[name_len..];
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
    use super::{plain_expected, text_kind};

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
