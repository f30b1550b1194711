//! What every page of the questionnaire carries, because the pages get
//! separated (stapled sheets come apart, a page is photocopied alone): the
//! round's name, the box for the respondent's code and "Page N of M"; and on
//! pages of tasks, the legend of the scales.

use std::collections::BTreeSet;

use dacum_i18n::Catalogue;

use super::look::{SMALL, SMALL_STRONG, STRONG, WRITE_BOX, box_line, thick};
use super::scales::Legend;
use crate::flow::{Align, Frame, MARGIN, Style, draw_lines};
use crate::metrics::FontSet;
use crate::page::{Layout, Rect};
use crate::typography::Pt;
use crate::wrap::{Fit, fit, wrap};

/// The band at the top of a page: the round's name and the code box.
const HEAD_BAND: Pt = 30.0;
/// The band at the foot with the page number.
const FOOT_BAND: Pt = 16.0;
/// The box the respondent writes the code in, on every page.
const CODE_BOX: Pt = 110.0;
/// Between the bands and what the page holds.
const SPACE: Pt = 10.0;

/// The area every page keeps clear: the bands, and the legend's height at
/// the foot (kept on every page, so pages of tasks and others break alike).
pub fn frame(legend: &Legend) -> Frame {
    Frame {
        side: MARGIN,
        top: MARGIN + HEAD_BAND + SPACE,
        bottom: MARGIN + FOOT_BAND + legend.height() + SPACE,
    }
}

/// Adds the bands to every page, and the legend to the pages in
/// `legend_pages`.
pub fn decorate(
    layout: &mut Layout,
    fonts: &FontSet,
    tr: &Catalogue,
    round: &str,
    legend: &Legend,
    legend_pages: &BTreeSet<usize>,
) {
    let total = layout.pages.len();
    let code_label = tr.tr("survey-respondent-code");
    for (index, page) in layout.pages.iter_mut().enumerate() {
        let width = page.width - 2.0 * MARGIN;
        let box_x = page.width - MARGIN - CODE_BOX;
        let label_room =
            (width * 0.3).min(fonts.width(&code_label, SMALL_STRONG.face, SMALL_STRONG.size) + 1.0);
        let label = wrap(
            &code_label,
            label_room,
            fonts,
            SMALL_STRONG.face,
            SMALL_STRONG.size,
        )
        .lines;
        let lh = SMALL_STRONG.line_height();
        let label_height = label.len() as f32 * lh;
        let box_top = MARGIN + (HEAD_BAND - WRITE_BOX) / 2.0;
        let label_rect = Rect::new(
            box_x - 6.0 - label_room,
            box_top + (WRITE_BOX - label_height) / 2.0,
            label_room,
            label_height,
        );
        draw_lines(
            page,
            fonts,
            &label,
            label_rect,
            SMALL_STRONG,
            lh,
            Align::Right,
        );
        page.rect(
            Rect::new(box_x, box_top, CODE_BOX, WRITE_BOX),
            None,
            Some(box_line()),
        );
        let name_room = label_rect.x - MARGIN - 12.0;
        let fitted = fit(
            round,
            fonts,
            Fit {
                width: name_room,
                height: HEAD_BAND,
                face: STRONG.face,
                size: STRONG.size,
                min_size: SMALL.size,
            },
        );
        let name_top = MARGIN + ((HEAD_BAND - fitted.height) / 2.0).max(0.0);
        let rect = Rect::new(MARGIN, name_top, name_room, fitted.height);
        let style = Style::new(STRONG.face, fitted.size, STRONG.colour);
        draw_lines(
            page,
            fonts,
            &fitted.lines,
            rect,
            style,
            fitted.line_height,
            Align::Left,
        );
        let rule_y = MARGIN + HEAD_BAND + 3.0;
        page.line((MARGIN, rule_y), (page.width - MARGIN, rule_y), thick());

        let foot_y = page.height - MARGIN - FOOT_BAND + 4.0;
        let number = tr.tr_args(
            "survey-page",
            &[("page", (index + 1).into()), ("pages", total.into())],
        );
        let lh = SMALL.line_height();
        let rect = Rect::new(MARGIN, foot_y, width, lh);
        draw_lines(page, fonts, &[number], rect, SMALL_STRONG, lh, Align::Right);
        if legend_pages.contains(&index) {
            let top = foot_y - 6.0 - legend.height();
            legend.draw(page, fonts, MARGIN, top);
        }
    }
}
