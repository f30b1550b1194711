//! The status bar: what the session holds, how many findings, and whether the
//! work is saved.

use std::path::Path;

use super::command::Command;
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
    state: &SaveState,
    path: Option<&Path>,
    commands: &mut Vec<Command>,
) {
    egui::Panel::bottom("status-bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            let chart = &session.chart;
            ui.label(format!(
                "{} duties · {} tasks",
                chart.duties.len(),
                chart.task_count()
            ));
            ui.separator();
            let text = match findings {
                0 => "No findings".to_owned(),
                1 => "1 finding".to_owned(),
                n => format!("{n} findings"),
            };
            if ui
                .link(text)
                .on_hover_text(UiCommand::ToggleFindings.tooltip())
                .clicked()
            {
                commands.push(UiCommand::ToggleFindings.into());
            }
            ui.separator();
            let saved = match state {
                // Not saved in this run: a file just opened, the example or a
                // new session; "Saved" would be wrong for the last two.
                SaveState::Saved(at) if at.is_empty() => "No changes".to_owned(),
                SaveState::Saved(at) => format!("Saved {at}"),
                SaveState::Autosaved(at) => format!("Autosaved {at} · not saved to the file"),
                SaveState::Unsaved => "Unsaved changes".to_owned(),
            };
            ui.label(saved);
            if let Some(path) = path {
                ui.separator();
                ui.label(path.display().to_string());
            }
        });
    });
}
