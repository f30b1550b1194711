//! The app shell: the open document and its file, the views, menus, status bar,
//! keyboard shortcuts, and the one place where views' commands reach the document.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use dacum_i18n::{Catalogue, Language};

use super::appearance;
use super::autosave::Autosave;
use super::axes_panel::AxesState;
use super::command::Command;
use super::driver_matrix::DriverMatrixState;
use super::duty_board::DutyBoardState;
use super::file_flow::{FileFlow, Purpose};
use super::findings_list::{Findings, findings_list_ui};
use super::language::{self, Tr};
use super::menu_bar::menu_bar_ui;
use super::merge_files::MergeFiles;
use super::merge_view::MergeReview;
use super::pdf_export::PdfExport;
use super::pestle_drivers::DriversState;
use super::prompts::{self, Choice, Notice, Prompt, Prompts, RecoveryOffer, format_time};
use super::scenario_matrix::ScenariosState;
use super::session_editor::SessionEditorState;
use super::settings::{SETTINGS_KEY, Settings};
use super::status_bar::{SaveState, status_bar_ui};
use super::supporting_lists::SupportingListsState;
use super::survey_view::SurveyViewState;
use super::translate_view::TranslateState;
use super::ui_command::UiCommand;
use super::verification_grid::VerificationGridState;
use super::voting_grid::VotingGridState;
use super::workshop_guide::{WorkshopGuide, workshop_guide_ui};

mod commands;
mod documents;
mod merging;
mod opening;
mod surveys;
mod views;
use super::view::{PestleTab, VerificationTab, View};
use dacum_model::Document;
pub use opening::Opening;

pub struct DacumApp {
    document: Document,
    /// The interface texts, installed into egui's context every frame
    /// (`language::install`), where every view reads them.
    catalogue: Arc<Catalogue>,
    path: Option<PathBuf>,
    view: View,
    /// The language the board and the lists show the session's texts in
    /// (View › Texts in); `None`: the working language. Not saved; back to the
    /// working language when another document opens.
    texts_in: Option<String>,
    pub(in crate::ui) board: DutyBoardState,
    lists: SupportingListsState,
    session_editor: SessionEditorState,
    grid: VerificationGridState,
    verification_tab: VerificationTab,
    survey: SurveyViewState,
    pestle_tab: PestleTab,
    drivers: DriversState,
    votes: VotingGridState,
    pub(in crate::ui) matrix: DriverMatrixState,
    axes: AxesState,
    scenarios: ScenariosState,
    translate: TranslateState,
    guide: WorkshopGuide,
    findings: Findings,
    show_findings: bool,
    merge_review: MergeReview,
    pub settings: Settings,
    files: FileFlow,
    pdf: PdfExport,
    merging: MergeFiles,
    /// Where Save first suggests to save a document that has no file yet (a
    /// merged session: beside the files it was merged from).
    save_suggestion: Option<PathBuf>,
    autosave: Autosave,
    last_saved: Option<String>,
    last_autosaved: Option<String>,
    /// Notices and questions, shown one at a time.
    prompts: Prompts,
    /// What to do once the save that the user chose in the confirmation succeeds.
    after_save: Option<Command>,
    /// The name in the window title of a document without a file, when it has
    /// one (the example: its title, marked as a copy).
    untitled_name: Option<String>,
    closing: bool,
    /// Set when `DACUM_STUDIO_TIMING` is in the environment: report the time to
    /// the first frame on standard error (for start-up measurements).
    timing: Option<Instant>,
    /// Where recovery copies of untitled sessions go.
    untitled_folder: Option<PathBuf>,
    /// The window title last sent (sending one costs a repaint, so only on change).
    shown_title: String,
    /// The open file as last seen on disk, for saves that must not overwrite
    /// another program's change.
    on_disk: documents::OnDisk,
}

fn now_hhmm() -> String {
    jiff::Zoned::now().strftime("%H:%M").to_string()
}

impl DacumApp {
    pub fn new(document: Document, path: Option<PathBuf>, settings: Settings) -> Self {
        let mut app = DacumApp {
            document,
            catalogue: Arc::new(Catalogue::new(settings.language())),
            path: None,
            view: View::Chart,
            texts_in: None,
            board: DutyBoardState::default(),
            lists: SupportingListsState::default(),
            session_editor: SessionEditorState::default(),
            grid: VerificationGridState::default(),
            verification_tab: VerificationTab::Panel,
            survey: SurveyViewState::default(),
            pestle_tab: PestleTab::Drivers,
            drivers: DriversState::default(),
            votes: VotingGridState::default(),
            matrix: DriverMatrixState::default(),
            axes: AxesState::default(),
            scenarios: ScenariosState::default(),
            translate: TranslateState::default(),
            guide: WorkshopGuide::default(),
            findings: Findings::default(),
            show_findings: false,
            merge_review: MergeReview::default(),
            settings,
            files: FileFlow::default(),
            pdf: PdfExport::default(),
            merging: MergeFiles::default(),
            save_suggestion: None,
            autosave: Autosave::new(),
            last_saved: None,
            last_autosaved: None,
            prompts: Prompts::default(),
            after_save: None,
            untitled_name: None,
            closing: false,
            timing: std::env::var_os("DACUM_STUDIO_TIMING").map(|_| Instant::now()),
            shown_title: String::new(),
            untitled_folder: dacum_store::default_untitled_folder(),
            on_disk: documents::OnDisk::default(),
        };
        app.set_path(path);
        app.remember_file_on_disk();
        app.autosave.mark_clean(&app.document);
        app.offer_recovery();
        app
    }

    pub fn document(&self) -> &Document {
        &self.document
    }

    /// Keeps recovery copies of untitled sessions in `folder` instead of the
    /// platform's data folder, and looks for them there (tests use this).
    pub fn use_untitled_folder(&mut self, folder: PathBuf) {
        self.untitled_folder = Some(folder);
        self.prompts.take(|p| matches!(p, Prompt::Recovery(_)));
        self.offer_recovery();
    }

    /// Whether File › Open and Save As try the system's file dialog first; without
    /// it they ask for a path in the app (tests use this).
    pub fn use_system_dialogs(&mut self, yes: bool) {
        self.files.system_dialogs = yes;
    }

    /// Sets the app up to be driven without a desktop, as the test harnesses do:
    /// files are asked for in the app, never in a system dialog, and recovery
    /// copies of untitled sessions go to a folder of this process's own under the
    /// temporary folder, never to the user's.
    pub fn headless(&mut self) {
        self.use_untitled_folder(
            std::env::temp_dir().join(format!("dacum-studio-tests-{}", std::process::id())),
        );
        self.use_system_dialogs(false);
        // Tests find widgets by their English labels, whatever the machine's
        // locale.
        self.use_language(Language::English);
    }

    /// Shows the interface in `language` from the next frame on (without
    /// remembering it: `Command::SetLanguage` does both).
    pub fn use_language(&mut self, language: Language) {
        if self.catalogue.language() != language {
            self.catalogue = Arc::new(Catalogue::new(language));
        }
    }

    pub fn language(&self) -> Language {
        self.catalogue.language()
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn view(&self) -> View {
        self.view
    }

    /// Shows one part of the PESTLE view.
    pub fn show_pestle(&mut self, tab: PestleTab) {
        self.view = View::Pestle;
        self.pestle_tab = tab;
    }

    /// Shows a part of the Verification view.
    pub fn show_verification(&mut self, tab: VerificationTab) {
        self.view = View::Verification;
        self.verification_tab = tab;
    }

    /// The first notice shown or waiting.
    pub fn notice(&self) -> Option<&Notice> {
        self.prompts.iter().find_map(|p| match p {
            Prompt::Notice(notice) => Some(notice),
            _ => None,
        })
    }

    /// How many notices and questions are shown or waiting (one is on screen).
    pub fn prompts_waiting(&self) -> usize {
        self.prompts.iter().count()
    }

    /// Where autosave writes for the current document.
    pub fn recovery_path(&self) -> Option<PathBuf> {
        dacum_store::recovery_path(
            self.path.as_deref(),
            self.untitled_folder.as_deref(),
            self.document.session().id,
        )
    }

    fn set_path(&mut self, path: Option<PathBuf>) {
        if let Some(path) = &path {
            self.settings.add_recent(path);
        }
        self.path = path;
        self.untitled_name = None;
    }

    pub fn save_state(&self) -> SaveState {
        if self.document.is_dirty() {
            match &self.last_autosaved {
                Some(at) => SaveState::Autosaved(at.clone()),
                None => SaveState::Unsaved,
            }
        } else {
            match &self.last_saved {
                Some(at) => SaveState::Saved(at.clone()),
                None => SaveState::Saved(String::new()),
            }
        }
    }

    pub fn window_title(&self) -> String {
        let name = match self.path.as_ref().and_then(|p| p.file_name()) {
            Some(name) => name.to_string_lossy().into_owned(),
            None => self
                .untitled_name
                .clone()
                .unwrap_or_else(|| self.catalogue.tr("title-untitled")),
        };
        let marker = if self.document.is_dirty() { " •" } else { "" };
        format!("{name}{marker} — DACUM Studio")
    }

    /// Looks for a recovery copy newer than the file (or, for an untitled
    /// session, any recovery copy of an untitled session).
    fn offer_recovery(&mut self) {
        let found = match &self.path {
            Some(path) => dacum_store::find_recovery(path),
            None => self
                .untitled_folder
                .as_deref()
                .and_then(|f| dacum_store::untitled_recoveries(f).into_iter().next()),
        };
        let Some(recovery) = found else { return };
        match recovery.load() {
            Ok(session) => self.prompts.push(Prompt::Recovery(Box::new(RecoveryOffer {
                recovery,
                session,
            }))),
            Err(error) => self.show_error(
                "error-recovery-unreadable",
                self.catalogue.tr_args(
                    "error-recovery-unreadable-text",
                    &[("error", error.to_string().into())],
                ),
            ),
        }
    }

    /// Restores the offered recovery copy (true) or deletes it (false).
    pub fn resolve_recovery(&mut self, restore: bool) {
        let Some(Prompt::Recovery(offer)) = self.prompts.take(|p| matches!(p, Prompt::Recovery(_)))
        else {
            return;
        };
        if restore {
            self.document = Document::unsaved(offer.session);
            self.texts_in = None;
            self.findings.reset();
            self.merge_review.reset();
            self.translate.reset();
            self.survey.reset();
            self.last_autosaved = Some(format_time(offer.recovery.saved));
        } else if let Err(error) = dacum_store::remove_recovery(&offer.recovery.path) {
            self.show_error("error-recovery-delete", error.to_string());
        }
    }

    pub fn has_recovery_offer(&self) -> bool {
        self.prompts.any(|p| matches!(p, Prompt::Recovery(_)))
    }

    /// Shows an error: `title` is a message id, `text` already in words.
    fn show_error(&mut self, title: &str, text: String) {
        self.notify(Notice {
            title: self.catalogue.tr(title),
            text,
        });
    }

    /// Shows a message once the prompts before it are answered.
    fn notify(&mut self, notice: Notice) {
        self.prompts.push(Prompt::Notice(notice));
    }

    /// Runs the commands of the table whose shortcuts were pressed. Undo and
    /// redo are the document's, not the text field's: they are taken out of the
    /// input before any field sees them.
    fn shortcuts(&mut self, ctx: &egui::Context) {
        for command in ctx.input_mut(UiCommand::pressed) {
            self.apply(command);
        }
    }

    /// Draws one frame. Separate from `eframe::App::ui` so tests can drive it.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        language::install(&ctx, &self.catalogue);
        self.settings.appearance.sync(&ctx);
        let title = self.window_title();
        if self.shown_title != title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
        self.handle_dropped_files(&ctx);
        self.shortcuts(&ctx);
        self.handle_close_request(&ctx);

        // Each part's commands are applied as soon as it is drawn, so a later part
        // of the same frame draws what they changed (a view picked in the menu).
        let mut commands = Vec::new();
        let shown = (self.view, self.texts_in.as_deref());
        menu_bar_ui(ui, &self.document, &self.settings, shown, &mut commands);
        self.apply_commands(std::mem::take(&mut commands));
        let problems = self.findings.update(&self.document).len();
        let state = self.save_state();
        status_bar_ui(
            ui,
            self.document.session(),
            problems,
            (&state, self.texts_in.as_deref()),
            self.path.as_deref(),
            &mut commands,
        );
        self.apply_commands(std::mem::take(&mut commands));
        if self.show_findings {
            egui::Panel::bottom("findings-panel")
                .resizable(true)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.strong(ui.tr("findings-title"));
                        if ui.button(ui.tr("findings-close")).clicked() {
                            self.show_findings = false;
                        }
                    });
                    let rules = self.document.session().statement_rules();
                    findings_list_ui(ui, rules, self.findings.problems(), &mut commands);
                });
            self.apply_commands(std::mem::take(&mut commands));
        }
        if self.settings.show_guide {
            egui::Panel::right("workshop-guide")
                .default_size(280.0)
                .resizable(true)
                .show(ui, |ui| {
                    workshop_guide_ui(ui, &mut self.guide);
                });
        }
        let commands = self.central_ui(ui);
        self.apply_commands(commands);

        // The typed-path window is a prompt too: it waits while another is shown.
        if let Some(command) = self.files.poll_ui(&ctx, self.prompts.is_empty()) {
            self.apply(command);
        }
        if self.files.take_cancelled() == Some(Purpose::SaveAs) {
            // The save the confirmation asked for did not happen, so what was
            // to follow it (open, new, quit …) must not run after a later save.
            self.after_save = None;
        }
        if self.pdf.window_ui(&ctx, self.document.session()) {
            let suggested = self.path.as_ref().map(|p| p.with_extension("pdf"));
            self.files.start(Purpose::ExportPdf, suggested.as_deref());
        }
        if let Some(outcome) = self.pdf.poll(&ctx) {
            self.show_export(outcome);
        }
        if let Some(answer) = self.merging.poll(&ctx) {
            self.merge_finished(answer);
        }
        self.merging.progress_ui(&ctx);
        self.dialogs_ui(&ctx);
        self.autosave_tick(&ctx);
        if let Some(started) = self.timing.take() {
            eprintln!(
                "first frame drawn {} ms after the app was created",
                started.elapsed().as_millis()
            );
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        if let Some(path) = dropped
            .into_iter()
            .find(|p| p.extension().is_some_and(|e| e == "ron"))
        {
            self.apply(Command::OpenPath(path));
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.closing {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.apply(UiCommand::Quit);
        }
        if self.closing {
            self.closing = false;
            if let Some(copy) = self.recovery_path()
                && !self.document.is_dirty()
            {
                let _ = dacum_store::remove_recovery(&copy);
            }
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn autosave_tick(&mut self, ctx: &egui::Context) {
        for written in self.autosave.finished() {
            match written.result {
                Ok(()) => self.last_autosaved = Some(now_hhmm()),
                Err(error) => self.show_error(
                    "error-autosave",
                    self.catalogue
                        .tr_args("error-autosave-text", &[("error", error.into())]),
                ),
            }
        }
        if !self.document.is_dirty() {
            self.autosave.mark_clean(&self.document);
            return;
        }
        if let Some(wait) = self
            .autosave
            .tick(&self.document, self.recovery_path(), Instant::now())
        {
            ctx.request_repaint_after(wait);
        }
    }

    /// Shows the first waiting prompt and acts on its answer.
    fn dialogs_ui(&mut self, ctx: &egui::Context) {
        match self.prompts.current() {
            None => {}
            Some(Prompt::Notice(notice)) if prompts::notice_ui(ctx, notice) => {
                self.prompts.answered();
            }
            Some(Prompt::Notice(_)) => {}
            // Saved or discarded since it was asked (by the answer to an earlier
            // question): nothing to ask about any more.
            Some(Prompt::UnsavedChanges(_)) if !self.document.is_dirty() => {
                if let Some(Prompt::UnsavedChanges(command)) = self.prompts.answered() {
                    self.apply(command);
                }
            }
            Some(Prompt::UnsavedChanges(command)) => {
                let command = command.clone();
                let name = self
                    .path
                    .as_ref()
                    .and_then(|p| p.file_name())
                    .map(|n| n.to_string_lossy().into_owned());
                let choice = prompts::unsaved_changes_ui(
                    ctx,
                    &name.unwrap_or_else(|| self.catalogue.tr("prompt-this-session")),
                    command.question(),
                );
                if let Some(choice) = choice {
                    self.prompts.answered();
                    self.unsaved_changes_answered(command, choice);
                }
            }
            Some(Prompt::ChangedOnDisk(path)) => {
                let path = path.clone();
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                if let Some(choice) = prompts::changed_on_disk_ui(ctx, &name) {
                    self.prompts.answered();
                    self.changed_on_disk_answered(path, choice);
                }
            }
            Some(Prompt::Recovery(offer)) => {
                if let Some(restore) = prompts::recovery_offer_ui(ctx, &offer.recovery) {
                    self.resolve_recovery(restore);
                }
            }
        }
    }

    fn unsaved_changes_answered(&mut self, command: Command, choice: Choice) {
        match choice {
            Choice::Save => {
                self.after_save = Some(command);
                self.save();
            }
            Choice::Discard => {
                if let Some(copy) = self.recovery_path() {
                    let _ = dacum_store::remove_recovery(&copy);
                }
                self.document.mark_saved(self.document.state());
                self.apply(command);
            }
            Choice::Cancel => {
                if command == Command::OpenMerged {
                    // The user keeps the open session: the merge is dropped
                    // (the files it was made from are unchanged).
                    self.merging.take_ready();
                }
            }
        }
    }
}

impl eframe::App for DacumApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}
