//! "Tasks ranked by priority": every task of the chart once, highest priority
//! index first (ties to the higher mean importance, then chart order), with
//! n, the share performing it, mean ± sd of importance, frequency and
//! difficulty, the priority index and the share who would train it. Tasks
//! without an index (no one rated them) come last, in chart order.

use std::cmp::Ordering;

use dacum_model::survey::stats::{SurveyStats, TaskFigures};

use super::words::{Tasks, scores, share, weighting_note};
use crate::flow::{Align, Flow, Style};
use crate::numbers::decimal;
use crate::table::{Cell, Column, Table};

/// The chart's tasks (by position) in the order of the ranking.
pub fn ranking(figures: &[TaskFigures]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..figures.len()).collect();
    let importance = |i: usize| figures[i].importance.map_or(0.0, |s| s.mean);
    order.sort_by(|&a, &b| match (figures[a].priority, figures[b].priority) {
        (Some(pa), Some(pb)) => pb
            .partial_cmp(&pa)
            .unwrap_or(Ordering::Equal)
            .then(
                importance(b)
                    .partial_cmp(&importance(a))
                    .unwrap_or(Ordering::Equal),
            )
            .then(a.cmp(&b)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => a.cmp(&b),
    });
    order
}

pub fn ranked(flow: &mut Flow, stats: &SurveyStats, tasks: &Tasks, formula: &str) {
    let tr = flow.tr;
    let heading = tr.tr("report-ranked-tasks");
    flow.bookmark(&heading, 1);
    flow.heading(&heading, Style::H1, 90.0);
    flow.paragraph(
        &format!(
            "{} {formula} {}",
            tr.tr("report-ranked-key"),
            weighting_note(tr, stats.weighting)
        ),
        Style::SMALL,
    );
    flow.y += 4.0;
    let column = |id: &str, share: f32, align: Align| Column::new(tr.tr(id), share, align);
    let columns = [
        column("report-column-rank", 0.6, Align::Right),
        column("report-column-code", 0.7, Align::Left),
        column("report-column-task", 3.45, Align::Left),
        column("report-column-n", 0.55, Align::Right),
        column("report-column-perform", 0.95, Align::Right),
        column("report-column-importance", 1.1, Align::Right),
        column("report-column-frequency", 1.1, Align::Right),
        column("report-column-difficulty", 1.1, Align::Right),
        column("report-column-priority", 0.85, Align::Right),
        column("report-column-train-share", 0.9, Align::Right),
    ];
    let figures = &stats.survey.tasks;
    let rows: Vec<Vec<Cell>> = ranking(figures)
        .into_iter()
        .enumerate()
        .map(|(place, i)| {
            let f = &figures[i];
            let task = &tasks.all[i];
            let rank = if f.priority.is_some() {
                (place + 1).to_string()
            } else {
                "—".to_owned()
            };
            vec![
                Cell::new(rank, Style::BODY),
                Cell::new(task.code.clone(), Style::STRONG),
                Cell::new(task.statement.clone(), Style::BODY),
                Cell::new(f.answering.to_string(), Style::BODY),
                Cell::new(share(tr, f.performing), Style::BODY),
                Cell::new(scores(tr, f.importance), Style::BODY),
                Cell::new(scores(tr, f.frequency), Style::BODY),
                Cell::new(scores(tr, f.difficulty), Style::BODY),
                Cell::new(
                    f.priority
                        .map_or_else(|| "—".to_owned(), |p| decimal(tr, p)),
                    Style::STRONG,
                ),
                Cell::new(share(tr, f.train), Style::BODY),
            ]
        })
        .collect();
    let table = Table {
        columns: &columns,
        show_header: true,
        zebra: true,
    };
    table.draw(flow, &rows);
}
