//! The command line's errors, typed, and the one format they are printed in on
//! standard error: `FILE:LINE:COL: error: …` where the problem has a place in a
//! file, `FILE: error: …` where it has a file but no place (`FILE: row N: error:
//! …` for a row of a CSV file, `FILE: sheet S, row N, column C: error: …` for a
//! cell of a workbook), and `error: …` where there is no file.

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dacum_store::{CsvFileError, LoadError, SaveError};
use thiserror::Error;

/// Why a command failed. A command that fails exits with 2 (the app's window
/// that cannot open, with 1).
#[derive(Debug, Error)]
pub enum Error {
    /// A session file that cannot be read.
    #[error("{}", Located(.0))]
    Load(#[from] LoadError),
    /// One of the three versions the merge driver gets from git, named as git
    /// names the file, and which version it is ("our version").
    #[error("{} (in {side})", Located(error))]
    LoadVersion {
        error: LoadError,
        side: &'static str,
    },
    /// Something wrong at a place in a file that is not a session (a
    /// translation file).
    #[error("{}:{line}:{column}: error: {message}", path.display())]
    At {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// Something wrong in a cell of a workbook (a translation form), named as
    /// "sheet Translations, row 12, column D".
    #[error("{}: {cell}: error: {message}", path.display())]
    Cell {
        path: PathBuf,
        cell: String,
        message: String,
    },
    /// A file that cannot be written.
    #[error("{}: error: cannot save: {}", .0.path().display(), .0.reason())]
    Save(#[from] SaveError),
    /// A CSV file that cannot be imported: why, or every bad row.
    #[error("{}", CsvLines { path, error })]
    Csv { path: PathBuf, error: CsvFileError },
    /// Every bad cell of a file of survey answers.
    #[error("{}", CellLines { path, errors })]
    Cells {
        path: PathBuf,
        errors: Vec<dacum_store::CellError>,
    },
    /// Anything else wrong with a file (a report that cannot be laid out, an
    /// import the session refuses).
    #[error("{}: error: {message}", path.display())]
    File { path: PathBuf, message: String },
    /// An argument that makes no sense, with no file to blame.
    #[error("error: {0}")]
    Usage(String),
    /// Standard output could not be written. A reader that went away (a closed
    /// pipe, `| head -1`) is not this: that ends the command quietly.
    #[error("error: cannot write the output: {0}")]
    Output(io::Error),
    /// The app's window could not open.
    #[error("error: cannot open the app window: {0}")]
    App(#[from] eframe::Error),
    /// Every file that failed, one a line, not only the first.
    #[error("{}", Lines(.0))]
    Several(Vec<Error>),
    /// An error and what it meant for the command's output: `OUT: error:
    /// nothing was written`, `SESSION: error: nothing was imported`.
    #[error("{cause}\n{}: error: nothing was {done}", path.display())]
    Nothing {
        cause: Box<Error>,
        path: PathBuf,
        done: &'static str,
    },
}

impl Error {
    /// The errors of several files as one; `None` when there are none.
    pub fn several(mut errors: Vec<Error>) -> Option<Error> {
        match errors.len() {
            0 => None,
            1 => errors.pop(),
            _ => Some(Error::Several(errors)),
        }
    }

    /// The error, followed by the line that says nothing was `done` to `path`.
    pub fn nothing(self, done: &'static str, path: &Path) -> Error {
        Error::Nothing {
            cause: Box::new(self),
            path: path.to_owned(),
            done,
        }
    }

    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::App(_) => ExitCode::FAILURE,
            _ => ExitCode::from(2),
        }
    }
}

/// Prints an error on standard error. A standard error that cannot be written
/// loses the message; it never panics.
pub fn report(error: &Error) {
    let _ = writeln!(io::stderr().lock(), "{error}");
}

/// `FILE:LINE:COL: error: message`, or `FILE: error: message` without a place.
pub struct Located<'a>(pub &'a LoadError);

impl fmt::Display for Located<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let error = self.0;
        match error.position {
            Some((line, col)) => write!(f, "{}:{line}:{col}", error.path.display())?,
            None => write!(f, "{}", error.path.display())?,
        }
        write!(f, ": error: {}", error.message())
    }
}

/// `FILE: row N: error: message` for every bad row, or `FILE: error: why`.
struct CsvLines<'a> {
    path: &'a Path,
    error: &'a CsvFileError,
}

impl fmt::Display for CsvLines<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match self.error {
            CsvFileError::Rows(rows) => {
                let lines: Vec<String> = (rows.0.iter())
                    .map(|row| format!("{path}: row {}: error: {}", row.row, row.message))
                    .collect();
                f.write_str(&lines.join("\n"))
            }
            other => write!(f, "{path}: error: {other}"),
        }
    }
}

/// `FILE: row N, column C: error: message` for every bad cell.
struct CellLines<'a> {
    path: &'a Path,
    errors: &'a [dacum_store::CellError],
}

impl fmt::Display for CellLines<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        for (i, error) in self.errors.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            match error.column {
                Some(column) => write!(
                    f,
                    "{path}: row {}, column {}: error: {}",
                    error.row,
                    dacum_store::column_name(column),
                    error.message
                )?,
                None => write!(f, "{path}: row {}: error: {}", error.row, error.message)?,
            }
        }
        Ok(())
    }
}

/// Errors one a line.
struct Lines<'a>(&'a [Error]);

impl fmt::Display for Lines<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&lines.join("\n"))
    }
}
