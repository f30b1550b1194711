//! `merge` makes one consolidated session of partner sessions; `merge-driver`
//! is git's three-way merge of a session file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dacum_model::{Session, merge};
use dacum_store::{LoadError, LoadErrorKind};

use super::error::Error;
use super::output::Stdout;

/// Exit code 0 without conflicts, 1 with conflicts (the file is still
/// written); 2 when a file cannot be read (nothing is written) or an output
/// cannot be written.
pub fn merge_files(
    files: &[PathBuf],
    output: &Path,
    report: Option<&Path>,
) -> Result<ExitCode, Error> {
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    // Every output checked before anything is written: none may be an input.
    dacum_store::check_output(output, &paths)?;
    if let Some(report) = report {
        dacum_store::check_output(report, &[paths.as_slice(), &[output]].concat())?;
    }
    let sessions = dacum_store::load_sessions(&paths).map_err(|errors| {
        let errors = errors.into_iter().map(Error::Load).collect();
        Error::Several(errors).nothing("written", output)
    })?;
    let merged = merge::merge(&sessions);
    dacum_store::save_merged_session(output, &merged.session, &paths)?;
    let report_written = report.map(|report| {
        let text = merged.report.details(&merged.session);
        dacum_store::write_file_atomically(report, text.as_bytes()).map(|()| report)
    });
    let mut out = Stdout::new();
    out.text(&merged.report.summary())?;
    out.line(format_args!("wrote {}", output.display()))?;
    if let Some(report) = report_written.transpose()? {
        out.line(format_args!("wrote {}", report.display()))?;
    }
    out.flush()?;
    Ok(if merged.report.conflicts > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Exit code 0 when the result has no conflict, 1 when conflicts were recorded
/// in it (git then reports the file as conflicted), 2 when a version cannot be
/// read (OURS is left as it was) or the result cannot be written.
pub fn merge_driver(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    name: Option<&Path>,
) -> Result<ExitCode, Error> {
    // Git's files are temporary (".merge_file_a1B2c3"): messages name the file as
    // git does (%P) and say which version was unreadable.
    let load = |path: &Path| {
        dacum_store::load_session(path).map_err(|mut error| {
            if let Some(name) = name {
                error.path = name.to_owned();
            }
            error
        })
    };
    let in_version = |side| move |error: LoadError| Error::LoadVersion { error, side };
    let ours_session = load(ours).map_err(in_version("our version"))?;
    let theirs_session = load(theirs).map_err(in_version("their version"))?;
    // Git passes an empty base when both branches added the file.
    let base_session = match load(base) {
        Ok(session) => session,
        Err(error) if matches!(error.kind, LoadErrorKind::Empty) => Session {
            id: ours_session.id,
            ..Session::default()
        },
        Err(error) => return Err(in_version("the common ancestor")(error)),
    };
    let merged = merge::merge3(&base_session, &ours_session, &theirs_session);
    let shown = name.unwrap_or(ours);
    dacum_store::save_session_without_backup(ours, &merged.session).map_err(|error| {
        Error::File {
            path: shown.to_owned(),
            message: format!("cannot save: {}", error.reason()),
        }
    })?;
    if merged.conflicts == 0 {
        return Ok(ExitCode::SUCCESS);
    }
    let (changes, them) = if merged.conflicts == 1 {
        ("change", "it")
    } else {
        ("changes", "them")
    };
    let mut out = Stdout::new();
    out.line(format_args!(
        "{}: {} conflicting {changes} recorded in the file; open it in DACUM Studio to resolve {them}",
        shown.display(),
        merged.conflicts,
    ))?;
    out.flush()?;
    Ok(ExitCode::from(1))
}
