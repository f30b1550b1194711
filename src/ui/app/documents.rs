//! Opening, saving and exchanging files for the app: replacing the open document,
//! atomic saves that clear the recovery copy, CSV import/export of drivers, and the
//! outcome of a PDF export.
//!
//! A save over the file the document came from first checks that the file still
//! holds what was opened (or last saved) here. If another program, a second window
//! or a `git pull` changed it, nothing is written and the user is asked: keep mine
//! (overwrite theirs), reload theirs (discarding mine), or save mine under another
//! name. Recovery copies are the app's own files and need no such check.

use std::path::{Path, PathBuf};

use super::opening::place;
use super::{
    AxesState, DacumApp, DriverMatrixState, DriversState, DutyBoardState, Notice, PestleTab,
    Purpose, ScenariosState, SessionEditorState, SupportingListsState, VerificationGridState, View,
    VotingGridState, now_hhmm,
};
use crate::ui::pdf_export::Outcome;
use crate::ui::prompts::{OnDiskChoice, Prompt};
use dacum_model::Document;
use dacum_store::{Fingerprint, ImportError, SaveError};

/// The open file as this app last saw it on disk.
#[derive(Default)]
pub(in crate::ui) struct OnDisk {
    /// What the file held when it was opened or last saved here; `None` without
    /// a file (or one that could not be read), when a save need not check.
    seen: Option<Fingerprint>,
    /// The files an unsaved merge result was made from: no save or export may
    /// overwrite one of them, and its new file is no more readable than they are.
    sources: Vec<PathBuf>,
}

impl DacumApp {
    pub(super) fn replace_document(&mut self, document: Document, path: Option<PathBuf>) {
        if let Some(old) = self.recovery_path()
            && !self.document.is_dirty()
        {
            let _ = dacum_store::remove_recovery(&old);
        }
        self.document = document;
        self.texts_in = None;
        self.set_path(path);
        self.on_disk = OnDisk::default();
        self.save_suggestion = None;
        self.findings.reset();
        self.merge_review.reset();
        self.translate.reset();
        self.survey.reset();
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

    /// Remembers what the open file holds now (for a document opened before the
    /// app started): later saves check that nobody changed it since.
    pub(super) fn remember_file_on_disk(&mut self) {
        let seen = self
            .path
            .as_deref()
            .and_then(|path| Fingerprint::of_file(path).ok().flatten());
        self.on_disk = OnDisk {
            seen,
            ..OnDisk::default()
        };
    }

    /// Remembers the files the (new, unsaved) document was merged from.
    pub(super) fn remember_merge_sources(&mut self, sources: Vec<PathBuf>) {
        self.on_disk.sources = sources;
    }

    /// Opens a file; on error the current document stays as it was.
    pub fn open_path(&mut self, path: &Path) {
        match dacum_store::load_session_with_fingerprint(path) {
            Ok((session, seen)) => {
                self.replace_document(Document::new(session), Some(path.to_owned()));
                self.on_disk.seen = Some(seen);
                self.offer_recovery();
            }
            Err(error) => {
                self.settings.recent.retain(|p| p != path);
                let text = self.catalogue.tr_args(
                    "error-open-text",
                    &[
                        ("file", path.display().to_string().into()),
                        ("place", place(&self.catalogue, error.position).into()),
                        ("error", error.message().into()),
                    ],
                );
                self.show_error("error-open", text);
            }
        }
    }

    /// Adds drivers and votes from a CSV file as one undo step; with any bad row,
    /// lists every problem and imports nothing.
    pub fn import_csv(&mut self, path: &Path) {
        match dacum_store::import_drivers(&mut self.document, path) {
            Ok(counts) => {
                self.show_pestle(PestleTab::Votes);
                self.notify(Notice {
                    title: self.catalogue.tr("notice-imported"),
                    text: self.catalogue.tr_args(
                        "notice-imported-text",
                        &[("counts", sentence(&counts.to_string()).into())],
                    ),
                });
            }
            Err(ImportError::File(problems)) => self.show_error(
                "error-nothing-imported",
                self.catalogue.tr_args(
                    "error-nothing-imported-text",
                    &[
                        ("file", path.display().to_string().into()),
                        ("problems", problems.to_string().into()),
                    ],
                ),
            ),
            Err(error @ ImportError::Apply(_)) => {
                self.show_error("error-import", error.to_string());
            }
        }
    }

    /// The open session's file and the files it was merged from, which no
    /// export may overwrite.
    pub(super) fn inputs(&self) -> Vec<&Path> {
        self.path
            .iter()
            .chain(&self.on_disk.sources)
            .map(PathBuf::as_path)
            .collect()
    }

    /// Writes the texts for translation into the Translate view's language, as
    /// XLIFF or the two-column form (by the extension).
    pub(super) fn export_translations(&mut self, path: &Path) {
        let Some(language) = self.translate.language() else {
            return;
        };
        let original = self
            .path
            .as_deref()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let written = dacum_store::check_output(path, &self.inputs())
            .map_err(|e| e.to_string())
            .and_then(|()| {
                dacum_store::export_translations(
                    self.document.session(),
                    &language,
                    path,
                    &original,
                )
                .map_err(|e| e.to_string())
            });
        if let Err(error) = written {
            self.show_error("error-export", error);
        }
    }

    /// Brings a translator's file back as one undo step; with any bad unit,
    /// nothing is imported and the error says where.
    pub(super) fn import_translations(&mut self, path: &Path) {
        match dacum_store::import_translations(&mut self.document, path) {
            Ok(plan) => {
                self.view = View::Translate;
                self.translate.show_language(&plan.language);
                let mut text = self.catalogue.tr_args(
                    "notice-translations-imported-text",
                    &[
                        ("imported", plan.imported.into()),
                        ("language", plan.language.as_str().into()),
                        ("unchanged", plan.unchanged.into()),
                        ("empty", plan.empty.into()),
                    ],
                );
                if !plan.source_changed.is_empty() {
                    text.push_str("\n\n");
                    text.push_str(&self.catalogue.tr_args(
                        "notice-translations-source-changed",
                        &[("codes", plan.source_changed.join(", ").into())],
                    ));
                }
                self.notify(Notice {
                    title: self.catalogue.tr("notice-translations-imported"),
                    text,
                });
            }
            Err(error) => self.show_error("error-nothing-imported", error.to_string()),
        }
    }

    pub(super) fn export_csv(&mut self, path: &Path) {
        let written = dacum_store::check_output(path, &self.inputs())
            .map_err(|e| e.to_string())
            .and_then(|()| {
                dacum_store::export_drivers_csv(self.document.session()).map_err(|e| e.to_string())
            })
            .and_then(|text| {
                dacum_store::PreparedSave::write(path, text.as_bytes()).map_err(|e| e.to_string())
            })
            .and_then(|prepared| prepared.commit(false).map_err(|e| e.to_string()));
        if let Err(error) = written {
            self.show_error("error-export", error);
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

    /// Starts writing a PDF, unless the chosen file is the open session's.
    pub(super) fn export_pdf_to(&mut self, path: PathBuf) {
        if let Err(error) = dacum_store::check_output(&path, &self.inputs()) {
            let message = error.to_string();
            self.show_export(Outcome::Failed { path, message });
        } else if let Some(outcome) = self.pdf.start(self.document.session(), path) {
            self.show_export(outcome);
        }
    }

    /// Saves to a path atomically; on success the recovery copy goes and the
    /// pending action (if the save was asked for by a confirmation) runs. Over
    /// the open file, only if nobody changed it since it was opened or saved here;
    /// otherwise the user is asked what to do.
    pub fn save_to(&mut self, path: PathBuf) {
        let over_open_file = self
            .path
            .as_deref()
            .is_some_and(|open| open == path || dacum_store::same_file(open, &path));
        let check = if over_open_file {
            self.on_disk.seen
        } else {
            None
        };
        self.write_session(path, check);
    }

    /// Saves, checking the file against `seen` first when there is one.
    fn write_session(&mut self, path: PathBuf, seen: Option<Fingerprint>) {
        let state = self.document.state();
        let sources: Vec<&Path> = self.on_disk.sources.iter().map(PathBuf::as_path).collect();
        let saved = if sources.is_empty() {
            dacum_store::save_session_checked(&path, self.document.session(), seen.as_ref())
        } else {
            dacum_store::save_merged_session(&path, self.document.session(), &sources)
        };
        match saved {
            Ok(written) => {
                if let Some(old) = self.recovery_path() {
                    let _ = dacum_store::remove_recovery(&old);
                }
                self.document.mark_saved(state);
                self.set_path(Some(path));
                self.on_disk = OnDisk {
                    seen: Some(written),
                    ..OnDisk::default()
                };
                if let Some(copy) = self.recovery_path() {
                    let _ = dacum_store::remove_recovery(&copy);
                }
                self.last_saved = Some(now_hhmm());
                self.last_autosaved = None;
                self.autosave.mark_clean(&self.document);
                if let Some(command) = self.after_save.take() {
                    self.apply(command);
                }
            }
            // The pending action (quit, open …) waits for the answer.
            Err(SaveError::ChangedOnDisk { .. }) => {
                self.prompts.push(Prompt::ChangedOnDisk(path));
            }
            Err(error) => {
                self.after_save = None;
                let text = self
                    .catalogue
                    .tr_args("error-save-text", &[("error", error.to_string().into())]);
                self.show_error("error-save", text);
            }
        }
    }

    /// Does what the user chose when a save found the file changed on disk.
    pub(super) fn changed_on_disk_answered(&mut self, path: PathBuf, choice: OnDiskChoice) {
        match choice {
            OnDiskChoice::KeepMine => self.write_session(path, None),
            OnDiskChoice::ReloadTheirs => self.reload_theirs(path),
            // A pending action runs after that save, or not at all if it is
            // cancelled (see the Save As cancellation in `show`).
            OnDiskChoice::SaveAs => self.files.start(Purpose::SaveAs, Some(&path)),
            OnDiskChoice::Cancel => self.after_save = None,
        }
    }

    /// Replaces the document with the file as another program left it. Only once
    /// their version has loaded do this document's changes go (like "Discard
    /// changes", with their recovery copy): a version that does not load (a
    /// `git pull` that left conflict markers) leaves my work open and unsaved.
    fn reload_theirs(&mut self, path: PathBuf) {
        self.after_save = None;
        match dacum_store::load_session_with_fingerprint(&path) {
            Ok((session, seen)) => {
                if let Some(copy) = self.recovery_path() {
                    let _ = dacum_store::remove_recovery(&copy);
                }
                self.replace_document(Document::new(session), Some(path));
                self.on_disk.seen = Some(seen);
            }
            Err(error) => self.show_error(
                "error-reload",
                self.catalogue
                    .tr_args("error-reload-text", &[("error", error.to_string().into())]),
            ),
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
                let mut text = self.catalogue.tr_args(
                    "notice-pdf-written-text",
                    &[
                        ("count", pages.into()),
                        ("file", path.display().to_string().into()),
                    ],
                );
                if let Some(warning) = dacum_export::missing_glyphs_warning(&missing_glyphs) {
                    text.push_str(&format!("\n\n{}", sentence(&warning)));
                }
                self.notify(Notice {
                    title: self.catalogue.tr("notice-pdf-written"),
                    text,
                });
            }
            Outcome::Failed { path, message } => self.show_error(
                "error-export-pdf",
                self.catalogue.tr_args(
                    "error-export-pdf-text",
                    &[
                        ("file", path.display().to_string().into()),
                        ("error", message.into()),
                    ],
                ),
            ),
        }
    }
}

/// A message the command line prints as a clause ("added 3 drivers …") as a
/// sentence of its own in a window: "Added 3 drivers ….".
fn sentence(clause: &str) -> String {
    let mut chars = clause.chars();
    let first: String = chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .collect();
    format!("{first}{}.", chars.as_str())
}
