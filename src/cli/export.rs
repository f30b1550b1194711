//! `export`: the PDF reports of a session, written atomically.

use std::path::Path;
use std::process::ExitCode;

use dacum_export::ExportOptions;

use super::error::Error;
use super::output::{Stdout, warn};

/// Exit code 0 when the PDF was written; 2 when the session cannot be read or
/// the PDF cannot be written (a file already at OUT is then unchanged).
pub fn export_pdf(
    session_path: &Path,
    output: &Path,
    options: &ExportOptions,
) -> Result<ExitCode, Error> {
    dacum_store::check_output(output, &[session_path])?;
    let session = dacum_store::load_session(session_path)?;
    let pdf = dacum_export::render(&session, options).map_err(|error| Error::File {
        path: session_path.to_owned(),
        message: error.to_string(),
    })?;
    dacum_store::write_file_atomically(output, &pdf.bytes)?;
    if let Some(warning) = dacum_export::missing_glyphs_warning(&pdf.missing_glyphs) {
        warn(format_args!("{}: warning: {warning}", output.display()));
    }
    let mut out = Stdout::new();
    out.line(format_args!(
        "{}: wrote {} pages ({} KB){}",
        output.display(),
        pdf.pages,
        pdf.bytes.len().div_ceil(1024),
        if options.include_names {
            ""
        } else {
            ", personal names withheld"
        }
    ))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
