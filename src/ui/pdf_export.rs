//! File › Export PDF…: a window with the export options (reports, paper, personal
//! names) and the page count they give, then — once the user has chosen a file —
//! the export itself. Counting and exporting run on worker threads with their own
//! copy of the session, so the app keeps drawing while a large report is written.

use super::language::catalogue;
use dacum_i18n::{Catalogue, Language};
use std::path::PathBuf;

use dacum_export::{ExportOptions, Paper, Report};
use dacum_model::Session;

use super::worker::{self, Job};

/// The outcome of an export, for the app to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Written {
        path: PathBuf,
        pages: usize,
        /// Characters the font could not draw.
        missing_glyphs: Vec<char>,
    },
    Failed {
        path: PathBuf,
        message: String,
    },
}

type Count = Result<usize, String>;
/// Pages and missing glyphs of a written PDF, or why it was not written.
type Written = Result<(usize, Vec<char>), String>;

#[derive(Default)]
pub struct PdfExport {
    open: bool,
    pub options: ExportOptions,
    /// The report language chosen in the window; until then the reports
    /// follow the display language.
    chosen_language: Option<Language>,
    /// The page count of the options it was worked out for.
    count: Option<(ExportOptions, Count)>,
    counting: Option<(ExportOptions, Job<Count>)>,
    writing: Option<(PathBuf, Job<Written>)>,
}

impl PdfExport {
    /// Opens the options window.
    pub fn open(&mut self) {
        self.open = true;
        self.count = None;
    }

    /// Whether any report is chosen: the workshop's, or the verification report.
    fn has_reports(&self) -> bool {
        !self.options.reports.is_empty() || self.options.verification.is_some()
    }

    /// An export is being written.
    pub fn is_writing(&self) -> bool {
        self.writing.is_some()
    }

    /// The page count for the current options, once worked out.
    pub fn page_count(&self) -> Option<&Count> {
        self.count
            .as_ref()
            .filter(|(options, _)| *options == self.options)
            .map(|(_, count)| count)
    }

    /// Draws the window; true when the user asks to export (the app then asks
    /// for the file).
    pub fn window_ui(&mut self, ctx: &egui::Context, session: &Session) -> bool {
        let texts = catalogue(ctx);
        self.options.language = self.chosen_language.unwrap_or(texts.language());
        self.poll_count(ctx, session);
        if !self.open {
            return false;
        }
        let mut export = false;
        let mut close = false;
        egui::Window::new(texts.tr("pdf-title"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                ui.strong(texts.tr("pdf-reports"));
                for report in Report::ALL {
                    let mut chosen = self.options.reports.contains(&report);
                    if ui
                        .checkbox(&mut chosen, report_title(&texts, report))
                        .changed()
                    {
                        self.options.reports.retain(|r| *r != report);
                        if chosen {
                            self.options.reports.push(report);
                        }
                    }
                }
                if dacum_export::has_survey(session) {
                    let mut chosen = self.options.verification.is_some();
                    if ui
                        .checkbox(&mut chosen, texts.tr("pdf-report-verification"))
                        .changed()
                    {
                        self.options.verification =
                            chosen.then(dacum_export::VerificationOptions::default);
                    }
                }
                ui.add_space(6.0);
                ui.strong(texts.tr("pdf-paper"));
                ui.horizontal(|ui| {
                    for paper in Paper::ALL {
                        let name = texts.text(&paper.label());
                        ui.radio_value(&mut self.options.paper, paper, name);
                    }
                });
                ui.add_space(6.0);
                let mut leave_out = !self.options.include_names;
                ui.checkbox(&mut leave_out, texts.tr("pdf-leave-out-names"));
                self.options.include_names = !leave_out;
                ui.add_space(6.0);
                self.language_ui(ui, &texts);
                ui.add_space(6.0);
                ui.label(self.preview_text(&texts));
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    let ready = self.has_reports() && !self.is_writing();
                    if ui
                        .add_enabled(ready, egui::Button::new(texts.tr("pdf-export")))
                        .clicked()
                    {
                        export = true;
                        close = true;
                    }
                    if ui.button(texts.tr("prompt-cancel")).clicked() {
                        close = true;
                    }
                });
            });
        if close {
            self.open = false;
        }
        export
    }

    /// The language of the reports' headings and labels: the display
    /// language until the user picks another here.
    fn language_ui(&mut self, ui: &mut egui::Ui, texts: &Catalogue) {
        let mut language = self.options.language;
        egui::ComboBox::from_label(texts.tr("pdf-report-language"))
            .selected_text(language.native_name())
            .show_ui(ui, |ui| {
                for &choice in Language::ALL {
                    ui.selectable_value(&mut language, choice, choice.native_name());
                }
            });
        if language != self.options.language {
            self.chosen_language = Some(language);
            self.options.language = language;
        }
    }

    fn preview_text(&self, texts: &Catalogue) -> String {
        if !self.has_reports() {
            return texts.tr("pdf-choose-a-report");
        }
        match self.page_count() {
            Some(Ok(pages)) => texts.tr_args("pdf-page-count", &[("count", (*pages).into())]),
            Some(Err(message)) => {
                texts.tr_args("pdf-cannot-prepare", &[("error", message.as_str().into())])
            }
            None => texts.tr("pdf-counting"),
        }
    }

    /// Starts counting pages for the current options when they changed, and
    /// collects a finished count.
    fn poll_count(&mut self, ctx: &egui::Context, session: &Session) {
        if let Some((options, job)) = &self.counting
            && let Some(result) = job.poll(ctx)
        {
            let count =
                result.unwrap_or_else(|_| Err("the page count stopped unexpectedly".to_owned()));
            self.count = Some((options.clone(), count));
            self.counting = None;
        }
        let wanted = self.open && self.has_reports();
        let known = self.page_count().is_some()
            || self
                .counting
                .as_ref()
                .is_some_and(|(o, _)| *o == self.options);
        if !wanted || known || self.counting.is_some() {
            return;
        }
        let session = session.clone();
        let options = self.options.clone();
        let job = options.clone();
        let spawned = Job::spawn("pdf-page-count", move || {
            dacum_export::page_count(&session, &job).map_err(|e| e.to_string())
        });
        match spawned {
            Ok(job) => {
                self.counting = Some((options, job));
                ctx.request_repaint_after(worker::POLL);
            }
            Err(error) => self.count = Some((options, Err(error.to_string()))),
        }
    }

    /// Writes the PDF of `session` to `path` on a worker thread.
    pub fn start(&mut self, session: &Session, path: PathBuf) -> Option<Outcome> {
        if self.is_writing() {
            return Some(Outcome::Failed {
                path,
                message: "another export is still being written".to_owned(),
            });
        }
        let session = session.clone();
        let options = self.options.clone();
        let target = path.clone();
        let spawned = Job::spawn("pdf-export", move || {
            crate::pdf_file::write_pdf(&session, &options, &target)
                .map(|written| (written.pages, written.missing_glyphs))
                .map_err(|e| e.to_string())
        });
        match spawned {
            Ok(job) => {
                self.writing = Some((path, job));
                None
            }
            Err(error) => Some(Outcome::Failed {
                path,
                message: error.to_string(),
            }),
        }
    }

    /// The finished export, if it has finished.
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<Outcome> {
        let (path, job) = self.writing.as_ref()?;
        let outcome = match job.poll(ctx)? {
            Ok(Ok((pages, missing_glyphs))) => Outcome::Written {
                path: path.clone(),
                pages,
                missing_glyphs,
            },
            Ok(Err(message)) => Outcome::Failed {
                path: path.clone(),
                message,
            },
            Err(_) => Outcome::Failed {
                path: path.clone(),
                message: "the export stopped unexpectedly".to_owned(),
            },
        };
        self.writing = None;
        Some(outcome)
    }
}

/// A report's name in the window (the export crate names it in English, for
/// the PDF's own title).
fn report_title(texts: &Catalogue, report: Report) -> String {
    texts.tr(match report {
        Report::Chart => "pdf-report-chart",
        Report::Profile => "pdf-report-profile",
        Report::Pestle => "pdf-report-pestle",
    })
}
