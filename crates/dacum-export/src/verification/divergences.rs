//! What to look into: tasks on which supervisors and job holders differ by a
//! point or more (DOE-HDBK-1078 §2.2.7), tasks a country ranks far from the
//! others, and the panel beside the survey for every task. The thresholds
//! are the statistics' own, stated in the text.

use dacum_model::survey::stats::SurveyStats;

use super::words::{Tasks, rank, scores, scores_with_n, signed, weighting_note};
use crate::flow::{Align, Flow, Style};
use crate::numbers::decimal;
use crate::table::{Cell, Column, Table};

pub fn divergences(flow: &mut Flow, stats: &SurveyStats, tasks: &Tasks) {
    let tr = flow.tr;
    let heading = tr.tr("report-divergences");
    flow.bookmark(&heading, 1);
    flow.heading(&heading, Style::H1, 90.0);
    level_gaps(flow, stats, tasks);
    flow.gap(8.0);
    country_gaps(flow, stats, tasks);
}

fn table(flow: &mut Flow, columns: &[Column], rows: &[Vec<Cell>]) {
    let table = Table {
        columns,
        show_header: true,
        zebra: true,
    };
    table.draw(flow, rows);
}

fn level_gaps(flow: &mut Flow, stats: &SurveyStats, tasks: &Tasks) {
    let tr = flow.tr;
    let thresholds = &stats.thresholds;
    let args = [
        ("gap", decimal(tr, thresholds.level_gap).into()),
        ("n", thresholds.level_min_n.into()),
    ];
    flow.heading(&tr.tr("report-level-gaps"), Style::H2, 40.0);
    let rows: Vec<Vec<Cell>> = stats
        .survey
        .tasks
        .iter()
        .zip(&tasks.all)
        .filter_map(|(f, task)| {
            let gap = f.marks.levels?;
            Some(vec![
                Cell::new(task.code.clone(), Style::STRONG),
                Cell::new(task.statement.clone(), Style::BODY),
                Cell::new(scores_with_n(tr, Some(gap.supervisors)), Style::BODY),
                Cell::new(scores_with_n(tr, Some(gap.job_holders)), Style::BODY),
                Cell::new(signed(tr, gap.difference), Style::STRONG),
            ])
        })
        .collect();
    if rows.is_empty() {
        flow.paragraph(&tr.tr_args("report-no-level-gaps", &args), Style::BODY);
        return;
    }
    flow.paragraph(
        &format!(
            "{} {}",
            tr.tr_args("report-level-gaps-intro", &args),
            weighting_note(tr, stats.weighting)
        ),
        Style::SMALL,
    );
    flow.y += 4.0;
    let column = |id: &str, share: f32, align: Align| Column::new(tr.tr(id), share, align);
    let columns = [
        column("report-column-code", 0.7, Align::Left),
        column("report-column-task", 4.4, Align::Left),
        column("report-column-supervisors", 1.6, Align::Right),
        column("report-column-job-holders", 1.6, Align::Right),
        column("report-column-difference", 1.1, Align::Right),
    ];
    table(flow, &columns, &rows);
}

fn country_gaps(flow: &mut Flow, stats: &SurveyStats, tasks: &Tasks) {
    let tr = flow.tr;
    let thresholds = &stats.thresholds;
    let share = tr.tr_args(
        "report-percent",
        &[(
            "value",
            format!("{:.0}", thresholds.rank_share * 100.0).into(),
        )],
    );
    let args = [("share", share.into()), ("n", thresholds.rank_min_n.into())];
    flow.heading(&tr.tr("report-country-gaps"), Style::H2, 40.0);
    let of = |place: f64, ranked: usize| {
        tr.tr_args(
            "report-rank-of",
            &[("rank", rank(tr, place).into()), ("ranked", ranked.into())],
        )
    };
    let rows: Vec<Vec<Cell>> = stats
        .survey
        .tasks
        .iter()
        .zip(&tasks.all)
        .flat_map(|(f, task)| f.marks.countries.iter().map(move |gap| (task, gap)))
        .map(|(task, gap)| {
            vec![
                Cell::new(task.code.clone(), Style::STRONG),
                Cell::new(task.statement.clone(), Style::BODY),
                Cell::new(gap.country.clone(), Style::STRONG),
                Cell::new(of(gap.rank, gap.ranked), Style::BODY),
                Cell::new(of(gap.others_rank, gap.ranked), Style::BODY),
                Cell::new(scores_with_n(tr, Some(gap.scores)), Style::BODY),
                Cell::new(scores_with_n(tr, Some(gap.others)), Style::BODY),
            ]
        })
        .collect();
    if rows.is_empty() {
        flow.paragraph(&tr.tr("report-no-country-gaps"), Style::BODY);
        return;
    }
    flow.paragraph(
        &format!(
            "{} {}",
            tr.tr_args("report-country-gaps-intro", &args),
            weighting_note(tr, stats.weighting)
        ),
        Style::SMALL,
    );
    flow.y += 4.0;
    let column = |id: &str, share: f32, align: Align| Column::new(tr.tr(id), share, align);
    let columns = [
        column("report-column-code", 0.7, Align::Left),
        column("report-column-task", 3.1, Align::Left),
        column("report-column-country", 0.8, Align::Left),
        column("report-column-rank-there", 1.0, Align::Right),
        column("report-column-rank-elsewhere", 1.0, Align::Right),
        column("report-column-mean-there", 1.5, Align::Right),
        column("report-column-mean-elsewhere", 1.5, Align::Right),
    ];
    table(flow, &columns, &rows);
}

/// The panel's ratings beside the survey's, for every task of the chart.
pub fn panel_vs_survey(flow: &mut Flow, stats: &SurveyStats, tasks: &Tasks) {
    let tr = flow.tr;
    let heading = tr.tr("report-panel-vs-survey");
    flow.bookmark(&heading, 1);
    flow.heading(&heading, Style::H1, 90.0);
    let raters = stats.panel.respondents();
    if raters == 0 {
        flow.paragraph(&tr.tr("report-no-panel-ratings"), Style::BODY);
        return;
    }
    flow.paragraph(
        &format!(
            "{} {}",
            tr.tr_args("report-panel-vs-survey-intro", &[("raters", raters.into())]),
            weighting_note(tr, stats.weighting)
        ),
        Style::SMALL,
    );
    flow.y += 4.0;
    let column = |id: &str, share: f32, align: Align| Column::new(tr.tr(id), share, align);
    let columns = [
        column("report-column-code", 0.7, Align::Left),
        column("report-column-task", 3.6, Align::Left),
        column("report-column-panel", 1.25, Align::Right),
        column("report-column-survey", 1.25, Align::Right),
        column("report-column-difference", 1.0, Align::Right),
        column("report-column-panel-rank", 0.9, Align::Right),
        column("report-column-survey-rank", 0.9, Align::Right),
    ];
    let dash = || "—".to_owned();
    let rows: Vec<Vec<Cell>> = stats
        .panel_vs_survey
        .iter()
        .enumerate()
        .map(|(i, pair)| {
            let (survey, panel) = (&stats.survey.tasks[i], &stats.panel.tasks[i]);
            let task = &tasks.all[i];
            vec![
                Cell::new(task.code.clone(), Style::STRONG),
                Cell::new(task.statement.clone(), Style::BODY),
                Cell::new(scores(tr, panel.importance), Style::BODY),
                Cell::new(scores(tr, survey.importance), Style::BODY),
                Cell::new(
                    pair.importance.map_or_else(dash, |d| signed(tr, d)),
                    Style::STRONG,
                ),
                Cell::new(panel.rank.map_or_else(dash, |r| rank(tr, r)), Style::BODY),
                Cell::new(survey.rank.map_or_else(dash, |r| rank(tr, r)), Style::BODY),
            ]
        })
        .collect();
    table(flow, &columns, &rows);
}
