//! Choosing files: the system dialog runs on its own thread so the UI keeps
//! drawing. When it returns nothing — cancelled, or no dialog could be shown on
//! this desktop — the app says so and offers a path field instead.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::thread;

use super::menu_bar::Action;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Open,
    SaveAs,
    ImportCsv,
    ExportCsv,
    ExportPdf,
}

impl Purpose {
    fn title(self) -> &'static str {
        match self {
            Purpose::Open => "Open session",
            Purpose::SaveAs => "Save session as",
            Purpose::ImportCsv => "Import drivers and votes",
            Purpose::ExportCsv => "Export drivers and votes",
            Purpose::ExportPdf => "Export PDF",
        }
    }

    fn saves(self) -> bool {
        matches!(
            self,
            Purpose::SaveAs | Purpose::ExportCsv | Purpose::ExportPdf
        )
    }

    fn extension(self) -> &'static str {
        match self {
            Purpose::Open | Purpose::SaveAs => "ron",
            Purpose::ImportCsv | Purpose::ExportCsv => "csv",
            Purpose::ExportPdf => "pdf",
        }
    }

    fn action(self, path: PathBuf) -> Action {
        let path = if path.extension().is_some() {
            path
        } else {
            path.with_extension(self.extension())
        };
        match self {
            Purpose::Open => Action::OpenPath(path),
            Purpose::SaveAs => Action::SaveTo(path),
            Purpose::ImportCsv => Action::ImportCsvFrom(path),
            Purpose::ExportCsv => Action::ExportCsvTo(path),
            Purpose::ExportPdf => Action::ExportPdfTo(path),
        }
    }
}

pub struct FileFlow {
    /// Whether to try the system's file dialog at all (tests turn it off).
    pub system_dialogs: bool,
    waiting: Option<(Purpose, Receiver<Option<PathBuf>>)>,
    /// The typed-path fallback: what it is for and the text so far.
    path_field: Option<(Purpose, String)>,
}

impl Default for FileFlow {
    fn default() -> Self {
        FileFlow {
            system_dialogs: true,
            waiting: None,
            path_field: None,
        }
    }
}

impl FileFlow {
    /// Opens the system dialog on a worker thread.
    pub fn start(&mut self, purpose: Purpose, current: Option<&Path>) {
        if self.waiting.is_some() {
            return;
        }
        if !self.system_dialogs {
            self.show_path_field(purpose);
            return;
        }
        let folder = current.and_then(Path::parent).map(Path::to_owned);
        let name = current
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned());
        let (tx, rx) = mpsc::channel();
        let spawned = thread::Builder::new()
            .name("file-dialog".to_owned())
            .spawn(move || {
                let extension = purpose.extension();
                let kind = match extension {
                    "csv" => "CSV (spreadsheet)",
                    "pdf" => "PDF document",
                    _ => "DACUM Studio session",
                };
                let mut dialog = rfd::FileDialog::new().add_filter(kind, &[extension]);
                if let Some(folder) = folder {
                    dialog = dialog.set_directory(folder);
                }
                let chosen = if purpose.saves() {
                    let stem = name.unwrap_or_else(|| "session.ron".to_owned());
                    let file = std::path::Path::new(&stem).with_extension(extension);
                    dialog.set_file_name(file.to_string_lossy()).save_file()
                } else {
                    dialog.pick_file()
                };
                let _ = tx.send(chosen);
            });
        match spawned {
            Ok(_) => self.waiting = Some((purpose, rx)),
            Err(_) => self.show_path_field(purpose),
        }
    }

    pub fn show_path_field(&mut self, purpose: Purpose) {
        self.path_field = Some((purpose, String::new()));
    }

    /// Checks on the dialog and draws the path field; returns the action to run
    /// once a path is chosen.
    pub fn poll_ui(&mut self, ctx: &egui::Context) -> Option<Action> {
        let mut chosen = None;
        if let Some((purpose, rx)) = &self.waiting {
            let purpose = *purpose;
            match rx.try_recv() {
                Ok(Some(path)) => {
                    self.waiting = None;
                    chosen = Some(purpose.action(path));
                }
                Ok(None) | Err(mpsc::TryRecvError::Disconnected) => {
                    self.waiting = None;
                    self.show_path_field(purpose);
                }
                Err(mpsc::TryRecvError::Empty) => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(100));
                }
            }
        }
        let mut close = false;
        if let Some((purpose, text)) = &mut self.path_field {
            let purpose = *purpose;
            egui::Window::new(purpose.title()).collapsible(false).anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0]).show(ctx, |ui| {
                ui.label("No file was chosen. If no file dialog appeared on this desktop, type the file's path here:");
                let label = ui.label("File path");
                let field = ui.add(egui::TextEdit::singleline(text).desired_width(420.0).hint_text(format!("/home/me/workshops/session.{}", purpose.extension()))).labelled_by(label.id);
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    let ok = purpose_button(ui, purpose);
                    if (ok || entered) && !text.trim().is_empty() {
                        chosen = Some(purpose.action(PathBuf::from(text.trim())));
                        close = true;
                    }
                    if ui.button("Cancel").clicked() {
                        close = true;
                    }
                });
            });
        }
        if close {
            self.path_field = None;
        }
        chosen
    }
}

fn purpose_button(ui: &mut egui::Ui, purpose: Purpose) -> bool {
    let label = match purpose {
        Purpose::Open => "Open",
        Purpose::SaveAs => "Save",
        Purpose::ImportCsv => "Import",
        Purpose::ExportCsv | Purpose::ExportPdf => "Export",
    };
    ui.button(label).clicked()
}
