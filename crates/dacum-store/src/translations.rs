//! Translations exchanged with translators: XLIFF 1.2 for CAT tools
//! (`xliff.rs`) and a two-column form for people without one, as CSV
//! (`form.rs`) or as an Excel workbook (`form/xlsx.rs`). Each is read whole and
//! checked against the session before anything is imported
//! (`dacum_model::translation::exchange::plan_import`); a file with one bad unit
//! imports nothing.

pub(crate) mod form;
mod xliff;

use std::fmt;
use std::path::{Path, PathBuf};

use dacum_model::translation::exchange::{Import, Side, UnitError, check_languages, plan_import};
use dacum_model::{Document, EditError, Session};

use crate::error::{LoadError, SaveError};
use crate::load::{read_limited, read_text_file};
use crate::save::write_file_atomically;

pub use form::{
    Form, SheetError, cell_name, read_form, read_form_xlsx, write_form, write_form_xlsx,
};
pub use xliff::{XliffFile, read_xliff, write_xliff};

/// The kinds of translation file, told apart by the file name's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TranslationFormat {
    /// `.xlf`, `.xliff`
    Xliff,
    /// `.csv`: the two-column form
    FormCsv,
    /// `.xlsx`: the two-column form as an Excel workbook
    FormXlsx,
}

impl TranslationFormat {
    pub fn of(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "xlf" | "xliff" => Some(TranslationFormat::Xliff),
            "csv" => Some(TranslationFormat::FormCsv),
            "xlsx" => Some(TranslationFormat::FormXlsx),
            _ => None,
        }
    }
}

/// Why translations could not be exported or imported.
#[derive(Debug)]
pub enum TranslationFileError {
    Load(LoadError),
    Save(SaveError),
    /// A file of another kind (by its extension).
    Format(PathBuf),
    /// What is wrong in the file, where if it is about a place: a line and
    /// column, or in a workbook the row and column of `sheet`.
    Content {
        path: PathBuf,
        sheet: Option<String>,
        error: UnitError,
    },
    Apply(EditError),
}

impl fmt::Display for TranslationFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TranslationFileError::Load(e) => write!(f, "{e}"),
            TranslationFileError::Save(e) => write!(f, "{e}"),
            TranslationFileError::Format(path) => write!(f, "{}: error: {FORMATS}", path.display()),
            TranslationFileError::Content { path, sheet, error } => match (sheet, error.position) {
                (Some(sheet), Some(position)) => write!(
                    f,
                    "{}: {}: error: {}",
                    path.display(),
                    cell_name(sheet, position),
                    error.message
                ),
                (None, Some((line, column))) => write!(
                    f,
                    "{}:{line}:{column}: error: {}",
                    path.display(),
                    error.message
                ),
                (_, None) => write!(f, "{}: error: {}", path.display(), error.message),
            },
            TranslationFileError::Apply(e) => write!(f, "error: {e}"),
        }
    }
}

impl std::error::Error for TranslationFileError {}

/// The kinds of file translations are exchanged as, for messages.
pub const FORMATS: &str =
    "translations are exchanged as XLIFF (.xlf, .xliff) or as the two-column form (.csv, .xlsx)";

/// Writes the texts of a session for translation into `language`, as XLIFF or
/// as the form (by the extension), atomically.
pub fn export_translations(
    session: &Session,
    language: &str,
    path: &Path,
    original: &str,
) -> Result<(), TranslationFileError> {
    let bytes = match TranslationFormat::of(path) {
        Some(TranslationFormat::Xliff) => write_xliff(session, language, original).into_bytes(),
        Some(TranslationFormat::FormCsv) => write_form(session, language).into_bytes(),
        Some(TranslationFormat::FormXlsx) => {
            write_form_xlsx(session, language).map_err(|message| {
                TranslationFileError::Save(SaveError::Serialize {
                    path: path.to_owned(),
                    message,
                })
            })?
        }
        None => return Err(TranslationFileError::Format(path.to_owned())),
    };
    write_file_atomically(path, &bytes).map_err(TranslationFileError::Save)
}

/// Reads a translation file and plans its import into the session: every unit
/// is checked first, so an error means nothing will be imported.
pub fn read_translations(session: &Session, path: &Path) -> Result<Import, TranslationFileError> {
    let format =
        TranslationFormat::of(path).ok_or_else(|| TranslationFileError::Format(path.to_owned()))?;
    let content = |sheet: Option<&str>, error| TranslationFileError::Content {
        path: path.to_owned(),
        sheet: sheet.map(str::to_owned),
        error,
    };
    let (form, sheet) = match format {
        TranslationFormat::Xliff => {
            let text = read_text_file(path).map_err(TranslationFileError::Load)?;
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            let file = read_xliff(text).map_err(|e| content(None, e))?;
            return plan_import(
                session,
                file.source_language.as_deref(),
                &file.target_language,
                &file.units,
            )
            .map_err(|e| content(None, e));
        }
        TranslationFormat::FormCsv => {
            let text = read_text_file(path).map_err(TranslationFileError::Load)?;
            (read_form(&text).map_err(|e| content(None, e))?, None)
        }
        TranslationFormat::FormXlsx => {
            let bytes = read_limited(path).map_err(TranslationFileError::Load)?;
            let (sheet, form) =
                read_form_xlsx(&bytes).map_err(|e| content(e.sheet.as_deref(), e.error))?;
            (form, Some(sheet))
        }
    };
    let sheet = sheet.as_deref();
    // A form names its languages in its header: an error about one points there.
    check_languages(session, Some(&form.source), &form.target).map_err(|(side, message)| {
        let position = match side {
            Side::Source => form.source_at,
            Side::Target => form.target_at,
        };
        content(
            sheet,
            UnitError {
                position: Some(position),
                message,
            },
        )
    })?;
    plan_import(session, Some(&form.source), &form.target, &form.units)
        .map_err(|e| content(sheet, e))
}

/// Reads a translation file and applies it to the document as one undo step;
/// with any bad unit, nothing is imported.
pub fn import_translations(
    document: &mut Document,
    path: &Path,
) -> Result<Import, TranslationFileError> {
    let plan = read_translations(document.session(), path)?;
    if plan.imported > 0 {
        document
            .apply(plan.edit.clone())
            .map_err(TranslationFileError::Apply)?;
    }
    Ok(plan)
}

#[cfg(test)]
mod tests;
