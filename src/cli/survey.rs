//! `survey-form`: the survey's instrument written for a round (or the whole
//! chart); `import-survey`: a file of survey answers added to a session file
//! as a round, through the same import as the app's
//! (`dacum_store::plan_survey_import`).

use std::path::Path;
use std::process::ExitCode;

use dacum_export::{Paper, QuestionnaireOptions};
use dacum_model::survey::Round;
use dacum_model::{Document, Session};
use dacum_studio::pdf_file::{PdfFileError, write_questionnaire};

use super::SurveyFormKind;
use super::error::Error;
use super::output::{Stdout, warn};

/// Writes the per-task statistics; exit code 0, or an error (2) with OUT not
/// written.
pub fn survey_stats(
    session_path: &Path,
    output: &Path,
    per_country: bool,
    countries: &[String],
    rounds: &[String],
) -> Result<ExitCode, Error> {
    use dacum_model::survey::stats::{Filter, SurveyStats, Thresholds, Weighting};
    dacum_store::check_output(output, &[session_path])?;
    let session = dacum_store::load_session(session_path)?;
    let mut filter = Filter {
        countries: countries.to_vec(),
        ..Filter::default()
    };
    for name in rounds {
        let round = session
            .survey
            .rounds
            .iter()
            .find(|r| r.name.trim() == name.trim())
            .ok_or_else(|| {
                Error::File {
                    path: session_path.to_owned(),
                    message: format!("there is no survey round “{name}”"),
                }
                .nothing("written", output)
            })?;
        filter.rounds.push(round.id);
    }
    let weighting = if per_country {
        Weighting::EqualPerCountry
    } else {
        Weighting::PerRespondent
    };
    let stats = SurveyStats::compute(&session, &filter, weighting, &Thresholds::default());
    let xlsx = output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    let bytes = if xlsx {
        dacum_store::write_stats_xlsx(&session, &stats).map_err(|message| {
            Error::File {
                path: output.to_owned(),
                message,
            }
            .nothing("written", output)
        })?
    } else {
        dacum_store::write_stats_csv(&session, &stats).into_bytes()
    };
    dacum_store::write_file_atomically(output, &bytes)?;
    let mut out = Stdout::new();
    out.line(format_args!(
        "{}: {} tasks, {} respondents",
        output.display(),
        stats.survey.tasks.len(),
        stats.survey.respondents()
    ))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Writes the instrument; exit code 0, or an error (2) with OUT not written.
pub fn survey_form(
    session_path: &Path,
    output: &Path,
    form: Option<SurveyFormKind>,
    round: Option<&str>,
    languages: &[String],
    paper: Paper,
) -> Result<ExitCode, Error> {
    dacum_store::check_output(output, &[session_path])?;
    let session = dacum_store::load_session(session_path)?;
    let nothing = |message: String| {
        Error::File {
            path: session_path.to_owned(),
            message,
        }
        .nothing("written", output)
    };
    let round = match round {
        Some(name) => Some(
            session
                .survey
                .rounds
                .iter()
                .find(|r| r.name.trim() == name.trim())
                .ok_or_else(|| {
                    let names: Vec<&str> = session
                        .survey
                        .rounds
                        .iter()
                        .map(|r| r.name.as_str())
                        .collect();
                    nothing(format!(
                        "there is no survey round “{name}” (the session has: {})",
                        if names.is_empty() {
                            "none".to_owned()
                        } else {
                            names.join(", ")
                        }
                    ))
                })?,
        ),
        None => None,
    };
    let extension = output
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let form = match (form, extension.as_str()) {
        (Some(form), _) => form,
        (None, "xlsx") => SurveyFormKind::Xlsform,
        (None, "csv") => SurveyFormKind::Csv,
        (None, "pdf") => SurveyFormKind::Paper,
        (None, _) => {
            return Err(Error::Usage(format!(
                "say which form to write with --form xlsform|workbook|csv|paper (“{}” does not tell)",
                output.display()
            )));
        }
    };
    let bytes = match form {
        SurveyFormKind::Paper => {
            return paper_form(&session, session_path, output, round, languages, paper);
        }
        SurveyFormKind::Xlsform => dacum_store::write_xlsform(&session, round, languages),
        SurveyFormKind::Workbook => dacum_store::write_workbook(&session, round, languages),
        SurveyFormKind::Csv => {
            dacum_store::write_csv_template(&session, round, languages).map(String::into_bytes)
        }
    }
    .map_err(nothing)?;
    dacum_store::write_file_atomically(output, &bytes)?;
    let mut out = Stdout::new();
    out.line(format_args!("{}: written", output.display()))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The paper questionnaire: rendered and written atomically
/// (`dacum_studio::pdf_file::write_questionnaire`, as the app does),
/// with a warning for chart texts printed untranslated, for questionnaire
/// words in English (a language without a catalogue) and for characters
/// the font cannot draw.
fn paper_form(
    session: &Session,
    session_path: &Path,
    output: &Path,
    round: Option<&Round>,
    languages: &[String],
    paper: Paper,
) -> Result<ExitCode, Error> {
    let options = QuestionnaireOptions {
        paper,
        round: round.map(|r| r.id),
        language: languages.first().cloned(),
    };
    let (written, facts) =
        write_questionnaire(session, &options, output).map_err(|error| match error {
            PdfFileError::Render(error) => Error::File {
                path: session_path.to_owned(),
                message: error.to_string(),
            }
            .nothing("written", output),
            PdfFileError::Save(error) => Error::Save(error),
        })?;
    let language = &facts.language;
    if languages.len() > 1 {
        warn(format_args!(
            "{}: warning: a paper questionnaire is in one language: {language} (the others \
             given with --language were left out; write one file per language)",
            output.display()
        ));
    }
    if !dacum_model::translation::same_language(facts.words_in.tag(), language) {
        warn(format_args!(
            "{}: warning: the app has no questionnaire texts in {language}: the instructions \
             and scales are in English",
            output.display()
        ));
    }
    if facts.untranslated > 0 {
        warn(format_args!(
            "{}: warning: {} duty titles and task statements have no {language} translation \
             and are printed in {} (translate them with `translate export`)",
            output.display(),
            facts.untranslated,
            session.working_language()
        ));
    }
    if let Some(warning) = dacum_export::missing_glyphs_warning(&written.missing_glyphs) {
        warn(format_args!("{}: warning: {warning}", output.display()));
    }
    let mut out = Stdout::new();
    out.line(format_args!(
        "{}: written ({} pages, {} tasks, in {language})",
        output.display(),
        written.pages,
        facts.tasks
    ))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Exit code 0 when the answers were added and saved (or there was nothing
/// new); any error (2) leaves the session file as it was.
pub fn import_survey(
    session_path: &Path,
    file: &Path,
    round: Option<&str>,
) -> Result<ExitCode, Error> {
    let (session, loaded) = dacum_store::load_session_with_fingerprint(session_path)?;
    let table = dacum_store::read_answer_table(file).map_err(|error| {
        let cause = match error.row {
            Some(row) => Error::Cells {
                path: file.to_owned(),
                errors: vec![dacum_store::CellError {
                    row,
                    column: None,
                    message: error.message,
                }],
            },
            None => Error::File {
                path: file.to_owned(),
                message: error.message,
            },
        };
        cause.nothing("imported", session_path)
    })?;
    let default_name = file
        .file_stem()
        .map_or_else(|| "Survey".to_owned(), |s| s.to_string_lossy().into_owned());
    let plan = dacum_store::plan_survey_import(&session, &table, round, &default_name).map_err(
        |errors| {
            Error::Cells {
                path: file.to_owned(),
                errors,
            }
            .nothing("imported", session_path)
        },
    )?;
    let mut out = Stdout::new();
    if let Some(edit) = plan.edit.clone() {
        let mut document = Document::new(session);
        document.apply(edit).map_err(|error| Error::File {
            path: session_path.to_owned(),
            message: error.to_string(),
        })?;
        super::change_before_save_for_tests(session_path);
        dacum_store::save_session_checked(session_path, document.session(), Some(&loaded))?;
    }
    let what = if plan.new_round { "new round" } else { "round" };
    out.line(format_args!(
        "{}: {what} “{}”: {} respondents added, {} already there, {} suggested tasks, {} comments",
        session_path.display(),
        plan.round,
        plan.added,
        plan.known,
        plan.suggestions,
        plan.comments
    ))?;
    if !plan.changed.is_empty() {
        out.line(format_args!(
            "{}: {} respondents are already in the round with other answers; the round's \
             are kept: {}",
            session_path.display(),
            plan.changed.len(),
            plan.changed.join(", ")
        ))?;
    }
    if !plan.skipped_columns.is_empty() {
        out.line(format_args!(
            "{}: columns of the collection tool, not read: {}",
            file.display(),
            plan.skipped_columns.join(", ")
        ))?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
