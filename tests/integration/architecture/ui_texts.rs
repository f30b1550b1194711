//! Finds interface text written into `src/ui` instead of the catalogues: a
//! string literal with a letter in it, given straight to a widget (`ui.label`,
//! `ui.button`, `RichText::new`, `on_hover_text`, `Window::new` …) or to a
//! `format!` that is. Reading the tokens (see `tokens`) rather than the text
//! keeps comments and strings from confusing it.
//!
//! It cannot see a literal that reaches a widget through a variable or a
//! `match` (`let hint = "…"; … hint_text(hint)`); those are found by reading
//! the views. Tests (`tests.rs`, `*_tests.rs`, `test_harness.rs`, and the
//! inline `mod tests` a file ends with) are not interface.

use super::tokens::{Kind, Token, tokenize};

/// Methods and functions whose arguments are shown to the user.
const SHOWN: &[&str] = &[
    "label",
    "button",
    "small_button",
    "heading",
    "strong",
    "weak",
    "monospace",
    "link",
    "hyperlink_to",
    "checkbox",
    "radio",
    "radio_value",
    "selectable_label",
    "selectable_value",
    "menu_button",
    "collapsing",
    "colored_label",
    "on_hover_text",
    "on_disabled_hover_text",
    "hint_text",
    "accessible_name",
    "selected_text",
    "shortcut_text",
    "labeled",
    "selected",
    "set_title",
    "add_filter",
    "layout_no_wrap",
    "text",
];

/// Types whose `new` takes the text it shows.
const SHOWN_NEW: &[&str] = &[
    "RichText",
    "Button",
    "Label",
    "Window",
    "CollapsingHeader",
    "Checkbox",
];

/// What an open bracket belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Call {
    /// A call whose arguments are shown.
    Shown,
    /// `format!(…)`.
    Format,
    Other,
}

/// A literal shown to the user: its line and text.
#[derive(Debug, PartialEq, Eq)]
pub struct Shown {
    pub line: usize,
    pub text: String,
}

/// Whether a literal has words in it: a letter outside `{…}` placeholders
/// ("{name} ({})" and "×" have none).
fn has_words(text: &str) -> bool {
    let mut depth = 0_u32;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 && c.is_alphabetic() => return true,
            _ => {}
        }
    }
    false
}

/// The kind of call the bracket at `at` opens.
fn call_at(tokens: &[Token], at: usize) -> Call {
    let before = |back: usize| at.checked_sub(back).and_then(|i| tokens.get(i));
    let ident = |back: usize| before(back).and_then(Token::ident);
    if before(1).is_some_and(|t| t.is_punct('!')) && ident(2) == Some("format") {
        return Call::Format;
    }
    match ident(1) {
        Some("new")
            if before(2).is_some_and(Token::is_path_sep)
                && ident(3).is_some_and(|t| SHOWN_NEW.contains(&t)) =>
        {
            Call::Shown
        }
        Some(name)
            if SHOWN.contains(&name)
                && (before(2).is_some_and(|t| t.is_punct('.'))
                    || before(2).is_some_and(Token::is_path_sep)) =>
        {
            Call::Shown
        }
        _ => Call::Other,
    }
}

/// The literals with words that a file gives to widgets, up to its `mod tests`.
pub fn shown_literals(text: &str) -> Vec<Shown> {
    let tokens = tokenize(text);
    let mut open: Vec<Call> = Vec::new();
    let mut found = Vec::new();
    for (at, token) in tokens.iter().enumerate() {
        if token.ident() == Some("mod")
            && tokens.get(at + 1).and_then(Token::ident) == Some("tests")
            && tokens.get(at + 2).is_some_and(|t| t.is_punct('{'))
        {
            break;
        }
        match &token.kind {
            Kind::Punct('(') => open.push(call_at(&tokens, at)),
            Kind::Punct('[' | '{') => open.push(Call::Other),
            Kind::Punct(')' | ']' | '}') => {
                open.pop();
            }
            Kind::Str(literal) if has_words(literal) => {
                let inner = open.last().copied();
                let outer = open.len().checked_sub(2).map(|i| open[i]);
                let shown = inner == Some(Call::Shown)
                    || (inner == Some(Call::Format) && outer == Some(Call::Shown));
                if shown {
                    found.push(Shown {
                        line: token.line,
                        text: literal.clone(),
                    });
                }
            }
            _ => {}
        }
    }
    found
}

/// The message ids a file looks up directly: the literal first argument of
/// `tr(…)` and `tr_args(…)`, with its line.
pub fn looked_up_ids(text: &str) -> Vec<(usize, String)> {
    let tokens = tokenize(text);
    tokens
        .windows(3)
        .filter_map(|w| {
            let name = w[0].ident()?;
            if !matches!(name, "tr" | "tr_args") || !w[1].is_punct('(') {
                return None;
            }
            match &w[2].kind {
                Kind::Str(id) => Some((w[2].line, id.clone())),
                _ => None,
            }
        })
        .collect()
}

/// The message ids a file names as plain literals, by the prefixes of the
/// catalogues' model-made messages (`check-`, `edit-`, `rules-summary-`,
/// `language-name`, the merge's `field-`, `kind-`, `describe-`, `value-`, the
/// long-text warning's `place-` …): the model words nothing itself, it names
/// the message.
pub fn named_message_ids(text: &str) -> Vec<(usize, String)> {
    const PREFIXES: &[&str] = &[
        "check-",
        "edit-",
        "rules-summary-",
        "language-name",
        "field-",
        "kind-",
        "describe-",
        "value-",
        "place-",
        "list-name",
        "category-",
        "formula-",
        "axes-suggestion-",
        "paper-",
    ];
    tokenize(text)
        .into_iter()
        .filter_map(|token| match token.kind {
            Kind::Str(id)
                if PREFIXES.iter().any(|p| id.starts_with(p))
                    && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') =>
            {
                Some((token.line, id))
            }
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(source: &str) -> Vec<String> {
        shown_literals(source).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn literals_given_to_widgets_are_found() {
        let source = r#"
            ui.label("Add duty");
            ui.checkbox(&mut on, "Show spread");
            let b = egui::Button::new(RichText::new("Delete").strong());
            response.on_hover_text(format!("Delete {what}"));
            egui::Window::new("Export PDF").show(ctx, |ui| {});
        "#;
        assert_eq!(
            texts(source),
            [
                "Add duty",
                "Show spread",
                "Delete",
                "Delete {what}",
                "Export PDF"
            ]
        );
    }

    #[test]
    fn catalogue_lookups_ids_and_symbols_are_not() {
        let source = r#"
            ui.label(ui.tr("board-add-duty"));
            ui.label(format!("{} ({})", name, count));
            ui.small_button("×");
            egui::Id::unique(("duty_board_card", id));
            ui.menu_button(texts.tr("menu-file"), |ui| { let x = "not shown"; });
            mod tests { fn t() { ui.label("Add duty"); } }
        "#;
        assert!(texts(source).is_empty(), "{:?}", texts(source));
        assert_eq!(
            looked_up_ids(source),
            [
                (2, "board-add-duty".to_owned()),
                (6, "menu-file".to_owned())
            ]
        );
    }
}
