//! `export`: the PDF reports of a session, written atomically.

use std::path::Path;
use std::process::ExitCode;

use dacum_export::ExportOptions;
use dacum_studio::pdf_file::{PdfFileError, write_pdf};

use super::error::Error;
use super::output::{Stdout, warn};

/// Exit code 0 when the PDF was written; 2 when the session cannot be read or
/// the PDF cannot be written (a file already at OUT is then unchanged).
pub fn export_pdf(
    session_path: &Path,
    output: &Path,
    options: &ExportOptions,
    language: Option<&str>,
) -> Result<ExitCode, Error> {
    dacum_store::check_output(output, &[session_path])?;
    let mut session = dacum_store::load_session(session_path)?;
    if options.verification.is_some() && !dacum_export::has_survey(&session) {
        return Err(Error::File {
            path: session_path.to_owned(),
            message: "the session has no survey round for a verification report (add the \
                      answers with import-survey first); nothing was written"
                .to_owned(),
        });
    }
    if let Some(language) = language {
        let held = session.display_languages();
        if !held
            .iter()
            .any(|l| dacum_model::translation::same_language(l, language))
        {
            return Err(Error::File {
                path: session_path.to_owned(),
                message: format!(
                    "the session holds no texts in {language} (it holds {}); nothing was written",
                    held.join(", ")
                ),
            });
        }
        session = session.for_report_in(language);
    }
    let written = write_pdf(&session, options, output).map_err(|error| match error {
        PdfFileError::Render(error) => Error::File {
            path: session_path.to_owned(),
            message: error.to_string(),
        },
        PdfFileError::Save(error) => Error::Save(error),
    })?;
    if let Some(warning) = dacum_export::missing_glyphs_warning(&written.missing_glyphs) {
        warn(format_args!("{}: warning: {warning}", output.display()));
    }
    let mut out = Stdout::new();
    out.line(format_args!(
        "{}: wrote {} pages ({} KB){}",
        output.display(),
        written.pages,
        written.size.div_ceil(1024),
        if options.include_names {
            ""
        } else {
            ", personal names withheld"
        }
    ))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
