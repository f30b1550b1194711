//! The questionnaire's scales in words: the table of questions and anchors
//! on its first page, and the short legend at the foot of every page of
//! tasks, so a page separated from the others still says what 1 and 5 mean.

use dacum_i18n::Catalogue;

use super::look::{SMALL, SMALL_STRONG, STRONG, box_line, rule, thick};
use crate::flow::{Align, Flow, Style, draw_lines};
use crate::metrics::FontSet;
use crate::page::{Page, Rect};
use crate::typography::Pt;
use crate::wrap::wrap;

/// One of the three rating scales of a task.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    Importance,
    Frequency,
    Difficulty,
}

impl Scale {
    pub const ALL: [Scale; 3] = [Scale::Importance, Scale::Frequency, Scale::Difficulty];

    /// The column's heading: "Importance".
    pub fn name(self, tr: &Catalogue) -> String {
        tr.tr(match self {
            Scale::Importance => "survey-column-importance",
            Scale::Frequency => "survey-column-frequency",
            Scale::Difficulty => "survey-column-difficulty",
        })
    }

    /// The question the column asks: "How important is it for the job?".
    pub fn question(self, tr: &Catalogue) -> String {
        tr.tr(match self {
            Scale::Importance => "survey-importance",
            Scale::Frequency => "survey-frequency",
            Scale::Difficulty => "survey-difficulty",
        })
    }

    /// The words of the points 1 to 5.
    pub fn anchors(self, tr: &Catalogue) -> [String; 5] {
        let ids = match self {
            Scale::Importance => IMPORTANCE,
            Scale::Frequency => FREQUENCY,
            Scale::Difficulty => DIFFICULTY,
        };
        ids.map(|id| tr.tr(id))
    }
}

const IMPORTANCE: [&str; 5] = [
    "survey-importance-1",
    "survey-importance-2",
    "survey-importance-3",
    "survey-importance-4",
    "survey-importance-5",
];
const FREQUENCY: [&str; 5] = [
    "survey-frequency-1",
    "survey-frequency-2",
    "survey-frequency-3",
    "survey-frequency-4",
    "survey-frequency-5",
];
const DIFFICULTY: [&str; 5] = [
    "survey-difficulty-1",
    "survey-difficulty-2",
    "survey-difficulty-3",
    "survey-difficulty-4",
    "survey-difficulty-5",
];

/// Every message id the scales look up, for the tests.
#[cfg(test)]
pub fn message_ids() -> impl Iterator<Item = &'static str> {
    IMPORTANCE
        .into_iter()
        .chain(FREQUENCY)
        .chain(DIFFICULTY)
        .chain([
            "survey-column-importance",
            "survey-column-frequency",
            "survey-column-difficulty",
            "survey-importance",
            "survey-frequency",
            "survey-difficulty",
        ])
}

/// The legend at the foot of a page of tasks: each scale's name, then its
/// points ("1 Not important · 2 Somewhat important …") wrapped beside it.
pub struct Legend {
    entries: Vec<(String, Vec<String>)>,
    name_width: Pt,
    width: Pt,
}

const GAP: Pt = 5.0;

impl Legend {
    pub fn new(fonts: &FontSet, tr: &Catalogue, width: Pt) -> Legend {
        let names: Vec<String> = Scale::ALL
            .iter()
            .map(|s| format!("{}:", s.name(tr)))
            .collect();
        let name_width = names
            .iter()
            .map(|n| fonts.width(n, SMALL_STRONG.face, SMALL_STRONG.size))
            .fold(0.0, f32::max)
            .min(width * 0.3);
        let entries = Scale::ALL
            .iter()
            .zip(names)
            .map(|(scale, name)| {
                let points: Vec<String> = scale
                    .anchors(tr)
                    .iter()
                    .enumerate()
                    .map(|(i, anchor)| format!("{}\u{a0}{anchor}", i + 1))
                    .collect();
                let text = points.join(" · ");
                let lines = wrap(
                    &text,
                    width - name_width - GAP,
                    fonts,
                    SMALL.face,
                    SMALL.size,
                );
                (name, lines.lines)
            })
            .collect();
        Legend {
            entries,
            name_width,
            width,
        }
    }

    pub fn height(&self) -> Pt {
        let lines: usize = self.entries.iter().map(|(_, l)| l.len()).sum();
        lines as f32 * SMALL.line_height()
    }

    /// Draws the legend with its top at `y`, from `x`.
    pub fn draw(&self, page: &mut Page, fonts: &FontSet, x: Pt, y: Pt) {
        let lh = SMALL.line_height();
        let mut top = y;
        for (name, lines) in &self.entries {
            let name_lines = wrap(
                name,
                self.name_width,
                fonts,
                SMALL_STRONG.face,
                SMALL_STRONG.size,
            )
            .lines;
            let rect = Rect::new(x, top, self.name_width, lh * name_lines.len() as f32);
            draw_lines(
                page,
                fonts,
                &name_lines,
                rect,
                SMALL_STRONG,
                lh,
                Align::Left,
            );
            let at = x + self.name_width + GAP;
            let rect = Rect::new(
                at,
                top,
                self.width - self.name_width - GAP,
                lh * lines.len() as f32,
            );
            draw_lines(page, fonts, lines, rect, SMALL, lh, Align::Left);
            top += lh * lines.len().max(name_lines.len()) as f32;
        }
    }
}

/// The first page's table of the scales, in a column `width` wide from `x`:
/// the questions the columns ask, then the words of every point of the three
/// 1–5 scales, and the two yes-or-no questions.
pub fn scales_table(flow: &mut Flow, x: Pt, width: Pt, yes_no: &[(String, String)]) {
    let tr = flow.tr;
    let fonts = flow.fonts;
    let area = Rect::new(x, flow.y, width, 0.0);
    let pad = 4.0;
    let score_width = fonts.width("5", STRONG.face, STRONG.size) + 2.0 * pad + 4.0;
    let column = (area.w - score_width) / 3.0;
    let inner = column - 2.0 * pad;
    let lines_of =
        |text: &str, style: Style| wrap(text, inner, fonts, style.face, style.size).lines;
    let header: Vec<(Vec<String>, Vec<String>)> = Scale::ALL
        .iter()
        .map(|s| {
            (
                lines_of(&s.name(tr), STRONG),
                lines_of(&s.question(tr), SMALL),
            )
        })
        .collect();
    let header_height = header
        .iter()
        .map(|(name, question)| {
            name.len() as f32 * STRONG.line_height() + question.len() as f32 * SMALL.line_height()
        })
        .fold(0.0, f32::max)
        + 2.0 * pad;
    let anchors: Vec<[String; 5]> = Scale::ALL.iter().map(|s| s.anchors(tr)).collect();
    let rows: Vec<Vec<Vec<String>>> = (0..5)
        .map(|point| anchors.iter().map(|a| lines_of(&a[point], SMALL)).collect())
        .collect();
    let row_heights: Vec<Pt> = rows
        .iter()
        .map(|cells| {
            cells.iter().map(Vec::len).max().unwrap_or(1) as f32 * SMALL.line_height() + 2.0 * pad
        })
        .collect();
    let total = header_height + row_heights.iter().sum::<Pt>();
    flow.ensure(total);
    let top = flow.y;
    let page = flow.page();
    page.line((area.x, top), (area.right(), top), thick());
    for (i, (name, question)) in header.iter().enumerate() {
        let x = area.x + score_width + column * i as f32 + pad;
        let name_height = name.len() as f32 * STRONG.line_height();
        let rect = Rect::new(x, top + pad, inner, name_height);
        draw_lines(
            page,
            fonts,
            name,
            rect,
            STRONG,
            STRONG.line_height(),
            Align::Left,
        );
        let rect = Rect::new(
            x,
            top + pad + name_height,
            inner,
            question.len() as f32 * SMALL.line_height(),
        );
        draw_lines(
            page,
            fonts,
            question,
            rect,
            SMALL,
            SMALL.line_height(),
            Align::Left,
        );
    }
    let mut y = top + header_height;
    page.line((area.x, y), (area.right(), y), thick());
    for (point, (cells, height)) in rows.iter().zip(&row_heights).enumerate() {
        let lh = STRONG.line_height();
        let rect = Rect::new(area.x + pad, y + pad, score_width - 2.0 * pad, lh);
        let score = [(point + 1).to_string()];
        draw_lines(page, fonts, &score, rect, STRONG, lh, Align::Centre);
        for (i, lines) in cells.iter().enumerate() {
            let x = area.x + score_width + column * i as f32 + pad;
            let lh = SMALL.line_height();
            let rect = Rect::new(x, y + pad, inner, lines.len() as f32 * lh);
            draw_lines(page, fonts, lines, rect, SMALL, lh, Align::Left);
        }
        y += height;
        page.line((area.x, y), (area.right(), y), rule());
    }
    for i in 0..3 {
        let x = area.x + score_width + column * i as f32;
        page.line((x, top), (x, y), box_line());
    }
    flow.y = y + 8.0;
    // The yes-or-no columns: the heading, then the question it asks.
    for (name, question) in yes_no {
        let text = format!("{name} — {question}");
        flow.paragraph_at(&text, SMALL, x, width);
        flow.y += 2.0;
    }
}
