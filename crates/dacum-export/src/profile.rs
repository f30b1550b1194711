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
use super::numbers::{decimal, spread};
use super::page::Layout;
use super::table::{Cell, Column, Table};
use super::title_block::{title_block, workshop_facts};
use super::typography::Pt;
use dacum_i18n::Catalogue;
use dacum_model::verification::{PriorityFormula, TaskStats};
use dacum_model::{Session, Task, duty_code, task_code};

/// How many tasks the ranked list shows at most.
const RANKED: usize = 20;

/// A task with its code and statistics.
struct Row<'s> {
    code: String,
    task: &'s Task,
    stats: TaskStats,
}

pub fn profile_report(
    fonts: &FontSet,
    tr: &Catalogue,
    layout: &mut Layout,
    session: &Session,
    page: (Pt, Pt),
) {
    let occupation = occupation(session, tr);
    let occupation_arg = [("occupation", occupation.as_str().into())];
    let header = tr.tr_args("report-profile-header", &occupation_arg);
    let mut flow = Flow::new(fonts, tr, layout, page, &header);
    flow.bookmark(&tr.tr("report-profile"), 0);
    let subtitle = tr.tr_args("report-profile-subtitle", &occupation_arg);
    title_block(
        &mut flow,
        &occupation,
        &subtitle,
        &workshop_facts(&session.meta, tr),
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
    flow.paragraph(&introduction(tr, session), Style::BODY);
    let sharing = Sharing::of(session);
    if let Some(sharing) = &sharing {
        flow.y += 4.0;
        flow.paragraph(&sharing.key(tr, "profile"), Style::SMALL);
        sharing.section(&mut flow, session);
    }
    let sharing = sharing.as_ref();
    if rated {
        flow.y += 4.0;
        flow.paragraph(&tr.tr("report-ratings-key"), Style::SMALL);
        ranked(&mut flow, &rows, sharing);
    }
    flow.gap(10.0);
    let heading = tr.tr("report-duties-and-tasks");
    flow.bookmark(&heading, 1);
    flow.heading(&heading, Style::H1, 90.0);
    for (d, duty) in session.chart.duties.iter().enumerate() {
        let title = format!("{}  {}", duty_code(d), duty.title);
        if rows[d].is_empty() {
            flow.heading(&title, Style::H2, 20.0);
            flow.paragraph(&tr.tr("report-no-tasks"), Style::SMALL);
            continue;
        }
        duty_table(&mut flow, &title, &rows[d], rated, sharing);
        flow.gap(6.0);
    }
    let lists = lists(&session.chart, tr);
    if !lists.is_empty() {
        flow.gap(10.0);
        let heading = tr.tr("report-supporting-lists");
        flow.bookmark(&heading, 1);
        flow.heading(&heading, Style::H1, 90.0);
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

fn introduction(tr: &Catalogue, session: &Session) -> String {
    let chart = &session.chart;
    let mut text = tr.tr_args(
        "report-profile-introduction",
        &[
            ("duties", chart.duties.len().into()),
            ("tasks", chart.task_count().into()),
        ],
    );
    let verification = &session.verification;
    let raters: BTreeSet<_> = verification.ratings.iter().map(|r| r.rater).collect();
    let rated: BTreeSet<_> = verification.ratings.iter().map(|r| r.task).collect();
    text.push(' ');
    if raters.is_empty() {
        text.push_str(&tr.tr("report-not-verified"));
    } else {
        let formula = match verification.priority {
            PriorityFormula::ImportanceFrequency => "if",
            PriorityFormula::ImportanceFrequencyDifficulty => "ifd",
        };
        text.push_str(&tr.tr_args(
            "report-verified",
            &[
                ("raters", raters.len().into()),
                ("tasks", rated.len().into()),
            ],
        ));
        text.push(' ');
        text.push_str(&tr.tr_args("report-priority-formula", &[("formula", formula.into())]));
    }
    text
}

fn train(tr: &Catalogue, stats: &TaskStats) -> String {
    let answered = stats.train_yes + stats.train_no;
    if answered == 0 {
        return "—".to_owned();
    }
    let verdict = match (2 * stats.train_yes).cmp(&answered) {
        Ordering::Greater => "yes",
        Ordering::Equal => "split",
        Ordering::Less => "no",
    };
    let verdict = tr.tr_args("report-train-verdict", &[("verdict", verdict.into())]);
    format!("{verdict} {}/{answered}", stats.train_yes)
}

fn priority(tr: &Catalogue, stats: &TaskStats) -> String {
    stats
        .priority
        .map_or_else(|| "—".to_owned(), |p| decimal(tr, p))
}

/// A duty's heading and the table of its tasks.
fn duty_table(flow: &mut Flow, title: &str, rows: &[Row], rated: bool, sharing: Option<&Sharing>) {
    let tr = flow.tr;
    let column = |id: &str, share: f32, align: Align| Column::new(tr.tr(id), share, align);
    let task_share = if rated { 4.6 } else { 9.0 };
    let mut columns = vec![
        column("report-column-code", 0.8, Align::Left),
        column(
            "report-column-task",
            task_share - shared_share(sharing),
            Align::Left,
        ),
    ];
    if sharing.is_some() {
        columns.push(column("report-column-shared-by", SHARED_SHARE, Align::Left));
    }
    if rated {
        columns.extend([
            column("report-column-importance", 1.35, Align::Right),
            column("report-column-frequency", 1.35, Align::Right),
            column("report-column-difficulty", 1.35, Align::Right),
            column("report-column-priority", 1.0, Align::Right),
            column("report-column-train", 1.1, Align::Right),
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
                cells.push(Cell::new(sharing.describe(tr, row.task.id), Style::SMALL));
            }
            if rated {
                let s = &row.stats;
                cells.extend([
                    Cell::new(spread(tr, s.importance), Style::BODY),
                    Cell::new(spread(tr, s.frequency), Style::BODY),
                    Cell::new(spread(tr, s.difficulty), Style::BODY),
                    Cell::new(priority(tr, s), Style::STRONG),
                    Cell::new(train(tr, s), Style::BODY),
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
    let tr = flow.tr;
    let heading = tr.tr("report-most-critical");
    flow.bookmark(&heading, 1);
    flow.heading(&heading, Style::H1, 90.0);
    flow.paragraph(
        &tr.tr_args(
            "report-most-critical-intro",
            &[("count", rows.len().into())],
        ),
        Style::BODY,
    );
    flow.y += 4.0;
    let column = |id: &str, share: f32, align: Align| Column::new(tr.tr(id), share, align);
    let mut columns = vec![
        column("report-column-rank", 0.75, Align::Right),
        column("report-column-code", 0.8, Align::Left),
        column(
            "report-column-task",
            5.35 - shared_share(sharing),
            Align::Left,
        ),
    ];
    if sharing.is_some() {
        columns.push(column("report-column-shared-by", SHARED_SHARE, Align::Left));
    }
    columns.extend([
        column("report-column-importance", 1.35, Align::Right),
        column("report-column-frequency", 1.35, Align::Right),
        column("report-column-priority", 1.0, Align::Right),
        column("report-column-train", 1.1, Align::Right),
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
                cells.push(Cell::new(sharing.describe(tr, row.task.id), Style::SMALL));
            }
            cells.extend([
                Cell::new(spread(tr, s.importance), Style::BODY),
                Cell::new(spread(tr, s.frequency), Style::BODY),
                Cell::new(priority(tr, s), Style::STRONG),
                Cell::new(train(tr, s), Style::BODY),
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
    use dacum_i18n::Language;
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
        let tr = Catalogue::new(Language::English);
        for ((yes, no), expected) in cases {
            assert_eq!(train(&tr, &stats(yes, no)), expected);
        }
        let tr = Catalogue::new(Language::German);
        assert_eq!(train(&tr, &stats(6, 1)), "Ja 6/7");
    }
}
