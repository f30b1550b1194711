//! The two faces every report is set in — DejaVu Sans Condensed, regular and bold,
//! which cover every EU language including Greek and Cyrillic — and the measuring
//! of text by their real glyph advances.

use std::sync::OnceLock;

/// Regular or bold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    Regular,
    Bold,
}

pub fn font_bytes(weight: Weight) -> &'static [u8] {
    match weight {
        Weight::Regular => dejavu::sans_condensed::regular(),
        Weight::Bold => dejavu::sans_condensed::bold(),
    }
}

/// Advance widths per character, in font units per em, for the characters of the
/// Basic Multilingual Plane, looked up once per face.
struct Metrics {
    units_per_em: f32,
    /// Ascender above the baseline, in ems.
    ascent: f32,
    /// Descender below the baseline, in ems (positive).
    descent: f32,
    advances: Vec<u16>,
    /// The advance of the glyph drawn for a character the face does not have.
    missing: u16,
}

impl Metrics {
    fn load(weight: Weight) -> Metrics {
        // The faces are compiled into the binary, so failing to parse them is a
        // build defect; measure with a plausible fallback rather than panic.
        let Ok(face) = ttf_parser::Face::parse(font_bytes(weight), 0) else {
            return Metrics {
                units_per_em: 1000.0,
                ascent: 0.93,
                descent: 0.24,
                advances: Vec::new(),
                missing: 550,
            };
        };
        let missing = face.glyph_hor_advance(ttf_parser::GlyphId(0)).unwrap_or(0);
        let advances = (0..=0xFFFFu32)
            .map(|c| {
                char::from_u32(c)
                    .and_then(|c| face.glyph_index(c))
                    .and_then(|g| face.glyph_hor_advance(g))
                    .unwrap_or(missing)
            })
            .collect();
        let units_per_em = f32::from(face.units_per_em());
        Metrics {
            units_per_em,
            ascent: f32::from(face.ascender()) / units_per_em,
            descent: -f32::from(face.descender()) / units_per_em,
            advances,
            missing,
        }
    }

    fn get(weight: Weight) -> &'static Metrics {
        static REGULAR: OnceLock<Metrics> = OnceLock::new();
        static BOLD: OnceLock<Metrics> = OnceLock::new();
        match weight {
            Weight::Regular => REGULAR.get_or_init(|| Metrics::load(Weight::Regular)),
            Weight::Bold => BOLD.get_or_init(|| Metrics::load(Weight::Bold)),
        }
    }
}

/// The width of `text` set at `size` points.
pub fn text_width(text: &str, size: f32, weight: Weight) -> f32 {
    let metrics = Metrics::get(weight);
    let units: u32 = text
        .chars()
        .map(|c| {
            let advance = metrics.advances.get(c as usize).copied();
            u32::from(advance.unwrap_or(metrics.missing))
        })
        .sum();
    units as f32 / metrics.units_per_em * size
}

/// The height of a line of text set at `size` points (ascent + descent).
pub fn line_height(size: f32) -> f32 {
    let metrics = Metrics::get(Weight::Regular);
    (metrics.ascent + metrics.descent) * size
}

/// The distance from the top of a line to its baseline.
pub fn ascent(size: f32) -> f32 {
    Metrics::get(Weight::Regular).ascent * size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_add_up_and_scale_with_the_size() {
        let a = text_width("Conduct", 10.0, Weight::Regular);
        let b = text_width(" cell searches", 10.0, Weight::Regular);
        let whole = text_width("Conduct cell searches", 10.0, Weight::Regular);
        assert!((a + b - whole).abs() < 0.001);
        assert!((text_width("Conduct", 20.0, Weight::Regular) - 2.0 * a).abs() < 0.001);
        assert!(
            text_width("Conduct", 10.0, Weight::Bold) > a,
            "bold is wider"
        );
        assert!(text_width("W", 10.0, Weight::Regular) > text_width("i", 10.0, Weight::Regular));
    }

    #[test]
    fn partner_scripts_have_real_glyphs() {
        let face = ttf_parser::Face::parse(font_bytes(Weight::Regular), 0).expect("face");
        for c in "șțăîâ řčěůž äöüß ėųįš łńźż αβγδΩ жшщЯ ğış".chars()
        {
            if c != ' ' {
                assert!(
                    face.glyph_index(c).is_some(),
                    "{c} is in DejaVu Sans Condensed"
                );
            }
        }
    }
}
