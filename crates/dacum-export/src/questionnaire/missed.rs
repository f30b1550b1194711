//! The page for tasks the chart misses: under each duty's heading, lines to
//! write on, one task a line, as the forms ask for them per duty (the
//! data-entry workbook's `missed_` columns). Two duties side by side, so a
//! chart of a dozen duties takes one landscape page.

use super::look::{BODY, DUTY, rule};
use crate::flow::Flow;
use crate::typography::Pt;
use crate::wrap::wrap;

/// Lines to write on under each duty.
const LINES_PER_DUTY: usize = 3;
/// The height of a written line: room for handwriting.
const LINE_PITCH: Pt = 21.0;
const COLUMN_GAP: Pt = 28.0;

/// The heading and hint are already on the page; this adds the duties.
pub fn missed_tasks(flow: &mut Flow, duty_headings: &[String]) {
    let fonts = flow.fonts;
    let area = flow.area();
    let column = (area.w - COLUMN_GAP) / 2.0;
    let lines_height = LINE_PITCH * LINES_PER_DUTY as f32;
    for pair in duty_headings.chunks(2) {
        let headings: Vec<Vec<String>> = pair
            .iter()
            .map(|h| wrap(h, column, fonts, DUTY.face, DUTY.size).lines)
            .collect();
        let heading_height =
            headings.iter().map(Vec::len).max().unwrap_or(1) as f32 * DUTY.line_height();
        flow.ensure(heading_height + 2.0 + lines_height);
        let top = flow.y;
        for (i, lines) in headings.iter().enumerate() {
            let x = area.x + (column + COLUMN_GAP) * i as f32;
            flow.y = top;
            flow.block(lines, x, column, DUTY);
            let mut y = top + heading_height + 2.0;
            for _ in 0..LINES_PER_DUTY {
                y += LINE_PITCH;
                flow.page().line((x, y), (x + column, y), rule());
            }
        }
        flow.y = top + heading_height + 2.0 + lines_height + BODY.size;
    }
}
