//! Writing session files so that a crash, a full disk or a read-only folder can
//! never damage the previous file: write a temporary file in the same folder, flush
//! and sync it, keep the old file as `NAME.ron.bak`, then rename over the target.

use std::ffi::OsString;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use ron::ser::PrettyConfig;
use tempfile::NamedTempFile;

use super::error::SaveError;
use super::file_format::{CurrentOut, ron_options};
use crate::model::Session;

/// The session as the text of a session file. The same session always gives the
/// same bytes: every collection in the model is ordered.
pub fn to_ron(session: &Session) -> Result<String, ron::Error> {
    let pretty = PrettyConfig::new().new_line("\n").indentor("    ");
    let text = ron_options().to_string_pretty(&CurrentOut::new(session), pretty)?;
    // ron escapes apostrophes, which makes "prisoners' rights" read as
    // "prisoners\' rights" in an editor. An apostrophe is never written unescaped,
    // so every `\'` in the output is such an escape and can safely be undone.
    let mut text = text.replace("\\'", "'");
    text.push('\n');
    Ok(text)
}

/// Saves a session atomically, keeping the previous file as `NAME.ron.bak`.
pub fn save_session(path: &Path, session: &Session) -> Result<(), SaveError> {
    let text = to_ron(session).map_err(|e| SaveError::Serialize {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    PreparedSave::write(path, text.as_bytes())?.commit(true)
}

/// Saves a session atomically without keeping a backup: for files another
/// program owns, such as the temporary files git hands a merge driver.
pub fn save_session_without_backup(path: &Path, session: &Session) -> Result<(), SaveError> {
    let text = to_ron(session).map_err(|e| SaveError::Serialize {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    PreparedSave::write(path, text.as_bytes())?.commit(false)
}

/// Writes any file (an exported PDF, say) atomically: the bytes go to a temporary
/// file beside the target, are synced, and then renamed over it, so the target is
/// never half-written. No backup is kept.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    PreparedSave::write(path, bytes)?.commit(false)
}

/// Where the previous version of a file is kept: `NAME.ron` → `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

pub(super) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name: OsString = path.file_name().map(OsString::from).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

/// A new version written, flushed and synced to a temporary file beside the target,
/// not yet in place. Dropping it without [`commit`](PreparedSave::commit) removes the
/// temporary file and leaves the target as it was.
pub struct PreparedSave {
    temp: NamedTempFile,
    target: PathBuf,
}

impl PreparedSave {
    pub fn write(target: &Path, bytes: &[u8]) -> Result<PreparedSave, SaveError> {
        let io_error = |source| SaveError::Io {
            path: target.to_owned(),
            source,
        };
        let folder = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let mut temp = tempfile::Builder::new()
            .prefix(".dacum-save-")
            .suffix(".tmp")
            .tempfile_in(folder)
            .map_err(io_error)?;
        temp.write_all(bytes).map_err(io_error)?;
        temp.flush().map_err(io_error)?;
        if let Ok(meta) = fs::metadata(target) {
            // Keep the old file's permissions (the temporary file starts private).
            temp.as_file()
                .set_permissions(meta.permissions())
                .map_err(io_error)?;
        } else {
            set_default_permissions(temp.as_file()).map_err(io_error)?;
        }
        temp.as_file().sync_all().map_err(io_error)?;
        Ok(PreparedSave {
            temp,
            target: target.to_owned(),
        })
    }

    /// Puts the new version in place; with `keep_backup`, the previous file becomes
    /// `NAME.ron.bak` first.
    pub fn commit(self, keep_backup: bool) -> Result<(), SaveError> {
        let target = self.target;
        let io_error = |source| SaveError::Io {
            path: target.clone(),
            source,
        };
        if keep_backup && target.exists() {
            make_backup(&target).map_err(io_error)?;
        }
        self.temp.persist(&target).map_err(|e| io_error(e.error))?;
        sync_folder(&target).map_err(io_error)
    }
}

/// Links (or, where links are not possible, copies) the current file to its backup
/// name. The current file itself is never moved, so it is in place at every moment.
fn make_backup(target: &Path) -> io::Result<()> {
    let backup = backup_path(target);
    match fs::remove_file(&backup) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    if fs::hard_link(target, &backup).is_err() {
        fs::copy(target, &backup)?;
    }
    Ok(())
}

#[cfg(unix)]
fn set_default_permissions(file: &fs::File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_default_permissions(_file: &fs::File) -> io::Result<()> {
    Ok(())
}

/// Makes the rename itself durable (on Unix a rename lives in the folder).
#[cfg(unix)]
fn sync_folder(target: &Path) -> io::Result<()> {
    match target.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => fs::File::open(folder)?.sync_all(),
        _ => fs::File::open(".")?.sync_all(),
    }
}

#[cfg(not(unix))]
fn sync_folder(_target: &Path) -> io::Result<()> {
    Ok(())
}
