//! File › Survey: writing the survey's instrument and importing what comes
//! back, through the same functions as `survey-form` and `import-survey`.

use std::path::Path;

use super::{DacumApp, Notice};
use crate::ui::view::{VerificationTab, View};

impl DacumApp {
    /// Writes the instrument of the session's only survey round (or of the
    /// whole chart): an XLSForm for `.xlsx`, the CSV template for `.csv`, the
    /// paper questionnaire for `.pdf` (in the language the texts are shown in).
    pub(super) fn write_survey_form(&mut self, path: &Path) {
        let session = self.document.session();
        let round = only_survey_round(session);
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let checked = dacum_store::check_output(path, &self.inputs()).map_err(|e| e.to_string());
        let written = checked.and_then(|()| match extension.as_str() {
            // The paper questionnaire, in the language the texts are shown in.
            "pdf" => {
                let options = dacum_export::QuestionnaireOptions {
                    paper: self.pdf.options.paper,
                    round: round.map(|r| r.id),
                    language: self.texts_in.clone(),
                };
                crate::pdf_file::write_questionnaire(session, &options, path)
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }
            "csv" => dacum_store::write_csv_template(session, round, &[])
                .map(String::into_bytes)
                .and_then(|bytes| {
                    dacum_store::write_file_atomically(path, &bytes).map_err(|e| e.to_string())
                }),
            _ => dacum_store::write_xlsform(session, round, &[]).and_then(|bytes| {
                dacum_store::write_file_atomically(path, &bytes).map_err(|e| e.to_string())
            }),
        });
        match written {
            Ok(()) => self.notify(Notice {
                title: self.catalogue.tr("notice-survey-form"),
                text: self.catalogue.tr_args(
                    "notice-survey-form-text",
                    &[("file", path.display().to_string().into())],
                ),
            }),
            Err(error) => self.show_error("error-export", error),
        }
    }

    /// Writes the data-entry workbook of the session's only survey round (or
    /// of the whole chart), for typing in paper questionnaires.
    pub(super) fn write_survey_workbook(&mut self, path: &Path) {
        let session = self.document.session();
        let round = only_survey_round(session);
        let written = dacum_store::check_output(path, &self.inputs())
            .map_err(|e| e.to_string())
            .and_then(|()| dacum_store::write_workbook(session, round, &[]))
            .and_then(|bytes| {
                dacum_store::write_file_atomically(path, &bytes).map_err(|e| e.to_string())
            });
        match written {
            Ok(()) => self.notify(Notice {
                title: self.catalogue.tr("notice-survey-form"),
                text: self.catalogue.tr_args(
                    "notice-survey-workbook-text",
                    &[("file", path.display().to_string().into())],
                ),
            }),
            Err(error) => self.show_error("error-export", error),
        }
    }

    /// Writes the survey's per-task figures as the Survey view shows them
    /// (its filter and weighting): CSV for `.csv`, else a workbook.
    pub(super) fn export_survey_stats(&mut self, path: &Path) {
        use dacum_model::survey::stats::{SurveyStats, Thresholds};
        let session = self.document.session();
        let (filter, weighting) = self.survey.shown();
        let stats = SurveyStats::compute(session, &filter, weighting, &Thresholds::default());
        let csv = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
        let written = dacum_store::check_output(path, &self.inputs())
            .map_err(|e| e.to_string())
            .and_then(|()| {
                if csv {
                    Ok(dacum_store::write_stats_csv(session, &stats).into_bytes())
                } else {
                    dacum_store::write_stats_xlsx(session, &stats)
                }
            })
            .and_then(|bytes| {
                dacum_store::write_file_atomically(path, &bytes).map_err(|e| e.to_string())
            });
        match written {
            Ok(()) => self.notify(Notice {
                title: self.catalogue.tr("notice-survey-stats"),
                text: self.catalogue.tr_args(
                    "notice-survey-stats-text",
                    &[
                        ("file", path.display().to_string().into()),
                        ("respondents", stats.survey.respondents().into()),
                    ],
                ),
            }),
            Err(error) => self.show_error("error-export", error),
        }
    }

    /// Imports a file of answers into the session's survey round (a new one
    /// named after the file when there is none), as one undo step; every bad
    /// cell is listed and nothing imported.
    pub(super) fn import_survey(&mut self, path: &Path) {
        let default_name = path
            .file_stem()
            .map_or_else(|| "Survey".to_owned(), |s| s.to_string_lossy().into_owned());
        let planned = dacum_store::read_answer_table(path)
            .map_err(|error| match error.row {
                Some(row) => format!("row {row}: {}", error.message),
                None => error.message,
            })
            .and_then(|table| {
                let session = self.document.session();
                dacum_store::plan_survey_import(session, &table, None, &default_name).map_err(
                    |errors| {
                        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
                        lines.join("\n")
                    },
                )
            });
        let plan = match planned {
            Ok(plan) => plan,
            Err(problems) => {
                self.show_error(
                    "error-nothing-imported",
                    self.catalogue.tr_args(
                        "error-nothing-imported-text",
                        &[
                            ("file", path.display().to_string().into()),
                            ("problems", problems.into()),
                        ],
                    ),
                );
                return;
            }
        };
        if let Some(edit) = plan.edit.clone()
            && let Err(error) = self.document.apply(edit)
        {
            self.show_error("error-import", error.to_string());
            return;
        }
        self.view = View::Verification;
        self.verification_tab = VerificationTab::Survey;
        let mut text = self.catalogue.tr_args(
            "notice-survey-imported-text",
            &[
                ("round", plan.round.as_str().into()),
                ("added", plan.added.into()),
                ("known", plan.known.into()),
                ("suggestions", plan.suggestions.into()),
            ],
        );
        if !plan.changed.is_empty() {
            text.push_str("\n\n");
            text.push_str(&self.catalogue.tr_args(
                "notice-survey-changed",
                &[
                    ("count", plan.changed.len().into()),
                    ("codes", plan.changed.join(", ").into()),
                ],
            ));
        }
        self.notify(Notice {
            title: self.catalogue.tr("notice-survey-imported"),
            text,
        });
    }
}

/// The session's survey round when it has exactly one: the instruments ask
/// about its tasks; otherwise about the whole chart.
fn only_survey_round(session: &dacum_model::Session) -> Option<&dacum_model::Round> {
    let mut surveys = session
        .survey
        .rounds
        .iter()
        .filter(|r| r.mode == dacum_model::Mode::Survey);
    match (surveys.next(), surveys.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}
