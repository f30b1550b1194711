//! The competency profile (portrait): the most critical tasks ranked by priority
//! index, every duty's tasks with codes and, where verification ratings exist, the
//! mean importance, frequency and difficulty with their spread, the priority index
//! and the panel's training recommendation; then the supporting lists.

use std::cmp::Ordering;
use std::collections::BTreeSet;

use super::chart::occupation;
use super::chart_lists::lists;
use super::consolidated::Sharing;
use super::flow::{Align, Flow, Style};
use super::metrics::FontSet;
use super::page::Layout;
use super::table::{Cell, Column, Table};
use super::title_block::{title_block, workshop_facts};
use super::typography::Pt;
use dacum_model::verification::{Summary, TaskStats};
use dacum_model::{Session, Task, duty_code, task_code};

/// How many tasks the ranked list shows at most.
const RANKED: usize = 20;

/// A task with its code and statistics.
struct Row<'s> {
    code: String,
    task: &'s Task,
    stats: TaskStats,
}

pub fn profile_report(fonts: &FontSet, layout: &mut Layout, session: &Session, page: (Pt, Pt)) {
    let occupation = occupation(session);
    let header = format!("Competency profile — {occupation}");
    let mut flow = Flow::new(fonts, layout, page, &header);
    flow.bookmark("Competency profile", 0);
    let subtitle = format!("Competency profile for {occupation}");
    title_block(
        &mut flow,
        &occupation,
        &subtitle,
        &workshop_facts(&session.meta),
    );
    let verification = &session.verification;
    let rated = !verification.ratings.is_empty();
    let rows: Vec<Vec<Row>> = session
        .chart
        .duties
        .iter()
        .enumerate()
        .map(|(d, duty)| {
            duty.tasks
                .iter()
                .enumerate()
                .map(|(t, task)| Row {
                    code: task_code(d, t),
                    task,
                    stats: verification.task_stats(task.id),
                })
                .collect()
        })
        .collect();
    flow.paragraph(&introduction(session), Style::BODY);
    let sharing = Sharing::of(session);
    if let Some(sharing) = &sharing {
        flow.y += 4.0;
        flow.paragraph(&sharing.key("The column \"Shared by\""), Style::SMALL);
        sharing.section(&mut flow, session);
    }
    let sharing = sharing.as_ref();
    if rated {
        flow.y += 4.0;
        flow.paragraph(KEY, Style::SMALL);
        ranked(&mut flow, &rows, sharing);
    }
    flow.gap(10.0);
    flow.bookmark("Duties and tasks", 1);
    flow.heading("Duties and tasks", Style::H1, 90.0);
    for (d, duty) in session.chart.duties.iter().enumerate() {
        let title = format!("{}  {}", duty_code(d), duty.title);
        if rows[d].is_empty() {
            flow.heading(&title, Style::H2, 20.0);
            flow.paragraph("No tasks yet.", Style::SMALL);
            continue;
        }
        duty_table(&mut flow, &title, &rows[d], rated, sharing);
        flow.gap(6.0);
    }
    let lists = lists(&session.chart);
    if !lists.is_empty() {
        flow.gap(10.0);
        flow.bookmark("Supporting lists", 1);
        flow.heading("Supporting lists", Style::H1, 90.0);
        for (title, items) in &lists {
            flow.heading(title, Style::H2, 30.0);
            flow.bullets(items, Style::BODY);
        }
    }
}

/// The width the "Shared by" column takes from the task column.
const SHARED_SHARE: f32 = 1.7;

fn shared_share(sharing: Option<&Sharing>) -> f32 {
    if sharing.is_some() { SHARED_SHARE } else { 0.0 }
}

const KEY: &str = "Importance, frequency and difficulty are means on 1–5 scales, followed by the \
    standard deviation (±); ▲ marks strong disagreement among raters (a range of three points or \
    more, or a standard deviation of 1.2 or more). Train? is the raters' recommendation: Yes when \
    most of those who answered said the task should be trained (yes answers / answers). The \
    training decision itself rests with the curriculum developers.";

fn introduction(session: &Session) -> String {
    let chart = &session.chart;
    let mut text = format!(
        "This profile lists the {} duties and {} tasks of the DACUM chart.",
        chart.duties.len(),
        chart.task_count()
    );
    let verification = &session.verification;
    let raters: BTreeSet<_> = verification.ratings.iter().map(|r| r.rater).collect();
    let rated: BTreeSet<_> = verification.ratings.iter().map(|r| r.task).collect();
    if raters.is_empty() {
        text.push_str(" The tasks have not been verified yet.");
    } else {
        text.push_str(&format!(
            " {} raters verified {} of the tasks. The priority index is {}.",
            raters.len(),
            rated.len(),
            verification.priority.describe()
        ));
    }
    text
}

fn stat(summary: Option<Summary>) -> String {
    match summary {
        None => "—".to_owned(),
        Some(s) => {
            let flag = if s.disagreement() { " ▲" } else { "" };
            format!("{:.1} ±{:.1}{flag}", s.mean, s.std_dev)
        }
    }
}

fn train(stats: &TaskStats) -> String {
    let answered = stats.train_yes + stats.train_no;
    if answered == 0 {
        return "—".to_owned();
    }
    let verdict = match (2 * stats.train_yes).cmp(&answered) {
        Ordering::Greater => "Yes",
        Ordering::Equal => "Split",
        Ordering::Less => "No",
    };
    format!("{verdict} {}/{answered}", stats.train_yes)
}

fn priority(stats: &TaskStats) -> String {
    stats
        .priority
        .map_or_else(|| "—".to_owned(), |p| format!("{p:.1}"))
}

/// A duty's heading and the table of its tasks.
fn duty_table(flow: &mut Flow, title: &str, rows: &[Row], rated: bool, sharing: Option<&Sharing>) {
    let task_share = if rated { 4.6 } else { 9.0 };
    let mut columns = vec![
        Column::new("Code", 0.8, Align::Left),
        Column::new("Task", task_share - shared_share(sharing), Align::Left),
    ];
    if sharing.is_some() {
        columns.push(Column::new("Shared by", SHARED_SHARE, Align::Left));
    }
    if rated {
        columns.extend([
            Column::new("Importance", 1.35, Align::Right),
            Column::new("Frequency", 1.35, Align::Right),
            Column::new("Difficulty", 1.35, Align::Right),
            Column::new("Priority", 1.0, Align::Right),
            Column::new("Train?", 1.1, Align::Right),
        ]);
    }
    let cells: Vec<Vec<Cell>> = rows
        .iter()
        .map(|row| {
            let mut cells = vec![
                Cell::new(row.code.clone(), Style::STRONG),
                Cell::new(row.task.statement.clone(), Style::BODY),
            ];
            if let Some(sharing) = sharing {
                cells.push(Cell::new(sharing.describe(row.task.id), Style::SMALL));
            }
            if rated {
                let s = &row.stats;
                cells.extend([
                    Cell::new(stat(s.importance), Style::BODY),
                    Cell::new(stat(s.frequency), Style::BODY),
                    Cell::new(stat(s.difficulty), Style::BODY),
                    Cell::new(priority(s), Style::STRONG),
                    Cell::new(train(s), Style::BODY),
                ]);
            }
            cells
        })
        .collect();
    let table = Table {
        columns: &columns,
        show_header: true,
        zebra: true,
    };
    let keep = table.opening_height(flow, &cells);
    flow.heading(title, Style::H2, keep);
    table.draw(flow, &cells);
}

/// The tasks with a priority index, highest first; ties go to the higher mean
/// importance, then chart order.
fn ranked(flow: &mut Flow, duties: &[Vec<Row>], sharing: Option<&Sharing>) {
    let mut rows: Vec<&Row> = duties
        .iter()
        .flatten()
        .filter(|r| r.stats.priority.is_some())
        .collect();
    if rows.is_empty() {
        return;
    }
    let importance = |r: &Row| r.stats.importance.map_or(0.0, |s| s.mean);
    rows.sort_by(|a, b| {
        let (pa, pb) = (a.stats.priority, b.stats.priority);
        pb.partial_cmp(&pa).unwrap_or(Ordering::Equal).then(
            importance(b)
                .partial_cmp(&importance(a))
                .unwrap_or(Ordering::Equal),
        )
    });
    rows.truncate(RANKED);
    flow.gap(10.0);
    flow.bookmark("Most critical tasks", 1);
    flow.heading("Most critical tasks", Style::H1, 90.0);
    flow.paragraph(
        &format!(
            "The {} tasks with the highest priority index: where a curriculum can start.",
            rows.len()
        ),
        Style::BODY,
    );
    flow.y += 4.0;
    let mut columns = vec![
        Column::new("Rank", 0.75, Align::Right),
        Column::new("Code", 0.8, Align::Left),
        Column::new("Task", 5.35 - shared_share(sharing), Align::Left),
    ];
    if sharing.is_some() {
        columns.push(Column::new("Shared by", SHARED_SHARE, Align::Left));
    }
    columns.extend([
        Column::new("Importance", 1.35, Align::Right),
        Column::new("Frequency", 1.35, Align::Right),
        Column::new("Priority", 1.0, Align::Right),
        Column::new("Train?", 1.1, Align::Right),
    ]);
    let cells: Vec<Vec<Cell>> = rows
        .iter()
        .enumerate()
        .map(|(rank, row)| {
            let s = &row.stats;
            let mut cells = vec![
                Cell::new((rank + 1).to_string(), Style::BODY),
                Cell::new(row.code.clone(), Style::STRONG),
                Cell::new(row.task.statement.clone(), Style::BODY),
            ];
            if let Some(sharing) = sharing {
                cells.push(Cell::new(sharing.describe(row.task.id), Style::SMALL));
            }
            cells.extend([
                Cell::new(stat(s.importance), Style::BODY),
                Cell::new(stat(s.frequency), Style::BODY),
                Cell::new(priority(s), Style::STRONG),
                Cell::new(train(s), Style::BODY),
            ]);
            cells
        })
        .collect();
    let table = Table {
        columns: &columns,
        show_header: true,
        zebra: true,
    };
    table.draw(flow, &cells);
}

#[cfg(test)]
mod tests {
    use super::*;
    use dacum_model::Id;

    fn stats(yes: usize, no: usize) -> TaskStats {
        TaskStats {
            task: Id::new(),
            raters: yes + no,
            importance: None,
            frequency: None,
            difficulty: None,
            train_yes: yes,
            train_no: no,
            priority: None,
        }
    }

    #[test]
    fn the_training_recommendation_follows_the_majority() {
        let cases = [
            ((6, 1), "Yes 6/7"),
            ((2, 2), "Split 2/4"),
            ((1, 3), "No 1/4"),
            ((0, 0), "—"),
        ];
        for ((yes, no), expected) in cases {
            assert_eq!(train(&stats(yes, no)), expected);
        }
    }

    #[test]
    fn a_statistic_shows_mean_spread_and_disagreement() {
        assert_eq!(stat(Summary::of([4, 5, 4, 5])), "4.5 ±0.6");
        assert_eq!(stat(Summary::of([1, 5, 4])), "3.3 ±2.1 ▲");
        assert_eq!(stat(None), "—");
    }
}
