//! The running header and the footer of every page, added once all pages are laid
//! out (only then is the page count known): the report's name and the workshop on
//! top, a note on personal data and "Page N of M" at the bottom.

use dacum_i18n::Catalogue;

use super::flow::{Align, FOOTER, HEADER, MARGIN, Style, draw_lines};
use super::metrics::FontSet;
use super::page::{Colour, Layout, Rect, Stroke};
use super::typography::Face;
use super::wrap::{Fit, fit};

const HEAD: Style = Style::new(Face::Bold, 7.5, Colour::ACCENT);
const QUIET: Style = Style::new(Face::Regular, 7.0, Colour::MUTED);

/// Adds header and footer to every page. `workshop` goes on the right of the
/// header, `note` on the left of the footer.
pub fn decorate(layout: &mut Layout, fonts: &FontSet, tr: &Catalogue, workshop: &str, note: &str) {
    let total = layout.pages.len();
    for (index, page) in layout.pages.iter_mut().enumerate() {
        let width = page.width - 2.0 * MARGIN;
        let band = HEADER - 8.0;
        let left_width = width * 0.5;
        let head = Rect::new(MARGIN, MARGIN, left_width - 6.0, band);
        let right = Rect::new(
            MARGIN + left_width + 6.0,
            MARGIN,
            width - left_width - 6.0,
            band,
        );
        let title = page.header.clone();
        for (text, rect, style, align) in [
            (title.as_str(), head, HEAD, Align::Left),
            (workshop, right, QUIET, Align::Right),
        ] {
            let request = Fit {
                width: rect.w,
                height: rect.h,
                face: style.face,
                size: style.size,
                min_size: 5.5,
            };
            let fitted = fit(text, fonts, request);
            let rect = Rect::new(rect.x, rect.y, rect.w, fitted.height);
            let style = Style::new(style.face, fitted.size, style.colour);
            draw_lines(
                page,
                fonts,
                &fitted.lines,
                rect,
                style,
                fitted.line_height,
                align,
            );
        }
        let rule_y = MARGIN + HEADER - 5.0;
        page.line(
            (MARGIN, rule_y),
            (page.width - MARGIN, rule_y),
            Stroke::solid(Colour::RULE, 0.5),
        );
        let foot_y = page.height - MARGIN - FOOTER + 8.0;
        let number = tr.tr_args(
            "report-page-of",
            &[("page", (index + 1).into()), ("pages", total.into())],
        );
        let number_width = fonts.width(&number, QUIET.face, QUIET.size) + 1.0;
        let lh = QUIET.line_height();
        let number_rect = Rect::new(page.width - MARGIN - number_width, foot_y, number_width, lh);
        draw_lines(page, fonts, &[number], number_rect, QUIET, lh, Align::Right);
        let note_rect = Rect::new(MARGIN, foot_y, width - number_width - 12.0, FOOTER - 8.0);
        let request = Fit {
            width: note_rect.w,
            height: note_rect.h,
            face: QUIET.face,
            size: QUIET.size,
            min_size: 5.5,
        };
        let fitted = fit(note, fonts, request);
        let note_rect = Rect::new(note_rect.x, note_rect.y, note_rect.w, fitted.height);
        let style = Style::new(QUIET.face, fitted.size, QUIET.colour);
        draw_lines(
            page,
            fonts,
            &fitted.lines,
            note_rect,
            style,
            fitted.line_height,
            Align::Left,
        );
    }
}
