//! Finding people's names in free text however they are written: in capitals,
//! without their diacritics, decomposed (NFD), with extra or invisible spaces, or
//! the first name or surname alone.
//!
//! Names and text are compared in a normalised form — folded as the model compares
//! text (`dacum_model::text`: compatibility decomposition, which also undoes
//! ligatures and odd spaces, case folded, diacritics removed), invisible characters
//! removed, white space collapsed — and a match must stand
//! as whole words there, so the part "Li" is found in "LI said" but not in
//! "Lituania". Each normalised character remembers where its character is in the
//! original text, so the match is replaced there and everything around it is kept
//! exactly as written.
//!
//! Not caught: a name inflected inside a word ("Popescului") and a misspelt one.

use dacum_model::text::fold_char;

/// Characters that show nothing: dropped before matching, but still a possible
/// word boundary ("Popescu\u{200B}Ana" reads as two words run together).
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}')
}

/// Calls `emit` with the normalised form of one character (none, one or more):
/// the model's folding ([`fold_char`]: case, diacritics and compatibility forms
/// aside, so "Łukasz" is found as "Lukasz" as the merge would compare it), with
/// invisible characters dropped and every white space one plain space.
fn fold(c: char, emit: &mut impl FnMut(char)) {
    if is_invisible(c) {
        return;
    }
    fold_char(c, &mut |m| match m {
        m if is_invisible(m) => {}
        m if m.is_whitespace() => emit(' '),
        m => emit(m),
    });
}

/// A text in normalised form, with the way back to the original.
struct Normalised {
    chars: Vec<char>,
    /// For each normalised character, the byte where its original character starts.
    source: Vec<usize>,
    /// For each normalised character, whether an invisible character was dropped
    /// just before it.
    after_invisible: Vec<bool>,
}

fn normalise(text: &str) -> Normalised {
    let mut out = Normalised {
        chars: Vec::with_capacity(text.len()),
        source: Vec::with_capacity(text.len()),
        after_invisible: Vec::with_capacity(text.len()),
    };
    let mut dropped = false;
    for (at, c) in text.char_indices() {
        let before = out.chars.len();
        fold(c, &mut |n| {
            if n == ' ' && out.chars.last() == Some(&' ') {
                return;
            }
            out.chars.push(n);
            out.source.push(at);
            out.after_invisible.push(dropped);
            dropped = false;
        });
        if out.chars.len() == before && is_invisible(c) {
            dropped = true;
        }
    }
    out
}

/// The normalised form as a string (for names and their parts).
fn normal_form(text: &str) -> String {
    normalise(text)
        .chars
        .into_iter()
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Words of a name that are not names on their own when written in lower case
/// ("van" in "Ludwig van Beethoven"): not withheld alone, since they are also
/// everyday words of the partners' languages.
const PARTICLES: [&str; 18] = [
    "al", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos", "du", "la", "le",
    "ten", "ter", "van", "von",
];

/// The people's names as normalised patterns, longest first so "Ana Popescu" is
/// withheld whole rather than as two names.
pub struct NameMatcher {
    patterns: Vec<Vec<char>>,
}

impl NameMatcher {
    pub fn new(names: &[String]) -> NameMatcher {
        let mut patterns: Vec<String> = Vec::new();
        for name in names {
            let whole = normal_form(name);
            let written: Vec<&str> = name
                .split(|c: char| c.is_whitespace() || matches!(c, '-' | '\'' | '’'))
                .filter(|w| !w.is_empty())
                .collect();
            // Written with no space at all ("AnaPopescu", or an invisible one).
            patterns.push(whole.replace(' ', ""));
            patterns.push(whole);
            for word in &written {
                let part = normal_form(word);
                let letters = part.chars().filter(|c| c.is_alphanumeric()).count();
                let particle = written.len() > 1
                    && word.chars().all(|c| !c.is_uppercase())
                    && PARTICLES.contains(&part.as_str());
                if letters >= 2 && !particle {
                    patterns.push(part);
                }
            }
        }
        patterns.retain(|p| p.chars().filter(|c| c.is_alphanumeric()).count() >= 2);
        let mut patterns: Vec<Vec<char>> = patterns.iter().map(|p| p.chars().collect()).collect();
        patterns.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        patterns.dedup();
        NameMatcher { patterns }
    }

    /// The text with every name in it replaced by `replacement`, or `None` when
    /// it holds no name.
    pub fn redact(&self, text: &str, replacement: &str) -> Option<String> {
        if self.patterns.is_empty() || text.is_empty() {
            return None;
        }
        let normal = normalise(text);
        let spans = self.find(&normal);
        if spans.is_empty() {
            return None;
        }
        let mut out = String::with_capacity(text.len());
        let mut copied = 0;
        for (start, end) in spans {
            let from = normal.source[start];
            let last = normal.source[end - 1];
            let to = last + text[last..].chars().next().map_or(0, char::len_utf8);
            if from < copied {
                continue;
            }
            out.push_str(&text[copied..from]);
            out.push_str(replacement);
            copied = to;
        }
        out.push_str(&text[copied..]);
        Some(out)
    }

    /// Where the names stand as whole words, as ranges of normalised characters
    /// in text order; a longer name wins over a shorter one it overlaps.
    fn find(&self, normal: &Normalised) -> Vec<(usize, usize)> {
        let chars = &normal.chars;
        let boundary = |at: usize| {
            at == 0
                || at == chars.len()
                || normal.after_invisible[at]
                || !chars[at - 1].is_alphanumeric()
                || !chars[at].is_alphanumeric()
        };
        let mut taken = vec![false; chars.len()];
        let mut spans = Vec::new();
        for pattern in &self.patterns {
            let Some(&first) = pattern.first() else {
                continue;
            };
            let mut at = 0;
            while at + pattern.len() <= chars.len() {
                let end = at + pattern.len();
                if chars[at] == first
                    && chars[at..end] == pattern[..]
                    && boundary(at)
                    && boundary(end)
                    && !taken[at..end].iter().any(|&t| t)
                {
                    taken[at..end].iter_mut().for_each(|t| *t = true);
                    spans.push((at, end));
                    at = end;
                } else {
                    at += 1;
                }
            }
        }
        spans.sort_unstable();
        spans
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redact(names: &[&str], text: &str) -> String {
        let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
        NameMatcher::new(&names)
            .redact(text, "#")
            .unwrap_or_else(|| text.to_owned())
    }

    #[test]
    fn normal_forms() {
        for (written, normal) in [
            ("IOANA  Mărgineanu", "ioana margineanu"),
            ("R\u{30C}ezni\u{301}c\u{30C}ek", "reznicek"),
            ("ΝΊΚΟΣ", "νικοσ"),
            ("STRASSE Straße", "strasse strasse"),
            ("Ana\u{00A0}\u{200B} Pop", "ana pop"),
            ("ﬁnn", "finn"),
        ] {
            assert_eq!(normal_form(written), normal, "{written:?}");
        }
    }

    #[test]
    fn names_are_found_however_written_and_replaced_in_the_original() {
        let names = [
            "Ioana Mărgineanu",
            "Jiří Řezníček",
            "Li Wei",
            "Ludwig van Beethoven",
            "Łukasz Wałęsa",
            "Søren Kjær",
            "Işıl Çelik",
        ];
        for (text, expected) in [
            ("Chaired by IOANA MARGINEANU.", "Chaired by #."),
            ("r\u{30C}ezni\u{301}c\u{30C}ek wrote", "# wrote"),
            (
                "Jiří\u{200B}Řezníček and Řezníček\u{200B}Jiří",
                "# and #\u{200B}#",
            ),
            (
                "Lituania; LI said; van Gogh; Van",
                "Lituania; # said; van Gogh; Van",
            ),
            ("Beethoven’s ninth", "#’s ninth"),
            ("Ioana  \t Mărgineanu, 3 p.m.", "#, 3 p.m."),
            // Letters whose diacritic does not decompose, typed without it.
            ("Minutes: LUKASZ WALESA", "Minutes: #"),
            ("Soren Kjaer said", "# said"),
            ("Isil Celik agreed", "# agreed"),
        ] {
            assert_eq!(redact(&names, text), expected, "{text:?}");
        }
    }

    #[test]
    fn text_without_names_is_left_alone() {
        let matcher = NameMatcher::new(&["Ana Pop".to_owned()]);
        assert_eq!(matcher.redact("Analysis of population", "#"), None);
        assert_eq!(NameMatcher::new(&[]).redact("Ana", "#"), None);
    }
}
