//! The report font: `DejaVu` Sans and `DejaVu` Sans Bold (from the `dejavu` crate, a
//! permissive licence), which cover every EU language including Greek and Cyrillic.
//! Parsed once per process, because parsing takes longer than laying out a report;
//! the PDF writer embeds them as subsets of the glyphs used.

use std::sync::{Arc, OnceLock};

use printpdf::ParsedFont;

use super::metrics::{FontSet, Metrics};

/// The parsed faces and their advance tables.
pub struct LoadedFonts {
    pub regular: ParsedFont,
    pub bold: ParsedFont,
    pub metrics: FontSet,
}

/// The report fonts, parsed on first use. Fails only if the bundled font bytes
/// cannot be parsed, which would be a broken build rather than bad input.
pub fn fonts() -> Result<&'static LoadedFonts, String> {
    static FONTS: OnceLock<Result<LoadedFonts, String>> = OnceLock::new();
    FONTS.get_or_init(load).as_ref().map_err(Clone::clone)
}

fn load() -> Result<LoadedFonts, String> {
    let regular = parse(dejavu::sans::regular(), "DejaVu Sans")?;
    let bold = parse(dejavu::sans::bold(), "DejaVu Sans Bold")?;
    let metrics = FontSet {
        regular: metrics_of(&regular),
        bold: metrics_of(&bold),
    };
    Ok(LoadedFonts {
        regular,
        bold,
        metrics,
    })
}

fn parse(bytes: &[u8], name: &str) -> Result<ParsedFont, String> {
    let mut warnings = Vec::new();
    ParsedFont::from_bytes(bytes, 0, &mut warnings)
        .ok_or_else(|| format!("the bundled font {name} could not be read"))
}

fn metrics_of(font: &ParsedFont) -> Metrics {
    let units_per_em = font.font_metrics.units_per_em;
    let em = f32::from(units_per_em.max(1));
    let ascent = font.font_metrics.ascent.abs() / em;
    let descent = font.font_metrics.descent.abs() / em;
    let notdef = font.get_horizontal_advance(0);
    // The lookup keeps its own copy of the face for characters beyond the first
    // plane, which the table does not hold.
    let face = Arc::new(font.clone());
    let lookup = Arc::new(move |c: char| {
        face.lookup_glyph_index(c as u32)
            .filter(|&gid| gid != 0)
            .map(|gid| face.get_horizontal_advance(gid))
    });
    Metrics::new(units_per_em, notdef, (ascent, descent), lookup)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typography::Face;

    #[test]
    fn the_font_covers_every_partner_language() {
        let fonts = fonts().expect("bundled fonts parse");
        let samples = "ăâîșț ěščřžýáíéůú äöüß ąćęłńóśźż ąčęėįšųūž çğıöşü ÆØÅæøå \
                       áéíóúñ ÁÉÍÓÚ őű αβγδεζηθ ΑΒΓΔ άέήίόύώ абвгдежзий ЁЖЩЮЯ ђћџ ѓќ";
        assert_eq!(fonts.metrics.missing_glyphs(samples), Vec::<char>::new());
        assert_eq!(fonts.metrics.missing_glyphs("日本"), vec!['日', '本']);
    }

    #[test]
    fn real_advances_differ_by_glyph_and_face() {
        let m = &fonts().expect("fonts").metrics;
        let i = m.width("iiii", Face::Regular, 10.0);
        let w = m.width("WWWW", Face::Regular, 10.0);
        assert!(w > 2.0 * i, "W {w} vs i {i}");
        assert!(m.width("Search", Face::Bold, 10.0) > m.width("Search", Face::Regular, 10.0));
        let a = m.regular.ascent;
        assert!(a > 0.7 && a < 1.1, "ascent {a}");
    }
}
