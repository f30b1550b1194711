//! Which of several wordings that are the same (equal
//! [`same_text_key`](crate::text::same_text_key)s)
//! a merge keeps: the plainest (see the rule in the [`merge`](super) module
//! documentation). The others are not dropped: they are recorded as variants.

use std::cmp::Reverse;

use unicode_properties::{GeneralCategory, UnicodeEmoji, UnicodeGeneralCategory};

use crate::text::diacritic_count;

/// How plain a wording is; a smaller value is plainer. Compared field by field,
/// in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Plainness {
    /// Control, format (bidi overrides and marks, zero-width spaces and
    /// joiners, soft hyphens), line-separator and emoji characters.
    odd: usize,
    /// Diacritics and letters such as ß or ł: more is plainer, as a wording
    /// with its diacritics says more than one stripped of them.
    diacritics: Reverse<usize>,
    /// All capitals (2), beginning in lower case (1), or sentence case (0).
    case: u8,
    /// Spaces at either end or doubled.
    spacing: usize,
    /// Not in the composed form (NFC) most programs expect.
    decomposed: bool,
}

/// The plainness of a text.
pub(crate) fn plainness(text: &str) -> Plainness {
    let odd = text.chars().filter(|&c| is_odd(c)).count();
    let diacritics = diacritic_count(text);
    let letters = || text.chars().filter(|c| c.is_alphabetic());
    let upper = letters().filter(|c| c.is_uppercase()).count();
    let lower = letters().filter(|c| c.is_lowercase()).count();
    let case = if upper >= 2 && lower == 0 {
        2
    } else {
        u8::from(letters().next().is_some_and(char::is_lowercase))
    };
    let trimmed = text.trim();
    let doubled = trimmed
        .chars()
        .zip(trimmed.chars().skip(1))
        .filter(|(a, b)| a.is_whitespace() && b.is_whitespace())
        .count();
    Plainness {
        odd,
        diacritics: Reverse(diacritics),
        case,
        spacing: usize::from(trimmed.len() != text.len()) + doubled,
        decomposed: !unicode_normalization::is_nfc(text),
    }
}

/// A character a plain wording does not hold.
fn is_odd(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    matches!(
        c.general_category(),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
            | GeneralCategory::PrivateUse
            | GeneralCategory::Unassigned
    ) || c.is_emoji_char_or_emoji_component()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::same_text_key;

    /// (one wording, another, the plainer), each pair the same after
    /// normalisation.
    const PLAINER: &[(&str, &str, &str)] = &[
        (
            "CONDUCT CELL SEARCHES",
            "Conduct cell searches",
            "Conduct cell searches",
        ),
        (
            "Efectueaza perchezitii",
            "Efectuează percheziții",
            "Efectuează percheziții",
        ),
        (
            "Conduct\u{200B} cell searches",
            "Conduct cell searches",
            "Conduct cell searches",
        ),
        (
            "\u{202E}Conduct cell searches",
            "Conduct cell searches",
            "Conduct cell searches",
        ),
        (
            "Conduct cell searches \u{1F50D}",
            "Conduct cell searches",
            "Conduct cell searches",
        ),
        (
            "Conduct cell\u{00AD}searches",
            "Conduct cell searches",
            "Conduct cell searches",
        ),
        (
            "Conduct cell\u{0007} searches",
            "Conduct cell searches",
            "Conduct cell searches",
        ),
        (
            // A zero-width space weighs more than stripped diacritics.
            "Efectuează\u{200B} percheziții",
            "Efectueaza perchezitii",
            "Efectueaza perchezitii",
        ),
        ("Straße prüfen", "Strasse prufen", "Straße prüfen"),
        ("ŘÍDIT VÝCVIK", "Řídit výcvik", "Řídit výcvik"),
        ("ŘÍDIT VÝCVIK", "Ridit vycvik", "ŘÍDIT VÝCVIK"),
        (
            "conduct cell searches",
            "Conduct cell searches",
            "Conduct cell searches",
        ),
        (
            "  Conduct  cell searches ",
            "Conduct cell searches",
            "Conduct cell searches",
        ),
        (
            "Efectueaza\u{0306} perchezit\u{0326}ii",
            "Efectuează percheziții",
            "Efectuează percheziții",
        ),
    ];

    #[test]
    fn the_plainer_wording_ranks_first_in_either_order() {
        for &(a, b, plainer) in PLAINER {
            assert_eq!(
                same_text_key(a),
                same_text_key(b),
                "{a:?} / {b:?} are one class"
            );
            let (pa, pb) = (plainness(a), plainness(b));
            assert_ne!(pa, pb, "{a:?} / {b:?}");
            let first = if pa < pb { a } else { b };
            assert_eq!(first, plainer, "{a:?} ({pa:?}) / {b:?} ({pb:?})");
        }
    }

    #[test]
    fn plain_text_in_any_script_has_nothing_odd() {
        for text in [
            "Conduct cell searches",
            "Provádět prohlídky cel",
            "Ελέγχει τα κελιά",
            "Durchsuchung der Hafträume",
            "Tikrinti kameras 2 kartus per dieną (#3)",
        ] {
            assert_eq!(plainness(text).odd, 0, "{text}");
            assert_eq!(plainness(text).spacing, 0, "{text}");
        }
    }
}
