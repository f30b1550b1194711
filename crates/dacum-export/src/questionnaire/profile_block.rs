//! "About you": the respondent's code, country, position, sector and years
//! in the job, and the round's own profile questions — boxes to write in and
//! boxes to tick, labelled in words, in the order the forms ask them.

use super::look::{BODY, SMALL, STRONG, TICK_BOX, WRITE_BOX, box_line, rule};
use crate::flow::{Align, Flow, draw_lines};
use crate::page::Rect;
use crate::typography::Pt;
use crate::wrap::wrap;

/// What one line of the block asks for.
pub enum Answer {
    /// A box to write in, this wide, with a hint beside it.
    Write { width: Pt, hint: String },
    /// Boxes for single characters (the country's two letters), with a hint.
    Letters { count: usize, hint: String },
    /// One box to tick per option, in two columns.
    Tick(Vec<String>),
    /// A line to write on, across the rest of the width.
    Line,
}

pub struct Question {
    pub label: String,
    pub answer: Answer,
}

const GAP: Pt = 10.0;
const ROW_GAP: Pt = 7.0;

/// Lays the questions out in a column `column_width` wide from `left`:
/// labels on the left, the boxes beside them.
pub fn profile_block(flow: &mut Flow, left: Pt, column_width: Pt, questions: &[Question]) {
    let fonts = flow.fonts;
    let label_width = questions
        .iter()
        .map(|q| fonts.width(&q.label, STRONG.face, STRONG.size))
        .fold(0.0, f32::max)
        .min(column_width * 0.3)
        + 2.0;
    let x = left + label_width + GAP;
    let width = left + column_width - x;
    for question in questions {
        let label = wrap(
            &question.label,
            label_width,
            fonts,
            STRONG.face,
            STRONG.size,
        )
        .lines;
        let label_height = label.len() as f32 * STRONG.line_height();
        let (height, draw): (Pt, Draw<'_>) = match &question.answer {
            Answer::Write {
                width: box_width,
                hint,
            } => {
                let box_width = box_width.min(width);
                boxes_with_hint(fonts, x, width, vec![box_width], hint)
            }
            Answer::Letters { count, hint } => {
                boxes_with_hint(fonts, x, width, vec![WRITE_BOX; *count], hint)
            }
            Answer::Tick(options) => ticks(fonts, x, width, options),
            Answer::Line => (
                WRITE_BOX,
                Box::new(move |flow: &mut Flow, top: Pt| {
                    let y = top + WRITE_BOX - 2.0;
                    flow.page().line((x, y), (x + width, y), rule());
                }),
            ),
        };
        let height = height.max(label_height);
        flow.ensure(height);
        let top = flow.y;
        // The label sits level with the first line of what it asks.
        let label_top = top + ((WRITE_BOX.min(height) - STRONG.line_height()) / 2.0).max(0.0);
        let rect = Rect::new(left, label_top, label_width, label_height);
        draw_lines(
            flow.page(),
            fonts,
            &label,
            rect,
            STRONG,
            STRONG.line_height(),
            Align::Left,
        );
        draw(flow, top);
        flow.y = top + height.max(label_top - top + label_height) + ROW_GAP;
    }
}

type Draw<'a> = Box<dyn Fn(&mut Flow, Pt) + 'a>;

/// Write-in boxes side by side, then the hint wrapped beside them.
fn boxes_with_hint<'a>(
    fonts: &crate::metrics::FontSet,
    x: Pt,
    width: Pt,
    boxes: Vec<Pt>,
    hint: &'a str,
) -> (Pt, Draw<'a>) {
    let boxes_width: Pt = boxes.iter().sum::<Pt>() + 2.0 * (boxes.len().saturating_sub(1)) as f32;
    let hint_x = x + boxes_width + GAP;
    let hint_width = (x + width - hint_x).max(40.0);
    let lines = wrap(hint, hint_width, fonts, SMALL.face, SMALL.size).lines;
    let hint_height = lines.len() as f32 * SMALL.line_height();
    let height = WRITE_BOX.max(hint_height);
    let draw = move |flow: &mut Flow, top: Pt| {
        let fonts = flow.fonts;
        let page = flow.page();
        let mut at = x;
        for w in &boxes {
            page.rect(Rect::new(at, top, *w, WRITE_BOX), None, Some(box_line()));
            at += w + 2.0;
        }
        let hint_top = top + ((WRITE_BOX - hint_height) / 2.0).max(0.0);
        let rect = Rect::new(hint_x, hint_top, hint_width, hint_height);
        draw_lines(
            page,
            fonts,
            &lines,
            rect,
            SMALL,
            SMALL.line_height(),
            Align::Left,
        );
    };
    (height, Box::new(draw))
}

/// A box to tick per option, two options a line.
fn ticks<'a>(
    fonts: &crate::metrics::FontSet,
    x: Pt,
    width: Pt,
    options: &'a [String],
) -> (Pt, Draw<'a>) {
    let column = width / 2.0;
    let text_width = column - TICK_BOX - 6.0 - GAP;
    let wrapped: Vec<Vec<String>> = options
        .iter()
        .map(|o| wrap(o, text_width, fonts, BODY.face, BODY.size).lines)
        .collect();
    let lh = BODY.line_height();
    let line_heights: Vec<Pt> = wrapped
        .chunks(2)
        .map(|pair| pair.iter().map(Vec::len).max().unwrap_or(1) as f32 * lh + 5.0)
        .collect();
    // The first line is level with the label, which is centred on the
    // height of a write-in box.
    let offset = (WRITE_BOX - lh) / 2.0;
    let height = (offset + line_heights.iter().sum::<Pt>()).max(WRITE_BOX);
    let draw = move |flow: &mut Flow, top: Pt| {
        let fonts = flow.fonts;
        let page = flow.page();
        let mut y = top + offset;
        for (pair, line_height) in wrapped.chunks(2).zip(&line_heights) {
            for (i, lines) in pair.iter().enumerate() {
                let left = x + column * i as f32;
                let square = Rect::new(left, y + (lh - TICK_BOX) / 2.0, TICK_BOX, TICK_BOX);
                page.rect(square, None, Some(box_line()));
                let rect = Rect::new(
                    left + TICK_BOX + 6.0,
                    y,
                    text_width,
                    lines.len() as f32 * lh,
                );
                draw_lines(page, fonts, lines, rect, BODY, lh, Align::Left);
            }
            y += line_height;
        }
    };
    (height, Box::new(draw))
}
