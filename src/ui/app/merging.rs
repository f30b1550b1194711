//! File › Merge sessions… in the app: starting the merge of the chosen files,
//! and opening its result as a new, unsaved document — after the user has saved
//! or discarded unsaved changes of the open one, exactly as when opening a file.

use std::path::PathBuf;

use super::{Command, DacumApp, View};
use crate::ui::merge_files::{Finished, MergeFailure};
use dacum_model::Document;

impl DacumApp {
    /// Loads and merges the files on a worker thread.
    pub(super) fn start_merge(&mut self, paths: Vec<PathBuf>) {
        if let Err(failure) = self.merging.start(paths) {
            self.show_merge_failure(&failure);
        }
    }

    /// Whether files are being loaded and merged.
    pub fn is_merging(&self) -> bool {
        self.merging.is_running()
    }

    pub(super) fn merge_finished(&mut self, answer: Result<Finished, MergeFailure>) {
        match answer {
            Ok(finished) => {
                self.merging.hold(finished);
                // Asks first when the open document has unsaved changes.
                self.apply(Command::OpenMerged);
            }
            Err(failure) => self.show_merge_failure(&failure),
        }
    }

    fn show_merge_failure(&mut self, failure: &MergeFailure) {
        let (title, text) = failure.message(&self.catalogue);
        self.show_error(title, text);
    }

    /// Opens the held merge result as an unsaved document (Save asks for a name)
    /// and shows what is left to decide.
    pub(super) fn open_merged(&mut self) {
        let Some(finished) = self.merging.take_ready() else {
            return;
        };
        self.replace_document(Document::unsaved(finished.merged.session), None);
        self.save_suggestion = Some(finished.suggested);
        self.remember_merge_sources(finished.sources);
        // The merge exists in no file yet: a recovery copy keeps it safe until
        // it is saved.
        self.autosave.mark_unsent();
        self.view = View::Merge;
    }
}
