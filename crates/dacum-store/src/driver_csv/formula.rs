//! Cells a spreadsheet would run as a formula. A title such as
//! `=HYPERLINK("http://…","Open")` or `@SUM(…)` in an exported file runs when a
//! colleague opens the file (CSV injection). Following the OWASP advice, export
//! puts a single quote before a cell starting with `=`, `+`, `-`, `@`, a tab or a
//! carriage return, so the spreadsheet shows it as text; import takes that quote
//! away again.
//!
//! A text that really starts with quotes before such a character (`'=x`) gets one
//! more quote on export and loses one on import, so every text comes back exactly
//! as it was written: the rule is "any number of quotes, then a formula
//! character" and nothing else. A text starting with a quote followed by
//! anything else (`'Tough on crime' rhetoric`) is never changed.

/// What makes a spreadsheet read a cell as a formula.
fn is_trigger(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// Whether `text` is quotes followed by a formula character.
fn needs_quote(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(is_trigger)
}

/// The cell as written to a file.
pub fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    if needs_quote(text) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// The text of a cell read from a file.
pub fn unescape(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_quote(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_back() {
        for (text, cell) in [
            ("=1+1", "'=1+1"),
            ("-5%", "'-5%"),
            ("\tx", "'\tx"),
            ("'=x", "''=x"),
            ("'quoted'", "'quoted'"),
            ("'", "'"),
            ("", ""),
            ("Plain", "Plain"),
            ("a=b", "a=b"),
        ] {
            assert_eq!(escape(text), cell, "{text:?}");
            assert_eq!(unescape(cell), text, "{cell:?}");
        }
    }
}
