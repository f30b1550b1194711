//! The status bar: what the session holds, how many findings, and whether the
//! work is saved.

use std::path::Path;

use super::command::Command;
use super::language::catalogue;
use super::ui_command::UiCommand;
use dacum_model::Session;

/// Where the document's changes stand, for the status bar.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    Saved(String),
    Autosaved(String),
    Unsaved,
}

/// Draws the bar; the findings count shows or hides the findings list.
pub fn status_bar_ui(
    ui: &mut egui::Ui,
    session: &Session,
    findings: usize,
    (state, texts_in): (&SaveState, Option<&str>),
    path: Option<&Path>,
    commands: &mut Vec<Command>,
) {
    let texts = catalogue(ui.ctx());
    egui::Panel::bottom("status-bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            let chart = &session.chart;
            ui.label(texts.tr_args(
                "status-chart",
                &[
                    ("duties", chart.duties.len().into()),
                    ("tasks", chart.task_count().into()),
                ],
            ));
            if let Some(language) = super::texts_in::translated(session, texts_in) {
                ui.separator();
                ui.label(texts.tr_args("status-texts-in", &[("language", language.into())]))
                    .on_hover_text(texts.tr("status-texts-in-tip"));
            }
            ui.separator();
            let text = texts.tr_args("status-findings", &[("count", findings.into())]);
            if ui
                .link(text)
                .on_hover_text(UiCommand::ToggleFindings.tooltip(&texts))
                .clicked()
            {
                commands.push(UiCommand::ToggleFindings.into());
            }
            ui.separator();
            let saved = match state {
                // Not saved in this run: a file just opened, the example or a
                // new session; "Saved" would be wrong for the last two.
                SaveState::Saved(at) if at.is_empty() => texts.tr("status-no-changes"),
                SaveState::Saved(at) => texts.tr_args("status-saved", &[("time", at.into())]),
                SaveState::Autosaved(at) => {
                    texts.tr_args("status-autosaved", &[("time", at.into())])
                }
                SaveState::Unsaved => texts.tr("status-unsaved"),
            };
            ui.label(saved);
            if let Some(path) = path {
                ui.separator();
                ui.label(path.display().to_string());
            }
        });
    });
}
