//! A session's PDF written to a file: laid out and rendered (`dacum_export`),
//! then written atomically (`dacum_store`), so a file already there is replaced
//! whole or not at all. The command line's `export` and the app's File › Export
//! PDF… both run `write_pdf` (the reports, the verification report among them);
//! `survey-form --form paper` and the app's File › Survey run
//! `write_questionnaire` (the paper questionnaire of a survey round).

use std::path::Path;

use dacum_export::{ExportError, ExportOptions, QuestionnaireFacts, QuestionnaireOptions};
use dacum_model::Session;
use dacum_store::SaveError;
use thiserror::Error;

/// A PDF that was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    pub pages: usize,
    /// The file's size in bytes.
    pub size: usize,
    /// Characters the report font cannot draw (they print as empty boxes).
    pub missing_glyphs: Vec<char>,
}

/// Why no PDF was written; a file already at the path is unchanged.
#[derive(Debug, Error)]
pub enum PdfFileError {
    #[error(transparent)]
    Render(#[from] ExportError),
    #[error(transparent)]
    Save(#[from] SaveError),
}

/// Renders the chosen reports of `session` and writes them to `path`.
pub fn write_pdf(
    session: &Session,
    options: &ExportOptions,
    path: &Path,
) -> Result<Written, PdfFileError> {
    let pdf = dacum_export::render(session, options)?;
    dacum_store::write_file_atomically(path, &pdf.bytes)?;
    Ok(Written {
        pages: pdf.pages,
        size: pdf.bytes.len(),
        missing_glyphs: pdf.missing_glyphs,
    })
}

/// Renders the paper questionnaire of a survey round (or of the whole chart)
/// and writes it to `path`, with what it holds (its language, texts printed
/// untranslated).
pub fn write_questionnaire(
    session: &Session,
    options: &QuestionnaireOptions,
    path: &Path,
) -> Result<(Written, QuestionnaireFacts), PdfFileError> {
    let (pdf, facts) = dacum_export::render_questionnaire(session, options)?;
    dacum_store::write_file_atomically(path, &pdf.bytes)?;
    let written = Written {
        pages: pdf.pages,
        size: pdf.bytes.len(),
        missing_glyphs: pdf.missing_glyphs,
    };
    Ok((written, facts))
}
