//! Wrapping text into a width by real glyph widths, and fitting it into a box:
//! words move to the next line; a word longer than the width is broken between
//! characters; a text too long for its box is set smaller, down to a minimum, and
//! only then is the box made taller.

use super::fonts::{Weight, line_height, text_width};

/// Line spacing as a multiple of the line height of the font.
pub const LEADING: f32 = 1.12;

/// The lines `text` takes in `width` points at `size`. Every line fits in
/// `width` (a single character wider than `width` is the only exception: it gets
/// a line of its own). Explicit line breaks in the text are kept.
pub fn wrap(text: &str, width: f32, size: f32, weight: Weight) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if text_width(&candidate, size, weight) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if text_width(word, size, weight) <= width {
                line = word.to_owned();
            } else {
                // A word longer than the line: break it where it must.
                for c in word.chars() {
                    let mut longer = line.clone();
                    longer.push(c);
                    if !line.is_empty() && text_width(&longer, size, weight) > width {
                        lines.push(std::mem::take(&mut line));
                        line.push(c);
                    } else {
                        line = longer;
                    }
                }
            }
        }
        lines.push(line);
    }
    // Trailing empty paragraphs add nothing but height.
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// The height `lines` lines take at `size`.
pub fn block_height(lines: usize, size: f32) -> f32 {
    if lines == 0 {
        return 0.0;
    }
    line_height(size) * (1.0 + (lines as f32 - 1.0) * LEADING)
}

/// Text fitted into a box.
#[derive(Clone, Debug, PartialEq)]
pub struct Fitted {
    pub lines: Vec<String>,
    pub size: f32,
    /// The height the lines take; more than the box's height only when even the
    /// minimum size did not fit (the box must then grow to this).
    pub height: f32,
}

/// Fits `text` into a box `width` × `height`: at `size` if it fits, otherwise
/// at the largest size down to `min_size` (in half points) that does; at
/// `min_size` with a taller `height` if none does.
pub fn fit(
    text: &str,
    width: f32,
    height: f32,
    size: f32,
    min_size: f32,
    weight: Weight,
) -> Fitted {
    let mut current = size;
    loop {
        let lines = wrap(text, width, current, weight);
        let needed = block_height(lines.len(), current);
        if needed <= height || current <= min_size {
            return Fitted {
                lines,
                size: current,
                height: needed,
            };
        }
        current = (current - 0.5).max(min_size);
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn words_move_to_the_next_line() {
        let lines = wrap(
            "Conduct cell searches on the wing",
            60.0,
            10.0,
            Weight::Regular,
        );
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), "Conduct cell searches on the wing");
        for line in &lines {
            assert!(text_width(line, 10.0, Weight::Regular) <= 60.0, "{line}");
        }
    }

    #[test]
    fn a_long_word_is_broken() {
        let word = "Justizvollzugsbedienstetenausbildungsverordnung";
        let lines = wrap(word, 50.0, 10.0, Weight::Bold);
        assert!(lines.len() > 2);
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn a_long_text_shrinks_then_the_box_grows() {
        let text = "Supervise prisoners during exercise periods in the yard";
        let roomy = fit(text, 200.0, 100.0, 10.0, 7.0, Weight::Regular);
        assert_eq!(roomy.size, 10.0);
        let tight = fit(text, 80.0, 40.0, 10.0, 7.0, Weight::Regular);
        assert!(tight.size < 10.0 && tight.size >= 7.0);
        assert!(tight.height <= 40.0);
        let tiny = fit(text, 40.0, 10.0, 10.0, 7.0, Weight::Regular);
        assert_eq!(tiny.size, 7.0);
        assert!(tiny.height > 10.0, "the box must grow");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn no_line_is_wider_than_its_box(
            text in "([a-zA-Zșțăřčěüößėųłαβγδжшщ]{1,40}[ \n]{0,2}){0,20}",
            width in 20.0f32..300.0,
            size in 6.0f32..14.0,
        ) {
            for weight in [Weight::Regular, Weight::Bold] {
                let lines = wrap(&text, width, size, weight);
                for line in &lines {
                    let one_char = line.chars().count() <= 1;
                    prop_assert!(one_char || text_width(line, size, weight) <= width + 0.001,
                        "{line:?} is wider than {width}");
                }
                let words: Vec<&str> = text.split_whitespace().collect();
                let joined: String = lines.concat();
                prop_assert_eq!(joined.replace(' ', ""), words.concat(), "nothing lost");
            }
        }
    }
}
