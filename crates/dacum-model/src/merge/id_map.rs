//! Hash maps keyed by ids, for the merge's hot loops: `foldhash`'s fast hasher,
//! several times faster than the standard `SipHash` on 16-byte ids. Its seed is
//! random per map, so ids crafted to collide cannot slow a merge down (foldhash
//! is "minimally DoS-resistant", which is what a partner's file needs).

use crate::id::Id;

/// A map from ids.
pub(crate) type IdMap<V> = foldhash::HashMap<Id, V>;

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
