//! `translate export` and `translate import`: a session's texts exchanged with
//! translators as XLIFF 1.2 or the two-column form (CSV or an .xlsx
//! workbook), through the same functions as File › Translations in the app.

use std::path::Path;
use std::process::ExitCode;

use dacum_model::Document;
use dacum_store::TranslationFileError;

use super::error::Error;
use super::output::Stdout;

/// Exit code 0 when the file was written; 2 when the session cannot be read or
/// the file cannot be written.
pub fn export(session_path: &Path, language: &str, output: &Path) -> Result<ExitCode, Error> {
    dacum_store::check_output(output, &[session_path])?;
    let session = dacum_store::load_session(session_path)?;
    if !dacum_model::translation::is_language_tag(language) {
        return Err(Error::Usage(format!(
            "\"{language}\" is not a language tag (such as cs, de or de-AT)"
        )));
    }
    if dacum_model::translation::same_language(language, &session.meta.language) {
        return Err(Error::File {
            path: session_path.to_owned(),
            message: format!(
                "{language} is the session's working language: choose the language to translate into"
            ),
        });
    }
    let original = session_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dacum_store::export_translations(&session, language, output, &original)
        .map_err(|e| error(e).nothing("written", output))?;
    let slots = session.text_slots();
    let done = slots
        .iter()
        .filter(|s| {
            !session
                .translations
                .get(language, s.slot)
                .is_none_or(|t| t.text.trim().is_empty())
        })
        .count();
    let mut out = Stdout::new();
    out.line(format_args!(
        "{}: {} texts to translate from {} into {}, {done} already translated",
        output.display(),
        slots.len(),
        session.working_language(),
        dacum_model::translation::canonical_language(language),
    ))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Exit code 0 when the translations were imported and the session saved; any
/// error (2) leaves the session file as it was.
pub fn import(session_path: &Path, file: &Path) -> Result<ExitCode, Error> {
    let (session, loaded) = dacum_store::load_session_with_fingerprint(session_path)?;
    let mut document = Document::new(session);
    let plan = dacum_store::import_translations(&mut document, file)
        .map_err(|e| error(e).nothing("imported", session_path))?;
    if plan.imported > 0 {
        super::change_before_save_for_tests(session_path);
        dacum_store::save_session_checked(session_path, document.session(), Some(&loaded))?;
    }
    let mut out = Stdout::new();
    out.line(format_args!(
        "{}: {} translations into {} imported, {} unchanged, {} left empty",
        session_path.display(),
        plan.imported,
        plan.language,
        plan.unchanged,
        plan.empty
    ))?;
    if !plan.source_changed.is_empty() {
        out.line(format_args!(
            "{}: the source of {} changed since the file was made: imported as drafts, shown as stale",
            session_path.display(),
            plan.source_changed.join(", ")
        ))?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn error(error: TranslationFileError) -> Error {
    match error {
        TranslationFileError::Load(e) => Error::Load(e),
        TranslationFileError::Save(e) => Error::Save(e),
        TranslationFileError::Content { path, sheet, error } => match (sheet, error.position) {
            (Some(sheet), Some(position)) => Error::Cell {
                path,
                cell: dacum_store::cell_name(&sheet, position),
                message: error.message,
            },
            (None, Some((line, column))) => Error::At {
                path,
                line,
                column,
                message: error.message,
            },
            (_, None) => Error::File {
                path,
                message: error.message,
            },
        },
        TranslationFileError::Format(path) => Error::File {
            path,
            message: dacum_store::TRANSLATION_FORMATS.to_owned(),
        },
        TranslationFileError::Apply(e) => Error::Usage(e.to_string()),
    }
}
