//! What can go wrong reading or writing a session file, always with the file and,
//! where there is one, the line and column.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use thiserror::Error;

/// A session file could not be loaded. The file was not changed.
#[derive(Debug)]
pub struct LoadError {
    pub path: PathBuf,
    /// 1-based line and column, where the problem has a place in the text.
    pub position: Option<(usize, usize)>,
    pub kind: LoadErrorKind,
}

#[derive(Debug, Error)]
pub enum LoadErrorKind {
    #[error("cannot read the file: {0}")]
    Io(#[from] io::Error),
    #[error("the file is empty")]
    Empty,
    #[error(
        "the file is too large to be a session file: {} MiB ({size} bytes), over the limit of {} MiB",
        size / (1024 * 1024),
        limit / (1024 * 1024)
    )]
    TooLarge { size: u64, limit: u64 },
    #[error("this is a binary file, not a session file (a zero byte)")]
    Binary,
    #[error("the file is not UTF-8 text (an invalid byte)")]
    NotUtf8,
    #[error("{0}")]
    Syntax(String),
    /// A field the schema does not know (misspelt, from another version, extra):
    /// refused, because a field skipped on reading would be lost on the next save.
    #[error("{0}")]
    UnknownField(Box<UnknownField>),
    /// Not a session file at all, but a file of another kind, e.g. "a PDF document".
    #[error("this is {0}, not a DACUM Studio session file")]
    OtherFormat(&'static str),
    #[error(
        "not a DACUM Studio session file: {}",
        if found.is_empty() {
            format!("it has no format field (a session file has format: \"{expected}\")")
        } else {
            format!("the format field is {found:?}, expected \"{expected}\"")
        }
    )]
    WrongFormat {
        found: String,
        expected: &'static str,
    },
    #[error(
        "the file is version {found}, made by a newer DACUM Studio; this one reads versions up to {supported}. \
         Update the app to open it (the file was not changed)"
    )]
    TooNew { found: u32, supported: u32 },
}

/// The details of [`LoadErrorKind::UnknownField`].
#[derive(Debug)]
pub struct UnknownField {
    pub field: String,
    /// The element in words, e.g. "a task".
    pub place: &'static str,
    /// The fields that element has.
    pub expected: &'static [&'static str],
    /// A likely cause, when one is known (a wrong version number).
    pub hint: Option<String>,
}

impl fmt::Display for UnknownField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown field `{}` in {}; the fields there are {}",
            self.field,
            self.place,
            self.expected.join(", ")
        )?;
        match &self.hint {
            Some(hint) => write!(f, ". {hint}"),
            None => Ok(()),
        }
    }
}

impl LoadError {
    pub fn new(path: impl Into<PathBuf>, kind: LoadErrorKind) -> Self {
        LoadError {
            path: path.into(),
            position: None,
            kind,
        }
    }

    pub fn at(path: impl Into<PathBuf>, line: usize, col: usize, kind: LoadErrorKind) -> Self {
        LoadError {
            path: path.into(),
            position: Some((line, col)),
            kind,
        }
    }

    /// The message without the file and position, for a dialog that shows those apart.
    pub fn message(&self) -> String {
        self.kind.to_string()
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {}", self.path.display(), self.kind),
            None => write!(f, "{}: {}", self.path.display(), self.kind),
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.kind.source()
    }
}

/// A session could not be saved. The previous file and the open document are intact.
/// Reads "cannot save FILE: why"; [`SaveError::path`] and [`SaveError::reason`] give
/// the two apart, for the command line's `FILE: error: cannot save: why`.
#[derive(Debug)]
pub enum SaveError {
    Io {
        path: PathBuf,
        source: io::Error,
    },
    Serialize {
        path: PathBuf,
        message: String,
    },
    /// The file no longer holds what was loaded: another program changed it.
    ChangedOnDisk {
        path: PathBuf,
    },
    NotRegularFile {
        path: PathBuf,
        kind: &'static str,
    },
    OutputIsInput {
        path: PathBuf,
        input: PathBuf,
    },
}

impl SaveError {
    /// The file that was not written.
    pub fn path(&self) -> &Path {
        match self {
            SaveError::Io { path, .. }
            | SaveError::Serialize { path, .. }
            | SaveError::ChangedOnDisk { path }
            | SaveError::NotRegularFile { path, .. }
            | SaveError::OutputIsInput { path, .. } => path,
        }
    }

    /// Why it was not written, without the file.
    pub fn reason(&self) -> String {
        match self {
            SaveError::Io { source, .. } => {
                let text = source.to_string();
                // tempfile wraps the system's error as `… at path "…/.dacum-save-
                // XXXX.tmp"`: the temporary file's name is ours, not the user's.
                match text.rsplit_once(" at path \"") {
                    Some((cause, _)) if source.get_ref().is_some() => cause.to_owned(),
                    _ => text,
                }
            }
            SaveError::Serialize { message, .. } => message.clone(),
            SaveError::ChangedOnDisk { .. } => "the file changed on disk since it was opened \
                 (another program, a second window or a git pull wrote it); nothing was written"
                .to_owned(),
            SaveError::NotRegularFile { kind, .. } => {
                format!("it is {kind}, not a regular file; nothing was written")
            }
            SaveError::OutputIsInput { input, .. } => format!(
                "it is the input file {}; nothing was written",
                input.display()
            ),
        }
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot save {}: {}",
            self.path().display(),
            self.reason()
        )
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SaveError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
