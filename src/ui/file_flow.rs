//! Choosing files: the system dialog runs on its own thread so the UI keeps
//! drawing. When it returns nothing — cancelled, or no dialog could be shown on
//! this desktop — the app says so and offers a path field instead (for several
//! files, one path a line).

use std::sync::Arc;

use super::language::Tr;
use super::language::{catalogue, english};
use dacum_i18n::Catalogue;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::command::Command;
use super::worker::Job;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Open,
    SaveAs,
    ImportCsv,
    ExportCsv,
    ExportTranslations,
    ImportTranslations,
    ExportPdf,
    /// Several session files to merge into one consolidated session.
    Merge,
    /// The survey's instrument (File › Survey).
    SurveyForm,
    /// The data-entry workbook for paper answers (File › Survey).
    SurveyWorkbook,
    /// A file of survey answers (File › Survey).
    ImportSurvey,
    /// The survey's per-task figures (CSV or .xlsx).
    ExportSurveyStats,
}

impl Purpose {
    /// The message id of the window's title.
    fn title(self) -> &'static str {
        match self {
            Purpose::Open => "files-open",
            Purpose::SaveAs => "files-save-as",
            Purpose::ImportCsv => "files-import-csv",
            Purpose::ExportCsv => "files-export-csv",
            Purpose::ExportTranslations => "files-export-translations",
            Purpose::ImportTranslations => "files-import-translations",
            Purpose::ExportPdf => "pdf-title",
            Purpose::Merge => "files-merge",
            Purpose::SurveyForm => "files-survey-form",
            Purpose::SurveyWorkbook => "files-survey-workbook",
            Purpose::ImportSurvey => "files-import-survey",
            Purpose::ExportSurveyStats => "files-export-survey-stats",
        }
    }

    /// Whether the user picks several files.
    fn several(self) -> bool {
        self == Purpose::Merge
    }

    fn saves(self) -> bool {
        matches!(
            self,
            Purpose::SaveAs
                | Purpose::ExportCsv
                | Purpose::ExportPdf
                | Purpose::ExportTranslations
                | Purpose::SurveyForm
                | Purpose::SurveyWorkbook
                | Purpose::ExportSurveyStats
        )
    }

    fn extension(self) -> &'static str {
        match self {
            Purpose::Open | Purpose::SaveAs | Purpose::Merge => "ron",
            Purpose::ImportCsv | Purpose::ExportCsv => "csv",
            Purpose::ExportPdf => "pdf",
            Purpose::ExportTranslations | Purpose::ImportTranslations => "xlf",
            Purpose::SurveyForm
            | Purpose::SurveyWorkbook
            | Purpose::ImportSurvey
            | Purpose::ExportSurveyStats => "xlsx",
        }
    }

    /// The dialog's filter: the message id naming the kind of file, and the
    /// extensions it takes.
    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            Purpose::Open | Purpose::SaveAs | Purpose::Merge => ("files-kind-session", &["ron"]),
            Purpose::ImportCsv | Purpose::ExportCsv => ("files-kind-csv", &["csv"]),
            Purpose::ExportPdf => ("files-kind-pdf", &["pdf"]),
            // XLIFF for CAT tools, or the two-column form as a workbook or CSV.
            Purpose::ExportTranslations | Purpose::ImportTranslations => {
                ("files-kind-translations", &["xlf", "xliff", "xlsx", "csv"])
            }
            // The XLSForm or the data-entry workbook (.xlsx), the CSV template.
            Purpose::SurveyForm => ("files-kind-survey-form", &["xlsx", "pdf", "csv"]),
            Purpose::SurveyWorkbook => ("files-kind-survey-workbook", &["xlsx"]),
            Purpose::ImportSurvey => ("files-kind-survey-answers", &["xlsx", "csv"]),
            Purpose::ExportSurveyStats => ("files-kind-survey-stats", &["xlsx", "csv"]),
        }
    }

    /// The command for the chosen files; `None` when there are none.
    fn action(self, paths: Vec<PathBuf>) -> Option<Command> {
        let mut paths: Vec<PathBuf> = paths
            .into_iter()
            .map(|path| {
                if path.extension().is_some() {
                    path
                } else {
                    path.with_extension(self.extension())
                }
            })
            .collect();
        if self.several() {
            return (!paths.is_empty()).then_some(Command::MergeFiles(paths));
        }
        let path = paths.drain(..).next()?;
        Some(match self {
            Purpose::Open => Command::OpenPath(path),
            Purpose::SaveAs => Command::SaveTo(path),
            Purpose::ImportCsv => Command::ImportCsvFrom(path),
            Purpose::ExportCsv => Command::ExportCsvTo(path),
            Purpose::ExportTranslations => Command::ExportTranslationsTo(path),
            Purpose::ImportTranslations => Command::ImportTranslationsFrom(path),
            Purpose::ExportPdf => Command::ExportPdfTo(path),
            Purpose::Merge => Command::MergeFiles(vec![path]),
            Purpose::SurveyForm => Command::WriteSurveyFormTo(path),
            Purpose::SurveyWorkbook => Command::WriteSurveyWorkbookTo(path),
            Purpose::ImportSurvey => Command::ImportSurveyFrom(path),
            Purpose::ExportSurveyStats => Command::ExportSurveyStatsTo(path),
        })
    }
}

/// The paths typed in the path field: one a line, blank lines skipped.
fn typed_paths(text: &str, several: bool) -> Vec<PathBuf> {
    if !several {
        let path = text.trim();
        return if path.is_empty() {
            Vec::new()
        } else {
            vec![PathBuf::from(path)]
        };
    }
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(PathBuf::from)
        .collect()
}

pub struct FileFlow {
    /// Whether to try the system's file dialog at all (tests turn it off).
    pub system_dialogs: bool,
    waiting: Option<(Purpose, Job<Option<Vec<PathBuf>>>)>,
    /// The typed-path fallback: what it is for and the text so far.
    path_field: Option<(Purpose, String)>,
    /// Set when the path field is new: on its first frame it takes the keyboard
    /// focus with the whole text selected, so typing replaces the suggestion.
    path_field_new: bool,
    /// The last list of files typed for a merge: offered again, so that one
    /// unreadable file among ten needs no retyping of the other nine.
    typed_for_merge: String,
    /// Where a save would go if the user takes the suggestion: the path field
    /// starts with it, as the system dialog starts with its name.
    suggested: Option<PathBuf>,
    /// The purpose of a path field the user has just cancelled, until taken.
    cancelled: Option<Purpose>,
    /// The interface texts as of the last frame, for the system dialog's title
    /// and filters (its worker thread has no egui context).
    texts: Arc<Catalogue>,
}

impl Default for FileFlow {
    fn default() -> Self {
        FileFlow {
            system_dialogs: true,
            waiting: None,
            path_field: None,
            path_field_new: false,
            texts: english(),
            typed_for_merge: String::new(),
            suggested: None,
            cancelled: None,
        }
    }
}

impl FileFlow {
    /// Opens the system dialog on a worker thread.
    pub fn start(&mut self, purpose: Purpose, current: Option<&Path>) {
        if self.waiting.is_some() {
            return;
        }
        self.suggested = current
            .filter(|_| purpose.saves())
            .map(|path| path.with_extension(purpose.extension()));
        if !self.system_dialogs {
            self.show_path_field(purpose);
            return;
        }
        let folder = current.and_then(Path::parent).map(Path::to_owned);
        let name = current
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned());
        // The system dialog runs on a worker thread, which has no egui context:
        // its texts are looked up here.
        let title = self.texts.tr(purpose.title());
        let (kind, extensions) = purpose.filter();
        let kind = self.texts.tr(kind);
        let spawned = Job::spawn("file-dialog", move || {
            let extension = purpose.extension();
            let mut dialog = rfd::FileDialog::new().add_filter(kind, extensions);
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            if purpose.saves() {
                let stem = name.unwrap_or_else(|| "session.ron".to_owned());
                let file = std::path::Path::new(&stem).with_extension(extension);
                dialog
                    .set_file_name(file.to_string_lossy())
                    .save_file()
                    .map(|p| vec![p])
            } else if purpose.several() {
                dialog.set_title(&title).pick_files()
            } else {
                dialog.pick_file().map(|p| vec![p])
            }
        });
        match spawned {
            // The dialog waits on the user: looked at less often.
            Ok(job) => self.waiting = Some((purpose, job.polled_every(Duration::from_millis(100)))),
            Err(_) => self.show_path_field(purpose),
        }
    }

    pub fn show_path_field(&mut self, purpose: Purpose) {
        let text = if purpose.several() {
            self.typed_for_merge.clone()
        } else if let Some(path) = self.suggested.as_ref().filter(|_| purpose.saves()) {
            path.display().to_string()
        } else {
            String::new()
        };
        self.path_field = Some((purpose, text));
        self.path_field_new = true;
    }

    /// Checks on the dialog and draws the path field (unless `may_show` is false:
    /// another prompt is on screen, and the field waits for it); returns the
    /// command to run once a path is chosen.
    pub fn poll_ui(&mut self, ctx: &egui::Context, may_show: bool) -> Option<Command> {
        let mut chosen = None;
        self.texts = catalogue(ctx);
        if let Some((purpose, job)) = &self.waiting
            && let Some(result) = job.poll(ctx)
        {
            let purpose = *purpose;
            self.waiting = None;
            match result {
                Ok(Some(paths)) if !paths.is_empty() => chosen = purpose.action(paths),
                Ok(_) | Err(_) => self.show_path_field(purpose),
            }
        }
        let mut close = false;
        let typed = &mut self.typed_for_merge;
        let new = &mut self.path_field_new;
        if !may_show {
            return chosen;
        }
        if let Some((purpose, text)) = &mut self.path_field {
            let purpose = *purpose;
            let several = purpose.several();
            egui::Window::new(ctx.tr(purpose.title()))
                .collapsible(false)
                .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
                .show(ctx, |ui| {
                    if several {
                        ui.label(ui.tr("files-none-chosen-several"));
                    } else {
                        ui.label(ui.tr("files-none-chosen"));
                    }
                    let label = ui.label(ui.tr(if several { "files-paths" } else { "files-path" }));
                    let field = if several {
                        egui::TextEdit::multiline(text)
                            .desired_rows(4)
                            .hint_text("/home/me/workshops/ro.ron\n/home/me/workshops/cz.ron")
                    } else {
                        egui::TextEdit::singleline(text).hint_text(format!(
                            "/home/me/workshops/session.{}",
                            purpose.extension()
                        ))
                    };
                    let mut output = field.desired_width(420.0).show(ui);
                    if std::mem::take(new) {
                        let all = egui::text::CCursorRange::select_all_str(text);
                        output.state.cursor.set_char_range(Some(all));
                        output.state.store(ui.ctx(), output.response.id);
                        output.response.request_focus();
                    }
                    let field = output.response.response.labelled_by(label.id);
                    // In the list of several paths Enter starts the next line.
                    let entered = !several
                        && field.lost_focus()
                        && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    ui.horizontal(|ui| {
                        let ok = purpose_button(ui, purpose);
                        let paths = typed_paths(text, several);
                        if (ok || entered) && !paths.is_empty() {
                            chosen = purpose.action(paths);
                            close = true;
                            if several {
                                typed.clone_from(text);
                            }
                        }
                        if ui.button(ui.tr("prompt-cancel")).clicked() {
                            close = true;
                        }
                    });
                });
        }
        if close {
            if chosen.is_none() {
                self.cancelled = self.path_field.as_ref().map(|(purpose, _)| *purpose);
            }
            self.path_field = None;
        }
        chosen
    }

    /// What the user just cancelled choosing a file for, once.
    pub fn take_cancelled(&mut self) -> Option<Purpose> {
        self.cancelled.take()
    }
}

fn purpose_button(ui: &mut egui::Ui, purpose: Purpose) -> bool {
    let label = match purpose {
        Purpose::Open => "files-open-button",
        Purpose::SaveAs => "prompt-save",
        Purpose::ImportCsv | Purpose::ImportTranslations | Purpose::ImportSurvey => {
            "files-import-button"
        }
        Purpose::ExportCsv
        | Purpose::ExportPdf
        | Purpose::ExportTranslations
        | Purpose::SurveyForm
        | Purpose::SurveyWorkbook
        | Purpose::ExportSurveyStats => "files-export-button",
        Purpose::Merge => "files-merge-button",
    };
    ui.button(ui.tr(label)).clicked()
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::{Purpose, typed_paths};
    use crate::ui::command::Command;

    #[test]
    fn several_typed_paths_are_one_a_line_and_get_the_session_extension() {
        let paths = typed_paths("  /w/ro.ron \n\n/w/cz\r\n", true);
        assert_eq!(paths, [PathBuf::from("/w/ro.ron"), PathBuf::from("/w/cz")]);
        assert_eq!(
            Purpose::Merge.action(paths),
            Some(Command::MergeFiles(vec![
                PathBuf::from("/w/ro.ron"),
                PathBuf::from("/w/cz.ron")
            ]))
        );
        assert_eq!(typed_paths(" \n ", true), Vec::<PathBuf>::new());
        assert_eq!(Purpose::Merge.action(Vec::new()), None);
    }

    #[test]
    fn one_typed_path_is_the_whole_field() {
        assert_eq!(
            typed_paths(" /w/my session ", false),
            [PathBuf::from("/w/my session")]
        );
        assert_eq!(
            Purpose::Open.action(vec![PathBuf::from("/w/a")]),
            Some(Command::OpenPath(PathBuf::from("/w/a.ron")))
        );
    }
}
