//! The competency profile (portrait): every duty and task with its code and, where
//! verification ratings exist, the task's mean importance, frequency and
//! difficulty, their spread, the priority index and the training decision; then
//! the most critical tasks ranked; then the supporting lists.

use super::common::{self, Context, score};
use super::fonts::{Weight, line_height};
use super::layout::{GREY, INK, Item, RULE, Sheet, text_items};
use super::text::{block_height, wrap};
use crate::model::verification::TaskStats;
use crate::model::{Session, duty_code, task_code};

/// How many tasks the ranked list shows.
const RANKED: usize = 15;
const SIZE: f32 = 9.0;

/// Column layout of the task table: code, statement, then the figures.
struct Columns {
    code: f32,
    statement: f32,
    figures: [(&'static str, f32); 6],
}

impl Columns {
    fn new(width: f32) -> Columns {
        let figure = 44.0;
        let code = 34.0;
        Columns {
            code,
            statement: width - code - 6.0 * figure,
            figures: [
                ("Imp.", figure),
                ("Freq.", figure),
                ("Diff.", figure),
                ("Spread", figure),
                ("Priority", figure),
                ("Train", figure),
            ],
        }
    }
}

fn train(stats: &TaskStats) -> String {
    let votes = stats.train_yes + stats.train_no;
    if votes == 0 {
        return "–".to_owned();
    }
    let share = 100 * stats.train_yes / votes;
    let word = if stats.train_yes * 2 > votes {
        "yes"
    } else {
        "no"
    };
    format!("{word} {share}%")
}

/// The widest spread (standard deviation) of the three scales, as "±0.8".
fn spread(stats: &TaskStats) -> String {
    [stats.importance, stats.frequency, stats.difficulty]
        .into_iter()
        .flatten()
        .map(|s| s.std_dev)
        .fold(None, |m: Option<f64>, v| Some(m.map_or(v, |m| m.max(v))))
        .map_or_else(|| "–".to_owned(), |v| format!("±{v:.1}"))
}

fn figures(stats: &TaskStats) -> [String; 6] {
    [
        score(stats.importance.map(|s| s.mean)),
        score(stats.frequency.map(|s| s.mean)),
        score(stats.difficulty.map(|s| s.mean)),
        spread(stats),
        score(stats.priority),
        train(stats),
    ]
}

pub fn lay_out(session: &Session, context: &Context, sheet: &mut Sheet) {
    common::title_block(session, context, "Competency profile:", sheet);
    sheet.bookmark("Competency profile");
    let rated = !session.verification.ratings.is_empty();
    if rated {
        let formula = session.verification.priority;
        sheet.paragraph(
            &format!(
                "Means of the verification ratings (1–5). Spread: the largest standard deviation of the three scales. Priority index: {}. Train: the share of raters who would train the task.",
                formula.describe()
            ),
            8.5,
            Weight::Regular,
            GREY,
        );
    }
    let columns = Columns::new(sheet.width());
    let mut all: Vec<(String, &str, TaskStats)> = Vec::new();
    for (d, duty) in session.chart.duties.iter().enumerate() {
        sheet.heading(
            &format!("{}  {}", duty_code(d), duty.title),
            12.0,
            40.0,
            false,
        );
        if rated {
            header_row(sheet, &columns);
        }
        for (t, task) in duty.tasks.iter().enumerate() {
            let stats = session.verification.task_stats(task.id);
            let row = rated.then(|| figures(&stats));
            task_row(
                sheet,
                &columns,
                &task_code(d, t),
                &task.statement,
                row.as_ref(),
            );
            all.push((task_code(d, t), &task.statement, stats));
        }
        sheet.space(6.0);
    }
    if rated {
        ranked(sheet, &columns, all);
    }
    sheet.new_page();
    common::supporting_lists(session, sheet);
}

fn header_row(sheet: &mut Sheet, columns: &Columns) {
    let height = line_height(8.0) + 4.0;
    sheet.ensure(height + 20.0);
    let left = sheet.left();
    let top = sheet.y;
    let mut x = left + columns.code + columns.statement;
    for (name, width) in columns.figures {
        let w = super::fonts::text_width(name, 8.0, Weight::Bold);
        for item in text_items(
            x + width - w - 2.0,
            top,
            &[name.to_owned()],
            8.0,
            Weight::Bold,
            GREY,
        ) {
            sheet.push(item);
        }
        x += width;
    }
    sheet.y += height;
}

fn task_row(
    sheet: &mut Sheet,
    columns: &Columns,
    code: &str,
    statement: &str,
    figures: Option<&[String; 6]>,
) {
    let width = if figures.is_some() {
        columns.statement - 6.0
    } else {
        sheet.width() - columns.code
    };
    let lines = wrap(statement, width, SIZE, Weight::Regular);
    let height = block_height(lines.len(), SIZE) + 5.0;
    sheet.ensure(height);
    let (left, top) = (sheet.left(), sheet.y + 2.0);
    for item in text_items(left, top, &[code.to_owned()], SIZE, Weight::Bold, INK) {
        sheet.push(item);
    }
    for item in text_items(left + columns.code, top, &lines, SIZE, Weight::Regular, INK) {
        sheet.push(item);
    }
    if let Some(figures) = figures {
        let mut x = left + columns.code + columns.statement;
        for ((_, width), text) in columns.figures.iter().zip(figures) {
            let w = super::fonts::text_width(text, SIZE, Weight::Regular);
            for item in text_items(
                x + width - w - 2.0,
                top,
                std::slice::from_ref(text),
                SIZE,
                Weight::Regular,
                INK,
            ) {
                sheet.push(item);
            }
            x += width;
        }
    }
    let bottom = sheet.y + height;
    sheet.push(Item::Line {
        from: (left, bottom),
        to: (left + sheet.width(), bottom),
        colour: RULE,
        width: 0.4,
    });
    sheet.y = bottom;
}

/// The tasks with the highest priority index, highest first.
fn ranked(sheet: &mut Sheet, columns: &Columns, mut all: Vec<(String, &str, TaskStats)>) {
    all.retain(|(_, _, s)| s.priority.is_some());
    if all.is_empty() {
        return;
    }
    all.sort_by(|a, b| {
        b.2.priority
            .partial_cmp(&a.2.priority)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.0.cmp(&b.0))
    });
    sheet.heading(
        &format!("The {} most critical tasks", all.len().min(RANKED)),
        13.0,
        60.0,
        true,
    );
    header_row(sheet, columns);
    for (code, statement, stats) in all.iter().take(RANKED) {
        task_row(sheet, columns, code, statement, Some(&figures(stats)));
    }
}
