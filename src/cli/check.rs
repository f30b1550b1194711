//! `check` prints the problems of session files, one a line, on standard output;
//! `format` rewrites session files in the canonical layout.

use std::path::PathBuf;
use std::process::ExitCode;

use dacum_model::integrity::check_session;

use super::error::Error;
use super::output::Stdout;

/// Exit code 0 when every file is clean, 1 when there are findings; every file
/// that cannot be read is an error (2), after the others are checked.
pub fn check(files: &[PathBuf]) -> Result<ExitCode, Error> {
    let mut out = Stdout::new();
    let mut unreadable = Vec::new();
    let mut findings = false;
    for file in files {
        let session = match dacum_store::load_session(file) {
            Ok(session) => session,
            Err(error) => {
                unreadable.push(Error::Load(error));
                continue;
            }
        };
        for problem in check_session(&session) {
            findings = true;
            let place = if problem.place.is_empty() {
                String::new()
            } else {
                format!(" {}:", problem.place)
            };
            out.line(format_args!(
                "{}:{place} {}: {}",
                file.display(),
                problem.severity,
                problem.message
            ))?;
            if out.is_closed() {
                // Nobody reads the rest (`check … | head -1`): a quiet success.
                return Ok(ExitCode::SUCCESS);
            }
        }
    }
    out.flush()?;
    match Error::several(unreadable) {
        Some(error) => Err(error),
        None if findings => Ok(ExitCode::from(1)),
        None => Ok(ExitCode::SUCCESS),
    }
}

/// Rewrites every file it can; each one that cannot be read or saved is an error.
pub fn format(files: &[PathBuf]) -> Result<ExitCode, Error> {
    let mut failed = Vec::new();
    for file in files {
        // Saved only if the file still holds what was loaded: a change made in
        // between (an editor, a second `format`) is not overwritten.
        let result = dacum_store::load_session_with_fingerprint(file)
            .map_err(Error::Load)
            .and_then(|(session, loaded)| {
                super::change_before_save_for_tests(file);
                dacum_store::save_session_checked(file, &session, Some(&loaded))
                    .map(|_| ())
                    .map_err(Error::Save)
            });
        if let Err(error) = result {
            failed.push(error);
        }
    }
    match Error::several(failed) {
        Some(error) => Err(error),
        None => Ok(ExitCode::SUCCESS),
    }
}
