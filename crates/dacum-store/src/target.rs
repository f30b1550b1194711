//! Where a save really writes, and what it must refuse to replace.
//!
//! - A symbolic link is followed: the file it points to gets the new version and
//!   the link stays a link (renaming over the link itself would turn it into a
//!   plain file and leave its target stale).
//! - Only a regular file (or nothing) is ever replaced: a FIFO, a device such as
//!   `/dev/null` or a folder is refused before anything is written, even when
//!   running as root.
//! - An output that is one of the command's inputs (`export s.ron -o s.ron`,
//!   `--report` on a session merged) is refused before anything is written.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::error::SaveError;

/// More links than this in a chain is a loop (Linux gives up at 40 too).
const MAX_LINKS: usize = 40;

/// The path a save writes to: `path` with every symbolic link followed, even a
/// link to a file that does not exist yet (saving creates it).
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(folder) => folder.join(link),
                    None => link,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other(
        "too many levels of symbolic links (a loop?)",
    ))
}

/// What a path is, in words, when it is something a save must not replace.
fn not_regular(meta: &fs::Metadata) -> Option<&'static str> {
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
    }
    Some("a special file")
}

/// Refuses a target that exists and is not a regular file. `shown` is the path as
/// the user gave it, for the message.
pub fn ensure_replaceable(target: &Path, shown: &Path) -> Result<(), SaveError> {
    match fs::metadata(target) {
        Ok(meta) => match not_regular(&meta) {
            Some(kind) => Err(SaveError::NotRegularFile {
                path: shown.to_owned(),
                kind,
            }),
            None => Ok(()),
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(SaveError::Io {
            path: shown.to_owned(),
            source,
        }),
    }
}

/// Like [`ensure_replaceable`], for a file the app owns (a recovery copy), whose
/// path is never followed: a symbolic link there is itself replaced.
pub fn ensure_replaceable_unfollowed(target: &Path, shown: &Path) -> Result<(), SaveError> {
    match fs::symlink_metadata(target) {
        Ok(meta) if meta.file_type().is_symlink() => Ok(()),
        _ => ensure_replaceable(target, shown),
    }
}

/// A path made absolute with every link resolved, also when the file itself does
/// not exist yet (then its folder is resolved and the name added).
fn canonical(path: &Path) -> Option<PathBuf> {
    let resolved = resolve(path).ok()?;
    if let Ok(full) = fs::canonicalize(&resolved) {
        return Some(full);
    }
    let name = resolved.file_name()?;
    let folder = match resolved.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some(fs::canonicalize(folder).ok()?.join(name))
}

/// Whether two paths name the same file: the same canonical path, or (on Unix)
/// the same inode, which also catches a hard link.
pub fn same_file(a: &Path, b: &Path) -> bool {
    if let (Some(a), Some(b)) = (canonical(a), canonical(b))
        && a == b
    {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (fs::metadata(a), fs::metadata(b)) {
            return a.dev() == b.dev() && a.ino() == b.ino();
        }
    }
    false
}

/// Checks an output path before anything is written: it must not be one of the
/// inputs, and if it exists it must be a regular file.
pub fn check_output(output: &Path, inputs: &[&Path]) -> Result<(), SaveError> {
    if let Some(input) = inputs.iter().find(|input| same_file(output, input)) {
        return Err(SaveError::OutputIsInput {
            path: output.to_owned(),
            input: input.to_path_buf(),
        });
    }
    let target = resolve(output).map_err(|source| SaveError::Io {
        path: output.to_owned(),
        source,
    })?;
    ensure_replaceable(&target, output)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_output_beside_an_input_is_another_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let input = dir.path().join("s.ron");
        fs::write(&input, "x").expect("write");
        assert!(check_output(&dir.path().join("s.pdf"), &[&input]).is_ok());
        let via_dot = dir.path().join(".").join("s.ron");
        assert!(matches!(
            check_output(&via_dot, &[&input]),
            Err(SaveError::OutputIsInput { .. })
        ));
    }

    /// Only reads the device's metadata: the check refuses before any write.
    #[cfg(unix)]
    #[test]
    fn a_device_is_not_replaceable() {
        let error = check_output(Path::new("/dev/null"), &[]).expect_err("refused");
        assert!(error.to_string().contains("a device"), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn a_dangling_link_resolves_to_where_it_points() {
        let dir = tempfile::tempdir().expect("temp dir");
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink("real.ron", &link).expect("symlink");
        assert_eq!(
            resolve(&link).expect("resolves"),
            dir.path().join("real.ron")
        );
        let looped = dir.path().join("loop.ron");
        std::os::unix::fs::symlink("loop.ron", &looped).expect("symlink");
        assert!(resolve(&looped).is_err());
    }
}
