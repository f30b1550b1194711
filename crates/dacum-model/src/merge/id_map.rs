//! Hash maps keyed by ids, for the merge's hot loops. Ids are UUIDs, so a keyed
//! mix of their two halves spreads them well and is several times faster than
//! the standard `SipHash`. The key is random per map, so ids crafted to collide
//! cannot slow a merge down.

use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};

use crate::id::Id;

/// A map from ids; only for keys made of ids (the hasher ignores length prefixes).
pub(crate) type IdMap<V> = HashMap<Id, V, IdHashing>;

#[derive(Clone)]
pub(crate) struct IdHashing {
    key: u64,
}

impl Default for IdHashing {
    fn default() -> Self {
        IdHashing {
            key: RandomState::new().hash_one(0x006d_6572_6765_u64),
        }
    }
}

impl BuildHasher for IdHashing {
    type Hasher = IdHasher;
    fn build_hasher(&self) -> IdHasher {
        IdHasher {
            state: self.key,
            key: self.key,
        }
    }
}

pub(crate) struct IdHasher {
    state: u64,
    key: u64,
}

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.state = mix(self.state ^ u64::from_le_bytes(word)).wrapping_add(self.key);
        }
    }

    /// Slices and arrays announce their length first; for ids it is always 16.
    fn write_usize(&mut self, _length: usize) {}

    fn finish(&self) -> u64 {
        mix(self.state)
    }
}

/// The `SplitMix64` finaliser: every input bit affects every output bit.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_find_their_values() {
        let mut map: IdMap<usize> = IdMap::default();
        for i in 0..1000u128 {
            map.insert(Id::from_u128(i << 64 | i), i as usize);
        }
        assert_eq!(map.len(), 1000);
        assert!((0..1000u128).all(|i| map.get(&Id::from_u128(i << 64 | i)) == Some(&(i as usize))));
    }
}
