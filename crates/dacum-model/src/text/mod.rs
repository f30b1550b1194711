//! Text as the model compares it: when two texts are the same, when a search finds
//! one, and when two are nearly the same. Every comparison of free text in the
//! model (the chart's duplicate check, the merge, "also written as", the
//! competency search) goes through here, so they cannot disagree.
//!
//! # The decision: comparisons ignore case, diacritics and punctuation
//!
//! Partners of one project type the same statement with and without diacritics:
//! on a borrowed keyboard, on a phone, from an old template, copied from an
//! e-mail ("Efectuează percheziții" / "Efectueaza perchezitii", "Řídit výcvik" /
//! "Ridit vycvik", "Patikrinti kalinių kameras" / "Patikrinti kaliniu kameras").
//! A facilitator who is told by the chart that two statements differ, and then
//! sees the merge take them for one (or the other way round), can trust neither.
//! So there is one rule, [`fold_char`], and every comparison uses it:
//!
//! - **What is compared** ignores case, diacritics, apostrophes, punctuation and
//!   spacing. Words that differ only in their diacritics (Czech "byt"/"být",
//!   German "schon"/"schön") then count as the same; within a whole duty or task
//!   statement that is nearly always the same statement typed differently, and
//!   nothing is lost when it is not: the chart only *warns* of a duplicate, and
//!   the merge records every other wording with its source ("also written as …")
//!   and keeps the one with the diacritics (see `merge::wording`).
//! - **What is shown and stored** is always the text as typed.
//!
//! # Folding ([`fold_char`])
//!
//! A character is folded by compatibility decomposition (NFKD: a ligature "ﬁ" is
//! "fi", a full-width "Ａ" is "A"), dropping the combining marks (ș → s, ř → r,
//! ü → u, ė → e, ά → α), lower-casing, and folding by hand the letters that carry
//! a diacritic or are a ligature but do not decompose ([`FOLDED_LETTERS`]: ß → ss,
//! ł → l, ø → o, đ → d, æ → ae, œ → oe, ı → i) and the Greek final sigma (ς → σ,
//! so "ΚΕΛΙΩΝ" and "κελιών" are the same word). Letters that are written
//! differently but not by a diacritic are different: German "ä" and "ae" are not
//! the same (a transliteration is a near-duplicate, see below).
//!
//! # The same ([`same_text_key`])
//!
//! Two texts are the same when their keys are equal: folded, apostrophes dropped
//! ("visitors' belongings" = "visitors belongings"), every other character that is
//! not a letter or digit a word break, runs of breaks one space. "Conduct
//! cell-searches " and "conduct cell searches" are the same.
//!
//! # Found by a search ([`matches_search`])
//!
//! Every word of the query begins a word of the text, in any order, both keyed as
//! above: "perchezitii cel" finds "Efectuează percheziții în celule".
//!
//! # Nearly the same ([`similarity()`])
//!
//! A measure over the words of the keys, for proposing duplicates: see the
//! `similarity` module.

mod similarity;
#[cfg(test)]
mod tests;

use unicode_normalization::char::{decompose_canonical, decompose_compatible, is_combining_mark};

pub(crate) use similarity::Words;
pub use similarity::{DUPLICATE_THRESHOLD, similarity};

/// Letters (lower case) that carry a diacritic or are a ligature but have no
/// decomposition, with what they fold to.
pub const FOLDED_LETTERS: [(char, &str); 7] = [
    ('ß', "ss"),
    ('ł', "l"),
    ('ø', "o"),
    ('đ', "d"),
    ('æ', "ae"),
    ('œ', "oe"),
    ('ı', "i"),
];

/// Calls `emit` with the folded form of one character (none, one or more
/// characters): see the module documentation. Characters other than letters pass
/// through in their compatibility form (a no-break space is a space).
pub fn fold_char(c: char, emit: &mut impl FnMut(char)) {
    if c.is_ascii() {
        // Most text: nothing to decompose.
        emit(c.to_ascii_lowercase());
        return;
    }
    decompose_compatible(c, |d| {
        if is_combining_mark(d) {
            return;
        }
        for lower in d.to_lowercase() {
            // Lower-casing may decompose again ("İ" gives "i" and a dot above).
            decompose_compatible(lower, |m| {
                if is_combining_mark(m) {
                    return;
                }
                if m == 'ς' {
                    emit('σ');
                } else if let Some((_, folded)) = FOLDED_LETTERS.iter().find(|(l, _)| *l == m) {
                    folded.chars().for_each(&mut *emit);
                } else {
                    emit(m);
                }
            });
        }
    });
}

/// How many diacritics a text shows: its combining marks (in canonical
/// decomposition) and its [`FOLDED_LETTERS`] in either case. These are what
/// folding drops, so of two texts with the same key the one with more of them is
/// the one written in full.
pub fn diacritic_count(text: &str) -> usize {
    let mut count = 0;
    for c in text.chars() {
        decompose_canonical(c, |d| {
            let folded_letter = || {
                d.to_lowercase()
                    .any(|l| FOLDED_LETTERS.iter().any(|(f, _)| *f == l))
            };
            if is_combining_mark(d) || folded_letter() {
                count += 1;
            }
        });
    }
    count
}

/// Apostrophes are dropped rather than turned into word breaks.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}')
}

/// The key under which two texts count as the same: see the module documentation.
/// Blank text (or punctuation only) gives an empty key.
pub fn same_text_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_break = false;
    for c in text.chars() {
        if is_apostrophe(c) {
            continue;
        }
        fold_char(c, &mut |f| {
            if f.is_alphanumeric() {
                if pending_break && !out.is_empty() {
                    out.push(' ');
                }
                pending_break = false;
                out.push(f);
            } else {
                pending_break = true;
            }
        });
    }
    out
}

/// Whether a search for `query` finds `text`: every word of the query begins a
/// word of the text, in any order, compared by their [`same_text_key`]s ("rep"
/// finds "Write reports" but not "Prepare meals"). An empty query finds everything.
pub fn matches_search(text: &str, query: &str) -> bool {
    let text = same_text_key(text);
    same_text_key(query)
        .split(' ')
        .filter(|word| !word.is_empty())
        .all(|wanted| text.split(' ').any(|word| word.starts_with(wanted)))
}
