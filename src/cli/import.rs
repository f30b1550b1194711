//! `import-drivers`: drivers and votes from a CSV file added to a session file,
//! through the same import as the app's (`dacum_store::import_drivers`).

use std::path::Path;
use std::process::ExitCode;

use dacum_model::Document;
use dacum_store::ImportError;

use super::error::Error;
use super::output::Stdout;

/// Exit code 0 when the drivers and votes were added and saved; any error
/// (2) leaves the session file as it was.
pub fn import_drivers(session_path: &Path, csv_path: &Path) -> Result<ExitCode, Error> {
    let (session, loaded) = dacum_store::load_session_with_fingerprint(session_path)?;
    let mut document = Document::new(session);
    let counts = dacum_store::import_drivers(&mut document, csv_path).map_err(|error| {
        let cause = match error {
            ImportError::File(error) => Error::Csv {
                path: csv_path.to_owned(),
                error,
            },
            ImportError::Apply(error) => Error::File {
                path: session_path.to_owned(),
                message: error.to_string(),
            },
        };
        cause.nothing("imported", session_path)
    })?;
    super::change_before_save_for_tests(session_path);
    dacum_store::save_session_checked(session_path, document.session(), Some(&loaded))?;
    let mut out = Stdout::new();
    out.line(format_args!("{}: {counts}", session_path.display()))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
