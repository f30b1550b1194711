//! Translations exchanged with translators: XLIFF 1.2 for CAT tools
//! (`xliff.rs`) and a two-column CSV form for people without one (`form.rs`).
//! Both are read whole and checked against the session before anything is
//! imported (`dacum_model::translation::exchange::plan_import`); a file with one
//! bad unit imports nothing.

mod form;
mod xliff;

use std::fmt;
use std::path::{Path, PathBuf};

use dacum_model::translation::exchange::{Import, UnitError, plan_import};
use dacum_model::{Document, EditError, Session};

use crate::error::{LoadError, SaveError};
use crate::load::read_text_file;
use crate::save::write_file_atomically;

pub use form::{read_form, write_form};
pub use xliff::{XliffFile, read_xliff, write_xliff};

/// The kinds of translation file, told apart by the file name's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TranslationFormat {
    /// `.xlf`, `.xliff`
    Xliff,
    /// `.csv`
    Form,
}

impl TranslationFormat {
    pub fn of(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "xlf" | "xliff" => Some(TranslationFormat::Xliff),
            "csv" => Some(TranslationFormat::Form),
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
    /// What is wrong in the file, where (line, column) if it is about a place.
    Content {
        path: PathBuf,
        error: UnitError,
    },
    Apply(EditError),
}

impl fmt::Display for TranslationFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TranslationFileError::Load(e) => write!(f, "{e}"),
            TranslationFileError::Save(e) => write!(f, "{e}"),
            TranslationFileError::Format(path) => write!(
                f,
                "{}: error: translations are exchanged as XLIFF (.xlf, .xliff) or as the two-column form (.csv)",
                path.display()
            ),
            TranslationFileError::Content { path, error } => match error.position {
                Some((line, column)) => write!(
                    f,
                    "{}:{line}:{column}: error: {}",
                    path.display(),
                    error.message
                ),
                None => write!(f, "{}: error: {}", path.display(), error.message),
            },
            TranslationFileError::Apply(e) => write!(f, "error: {e}"),
        }
    }
}

impl std::error::Error for TranslationFileError {}

/// Writes the texts of a session for translation into `language`, as XLIFF or
/// as the form (by the extension), atomically.
pub fn export_translations(
    session: &Session,
    language: &str,
    path: &Path,
    original: &str,
) -> Result<(), TranslationFileError> {
    let text = match TranslationFormat::of(path) {
        Some(TranslationFormat::Xliff) => write_xliff(session, language, original),
        Some(TranslationFormat::Form) => write_form(session, language),
        None => return Err(TranslationFileError::Format(path.to_owned())),
    };
    write_file_atomically(path, text.as_bytes()).map_err(TranslationFileError::Save)
}

/// Reads a translation file and plans its import into the session: every unit
/// is checked first, so an error means nothing will be imported.
pub fn read_translations(session: &Session, path: &Path) -> Result<Import, TranslationFileError> {
    let format =
        TranslationFormat::of(path).ok_or_else(|| TranslationFileError::Format(path.to_owned()))?;
    let text = read_text_file(path).map_err(TranslationFileError::Load)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let content = |error| TranslationFileError::Content {
        path: path.to_owned(),
        error,
    };
    let (source, target, units) = match format {
        TranslationFormat::Xliff => {
            let file = read_xliff(text).map_err(content)?;
            (file.source_language, file.target_language, file.units)
        }
        TranslationFormat::Form => {
            let (source, target, units) = read_form(text).map_err(content)?;
            (Some(source), target, units)
        }
    };
    plan_import(session, source.as_deref(), &target, &units).map_err(content)
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
