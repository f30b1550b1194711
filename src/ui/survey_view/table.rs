//! The survey's figures, one row per task of the chart: code, statement (in
//! the display language), n, % performing, mean ± sd of importance,
//! frequency and difficulty, the priority index, % train, the rank, the
//! survey's mean importance against the panel's, and the marks of divergence
//! with their figures in the tooltip. Only the rows in view are drawn.

use egui::{Align, Layout, RichText};

use crate::ui::language::{Tr, catalogue};
use crate::ui::texts_in::{Fields, shown_label_ui};
use dacum_i18n::Catalogue;
use dacum_model::survey::stats::{Marks, Scores, Share, SurveyStats, TaskFigures};
use dacum_model::{Session, TextSlot};

use super::level_words;

const ROW_HEIGHT: f32 = 22.0;
const CODE_WIDTH: f32 = 48.0;
/// Widths of the number columns, in points.
const NARROW: f32 = 44.0;
const WIDE: f32 = 78.0;

/// The message ids of the columns after the statement.
const COLUMNS: [(&str, f32); 10] = [
    ("survey-view-n", NARROW),
    ("survey-view-performing", NARROW),
    ("survey-view-importance", WIDE),
    ("survey-view-frequency", WIDE),
    ("survey-view-difficulty", WIDE),
    ("survey-view-priority", NARROW),
    ("survey-view-train", NARROW),
    ("survey-view-rank", NARROW),
    ("survey-view-panel", NARROW),
    ("survey-view-marks", NARROW),
];

pub(super) fn tasks_ui(
    ui: &mut egui::Ui,
    session: &Session,
    texts_in: Option<&str>,
    stats: &SurveyStats,
    sort_by_priority: bool,
) {
    let texts = catalogue(ui.ctx());
    let fields = Fields::new(session, texts_in);
    let fallback_tip = ui.tr_args(
        "texts-in-fallback-tip",
        &[("language", fields.working.as_str().into())],
    );
    let codes: Vec<(String, &str)> = session
        .chart
        .duties
        .iter()
        .enumerate()
        .flat_map(|(d, duty)| {
            duty.tasks
                .iter()
                .enumerate()
                .map(move |(t, task)| (dacum_model::task_code(d, t), task.statement.as_str()))
        })
        .collect();
    let mut order: Vec<usize> = (0..stats.survey.tasks.len()).collect();
    if sort_by_priority {
        let priority = |i: usize| stats.survey.tasks[i].priority.unwrap_or(f64::NEG_INFINITY);
        order.sort_by(|&a, &b| priority(b).total_cmp(&priority(a)));
    }
    // The same widths for the header and the rows, which the scroll bar
    // narrows.
    let spacing = ui.spacing().item_spacing.x;
    let numbers: f32 = COLUMNS.iter().map(|c| c.1 + spacing).sum();
    let statement_width = (ui.available_width()
        - CODE_WIDTH
        - numbers
        - 2.0 * spacing
        - ui.spacing().scroll.bar_width
        - 8.0)
        .max(160.0);
    ui.horizontal(|ui| {
        left_cell(
            ui,
            CODE_WIDTH,
            RichText::new(texts.tr("survey-view-code")).strong(),
        );
        left_cell(
            ui,
            statement_width,
            RichText::new(texts.tr("survey-view-task")).strong(),
        );
        for (id, width) in COLUMNS {
            cell(ui, width, RichText::new(texts.tr(id)).strong());
        }
    });
    ui.label(
        RichText::new(texts.tr_args(
            "survey-view-formula",
            &[("formula", texts.tr(formula_id(stats.formula)).into())],
        ))
        .weak(),
    );
    egui::ScrollArea::vertical()
        .id_salt("survey-tasks")
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, order.len(), |ui, rows| {
            for &index in &order[rows] {
                let figures = &stats.survey.tasks[index];
                let (code, source) = codes.get(index).cloned().unwrap_or_default();
                ui.horizontal(|ui| {
                    left_cell(ui, CODE_WIDTH, code.as_str());
                    ui.allocate_ui_with_layout(
                        egui::vec2(statement_width, ROW_HEIGHT),
                        Layout::left_to_right(Align::Center),
                        |ui| {
                            ui.set_min_width(statement_width);
                            let shown = fields.text(TextSlot::TaskStatement(figures.task), source);
                            shown_label_ui(ui, &shown, &fallback_tip);
                        },
                    );
                    row_ui(ui, &texts, stats, index, figures);
                });
            }
        });
}

fn formula_id(formula: dacum_model::PriorityFormula) -> &'static str {
    match formula {
        dacum_model::PriorityFormula::ImportanceFrequency => "survey-view-formula-if",
        dacum_model::PriorityFormula::ImportanceFrequencyDifficulty => "survey-view-formula-ifd",
    }
}

fn left_cell(ui: &mut egui::Ui, width: f32, text: impl Into<egui::WidgetText>) {
    ui.allocate_ui_with_layout(
        egui::vec2(width, ROW_HEIGHT),
        Layout::left_to_right(Align::Center),
        |ui| {
            ui.set_min_width(width);
            ui.add(egui::Label::new(text).truncate());
        },
    );
}

fn cell(ui: &mut egui::Ui, width: f32, text: impl Into<egui::WidgetText>) -> egui::Response {
    ui.allocate_ui_with_layout(
        egui::vec2(width, ROW_HEIGHT),
        Layout::right_to_left(Align::Center),
        |ui| {
            ui.set_min_width(width);
            ui.label(text)
        },
    )
    .inner
}

/// A signed difference to one decimal, without a "-0.0" for a tiny one.
fn signed(value: f64) -> String {
    if value.abs() < 0.05 {
        "0.0".to_owned()
    } else {
        format!("{value:+.1}")
    }
}

fn percent(share: Share) -> String {
    share
        .percent
        .map_or_else(String::new, |p| format!("{p:.0} %"))
}

fn mean_sd(scores: Option<Scores>) -> String {
    scores.map_or_else(String::new, |s| format!("{:.1} ± {:.1}", s.mean, s.sd))
}

fn row_ui(
    ui: &mut egui::Ui,
    texts: &Catalogue,
    stats: &SurveyStats,
    index: usize,
    figures: &TaskFigures,
) {
    cell(ui, NARROW, figures.answering.to_string());
    cell(ui, NARROW, percent(figures.performing));
    cell(ui, WIDE, mean_sd(figures.importance));
    cell(ui, WIDE, mean_sd(figures.frequency));
    cell(ui, WIDE, mean_sd(figures.difficulty));
    cell(
        ui,
        NARROW,
        figures
            .priority
            .map_or_else(String::new, |p| format!("{p:.1}")),
    );
    cell(ui, NARROW, percent(figures.train));
    cell(
        ui,
        NARROW,
        figures.rank.map_or_else(String::new, |r| format!("{r:.0}")),
    );
    let panel = stats.panel.tasks.get(index).and_then(|t| t.importance);
    let versus = stats.panel_vs_survey.get(index).and_then(|p| p.importance);
    match (panel, versus) {
        (Some(panel), Some(difference)) => {
            cell(ui, NARROW, signed(difference)).on_hover_text(texts.tr_args(
                "survey-view-panel-tip",
                &[
                    ("panel", format!("{:.1}", panel.mean).into()),
                    ("difference", signed(difference).into()),
                ],
            ));
        }
        _ => {
            cell(ui, NARROW, "");
        }
    }
    if figures.marks.is_empty() {
        cell(ui, NARROW, "");
    } else {
        cell(
            ui,
            NARROW,
            RichText::new("⚠").color(ui.visuals().warn_fg_color),
        )
        .on_hover_text(marks_words(texts, stats, &figures.marks));
    }
}

/// The marks in words, with the figures behind them and the thresholds.
fn marks_words(texts: &Catalogue, stats: &SurveyStats, marks: &Marks) -> String {
    let mut lines = Vec::new();
    if let Some(gap) = &marks.levels {
        lines.push(texts.tr_args(
            "survey-mark-levels",
            &[
                ("supervisors", format!("{:.1}", gap.supervisors.mean).into()),
                ("supervisors-n", gap.supervisors.n.into()),
                ("job-holders", format!("{:.1}", gap.job_holders.mean).into()),
                ("job-holders-n", gap.job_holders.n.into()),
                ("difference", format!("{:+.1}", gap.difference).into()),
                (
                    "threshold",
                    format!("{:.1}", stats.thresholds.level_gap).into(),
                ),
                (
                    "level",
                    level_words(texts, dacum_model::Level::Supervisor).into(),
                ),
            ],
        ));
    }
    for gap in &marks.countries {
        lines.push(texts.tr_args(
            "survey-mark-country",
            &[
                ("country", gap.country.as_str().into()),
                ("rank", format!("{:.0}", gap.rank).into()),
                ("others", format!("{:.0}", gap.others_rank).into()),
                ("ranked", gap.ranked.into()),
            ],
        ));
    }
    lines.join("\n")
}
