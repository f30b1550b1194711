//! The DACUM Research Chart (landscape): the title block, then one band per duty —
//! the duty box on the left, its task boxes in rows along it, continued over pages
//! with the duty repeated — then the supporting lists and the panel.

use super::common::{self, Context};
use super::fonts::Weight;
use super::layout::{GREY, INK, Item, Sheet, text_items};
use super::text::{Fitted, fit};
use crate::model::{Duty, Session, duty_code, duty_rgb, task_code};

const GAP: f32 = 6.0;
const DUTY_GAP: f32 = 10.0;
const PAD: f32 = 4.0;
const CODE_SIZE: f32 = 7.5;
const TEXT_SIZE: f32 = 9.0;
const MIN_TEXT_SIZE: f32 = 6.5;

/// The sizes of the chart's boxes on a page of `width` points of text width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Grid {
    pub duty_width: f32,
    pub task_width: f32,
    pub box_height: f32,
    pub columns: usize,
}

impl Grid {
    pub fn for_width(width: f32) -> Grid {
        let duty_width = (width * 0.18).clamp(120.0, 190.0);
        let target = 112.0;
        let room = width - duty_width - GAP;
        let columns = ((room + GAP) / (target + GAP)).floor().max(1.0) as usize;
        let task_width = (room + GAP) / columns as f32 - GAP;
        Grid {
            duty_width,
            task_width,
            box_height: 58.0,
            columns,
        }
    }

    fn task_x(&self, left: f32, column: usize) -> f32 {
        left + self.duty_width + GAP + column as f32 * (self.task_width + GAP)
    }
}

/// A task box's contents: the code, then the statement fitted to the box.
struct TaskBox {
    code: String,
    lines: Vec<String>,
    size: f32,
    height: f32,
}

fn task_box(grid: &Grid, code: String, statement: &str) -> TaskBox {
    let inner = grid.task_width - 2.0 * PAD;
    let code_height = super::fonts::line_height(CODE_SIZE) + 2.0;
    let room = grid.box_height - 2.0 * PAD - code_height;
    let fitted = fit(
        statement,
        inner,
        room,
        TEXT_SIZE,
        MIN_TEXT_SIZE,
        Weight::Regular,
    );
    let height = (fitted.height + code_height + 2.0 * PAD).max(grid.box_height);
    TaskBox {
        code,
        lines: fitted.lines,
        size: fitted.size,
        height,
    }
}

pub fn lay_out(session: &Session, context: &Context, sheet: &mut Sheet) {
    common::title_block(session, context, "DACUM Research Chart for", sheet);
    sheet.bookmark("DACUM chart");
    let grid = Grid::for_width(sheet.width());
    for (index, duty) in session.chart.duties.iter().enumerate() {
        duty_band(index, duty, &grid, sheet);
    }
    if session.chart.duties.is_empty() {
        sheet.paragraph("No duties yet.", 10.0, Weight::Regular, GREY);
    }
    sheet.new_page();
    common::supporting_lists(session, sheet);
    common::people(session, context, sheet);
}

/// One duty: its rows of task boxes, with the duty box beside every stretch of
/// rows on a page ("… (continued)" after a page break).
fn duty_band(index: usize, duty: &Duty, grid: &Grid, sheet: &mut Sheet) {
    let code = duty_code(index);
    let boxes: Vec<TaskBox> = duty
        .tasks
        .iter()
        .enumerate()
        .map(|(t, task)| task_box(grid, task_code(index, t), &task.statement))
        .collect();
    let mut rows: Vec<(&[TaskBox], f32)> = boxes
        .chunks(grid.columns)
        .map(|row| {
            let height = row.iter().map(|b| b.height).fold(grid.box_height, f32::max);
            (row, height)
        })
        .collect();
    if rows.is_empty() {
        rows.push((&[], grid.box_height));
    }
    let fill = duty_rgb(index);
    let left = sheet.left();
    let mut boxed_on: Option<usize> = None;
    let mut duty_rect = 0;
    for (row, height) in rows {
        let title = match boxed_on {
            None => format!("{code}. {}", duty.title),
            Some(_) => format!("{code}. {} (continued)", duty.title),
        };
        let duty_lines = duty_text(grid, &title);
        let height = height.max(duty_lines.height + 2.0 * PAD);
        sheet.ensure(height);
        let page = sheet.page_index();
        if boxed_on != Some(page) {
            duty_rect = duty_box(sheet, left, grid, &duty_lines, fill);
            boxed_on = Some(page);
        }
        for (column, task) in row.iter().enumerate() {
            let x = grid.task_x(left, column);
            draw_task(sheet, x, sheet.y, grid.task_width, height, task, fill);
        }
        let bottom = sheet.y + height;
        if let Some(Item::Rect { y, h, .. }) = sheet
            .pages
            .last_mut()
            .and_then(|p| p.items.get_mut(duty_rect))
        {
            *h = bottom - *y;
        }
        sheet.y = bottom + GAP;
    }
    sheet.y += DUTY_GAP - GAP;
}

fn duty_text(grid: &Grid, title: &str) -> Fitted {
    let inner = grid.duty_width - 2.0 * PAD;
    fit(
        title,
        inner,
        grid.box_height - 2.0 * PAD,
        10.0,
        7.0,
        Weight::Bold,
    )
}

/// Draws the duty box at the cursor; returns its index among the page's items
/// so the rows beside it can stretch it.
fn duty_box(sheet: &mut Sheet, x: f32, grid: &Grid, text: &Fitted, fill: [u8; 3]) -> usize {
    let y = sheet.y;
    let index = sheet.pages.last().map_or(0, |p| p.items.len());
    sheet.push(Item::Rect {
        x,
        y,
        w: grid.duty_width,
        h: grid.box_height,
        fill: Some(common::tint(fill, 0.35)),
        stroke: Some(fill),
    });
    for item in text_items(x + PAD, y + PAD, &text.lines, text.size, Weight::Bold, INK) {
        sheet.push(item);
    }
    index
}

fn draw_task(sheet: &mut Sheet, x: f32, y: f32, w: f32, h: f32, task: &TaskBox, hue: [u8; 3]) {
    sheet.push(Item::Rect {
        x,
        y,
        w,
        h,
        fill: Some(common::tint(hue, 0.12)),
        stroke: Some(hue),
    });
    for item in text_items(
        x + PAD,
        y + PAD,
        std::slice::from_ref(&task.code),
        CODE_SIZE,
        Weight::Bold,
        GREY,
    ) {
        sheet.push(item);
    }
    let top = y + PAD + super::fonts::line_height(CODE_SIZE) + 2.0;
    for item in text_items(x + PAD, top, &task.lines, task.size, Weight::Regular, INK) {
        sheet.push(item);
    }
}
