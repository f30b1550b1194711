//! The tasks of each duty as a table to tick: the code and the statement,
//! then a box for every answer — performs (yes, no), importance, frequency
//! and difficulty (1 to 5) and train (yes, no). The header names every
//! column in words and repeats on each page a duty reaches, under the duty's
//! heading marked "continued", so a loose page can still be read.

use std::collections::BTreeSet;

use dacum_i18n::Catalogue;

use super::look::{BODY, DUTY, SMALL, SMALL_STRONG, STRONG, TICK_BOX, box_line, rule, thick};
use super::scales::Scale;
use crate::flow::{Align, Flow, draw_lines};
use crate::metrics::FontSet;
use crate::page::{Page, Rect};
use crate::typography::Pt;
use crate::wrap::wrap;

/// A task as the questionnaire prints it.
pub struct Task {
    pub code: String,
    pub statement: String,
}

/// A duty's heading ("Duty A: Maintain security …") and its tasks.
pub struct Duty {
    pub heading: String,
    pub tasks: Vec<Task>,
}

/// The width of a column of a 1–5 scale's boxes.
const SCALE_CELL: Pt = 18.0;
/// The narrowest column of a yes-or-no box.
const MIN_YES_NO_CELL: Pt = 22.0;
/// Room between a question's rule and its first or last box, so a box is
/// never read as part of the rule.
const GROUP_PAD: Pt = 4.0;
const PAD_X: Pt = 3.0;
const PAD_Y: Pt = 4.5;
/// A row is never lower than this, so a box has room around it.
const MIN_ROW: Pt = 21.0;

/// One column of boxes and the word above it ("Yes", "3").
struct Cell {
    label: String,
    x: Pt,
    w: Pt,
}

/// A question's columns under its name.
struct Group {
    name: Vec<String>,
    x: Pt,
    w: Pt,
    cells: Vec<Cell>,
}

/// Where every column of the table lies.
pub struct Grid {
    x: Pt,
    width: Pt,
    code_width: Pt,
    statement_width: Pt,
    groups: Vec<Group>,
    code_heading: String,
    task_heading: String,
    name_height: Pt,
}

impl Grid {
    /// The columns for a table `width` wide from `x`, the code column as
    /// wide as the widest of `codes`.
    pub fn new<'c>(
        fonts: &FontSet,
        tr: &Catalogue,
        x: Pt,
        width: Pt,
        codes: impl Iterator<Item = &'c str>,
    ) -> Grid {
        let code_heading = tr.tr("survey-code");
        let code_width = codes
            .map(|c| fonts.width(c, STRONG.face, STRONG.size))
            .chain([fonts.width(&code_heading, SMALL_STRONG.face, SMALL_STRONG.size)])
            .fold(0.0, f32::max)
            + 2.0 * PAD_X;
        let yes_no = [tr.tr("survey-yes"), tr.tr("survey-no")];
        let yes_no_cell = yes_no
            .iter()
            .map(|w| fonts.width(w, SMALL.face, SMALL.size) + 6.0)
            .fold(MIN_YES_NO_CELL, f32::max);
        let numbers: Vec<String> = (1..=5).map(|n: u8| n.to_string()).collect();
        let mut questions: Vec<(String, Vec<String>, Pt)> = vec![(
            tr.tr("survey-column-performs"),
            yes_no.to_vec(),
            yes_no_cell,
        )];
        for scale in Scale::ALL {
            questions.push((scale.name(tr), numbers.clone(), SCALE_CELL));
        }
        questions.push((tr.tr("survey-column-train"), yes_no.to_vec(), yes_no_cell));

        let mut groups = Vec::new();
        let mut right = x + width;
        let mut name_height: Pt = 0.0;
        // From the right edge leftwards: the boxes take what they need, the
        // statement the rest.
        for (name, labels, cell) in questions.into_iter().rev() {
            let widest_word = name
                .split_whitespace()
                .map(|w| fonts.width(w, SMALL_STRONG.face, SMALL_STRONG.size))
                .fold(0.0, f32::max);
            let cells_width = cell * labels.len() as f32;
            let cells_width = cells_width.max(widest_word + 2.0);
            let cell = cells_width / labels.len() as f32;
            let w = cells_width + 2.0 * GROUP_PAD;
            let left = right - w;
            let name = wrap(&name, w - 2.0, fonts, SMALL_STRONG.face, SMALL_STRONG.size).lines;
            name_height = name_height.max(name.len() as f32 * SMALL_STRONG.line_height());
            let cells = labels
                .into_iter()
                .enumerate()
                .map(|(i, label)| Cell {
                    label,
                    x: left + GROUP_PAD + cell * i as f32,
                    w: cell,
                })
                .collect();
            groups.push(Group {
                name,
                x: left,
                w,
                cells,
            });
            right = left;
        }
        groups.reverse();
        Grid {
            x,
            width,
            code_width,
            statement_width: right - x - code_width,
            groups,
            code_heading,
            task_heading: tr.tr("survey-task"),
            name_height,
        }
    }

    /// How many boxes a task's row has.
    #[cfg(test)]
    pub fn boxes_per_task(&self) -> usize {
        self.groups.iter().map(|g| g.cells.len()).sum()
    }

    /// The width left for the statement.
    #[cfg(test)]
    pub fn statement_width(&self) -> Pt {
        self.statement_width
    }

    pub fn header_height(&self) -> Pt {
        self.name_height + SMALL.line_height() + 3.0 * PAD_X
    }

    fn right(&self) -> Pt {
        self.x + self.width
    }

    /// The statement's lines and the row's height.
    fn row_lines(&self, fonts: &FontSet, task: &Task) -> (Vec<String>, Pt) {
        let lines = wrap(
            &task.statement,
            self.statement_width - 2.0 * PAD_X,
            fonts,
            BODY.face,
            BODY.size,
        )
        .lines;
        let height = (lines.len() as f32 * BODY.line_height() + 2.0 * PAD_Y).max(MIN_ROW);
        (lines, height)
    }

    /// The header at `top`: the questions' names, the boxes' words under
    /// them, "Code" and "Task" at the left.
    fn header(&self, page: &mut Page, fonts: &FontSet, top: Pt) {
        let lh = SMALL_STRONG.line_height();
        page.line((self.x, top), (self.right(), top), thick());
        let labels_top = top + PAD_X + self.name_height + PAD_X;
        for group in &self.groups {
            let height = group.name.len() as f32 * lh;
            // The names sit on the labels, whatever their number of lines.
            let rect = Rect::new(
                group.x + 1.0,
                labels_top - PAD_X - height,
                group.w - 2.0,
                height,
            );
            draw_lines(
                page,
                fonts,
                &group.name,
                rect,
                SMALL_STRONG,
                lh,
                Align::Centre,
            );
            for cell in &group.cells {
                let rect = Rect::new(cell.x, labels_top, cell.w, SMALL.line_height());
                let label = [cell.label.clone()];
                draw_lines(
                    page,
                    fonts,
                    &label,
                    rect,
                    SMALL,
                    SMALL.line_height(),
                    Align::Centre,
                );
            }
        }
        let lh = SMALL.line_height();
        let code = wrap(
            &self.code_heading,
            self.code_width - PAD_X,
            fonts,
            SMALL_STRONG.face,
            SMALL_STRONG.size,
        )
        .lines;
        let bottom = top + self.header_height();
        let height = code.len() as f32 * lh;
        let rect = Rect::new(
            self.x + PAD_X,
            bottom - PAD_X - height,
            self.code_width - PAD_X,
            height,
        );
        draw_lines(page, fonts, &code, rect, SMALL_STRONG, lh, Align::Left);
        let task = wrap(
            &self.task_heading,
            self.statement_width - 2.0 * PAD_X,
            fonts,
            SMALL_STRONG.face,
            SMALL_STRONG.size,
        )
        .lines;
        let height = task.len() as f32 * lh;
        let rect = Rect::new(
            self.x + self.code_width + PAD_X,
            bottom - PAD_X - height,
            self.statement_width - 2.0 * PAD_X,
            height,
        );
        draw_lines(page, fonts, &task, rect, SMALL_STRONG, lh, Align::Left);
        self.separators(page, top, bottom);
        page.line((self.x, bottom), (self.right(), bottom), thick());
    }

    /// The vertical rules between the questions, from `top` to `bottom`.
    fn separators(&self, page: &mut Page, top: Pt, bottom: Pt) {
        for group in &self.groups {
            page.line((group.x, top), (group.x, bottom), box_line());
        }
        page.line((self.right(), top), (self.right(), bottom), box_line());
    }

    /// A row at `top`: the code, `lines` of the statement and, with `boxes`,
    /// a box in every cell, centred on the row.
    fn row(
        &self,
        page: &mut Page,
        fonts: &FontSet,
        top: Pt,
        code: &str,
        lines: &[String],
        boxes: bool,
    ) {
        let height = (lines.len() as f32 * BODY.line_height() + 2.0 * PAD_Y).max(MIN_ROW);
        let lh = BODY.line_height();
        let first_line = Rect::new(
            self.x + PAD_X,
            top + PAD_Y,
            self.code_width - 2.0 * PAD_X,
            lh,
        );
        if boxes {
            draw_lines(
                page,
                fonts,
                &[code.to_owned()],
                first_line,
                STRONG,
                lh,
                Align::Left,
            );
        }
        let rect = Rect::new(
            self.x + self.code_width + PAD_X,
            top + PAD_Y,
            self.statement_width - 2.0 * PAD_X,
            lines.len() as f32 * lh,
        );
        draw_lines(page, fonts, lines, rect, BODY, lh, Align::Left);
        if boxes {
            let centre = top + height / 2.0;
            for cell in self.groups.iter().flat_map(|g| &g.cells) {
                let square = Rect::new(
                    cell.x + (cell.w - TICK_BOX) / 2.0,
                    centre - TICK_BOX / 2.0,
                    TICK_BOX,
                    TICK_BOX,
                );
                page.rect(square, None, Some(box_line()));
            }
        }
        self.separators(page, top, top + height);
        page.line((self.x, top + height), (self.right(), top + height), rule());
    }
}

/// Lays out every duty's table down the flow; returns the pages that hold a
/// table (they get the scales' legend at their foot).
pub fn duty_tables(flow: &mut Flow, grid: &Grid, duties: &[Duty]) -> BTreeSet<usize> {
    let mut pages = BTreeSet::new();
    let fonts = flow.fonts;
    let tr = flow.tr;
    for duty in duties {
        let heading = wrap(&duty.heading, grid.width, fonts, DUTY.face, DUTY.size).lines;
        let heading_height = heading.len() as f32 * DUTY.line_height() + 4.0;
        let rows: Vec<(Vec<String>, Pt)> = duty
            .tasks
            .iter()
            .map(|t| grid.row_lines(fonts, t))
            .collect();
        let opening: Pt = rows.iter().take(2).map(|(_, h)| h).sum();
        flow.ensure(heading_height + grid.header_height() + opening);
        flow.bookmark(&duty.heading, 1);
        let start = |flow: &mut Flow, heading: &[String]| {
            flow.block(heading, grid.x, grid.width, DUTY);
            flow.y += 4.0;
            let top = flow.y;
            grid.header(flow.page(), fonts, top);
            flow.y += grid.header_height();
        };
        start(flow, &heading);
        pages.insert(flow.page_index());
        let continued = wrap(
            &tr.tr_args(
                "survey-continued",
                &[("duty", duty.heading.as_str().into())],
            ),
            grid.width,
            fonts,
            DUTY.face,
            DUTY.size,
        )
        .lines;
        let continued_height = continued.len() as f32 * DUTY.line_height() + 4.0;
        for (task, (lines, height)) in duty.tasks.iter().zip(&rows) {
            let mut rest: &[String] = lines;
            let mut first = true;
            // A statement too long for a whole page continues on the next
            // one, its boxes staying with its first lines.
            loop {
                let whole = (rest.len() as f32 * BODY.line_height() + 2.0 * PAD_Y).max(MIN_ROW);
                let needed = if first { *height } else { whole };
                if needed > flow.remaining() + 0.01 {
                    let fresh = flow.area().h - continued_height - grid.header_height();
                    let fits_fresh = needed <= fresh + 0.01;
                    let room = ((flow.remaining() - 2.0 * PAD_Y) / BODY.line_height()).floor();
                    if fits_fresh || room < 1.0 {
                        flow.new_page();
                        start(flow, &continued);
                        pages.insert(flow.page_index());
                        continue;
                    }
                    let (now, later) = rest.split_at((room as usize).min(rest.len()));
                    let top = flow.y;
                    grid.row(flow.page(), fonts, top, &task.code, now, first);
                    flow.y += (now.len() as f32 * BODY.line_height() + 2.0 * PAD_Y).max(MIN_ROW);
                    rest = later;
                    first = false;
                    flow.new_page();
                    start(flow, &continued);
                    pages.insert(flow.page_index());
                    continue;
                }
                let top = flow.y;
                grid.row(flow.page(), fonts, top, &task.code, rest, first);
                flow.y += needed;
                break;
            }
        }
        flow.y += 14.0;
    }
    pages
}
