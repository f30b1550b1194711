//! The DACUM Research Chart on landscape pages, laid out like the wall chart: each
//! duty a row with its box on the left and its task boxes along the row, wrapping
//! to further rows within the duty, and continuing on the next page with the duty
//! box repeated and marked "(continued)". The supporting lists and the panel follow
//! (see `chart_lists.rs`).

use super::chart_lists;
use super::consolidated::Sharing;
use super::flow::{Align, Flow, Style, draw_lines};
use super::metrics::FontSet;
use super::page::{Colour, Layout, Rect, Stroke};
use super::title_block::{title_block, workshop_facts};
use super::typography::{Face, Pt};
use super::wrap::{Fit, Fitted, fit, wrap};
use dacum_i18n::Catalogue;
use dacum_model::{Duty, Session, duty_code, task_code};

/// Sizes of the chart's boxes for one page size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartGeometry {
    pub duty_width: Pt,
    pub columns: usize,
    pub task_width: Pt,
    /// The height of a task box whose statement fits at a readable size.
    pub task_height: Pt,
    /// Between boxes, across and down.
    pub gap: Pt,
    /// Between one duty and the next.
    pub duty_gap: Pt,
}

/// Padding inside a box.
const PAD: Pt = 4.0;
/// The task code line at the top of a task box.
const CODE: Style = Style::new(Face::Bold, 7.0, Colour::MUTED);
const STATEMENT_SIZE: Pt = 8.5;
const STATEMENT_MIN: Pt = 6.5;
/// The line under a statement in a consolidated chart: which sessions hold the task.
const SHARED: Style = Style::new(Face::Regular, 6.5, Colour::MUTED);
const DUTY_CODE: Style = Style::new(Face::Bold, 14.0, Colour::ACCENT);
const DUTY_SIZE: Pt = 9.5;
const DUTY_MIN: Pt = 7.0;
/// A task box should be at least this wide to hold a statement of a few words.
const MIN_TASK_WIDTH: Pt = 96.0;

impl ChartGeometry {
    /// The geometry for a content area `width` points wide.
    pub fn new(width: Pt) -> ChartGeometry {
        let duty_width = 118.0;
        let gap = 5.0;
        let tasks = width - duty_width - gap;
        let columns = (((tasks + gap) / (MIN_TASK_WIDTH + gap)).floor() as usize).max(1);
        let task_width = (tasks - gap * (columns as f32 - 1.0)) / columns as f32;
        // A code line and three statement lines at full size.
        let task_height = 2.0 * PAD + CODE.line_height() + 3.0 * STATEMENT_SIZE * 1.2;
        ChartGeometry {
            duty_width,
            columns,
            task_width,
            task_height: task_height.ceil(),
            gap,
            duty_gap: 9.0,
        }
    }

    fn statement_fit(&self) -> Fit {
        Fit {
            width: self.task_width - 2.0 * PAD,
            height: self.task_height - 2.0 * PAD - CODE.line_height(),
            face: Face::Regular,
            size: STATEMENT_SIZE,
            min_size: STATEMENT_MIN,
        }
    }
}

/// A task box's content, fitted: its height may exceed the geometry's.
struct TaskBox {
    code: String,
    statement: Fitted,
    /// "7 of 9 · CZ DE RO", wrapped, in a consolidated chart.
    shared: Vec<String>,
    height: Pt,
}

/// Lays out the whole chart report: title block, duty rows, lists and panel.
pub fn chart_report(
    fonts: &FontSet,
    tr: &Catalogue,
    layout: &mut Layout,
    session: &Session,
    page: (Pt, Pt),
    include_names: bool,
) {
    let occupation = occupation(session, tr);
    let occupation_arg = [("occupation", occupation.as_str().into())];
    let header = tr.tr_args("report-chart-header", &occupation_arg);
    let mut flow = Flow::new(fonts, tr, layout, page, &header);
    flow.bookmark(&tr.tr("report-chart"), 0);
    let subtitle = tr.tr_args("report-chart-subtitle", &occupation_arg);
    title_block(
        &mut flow,
        &occupation,
        &subtitle,
        &workshop_facts(&session.meta, tr),
    );
    let sharing = Sharing::of(session);
    if let Some(sharing) = &sharing {
        flow.paragraph(&sharing.key(tr, "chart"), Style::SMALL);
        flow.gap(6.0);
    }
    flow.bookmark(&tr.tr("report-duties-and-tasks"), 1);
    let geometry = ChartGeometry::new(flow.area().w);
    if session.chart.duties.is_empty() {
        flow.paragraph(&tr.tr("report-no-duties"), Style::BODY);
    }
    for (index, duty) in session.chart.duties.iter().enumerate() {
        duty_rows(&mut flow, &geometry, index, duty, sharing.as_ref());
    }
    chart_lists::supporting_lists(&mut flow, &session.chart);
    chart_lists::panel(&mut flow, session, include_names);
    if let Some(sharing) = &sharing {
        sharing.section(&mut flow, session);
    }
}

/// The occupation the reports are about, or "the occupation" in the report
/// language when none is written.
pub fn occupation(session: &Session, tr: &Catalogue) -> String {
    let occupation = session.meta.occupation.trim();
    if occupation.is_empty() {
        tr.tr("report-the-occupation")
    } else {
        occupation.to_owned()
    }
}

fn task_boxes(
    fonts: &FontSet,
    tr: &Catalogue,
    geometry: &ChartGeometry,
    index: usize,
    duty: &Duty,
    sharing: Option<&Sharing>,
) -> Vec<TaskBox> {
    let request = geometry.statement_fit();
    duty.tasks
        .iter()
        .enumerate()
        .map(|(t, task)| {
            let statement = fit(&task.statement, fonts, request);
            let shared = sharing.map_or_else(Vec::new, |sharing| {
                let text = sharing.describe(tr, task.id);
                wrap(&text, request.width, fonts, SHARED.face, SHARED.size).lines
            });
            let needed = 2.0 * PAD + CODE.line_height() + statement.height + shared_height(&shared);
            TaskBox {
                code: task_code(index, t),
                statement,
                height: needed.max(geometry.task_height + shared_height(&shared)),
                shared,
            }
        })
        .collect()
}

/// The room the sharing lines take at the foot of a task box, with a little air
/// above them.
fn shared_height(lines: &[String]) -> Pt {
    if lines.is_empty() {
        0.0
    } else {
        2.0 + lines.len() as f32 * SHARED.line_height()
    }
}

/// One duty: its rows of task boxes, over as many pages as they need.
fn duty_rows(
    flow: &mut Flow,
    geometry: &ChartGeometry,
    index: usize,
    duty: &Duty,
    sharing: Option<&Sharing>,
) {
    let fonts = flow.fonts;
    let boxes = task_boxes(fonts, flow.tr, geometry, index, duty, sharing);
    let rows: Vec<&[TaskBox]> = if boxes.is_empty() {
        vec![&[]]
    } else {
        boxes.chunks(geometry.columns).collect()
    };
    let row_height = |row: &[TaskBox]| {
        row.iter()
            .map(|b| b.height)
            .fold(geometry.task_height, f32::max)
    };
    let mut next = 0;
    let mut continued = false;
    while next < rows.len() {
        flow.ensure(row_height(rows[next]));
        let fit = rows_that_fit(flow, geometry, &rows[next..], row_height);
        let left = rows.len() - next;
        // Never leave a single row of a duty alone at the foot or the head of a
        // page: move the whole duty on, or carry one more row over.
        let mut take = fit.min(left);
        if take < left && !flow.at_top() && (take < 2 || (!continued && left <= 3)) {
            flow.new_page();
            take = rows_that_fit(flow, geometry, &rows[next..], row_height).min(left);
        } else if take < left && left - take == 1 && take >= 3 {
            take -= 1;
        }
        if !continued {
            flow.bookmark(&format!("{}  {}", duty_code(index), duty.title), 2);
        }
        let area = flow.area();
        let top = flow.y;
        let segment = &rows[next..next + take.max(1)];
        let rows_height = segment.iter().map(|r| row_height(r)).sum::<Pt>()
            + geometry.gap * (segment.len() as f32 - 1.0);
        // The duty box first: it comes first when the text is read out or copied.
        let duty_rect = Rect::new(area.x, top, geometry.duty_width, rows_height);
        let used = draw_duty(flow, geometry, duty_rect, index, duty, continued);
        let mut y = top;
        let tasks_x = area.x + geometry.duty_width + geometry.gap;
        for row in segment {
            let height = row_height(row);
            for (column, task) in row.iter().enumerate() {
                let x = tasks_x + column as f32 * (geometry.task_width + geometry.gap);
                let rect = Rect::new(x, y, geometry.task_width, height);
                draw_task(flow, rect, task);
            }
            if row.is_empty() {
                let rect = Rect::new(tasks_x, y, area.right() - tasks_x, height);
                let note = [flow.tr.tr("report-no-tasks")];
                let style = Style::BODY.with_colour(Colour::MUTED);
                let lh = style.line_height();
                let page = flow.page();
                draw_lines(page, fonts, &note, rect.inset(PAD), style, lh, Align::Left);
            }
            y += height + geometry.gap;
        }
        next += segment.len();
        flow.y = top + used + geometry.duty_gap;
        if next < rows.len() {
            flow.new_page();
            continued = true;
        }
    }
}

/// How many of `rows` fit, one after the other, from the flow's cursor.
fn rows_that_fit(
    flow: &Flow,
    geometry: &ChartGeometry,
    rows: &[&[TaskBox]],
    row_height: impl Fn(&[TaskBox]) -> Pt,
) -> usize {
    let bottom = flow.area().bottom() + 0.01;
    let mut y = flow.y;
    let mut count = 0;
    for row in rows {
        y += row_height(row);
        if y > bottom {
            break;
        }
        count += 1;
        y += geometry.gap;
    }
    count
}

fn draw_task(flow: &mut Flow, rect: Rect, task: &TaskBox) {
    let fonts = flow.fonts;
    let page = flow.page();
    page.rect(
        rect,
        Some(Colour::WHITE),
        Some(Stroke::solid(Colour::RULE, 0.6)),
    );
    let inner = rect.inset(PAD);
    let code_rect = Rect::new(inner.x, inner.y, inner.w, CODE.line_height());
    let code = [task.code.clone()];
    draw_lines(
        page,
        fonts,
        &code,
        code_rect,
        CODE,
        CODE.line_height(),
        Align::Left,
    );
    let s = &task.statement;
    let text_rect = Rect::new(inner.x, code_rect.bottom(), inner.w, s.height);
    let style = Style::new(Face::Regular, s.size, Colour::TEXT);
    draw_lines(
        page,
        fonts,
        &s.lines,
        text_rect,
        style,
        s.line_height,
        Align::Left,
    );
    if !task.shared.is_empty() {
        let height = task.shared.len() as f32 * SHARED.line_height();
        let shared_rect = Rect::new(inner.x, inner.bottom() - height, inner.w, height);
        let lh = SHARED.line_height();
        draw_lines(
            page,
            fonts,
            &task.shared,
            shared_rect,
            SHARED,
            lh,
            Align::Left,
        );
    }
}

/// Draws the duty box, growing it when the title needs more room than the rows
/// give it. Returns the box's height.
fn draw_duty(
    flow: &mut Flow,
    geometry: &ChartGeometry,
    rect: Rect,
    index: usize,
    duty: &Duty,
    continued: bool,
) -> Pt {
    let (fonts, tr) = (flow.fonts, flow.tr);
    let note = Style::new(Face::Regular, 7.0, Colour::MUTED);
    let note_height = if continued { note.line_height() } else { 0.0 };
    let title_room = rect.h - 2.0 * PAD - DUTY_CODE.line_height() - note_height;
    let request = Fit {
        width: geometry.duty_width - 2.0 * PAD,
        height: title_room,
        face: Face::Bold,
        size: DUTY_SIZE,
        min_size: DUTY_MIN,
    };
    let title = fit(&duty.title, fonts, request);
    let height = rect
        .h
        .max(2.0 * PAD + DUTY_CODE.line_height() + title.height + note_height);
    let rect = Rect::new(rect.x, rect.y, rect.w, height);
    let page = flow.page();
    page.rect(
        rect,
        Some(Colour::ACCENT_PALE),
        Some(Stroke::solid(Colour::ACCENT, 0.8)),
    );
    let inner = rect.inset(PAD);
    let code_rect = Rect::new(inner.x, inner.y, inner.w, DUTY_CODE.line_height());
    let code = [duty_code(index)];
    let lh = DUTY_CODE.line_height();
    draw_lines(page, fonts, &code, code_rect, DUTY_CODE, lh, Align::Left);
    let title_rect = Rect::new(inner.x, code_rect.bottom(), inner.w, title.height);
    let style = Style::new(Face::Bold, title.size, Colour::ACCENT);
    draw_lines(
        page,
        fonts,
        &title.lines,
        title_rect,
        style,
        title.line_height,
        Align::Left,
    );
    if continued {
        let note_rect = Rect::new(inner.x, title_rect.bottom(), inner.w, note_height);
        let text = [tr.tr("report-continued")];
        draw_lines(
            page,
            fonts,
            &text,
            note_rect,
            note,
            note_height,
            Align::Left,
        );
    }
    height
}
