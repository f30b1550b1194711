//! The menu bar (File, Edit, View, Help) and the actions it and the keyboard
//! shortcuts trigger.

use std::path::PathBuf;

use super::appearance::Change;
use super::settings::Settings;
use super::view::View;
use dacum_model::Document;

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    New,
    Open,
    OpenPath(PathBuf),
    Save,
    SaveAs,
    SaveTo(PathBuf),
    ImportCsv,
    ImportCsvFrom(PathBuf),
    ExportCsv,
    ExportCsvTo(PathBuf),
    /// Opens the Export PDF window.
    ExportPdf,
    ExportPdfTo(PathBuf),
    /// Asks for the session files to merge (File › Merge sessions…).
    MergeSessions,
    /// Loads and merges these files in the background.
    MergeFiles(Vec<PathBuf>),
    /// Opens the finished merge as a new, unsaved document.
    OpenMerged,
    Undo,
    Redo,
    Show(View),
    ToggleGuide,
    ToggleFindings,
    Appearance(Change),
    Quit,
}

impl Action {
    /// Whether the action would drop the open document (so unsaved changes must
    /// be confirmed first).
    pub fn discards_changes(&self) -> bool {
        matches!(
            self,
            Action::New | Action::Open | Action::OpenPath(_) | Action::OpenMerged | Action::Quit
        )
    }

    /// Words for "Save the changes before you …?".
    pub fn verb(&self) -> &'static str {
        match self {
            Action::New => "start a new session",
            Action::Open | Action::OpenPath(_) => "open another file",
            Action::OpenMerged => "open the merged session",
            Action::Quit => "close DACUM Studio",
            _ => "continue",
        }
    }
}

fn item(ui: &mut egui::Ui, label: &str, shortcut: &str, enabled: bool) -> bool {
    let button = egui::Button::new(label).shortcut_text(shortcut);
    ui.add_enabled(enabled, button).clicked()
}

pub fn menu_bar_ui(
    ui: &mut egui::Ui,
    document: &Document,
    settings: &Settings,
    view: View,
) -> Option<Action> {
    let mut action = None;
    egui::Panel::top("menu-bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if item(ui, "New", "Ctrl+N", true) {
                    action = Some(Action::New);
                }
                if item(ui, "Open…", "Ctrl+O", true) {
                    action = Some(Action::Open);
                }
                ui.menu_button("Open recent", |ui| {
                    if settings.recent.is_empty() {
                        ui.label("No recent files");
                    }
                    for path in &settings.recent {
                        if ui.button(path.display().to_string()).clicked() {
                            action = Some(Action::OpenPath(path.clone()));
                        }
                    }
                });
                if item(ui, "Merge sessions…", "", true) {
                    action = Some(Action::MergeSessions);
                }
                ui.separator();
                if item(ui, "Save", "Ctrl+S", true) {
                    action = Some(Action::Save);
                }
                if item(ui, "Save as…", "Ctrl+Shift+S", true) {
                    action = Some(Action::SaveAs);
                }
                ui.separator();
                if item(ui, "Export PDF…", "Ctrl+P", true) {
                    action = Some(Action::ExportPdf);
                }
                ui.separator();
                if item(ui, "Import drivers and votes (CSV)…", "", true) {
                    action = Some(Action::ImportCsv);
                }
                if item(ui, "Export drivers and votes (CSV)…", "", true) {
                    action = Some(Action::ExportCsv);
                }
                ui.separator();
                if item(ui, "Quit", "", true) {
                    action = Some(Action::Quit);
                }
            });
            ui.menu_button("Edit", |ui| {
                let undo = document
                    .undo_label()
                    .map_or("Undo".to_owned(), |l| format!("Undo {l}"));
                if item(ui, &undo, "Ctrl+Z", document.undo_label().is_some()) {
                    action = Some(Action::Undo);
                }
                let redo = document
                    .redo_label()
                    .map_or("Redo".to_owned(), |l| format!("Redo {l}"));
                if item(ui, &redo, "Ctrl+Shift+Z", document.redo_label().is_some()) {
                    action = Some(Action::Redo);
                }
            });
            ui.menu_button("View", |ui| {
                for v in View::ALL {
                    if ui.radio(view == v, v.title()).clicked() {
                        action = Some(Action::Show(v));
                    }
                }
                ui.separator();
                if ui
                    .checkbox(&mut settings.show_guide.clone(), "Workshop guide")
                    .clicked()
                {
                    action = Some(Action::ToggleGuide);
                }
                if item(ui, "Findings", "", true) {
                    action = Some(Action::ToggleFindings);
                }
                ui.separator();
                if item(ui, "Zoom in", "Ctrl++", true) {
                    action = Some(Action::Appearance(Change::ZoomIn));
                }
                if item(ui, "Zoom out", "Ctrl+−", true) {
                    action = Some(Action::Appearance(Change::ZoomOut));
                }
                if item(ui, "Actual size", "Ctrl+0", true) {
                    action = Some(Action::Appearance(Change::ZoomReset));
                }
                if ui
                    .checkbox(
                        &mut settings.appearance.high_contrast.clone(),
                        "High contrast (projector)",
                    )
                    .on_hover_text("Ctrl+Shift+H")
                    .clicked()
                {
                    action = Some(Action::Appearance(Change::ToggleHighContrast));
                }
                if item(ui, "Full screen", "F11", true) {
                    action = Some(Action::Appearance(Change::ToggleFullscreen));
                }
            });
            ui.menu_button("Help", |ui| {
                ui.label("DACUM Studio — DACUM charts and PESTLE driver mapping, offline.");
                ui.label(concat!("Version ", env!("CARGO_PKG_VERSION")));
                ui.label("Enter adds the next task · Tab moves between cards · Alt+arrows reorder");
                ui.label(
                    "Ctrl+Z undo · Ctrl+Shift+Z redo · Ctrl +/− zoom · Ctrl+Shift+H high contrast · F11 full screen",
                );
            });
        });
    });
    action
}
