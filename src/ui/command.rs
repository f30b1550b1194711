//! What views, menus and windows ask the app to do — the one way back to the app.
//! Views draw from a borrowed `&Session` and push commands; the app applies them
//! after drawing, through one function (`DacumApp::apply`), so undo, redo,
//! autosave and the dirty flag all follow from one path. A menu entry or a
//! shortcut is a [`UiCommand`] of the command table, carried as `Command::Ui`;
//! actions with data (a file chosen, a view picked) are variants of their own.

use std::path::PathBuf;

use super::ui_command::UiCommand;
use super::view::View;
use dacum_i18n::Language;
use dacum_model::{Edit, Id};

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A change that is its own undo step (add, delete, move …).
    Edit(Edit),
    /// A keystroke-level change of a text field. Consecutive typing in the same
    /// field is merged into one undo step until `EndTyping`.
    Type(Edit),
    /// The field being typed in was left (Enter, Tab, focus moved): the next
    /// keystroke starts a new undo step.
    EndTyping,
    /// Escape in a field: undo the typing since the field was entered.
    CancelTyping,
    /// Show an element: switch to its view and scroll to it (from the findings list).
    Reveal(Id),
    /// A command of the table: a menu entry or a shortcut (or a view's button
    /// that does the same, like the Merge tab's "Merge sessions…").
    Ui(UiCommand),
    /// Switches to a view (View menu).
    Show(View),
    /// Shows the interface in a language and remembers it (View › Language).
    SetLanguage(Language),
    /// Shows the session's texts in a language it holds (View › Texts in);
    /// `None` shows the working language.
    ShowTextsIn(Option<String>),
    OpenPath(PathBuf),
    SaveTo(PathBuf),
    ImportCsvFrom(PathBuf),
    ExportCsvTo(PathBuf),
    /// Writes the texts for translation into the Translate view's language.
    ExportTranslationsTo(PathBuf),
    ImportTranslationsFrom(PathBuf),
    ExportPdfTo(PathBuf),
    /// Writes the survey's instrument (the form follows the extension).
    WriteSurveyFormTo(PathBuf),
    /// Writes the data-entry workbook for typing in paper answers.
    WriteSurveyWorkbookTo(PathBuf),
    /// Imports a file of survey answers as one undo step.
    ImportSurveyFrom(PathBuf),
    /// Writes the survey's per-task figures under the Survey view's filter.
    ExportSurveyStatsTo(PathBuf),
    /// Loads and merges these files in the background.
    MergeFiles(Vec<PathBuf>),
    /// Opens the finished merge as a new, unsaved document.
    OpenMerged,
}

impl From<UiCommand> for Command {
    fn from(command: UiCommand) -> Self {
        Command::Ui(command)
    }
}

impl Command {
    /// Whether the command would drop the open document (so unsaved changes must
    /// be confirmed first).
    pub fn discards_changes(&self) -> bool {
        matches!(
            self,
            Command::Ui(UiCommand::New | UiCommand::Open | UiCommand::Quit)
                | Command::OpenPath(_)
                | Command::OpenMerged
        )
    }

    /// The message id of "Save the changes to FILE before you …?" for this
    /// command (a whole sentence per command: languages put the verb in
    /// different places).
    pub fn question(&self) -> &'static str {
        match self {
            Command::Ui(UiCommand::New) => "prompt-unsaved-new",
            Command::Ui(UiCommand::Open) | Command::OpenPath(_) => "prompt-unsaved-open",
            Command::OpenMerged => "prompt-unsaved-open-merged",
            Command::Ui(UiCommand::Quit) => "prompt-unsaved-quit",
            _ => "prompt-unsaved-continue",
        }
    }
}
