//! Opening, saving and exchanging files for the app: replacing the open document,
//! atomic saves that clear the recovery copy, CSV import/export of drivers, and the
//! outcome of a PDF export.

use std::path::{Path, PathBuf};

use super::{
    AxesState, DacumApp, DriverMatrixState, DriversState, DutyBoardState, Notice, PestleTab,
    Purpose, ScenariosState, SessionEditorState, SupportingListsState, VerificationGridState,
    VotingGridState, now_hhmm,
};
use crate::model::Document;
use crate::store;
use crate::ui::pdf_export::Outcome;

impl DacumApp {
    pub(super) fn replace_document(&mut self, document: Document, path: Option<PathBuf>) {
        if let Some(old) = self.recovery_path()
            && !self.document.is_dirty()
        {
            let _ = store::remove_recovery(&old);
        }
        self.document = document;
        self.set_path(path);
        self.save_suggestion = None;
        self.findings.reset();
        self.merge_review.reset();
        self.board = DutyBoardState::default();
        self.lists = SupportingListsState::default();
        self.session_editor = SessionEditorState::default();
        self.grid = VerificationGridState::default();
        self.drivers = DriversState::default();
        self.votes = VotingGridState::default();
        self.matrix = DriverMatrixState::default();
        self.axes = AxesState::default();
        self.scenarios = ScenariosState::default();
        self.last_saved = None;
        self.last_autosaved = None;
        self.autosave.mark_clean(&self.document);
    }

    /// Opens a file; on error the current document stays as it was.
    pub fn open_path(&mut self, path: &Path) {
        match store::load_session(path) {
            Ok(session) => {
                self.replace_document(Document::new(session), Some(path.to_owned()));
                self.offer_recovery();
            }
            Err(error) => {
                self.settings.recent.retain(|p| p != path);
                let place = match error.position {
                    Some((line, col)) => format!("line {line}, column {col}: "),
                    None => String::new(),
                };
                self.show_error(
                    "Cannot open the file",
                    format!(
                        "{}\n{place}{}\n\nThe open session was not changed.",
                        path.display(),
                        error.message()
                    ),
                );
            }
        }
    }

    /// Adds drivers and votes from a CSV file as one undo step; with any bad row,
    /// lists every problem and imports nothing.
    pub fn import_csv(&mut self, path: &Path) {
        let rows = store::read_drivers_csv(path).map_err(|e| e.to_string());
        match rows {
            Ok(rows) => {
                let (edit, counts) = store::import_edit(self.document.session(), &rows);
                match self.document.apply(edit) {
                    Ok(()) => {
                        self.show_pestle(PestleTab::Votes);
                        self.notice = Some(Notice {
                            title: "Drivers and votes imported".to_owned(),
                            text: format!(
                                "Added {} drivers, {} participants and {} votes; updated {} votes.\nUndo takes the whole import back.",
                                counts.drivers,
                                counts.participants,
                                counts.votes,
                                counts.updated_votes
                            ),
                        });
                    }
                    Err(error) => self.show_error("Cannot import", error.to_string()),
                }
            }
            Err(problems) => self.show_error(
                "Nothing was imported",
                format!(
                    "{}\n{problems}\n\nFix these rows in the spreadsheet and import again.",
                    path.display()
                ),
            ),
        }
    }

    pub(super) fn export_csv(&mut self, path: &Path) {
        let written = store::export_drivers_csv(self.document.session())
            .map_err(|e| e.to_string())
            .and_then(|text| {
                store::PreparedSave::write(path, text.as_bytes()).map_err(|e| e.to_string())
            })
            .and_then(|prepared| prepared.commit(false).map_err(|e| e.to_string()));
        if let Err(error) = written {
            self.show_error("Cannot export", error);
        }
    }

    pub(super) fn save(&mut self) {
        match self.path.clone() {
            Some(path) => self.save_to(path),
            None => self
                .files
                .start(Purpose::SaveAs, self.save_suggestion.as_deref()),
        }
    }

    /// Saves to a path atomically; on success the recovery copy goes and the
    /// pending action (if the save was asked for by a confirmation) runs.
    pub fn save_to(&mut self, path: PathBuf) {
        let state = self.document.state();
        match store::save_session(&path, self.document.session()) {
            Ok(()) => {
                if let Some(old) = self.recovery_path() {
                    let _ = store::remove_recovery(&old);
                }
                self.document.mark_saved(state);
                self.set_path(Some(path));
                if let Some(copy) = self.recovery_path() {
                    let _ = store::remove_recovery(&copy);
                }
                self.last_saved = Some(now_hhmm());
                self.last_autosaved = None;
                self.autosave.mark_clean(&self.document);
                if let Some(action) = self.after_save.take() {
                    self.perform(action);
                }
            }
            Err(error) => {
                self.after_save = None;
                self.show_error("Cannot save", format!("{error}\n\nYour work is still open and unchanged; try another folder with Save As."));
            }
        }
    }

    /// Whether a PDF export is being written on its worker thread.
    pub fn is_exporting(&self) -> bool {
        self.pdf.is_writing()
    }

    pub(super) fn show_export(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Written {
                path,
                pages,
                missing_glyphs,
            } => {
                let mut text = format!("{} pages written to\n{}", pages, path.display());
                if !missing_glyphs.is_empty() {
                    let chars: Vec<String> = missing_glyphs.iter().map(char::to_string).collect();
                    text.push_str(&format!(
                        "\n\nThe report font has no glyph for {}: they print as empty boxes.",
                        chars.join(" ")
                    ));
                }
                self.notice = Some(Notice {
                    title: "PDF exported".to_owned(),
                    text,
                })
            }
            Outcome::Failed { path, message } => self.show_error(
                "Cannot export the PDF",
                format!(
                    "{}\n{message}\n\nNothing was written; a file already there is unchanged.",
                    path.display()
                ),
            ),
        }
    }
}
