//! Wrapping text into lines by real glyph widths, and fitting a statement into a
//! box: shrink the type down to a minimum size first, and only then let the box
//! grow. A word wider than the box is broken between characters (after a hyphen or
//! slash where there is one), so no line is ever wider than its box.

use super::metrics::FontSet;
use super::typography::{Face, Pt};

/// Line height as a multiple of the type size.
pub const LEADING: f32 = 1.2;

/// Text broken into lines that each fit the width asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct Wrapped {
    pub lines: Vec<String>,
    /// A word had to be broken inside because it was wider than the box.
    pub broke_word: bool,
}

/// Wraps `text` to `width` points when set in `face` at `size`. Line breaks in the
/// text are kept; runs of spaces collapse. Every line is at most `width` wide,
/// unless a single character is wider than `width` on its own.
pub fn wrap(text: &str, width: Pt, fonts: &FontSet, face: Face, size: Pt) -> Wrapped {
    let space = fonts.char_width(' ', face, size);
    let mut lines = Vec::new();
    let mut broke_word = false;
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0.0;
        for word in paragraph.split_whitespace() {
            let word = clean(word);
            let word_width = fonts.width(&word, face, size);
            if !line.is_empty() && line_width + space + word_width <= width {
                line.push(' ');
                line.push_str(&word);
                line_width += space + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if word_width <= width {
                line = word;
                line_width = word_width;
                continue;
            }
            broke_word = true;
            let mut pieces = break_word(&word, width, fonts, face, size);
            // The last piece stays open so the next word can join it.
            let last = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
            line_width = fonts.width(&last, face, size);
            line = last;
        }
        lines.push(line);
    }
    Wrapped { lines, broke_word }
}

/// Control characters (other than the line breaks handled above) would show as
/// boxes; they become nothing.
fn clean(word: &str) -> String {
    word.chars().filter(|c| !c.is_control()).collect()
}

/// Splits a word wider than `width` into pieces that each fit, preferring to break
/// after a hyphen or slash, and never before a combining mark.
fn break_word(word: &str, width: Pt, fonts: &FontSet, face: Face, size: Pt) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut end = start;
        let mut used = 0.0;
        while end < chars.len() {
            let w = fonts.char_width(chars[end], face, size);
            if end > start && used + w > width {
                break;
            }
            used += w;
            end += 1;
        }
        // Keep a base letter together with the marks that follow it.
        while end > start + 1 && end < chars.len() && is_combining(chars[end]) {
            end -= 1;
        }
        if end < chars.len() {
            let soft = (start + 1..=end)
                .rev()
                .find(|&i| matches!(chars[i - 1], '-' | '/'));
            if let Some(soft) = soft {
                end = soft;
            }
        }
        pieces.push(chars[start..end].iter().collect());
        start = end;
    }
    pieces
}

fn is_combining(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// What a box asks of its text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    pub width: Pt,
    /// The height the box has before it would have to grow.
    pub height: Pt,
    pub face: Face,
    /// The size the text is set at when it fits.
    pub size: Pt,
    /// The smallest size it may shrink to.
    pub min_size: Pt,
}

/// Text fitted into a box.
#[derive(Clone, Debug, PartialEq)]
pub struct Fitted {
    pub lines: Vec<String>,
    pub size: Pt,
    pub line_height: Pt,
    /// The height the lines take; more than the box's height when it must grow.
    pub height: Pt,
}

/// Fits text into a box. In order of preference: the largest size (down to
/// `min_size`, in half points) at which it fits without breaking a word; the
/// largest at which it fits with a broken word; and otherwise `min_size` with the
/// box grown to `Fitted::height`.
pub fn fit(text: &str, fonts: &FontSet, fit: Fit) -> Fitted {
    let mut sizes = Vec::new();
    let mut size = fit.size;
    while size > fit.min_size + 1e-3 {
        sizes.push(size);
        size -= 0.5;
    }
    sizes.push(fit.min_size);
    let mut broken_fit: Option<Fitted> = None;
    let mut smallest = None;
    for size in sizes {
        let wrapped = wrap(text, fit.width, fonts, fit.face, size);
        let line_height = size * LEADING;
        let fitted = Fitted {
            height: wrapped.lines.len() as f32 * line_height,
            lines: wrapped.lines,
            size,
            line_height,
        };
        if fitted.height <= fit.height + 1e-3 {
            if !wrapped.broke_word {
                return fitted;
            }
            if broken_fit.is_none() {
                broken_fit = Some(fitted.clone());
            }
        }
        smallest = Some(fitted);
    }
    broken_fit.or(smallest).unwrap_or(Fitted {
        lines: Vec::new(),
        size: fit.min_size,
        line_height: fit.min_size * LEADING,
        height: 0.0,
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::fonts::fonts as report_fonts;

    /// Words from every script of the partners, long compounds, and marks.
    fn text() -> impl Strategy<Value = String> {
        let word = prop_oneof![
            "[a-zA-Z]{1,12}",
            "[a-zăâîșțěščřžýáíéůúäöüßąćęłńóśźżėįųū]{1,14}",
            "[α-ωά-ώΑ-Ω]{1,12}",
            "[а-яА-ЯёЁ]{1,12}",
            "[a-z]{20,60}",
            "[a-z]{1,8}-[a-z]{1,8}/[a-z]{1,8}",
            "[ś\u{0300}-\u{036F}a-z]{1,10}",
            "[\u{4e00}-\u{4e20}😀]{1,4}",
            "(?s).{1,6}",
        ];
        proptest::collection::vec((word, prop_oneof![" ", "  ", "\n", "\t"]), 0..30)
            .prop_map(|parts| parts.into_iter().map(|(w, s)| w + &s).collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// No line is ever wider than the box, and wrapping loses no character
        /// (other than spaces and control characters).
        #[test]
        fn no_line_exceeds_its_width(text in text(), width in 20.0f32..400.0, size in 5.0f32..14.0, bold in any::<bool>()) {
            let Ok(fonts) = report_fonts() else {
                panic!("the bundled fonts parse");
            };
            let fonts = &fonts.metrics;
            let face = if bold { Face::Bold } else { Face::Regular };
            // A box narrower than a single glyph cannot hold it; the layouts never
            // make one, so the property starts at the widest glyph of the text.
            let widest = text.chars().map(|c| fonts.char_width(c, face, size)).fold(0.0, f32::max);
            let width = width.max(widest);
            let wrapped = wrap(&text, width, fonts, face, size);
            for line in &wrapped.lines {
                let w = fonts.width(line, face, size);
                prop_assert!(w <= width + 1e-3, "{line:?} is {w} wide in {width}");
            }
            let kept = |s: &str| s.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>();
            prop_assert_eq!(kept(&wrapped.lines.concat()), kept(&text));
        }

        /// Fitted text is never wider than its box either, at whatever size it
        /// ends up, and its height is what the lines take.
        #[test]
        fn fitted_text_fits_its_width(text in text(), width in 40.0f32..200.0, height in 10.0f32..80.0) {
            let Ok(fonts) = report_fonts() else {
                panic!("the bundled fonts parse");
            };
            let fonts = &fonts.metrics;
            let request = Fit { width, height, face: Face::Regular, size: 9.0, min_size: 6.0 };
            let fitted = fit(&text, fonts, request);
            prop_assert!(fitted.size >= 6.0 && fitted.size <= 9.0);
            for line in &fitted.lines {
                prop_assert!(fonts.width(line, Face::Regular, fitted.size) <= width + 1e-3);
            }
            let expected = fitted.lines.len() as f32 * fitted.line_height;
            prop_assert!((fitted.height - expected).abs() < 1e-3);
            if fitted.size > 6.0 {
                prop_assert!(fitted.height <= height + 1e-3, "shrank less than it could");
            }
        }
    }

    /// Every character 0.5 em: at size 10 a character is 5 pt wide.
    fn fonts() -> FontSet {
        FontSet::uniform(0.5)
    }

    fn lines(text: &str, width: Pt) -> Vec<String> {
        wrap(text, width, &fonts(), Face::Regular, 10.0).lines
    }

    #[test]
    fn wrapping_cases() {
        let cases: [(&str, Pt, &[&str]); 9] = [
            ("Conduct cell searches", 105.0, &["Conduct cell searches"]),
            ("Conduct cell searches", 60.0, &["Conduct cell", "searches"]),
            (
                "Conduct   cell\tsearches",
                60.0,
                &["Conduct cell", "searches"],
            ),
            ("one\ntwo", 100.0, &["one", "two"]),
            ("", 100.0, &[""]),
            ("abcdefghij", 25.0, &["abcde", "fghij"]),
            ("ab cdefghijkl", 25.0, &["ab", "cdefg", "hijkl"]),
            ("self-harm-monitoring", 50.0, &["self-harm-", "monitoring"]),
            (
                "self-harm-monitoring",
                40.0,
                &["self-", "harm-", "monitori", "ng"],
            ),
        ];
        for (text, width, expected) in cases {
            assert_eq!(lines(text, width), expected, "{text:?} at {width}");
        }
    }

    #[test]
    fn a_combining_mark_stays_with_its_letter() {
        // "s" + combining comma below, broken at a width of two characters.
        let text = "as\u{0326}t";
        assert_eq!(lines(text, 10.0), ["a", "s\u{0326}", "t"]);
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(lines("a\u{7}b c", 100.0), ["ab c"]);
    }

    #[test]
    fn fitting_shrinks_before_the_box_grows() {
        let fonts = fonts();
        let request = Fit {
            width: 50.0,
            height: 24.0,
            face: Face::Regular,
            size: 10.0,
            min_size: 6.0,
        };
        // Fits at full size: two lines of 10 pt leading 12.
        let short = fit("Search cells", &fonts, request);
        assert_eq!((short.size, short.lines.len()), (10.0, 2));
        // Too long at 10 pt (three lines); fits two lines at a smaller size.
        let longer = fit("Search cells and yards", &fonts, request);
        assert!(longer.size < 10.0 && longer.size >= 6.0, "{longer:?}");
        assert!(longer.height <= 24.0);
        // Far too long: minimum size, and the box must grow.
        let text = "Search cells and yards and every common area of the wing daily";
        let huge = fit(text, &fonts, request);
        assert_eq!(huge.size, 6.0);
        assert!(huge.height > 24.0);
        for line in &huge.lines {
            assert!(fonts.width(line, Face::Regular, 6.0) <= 50.0 + 1e-3);
        }
    }

    #[test]
    fn fitting_prefers_a_smaller_size_to_breaking_a_word() {
        let fonts = fonts();
        let request = Fit {
            width: 40.0,
            height: 40.0,
            face: Face::Regular,
            size: 10.0,
            min_size: 6.0,
        };
        // Ten characters: 50 pt at 10 pt, 40 pt at 8 pt.
        let fitted = fit("Wachdienst", &fonts, request);
        assert_eq!(fitted.lines, ["Wachdienst"]);
        assert!(fitted.size <= 8.0);
    }
}
