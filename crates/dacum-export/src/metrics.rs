//! Text measurement by the fonts' real glyph advances, so wrapping decides exactly
//! what the PDF viewer will draw. The advances come from the embedded fonts (see
//! `fonts.rs`); this module only holds them, so layout needs no PDF crate.

use std::sync::Arc;

use super::typography::{Face, Pt};

/// A glyph's advance in font units for a character beyond the first plane, or
/// `None` when the font has no glyph for it.
pub type Lookup = Arc<dyn Fn(char) -> Option<u16> + Send + Sync>;

/// The advances of one font face.
#[derive(Clone)]
pub struct Metrics {
    units_per_em: f32,
    /// Advance of every character of the Basic Multilingual Plane, in font units;
    /// [`MISSING`] where the font has no glyph.
    bmp: Vec<u16>,
    /// The advance of the glyph drawn for a missing character (`.notdef`).
    notdef: u16,
    beyond_bmp: Lookup,
    /// Ascent and descent in ems (both positive).
    pub ascent: f32,
    pub descent: f32,
}

/// Marks a character the font has no glyph for in the advance table.
const MISSING: u16 = u16::MAX;

impl Metrics {
    /// Builds the table from a lookup of every character's advance.
    pub fn new(
        units_per_em: u16,
        notdef: u16,
        (ascent, descent): (f32, f32),
        lookup: Lookup,
    ) -> Metrics {
        let bmp = (0..=0xFFFFu32)
            .map(|c| {
                char::from_u32(c)
                    .and_then(|c| lookup(c))
                    .map_or(MISSING, |a| a.min(MISSING - 1))
            })
            .collect();
        Metrics {
            units_per_em: f32::from(units_per_em.max(1)),
            bmp,
            notdef,
            beyond_bmp: lookup,
            ascent,
            descent,
        }
    }

    /// A font where every character is `em` wide: for layout tests.
    pub fn uniform(em: f32) -> Metrics {
        let units = (em * 1000.0).round() as u16;
        Metrics::new(1000, units, (0.9, 0.25), Arc::new(move |_| Some(units)))
    }

    fn units(&self, c: char) -> Option<u16> {
        match self.bmp.get(c as usize) {
            Some(&MISSING) => None,
            Some(&units) => Some(units),
            None => (self.beyond_bmp)(c),
        }
    }

    /// The advance of a character in ems (the `.notdef` box for a missing glyph,
    /// which is what the viewer draws).
    pub fn advance(&self, c: char) -> f32 {
        f32::from(self.units(c).unwrap_or(self.notdef)) / self.units_per_em
    }

    pub fn has_glyph(&self, c: char) -> bool {
        self.units(c).is_some()
    }
}

/// The regular and bold faces of the report font.
#[derive(Clone)]
pub struct FontSet {
    pub regular: Metrics,
    pub bold: Metrics,
}

impl FontSet {
    pub fn face(&self, face: Face) -> &Metrics {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }

    /// The width of `text` set in `face` at `size` points.
    pub fn width(&self, text: &str, face: Face, size: Pt) -> Pt {
        let metrics = self.face(face);
        text.chars().map(|c| metrics.advance(c)).sum::<f32>() * size
    }

    pub fn char_width(&self, c: char, face: Face, size: Pt) -> Pt {
        self.face(face).advance(c) * size
    }

    /// Distance from the top of a line box to its baseline, for a line box of
    /// `line_height` holding text of `size`: the glyphs sit centred in the box.
    pub fn baseline_offset(&self, face: Face, size: Pt, line_height: Pt) -> Pt {
        let m = self.face(face);
        let glyphs = (m.ascent + m.descent) * size;
        (line_height - glyphs) / 2.0 + m.ascent * size
    }

    /// Characters of `text` the font cannot draw (each reported once, in order).
    pub fn missing_glyphs(&self, text: &str) -> Vec<char> {
        let mut missing: Vec<char> = Vec::new();
        for c in text.chars() {
            if !c.is_control() && !self.regular.has_glyph(c) && !missing.contains(&c) {
                missing.push(c);
            }
        }
        missing
    }

    /// Both faces `em` wide for every character: for layout tests.
    pub fn uniform(em: f32) -> FontSet {
        FontSet {
            regular: Metrics::uniform(em),
            bold: Metrics::uniform(em * 1.1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_scale_with_size_and_count_every_character() {
        let fonts = FontSet::uniform(0.5);
        assert!((fonts.width("abcd", Face::Regular, 10.0) - 20.0).abs() < 1e-4);
        assert!((fonts.width("αβγδ", Face::Regular, 20.0) - 40.0).abs() < 1e-4);
        assert!((fonts.width("abcd", Face::Bold, 10.0) - 22.0).abs() < 1e-3);
        assert_eq!(fonts.width("", Face::Regular, 10.0), 0.0);
    }

    #[test]
    fn a_missing_glyph_measures_as_the_notdef_box() {
        let lookup: Lookup = Arc::new(|c| (c == 'a').then_some(500));
        let m = Metrics::new(1000, 700, (0.9, 0.2), lookup);
        assert!((m.advance('a') - 0.5).abs() < 1e-6);
        assert!((m.advance('ж') - 0.7).abs() < 1e-6);
        assert!((m.advance('😀') - 0.7).abs() < 1e-6);
        assert!(m.has_glyph('a') && !m.has_glyph('ж'));
    }
}
