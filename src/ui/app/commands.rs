//! Commands reaching the app: `DacumApp::apply`, the one function through which
//! everything a user does — typed in a view, chosen from a menu, pressed as a
//! shortcut, picked in a file dialog — changes the document or the app; the
//! table's commands (`run`), and revealing an element in its view.

use super::{Command, DacumApp, Prompt, Purpose, UiCommand, View, appearance};
use dacum_model::{Document, Id, Session};

impl DacumApp {
    /// Applies what the views, menus and windows asked for, in order.
    pub fn apply_commands(&mut self, commands: Vec<Command>) {
        for command in commands {
            self.apply(command);
        }
    }

    /// Applies one command: the one way by which anything the user does — typed
    /// in a view, chosen from a menu, pressed as a shortcut, picked in a file
    /// dialog — reaches the document and the app. Tests drive the app through it.
    pub fn apply(&mut self, command: impl Into<Command>) {
        let command = command.into();
        if command.discards_changes() && self.document.is_dirty() {
            // The command waits for the answer; asked for again meanwhile (a
            // second Ctrl+N) it is not queued twice, and it never slips past.
            if !self
                .prompts
                .any(|p| matches!(p, Prompt::UnsavedChanges(waiting) if *waiting == command))
            {
                self.prompts.push(Prompt::UnsavedChanges(command));
            }
            return;
        }
        let result = match command {
            Command::Edit(edit) => self.document.apply(edit),
            Command::Type(edit) => self.document.apply_typing(edit),
            Command::EndTyping => {
                self.document.seal_typing();
                Ok(())
            }
            Command::CancelTyping => self.document.cancel_typing(),
            Command::Reveal(id) => {
                self.reveal(id);
                Ok(())
            }
            Command::Ui(command) => {
                self.run(command);
                Ok(())
            }
            Command::Show(view) => {
                self.view = view;
                Ok(())
            }
            Command::SetLanguage(language) => {
                self.settings.language = Some(language.tag().to_owned());
                self.use_language(language);
                Ok(())
            }
            Command::ShowTextsIn(language) => {
                self.texts_in = language;
                Ok(())
            }
            Command::OpenPath(path) => {
                self.open_path(&path);
                Ok(())
            }
            Command::SaveTo(path) => {
                self.save_to(path);
                Ok(())
            }
            Command::ImportCsvFrom(path) => {
                self.import_csv(&path);
                Ok(())
            }
            Command::ExportCsvTo(path) => {
                self.export_csv(&path);
                Ok(())
            }
            Command::ExportTranslationsTo(path) => {
                self.export_translations(&path);
                Ok(())
            }
            Command::ImportTranslationsFrom(path) => {
                self.import_translations(&path);
                Ok(())
            }
            Command::ExportPdfTo(path) => {
                self.export_pdf_to(path);
                Ok(())
            }
            Command::WriteSurveyFormTo(path) => {
                self.write_survey_form(&path);
                Ok(())
            }
            Command::WriteSurveyWorkbookTo(path) => {
                self.write_survey_workbook(&path);
                Ok(())
            }
            Command::ImportSurveyFrom(path) => {
                self.import_survey(&path);
                Ok(())
            }
            Command::ExportSurveyStatsTo(path) => {
                self.export_survey_stats(&path);
                Ok(())
            }
            Command::MergeFiles(paths) => {
                self.start_merge(paths);
                Ok(())
            }
            Command::OpenMerged => {
                self.open_merged();
                Ok(())
            }
        };
        if let Err(error) = result {
            self.show_error("error-edit", error.to_string());
        }
    }

    /// Switches to the view that shows an element and scrolls to it.
    fn reveal(&mut self, id: Id) {
        let session = self.document.session();
        let chart = &session.chart;
        if chart.find_duty(id).is_some() || chart.find_task(id).is_some() {
            self.view = View::Chart;
            self.board.reveal(id);
        } else if chart.find_list_item(id).is_some() || chart.acronyms.iter().any(|a| a.id == id) {
            self.view = View::Lists;
            self.lists.reveal(id);
        } else if session.person(id).is_some() {
            self.view = View::Session;
            self.session_editor.reveal(id);
        } else if session.verification.ratings.iter().any(|r| r.id == id) {
            self.view = View::Verification;
            self.grid.reveal(id);
        } else {
            self.view = View::Pestle;
        }
    }

    /// Runs a command of the table (a menu entry or a shortcut).
    fn run(&mut self, command: UiCommand) {
        use appearance::Change;
        let files_from = self.path.as_deref();
        match command {
            // A new session holds nothing to lose until something is typed.
            UiCommand::New => self.replace_document(Document::new(Session::default()), None),
            UiCommand::Open => self.files.start(Purpose::Open, files_from),
            UiCommand::Save => self.save(),
            UiCommand::SaveAs => {
                let current = files_from.or(self.save_suggestion.as_deref());
                self.files.start(Purpose::SaveAs, current);
            }
            UiCommand::ImportCsv => self.files.start(Purpose::ImportCsv, files_from),
            UiCommand::ExportCsv => self.files.start(Purpose::ExportCsv, files_from),
            UiCommand::ExportTranslations => {
                let held = self.document.session().display_languages();
                if let Some(language) = self.translate.language().or_else(|| held.get(1).cloned()) {
                    self.translate.show_language(&language);
                    self.files.start(Purpose::ExportTranslations, files_from);
                } else {
                    self.view = View::Translate;
                    let text = self.catalogue.tr("error-no-translation-language-text");
                    self.show_error("error-no-translation-language", text);
                }
            }
            UiCommand::ImportTranslations => {
                self.files.start(Purpose::ImportTranslations, files_from);
            }
            UiCommand::SurveyForm => self.files.start(Purpose::SurveyForm, files_from),
            UiCommand::SurveyWorkbook => self.files.start(Purpose::SurveyWorkbook, files_from),
            UiCommand::ImportSurvey => self.files.start(Purpose::ImportSurvey, files_from),
            UiCommand::ExportSurveyStats => {
                self.files.start(Purpose::ExportSurveyStats, files_from);
            }
            UiCommand::MergeSessions => self.files.start(Purpose::Merge, files_from),
            UiCommand::ExportPdf => self.pdf.open(),
            UiCommand::Undo => self.undo_redo(true),
            UiCommand::Redo => self.undo_redo(false),
            UiCommand::ToggleGuide => self.settings.show_guide = !self.settings.show_guide,
            UiCommand::ToggleFindings => self.show_findings = !self.show_findings,
            UiCommand::ZoomIn => self.settings.appearance.apply(Change::ZoomIn),
            UiCommand::ZoomOut => self.settings.appearance.apply(Change::ZoomOut),
            UiCommand::ZoomReset => self.settings.appearance.apply(Change::ZoomReset),
            UiCommand::ToggleHighContrast => {
                self.settings.appearance.apply(Change::ToggleHighContrast);
            }
            UiCommand::ToggleFullscreen => self.settings.appearance.apply(Change::ToggleFullscreen),
            UiCommand::Quit => self.closing = true,
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        let result = if undo {
            self.document.undo()
        } else {
            self.document.redo()
        };
        if let Err(error) = result {
            self.show_error("error-undo", error.to_string());
        }
    }
}
