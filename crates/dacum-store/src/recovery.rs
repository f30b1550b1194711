//! Recovery copies: autosave writes the open session to `NAME.ron.recovery` beside
//! its file (for a session never saved, to the platform's data folder). On start the
//! app looks for a recovery copy newer than its file and offers it.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use directories::ProjectDirs;

use super::error::{LoadError, SaveError};
use super::load::load_session;
use super::save::{Mode, PreparedSave, to_ron, with_suffix};
use dacum_model::{Id, Session};

const SUFFIX: &str = ".recovery";

/// Where the recovery copy of a session lives: beside its file, or for an untitled
/// session in `untitled_folder` under the session's id. `None` only when the
/// session has no file and there is no folder for untitled sessions.
pub fn recovery_path(
    file: Option<&Path>,
    untitled_folder: Option<&Path>,
    session: Id,
) -> Option<PathBuf> {
    match file {
        Some(file) => Some(with_suffix(file, SUFFIX)),
        None => untitled_folder.map(|dir| dir.join(format!("untitled-{session}.ron{SUFFIX}"))),
    }
}

/// The platform's data folder for recovery copies of untitled sessions.
pub fn default_untitled_folder() -> Option<PathBuf> {
    ProjectDirs::from("", "", "dacum-studio").map(|dirs| dirs.data_dir().join("recovery"))
}

/// The session file a recovery copy beside it belongs to (`NAME.ron.recovery` →
/// `NAME.ron`); for an untitled session's copy, a file that does not exist.
fn session_file_of(copy: &Path) -> Option<PathBuf> {
    let name = copy.file_name()?.to_str()?.strip_suffix(SUFFIX)?;
    Some(copy.with_file_name(name))
}

/// Writes a recovery copy atomically (a crash while writing leaves the previous copy).
/// The copy gets its session file's mode, so it is never more readable than the
/// session; without a session file it is private to the user (0600).
pub fn write_recovery(path: &Path, session: &Session) -> Result<(), SaveError> {
    if let Some(folder) = path.parent() {
        fs::create_dir_all(folder).map_err(|source| SaveError::Io {
            path: path.to_owned(),
            source,
        })?;
    }
    let text = to_ron(session).map_err(|e| SaveError::Serialize {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    let session_file = session_file_of(path);
    PreparedSave::prepare(path, text.as_bytes(), Mode::Like(session_file.as_deref()))?.commit(false)
}

/// A recovery copy worth offering: it holds something the file does not.
#[derive(Debug)]
pub struct Recovery {
    pub path: PathBuf,
    pub saved: SystemTime,
    /// When the session file itself was last written (`None` for untitled sessions).
    pub file_saved: Option<SystemTime>,
}

impl Recovery {
    pub fn load(&self) -> Result<Session, LoadError> {
        load_session(&self.path)
    }
}

/// The recovery copy of `file`, if there is one newer than the file and different
/// from it.
pub fn find_recovery(file: &Path) -> Option<Recovery> {
    let path = with_suffix(file, SUFFIX);
    let saved = fs::metadata(&path).and_then(|m| m.modified()).ok()?;
    let file_saved = fs::metadata(file).and_then(|m| m.modified()).ok();
    if file_saved.is_some_and(|file_time| file_time >= saved) {
        return None;
    }
    if let (Ok(copy), Ok(original)) = (fs::read(&path), fs::read(file))
        && copy == original
    {
        return None;
    }
    Some(Recovery {
        path,
        saved,
        file_saved,
    })
}

/// Recovery copies of sessions that were never saved, newest first.
pub fn untitled_recoveries(folder: &Path) -> Vec<Recovery> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<Recovery> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(SUFFIX))
        .filter_map(|e| {
            let saved = e.metadata().and_then(|m| m.modified()).ok()?;
            Some(Recovery {
                path: e.path(),
                saved,
                file_saved: None,
            })
        })
        .collect();
    found.sort_by_key(|r| std::cmp::Reverse(r.saved));
    found
}

/// Removes a recovery copy once its contents are safely saved or discarded.
pub fn remove_recovery(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}
