//! Writing files so that nothing is ever lost: not by a crash, a full disk or a
//! read-only folder, and not by two saves at once (two windows on one file, or the
//! app and `format` from a git hook).
//!
//! A save writes the new version to a temporary file with a unique name beside the
//! target, flushes and syncs it, and renames it over the target, so the target is
//! complete at every moment. The previous version becomes `NAME.ron.bak` the same
//! way: a hard link (or, where links are impossible, a copy) under a unique
//! temporary name, renamed over the old backup. No step ever opens a file that the
//! target or the backup name points at for writing, so of two concurrent saves
//! each one either wins whole or fails with nothing changed, and the backup is
//! always a complete earlier version.
//!
//! A symbolic link is followed (the file it points to gets the new version and the
//! backup lies beside that file); anything but a regular file is refused (see
//! `target.rs`). A replaced file keeps its mode (and, where the system allows,
//! its owner); a new file gets what the umask allows, as any program's new file.

use std::ffi::OsString;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use ron::ser::PrettyConfig;
use tempfile::{NamedTempFile, TempPath};

use super::error::SaveError;
use super::file_format::{CurrentOut, ron_options};
use super::fingerprint::{Fingerprint, may_replace};
use super::target::{check_output, ensure_replaceable, ensure_replaceable_unfollowed, resolve};
use dacum_model::Session;

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

fn session_text(path: &Path, session: &Session) -> Result<String, SaveError> {
    to_ron(session).map_err(|e| SaveError::Serialize {
        path: path.to_owned(),
        message: e.to_string(),
    })
}

/// Saves a session atomically, keeping the previous file as `NAME.ron.bak`.
pub fn save_session(path: &Path, session: &Session) -> Result<(), SaveError> {
    let text = session_text(path, session)?;
    PreparedSave::write(path, text.as_bytes())?.commit(true)
}

/// Saves a session over the file it was loaded from, unless that file changed
/// since (`loaded` is what it held then; `None` saves without asking, for a new
/// file or when the user chose to overwrite). Returns the fingerprint of what was
/// written, for the next save. A change found is [`SaveError::ChangedOnDisk`] and
/// nothing is written.
pub fn save_session_checked(
    path: &Path,
    session: &Session,
    loaded: Option<&Fingerprint>,
) -> Result<Fingerprint, SaveError> {
    let text = session_text(path, session)?;
    let written = Fingerprint::of(text.as_bytes());
    let prepared = PreparedSave::write(path, text.as_bytes())?;
    match loaded {
        Some(loaded) => prepared.commit_if_unchanged(true, loaded)?,
        None => prepared.commit(true)?,
    }
    Ok(written)
}

/// Saves a session merged from `sources`, keeping a previous file as its backup.
/// None of the sources may be overwritten ([`SaveError::OutputIsInput`]), and a
/// new file is no more readable than any of them: a consolidated session holds
/// every source's names. Returns the fingerprint of what was written.
pub fn save_merged_session(
    path: &Path,
    session: &Session,
    sources: &[&Path],
) -> Result<Fingerprint, SaveError> {
    check_output(path, sources)?;
    let text = session_text(path, session)?;
    PreparedSave::prepare(path, text.as_bytes(), Mode::NoWiderThan(sources))?.commit(true)?;
    Ok(Fingerprint::of(text.as_bytes()))
}

/// Saves a session atomically without keeping a backup: for files another
/// program owns, such as the temporary files git hands a merge driver.
pub fn save_session_without_backup(path: &Path, session: &Session) -> Result<(), SaveError> {
    let text = session_text(path, session)?;
    PreparedSave::write(path, text.as_bytes())?.commit(false)
}

/// Writes any file (an exported PDF, say) atomically: the bytes go to a temporary
/// file beside the target, are synced, and then renamed over it, so the target is
/// never half-written. No backup is kept.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    PreparedSave::write(path, bytes)?.commit(false)
}

/// Where the previous version of a file is kept: `NAME.ron` → `NAME.ron.bak`
/// (for a symbolic link, beside the file it points to).
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

pub(super) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name: OsString = path.file_name().map(OsString::from).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Which permissions a new version gets.
#[derive(Clone, Copy)]
pub(super) enum Mode<'a> {
    /// The replaced file's; for a new file, what the umask allows.
    OfTarget,
    /// Those of the file this is a copy of (a session, for its recovery copy),
    /// whether or not the target exists; private (0600) without that file.
    /// Such a copy is the app's own file: a symbolic link in its place is
    /// replaced, never followed, so a link planted as `NAME.ron.recovery` cannot
    /// send autosave's writes to another file.
    Like(Option<&'a Path>),
    /// The replaced file's; a new file gets what the umask allows, narrowed to
    /// what every one of these files allows.
    NoWiderThan(&'a [&'a Path]),
}

/// A new version written, flushed and synced to a temporary file beside the target,
/// not yet in place. Dropping it without [`commit`](PreparedSave::commit) removes the
/// temporary file and leaves the target as it was.
pub struct PreparedSave {
    temp: NamedTempFile,
    /// The file replaced: the path given, with symbolic links followed.
    target: PathBuf,
    /// The path as given, for messages.
    shown: PathBuf,
    /// The app's own file (a recovery copy): a link in its place is replaced.
    own_file: bool,
}

impl PreparedSave {
    /// Writes the new version of `target` (which keeps its permissions).
    pub fn write(target: &Path, bytes: &[u8]) -> Result<PreparedSave, SaveError> {
        PreparedSave::prepare(target, bytes, Mode::OfTarget)
    }

    pub(super) fn prepare(
        path: &Path,
        bytes: &[u8],
        mode: Mode<'_>,
    ) -> Result<PreparedSave, SaveError> {
        let io_error = |source| SaveError::Io {
            path: path.to_owned(),
            source,
        };
        let own_file = matches!(mode, Mode::Like(_));
        let target = if own_file {
            path.to_owned()
        } else {
            resolve(path).map_err(io_error)?
        };
        check_replaceable(&target, path, own_file)?;
        let existing = fs::metadata(&target).ok();
        let mut builder = tempfile::Builder::new();
        builder.prefix(".dacum-save-").suffix(".tmp");
        if existing.is_none() && !matches!(mode, Mode::Like(_)) {
            // Created as any program creates a new file, so the umask decides.
            // A replaced file's new version starts private (tempfile's default)
            // and gets the old file's mode once it is written.
            new_file_permissions(&mut builder);
        }
        let mut temp = builder.tempfile_in(folder_of(&target)).map_err(io_error)?;
        temp.write_all(bytes).map_err(io_error)?;
        temp.flush().map_err(io_error)?;
        set_permissions(temp.as_file(), existing.as_ref(), mode).map_err(io_error)?;
        temp.as_file().sync_all().map_err(io_error)?;
        Ok(PreparedSave {
            temp,
            target,
            shown: path.to_owned(),
            own_file,
        })
    }

    /// Puts the new version in place; with `keep_backup`, the previous file becomes
    /// `NAME.ron.bak` first.
    pub fn commit(self, keep_backup: bool) -> Result<(), SaveError> {
        self.finish(keep_backup, None)
    }

    /// Like [`commit`](PreparedSave::commit), but only if the file still holds
    /// what it held when it was loaded (`loaded`); otherwise
    /// [`SaveError::ChangedOnDisk`] and nothing changes. The check is made right
    /// before the rename; a change in the instant between the two is not caught
    /// (only a lock every program honoured could close that gap).
    pub fn commit_if_unchanged(
        self,
        keep_backup: bool,
        loaded: &Fingerprint,
    ) -> Result<(), SaveError> {
        self.finish(keep_backup, Some(loaded))
    }

    fn finish(self, keep_backup: bool, loaded: Option<&Fingerprint>) -> Result<(), SaveError> {
        let PreparedSave {
            temp,
            target,
            shown,
            own_file,
        } = self;
        let io_error = |source| SaveError::Io {
            path: shown.clone(),
            source,
        };
        // Something other than a file may have appeared since the write.
        check_replaceable(&target, &shown, own_file)?;
        if let Some(loaded) = loaded {
            let now = Fingerprint::of_file(&target).map_err(io_error)?;
            if !may_replace(loaded, now.as_ref()) {
                return Err(SaveError::ChangedOnDisk { path: shown });
            }
        }
        if keep_backup {
            make_backup(&target).map_err(io_error)?;
        }
        temp.persist(&target).map_err(|e| io_error(e.error))?;
        sync_folder(&target).map_err(io_error)
    }
}

fn check_replaceable(target: &Path, shown: &Path, own_file: bool) -> Result<(), SaveError> {
    if own_file {
        ensure_replaceable_unfollowed(target, shown)
    } else {
        ensure_replaceable(target, shown)
    }
}

/// Makes the current file `NAME.ron.bak` without touching it: a hard link to it
/// under a unique temporary name, renamed over the old backup. Where links are not
/// possible, its bytes are copied into a new temporary file instead. Either way the
/// only file ever opened for writing is a new one, and the backup name always
/// points at a complete version. No file, no backup.
fn make_backup(target: &Path) -> io::Result<()> {
    let folder = folder_of(target);
    let linked = tempfile::Builder::new()
        .prefix(".dacum-bak-")
        .suffix(".tmp")
        .make_in(folder, |temp| fs::hard_link(target, temp));
    let temp = match linked {
        Ok(temp) => temp.into_temp_path(),
        Err(e) if e.kind() == io::ErrorKind::NotFound && !target.exists() => return Ok(()),
        Err(_) => match copy_to_temp(target, folder) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            other => other?,
        },
    };
    let name = temp.to_path_buf();
    temp.persist(backup_path(target)).map_err(|e| e.error)?;
    // Renaming a link onto a name for the same file (two saves backing up the
    // same version at once) does nothing and leaves the temporary name behind.
    match fs::remove_file(&name) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// A new temporary file in `folder` holding a copy of `source`, with its mode.
fn copy_to_temp(source: &Path, folder: &Path) -> io::Result<TempPath> {
    let mut from = fs::File::open(source)?;
    let mut temp = tempfile::Builder::new()
        .prefix(".dacum-bak-")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    io::copy(&mut from, temp.as_file_mut())?;
    let meta = from.metadata()?;
    set_permissions(temp.as_file(), Some(&meta), Mode::OfTarget)?;
    temp.as_file().sync_all()?;
    Ok(temp.into_temp_path())
}

#[cfg(unix)]
fn new_file_permissions(builder: &mut tempfile::Builder<'_, '_>) {
    use std::os::unix::fs::PermissionsExt;
    builder.permissions(fs::Permissions::from_mode(0o666));
}

#[cfg(not(unix))]
fn new_file_permissions(_builder: &mut tempfile::Builder<'_, '_>) {}

/// Gives the written temporary file its final permissions (see [`Mode`]).
#[cfg(unix)]
fn set_permissions(file: &fs::File, existing: Option<&fs::Metadata>, mode: Mode) -> io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt, fchown};
    let bits = |meta: &fs::Metadata| meta.mode() & 0o7777;
    let wanted = match (mode, existing) {
        (Mode::Like(of), _) => of
            .and_then(|f| fs::metadata(f).ok())
            .map_or(0o600, |m| bits(&m) & 0o777),
        (_, Some(meta)) => {
            // Keep the owner too, where we may (root saving a user's file); a
            // failure only means the new version belongs to whoever saved it.
            let _ = fchown(file, Some(meta.uid()), Some(meta.gid()));
            bits(meta)
        }
        (Mode::OfTarget, None) => return Ok(()),
        (Mode::NoWiderThan(sources), None) => sources
            .iter()
            .filter_map(|f| fs::metadata(f).ok())
            .fold(bits(&file.metadata()?), |wanted, m| wanted & bits(&m)),
    };
    file.set_permissions(fs::Permissions::from_mode(wanted))
}

#[cfg(not(unix))]
fn set_permissions(file: &fs::File, existing: Option<&fs::Metadata>, mode: Mode) -> io::Result<()> {
    let like = match mode {
        Mode::Like(of) => of.and_then(|f| fs::metadata(f).ok()),
        _ => existing.cloned(),
    };
    match like {
        Some(meta) => file.set_permissions(meta.permissions()),
        None => Ok(()),
    }
}

/// Makes the rename itself durable (on Unix a rename lives in the folder).
#[cfg(unix)]
fn sync_folder(target: &Path) -> io::Result<()> {
    fs::File::open(folder_of(target))?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_target: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where hard links are impossible (FAT on a USB stick), the backup is a copy
    /// made into a new file: same bytes and mode, and the live file untouched.
    #[cfg(unix)]
    #[test]
    fn the_copied_backup_is_a_new_file_with_the_same_bytes_and_mode() {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let dir = tempfile::tempdir().expect("temp dir");
        let live = dir.path().join("session.ron");
        fs::write(&live, "(version: 1)\n").expect("write");
        fs::set_permissions(&live, fs::Permissions::from_mode(0o640)).expect("chmod");
        let before = fs::metadata(&live).expect("meta");

        let temp = copy_to_temp(&live, dir.path()).expect("copied");
        temp.persist(backup_path(&live)).expect("renamed");

        let backup = fs::metadata(backup_path(&live)).expect("backup");
        assert_ne!(backup.ino(), before.ino(), "a new file, not a link");
        assert_eq!(backup.mode() & 0o777, 0o640);
        assert_eq!(
            fs::read(backup_path(&live)).expect("read"),
            b"(version: 1)\n"
        );
        let after = fs::metadata(&live).expect("meta");
        assert_eq!(
            (after.ino(), after.len(), after.mtime()),
            (before.ino(), before.len(), before.mtime())
        );
    }
}
