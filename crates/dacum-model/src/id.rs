//! Element identity: every duty, task, list item, person, driver, vote, rating and
//! scenario carries an `Id` that survives reordering, copying between files and merging.

use std::fmt;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A UUID (v4 when freshly made) naming one element of a session.
///
/// Serialised as the usual hyphenated text form so that session files stay readable.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(Uuid);

impl Id {
    /// A fresh random identity.
    pub fn new() -> Self {
        Id(Uuid::new_v4())
    }

    /// A fixed identity, for generated sessions and tests that need reproducible ids.
    pub fn from_u128(value: u128) -> Self {
        Id(Uuid::from_u128(value))
    }

    /// A fixed identity derived from other identities (FNV-1a, 128 bits, made a
    /// version-8 UUID): the same parts in the same order always give the same id,
    /// on every machine and in every version of the app.
    pub fn derived(namespace: &str, parts: impl IntoIterator<Item = Id>) -> Self {
        const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
        const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013B;
        let mut hash = OFFSET;
        let mut eat = |bytes: &[u8]| {
            for &byte in bytes {
                hash ^= u128::from(byte);
                hash = hash.wrapping_mul(PRIME);
            }
        };
        eat(namespace.as_bytes());
        for part in parts {
            eat(part.0.as_bytes());
        }
        Id(uuid::Builder::from_custom_bytes(hash.to_be_bytes()).into_uuid())
    }

    /// The first eight hex digits, enough to tell elements apart in a message.
    pub fn short(&self) -> String {
        self.0.simple().to_string()[..8].to_owned()
    }
}

impl Default for Id {
    fn default() -> Self {
        Id::new()
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id({})", self.short())
    }
}

/// Implemented by every element that lives in an ordered list, so list edits
/// (insert, remove, move, replace) can be written once.
pub trait HasId {
    fn id(&self) -> Id;
}
