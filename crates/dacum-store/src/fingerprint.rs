//! What a file held when it was loaded, so that a save can tell whether another
//! program (a second window, a `git pull`, an editor) changed it in the meantime
//! and refuse to overwrite that change silently.
//!
//! Only the content counts: a file rewritten with the same bytes (a `git checkout`
//! that touched it, say) has lost nothing, so a new modification time alone is not
//! a change. The fingerprint never leaves the process, so std's hasher (fixed
//! keys, deterministic within a build) is enough: it guards against accidents,
//! not against someone forging a collision.

use std::fs;
use std::hash::{DefaultHasher, Hasher};
use std::io::{self, Read};
use std::path::Path;

use super::file_format::MAX_FILE_SIZE;

/// The length and a hash of a file's bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Fingerprint {
    len: u64,
    hash: u64,
}

impl Fingerprint {
    pub fn of(bytes: &[u8]) -> Fingerprint {
        let mut hasher = DefaultHasher::new();
        hasher.write(bytes);
        Fingerprint {
            len: bytes.len() as u64,
            hash: hasher.finish(),
        }
    }

    /// The fingerprint of a file as it is now; `None` when there is no file. A
    /// file too large to be a session is not read: no loaded file had its length.
    pub fn of_file(path: &Path) -> io::Result<Option<Fingerprint>> {
        let mut file = match fs::File::open(path) {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        let len = file.metadata()?.len();
        if len > MAX_FILE_SIZE {
            return Ok(Some(Fingerprint { len, hash: 0 }));
        }
        let mut bytes = Vec::with_capacity(len as usize);
        file.read_to_end(&mut bytes)?;
        Ok(Some(Fingerprint::of(&bytes)))
    }
}

/// Whether a save may replace the file: it still holds what was loaded, or it is
/// gone (writing it again loses nothing). `now` is the file's fingerprint at the
/// moment of saving, `None` when it no longer exists.
pub fn may_replace(loaded: &Fingerprint, now: Option<&Fingerprint>) -> bool {
    now.is_none_or(|now| now == loaded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_bytes_may_be_replaced_other_bytes_not() {
        let loaded = Fingerprint::of(b"(title: \"Prison officer\")");
        assert!(may_replace(&loaded, Some(&loaded)));
        assert!(may_replace(&loaded, None), "a deleted file loses nothing");
        let pulled = Fingerprint::of(b"(title: \"Prison officer (RO)\")");
        assert!(!may_replace(&loaded, Some(&pulled)));
        let same_length = Fingerprint::of(b"(title: \"Prison officeR\")");
        assert!(!may_replace(&loaded, Some(&same_length)));
        assert!(!may_replace(&loaded, Some(&Fingerprint::of(b""))));
    }
}
