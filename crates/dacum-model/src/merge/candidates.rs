//! The pairs of texts worth comparing for a near-duplicate, found without
//! comparing every pair (blocking, as record-linkage tools do), yet complete:
//! every pair whose [`similarity`](crate::text::similarity()) reaches the threshold is
//! among them.
//!
//! **Why no qualifying pair is missed.** Two words match (see the `text`
//! module) when they are equal, share a beginning of at least
//! `need(shorter) = max(4, ⌈0.6 × shorter⌉)` letters, or both have five letters
//! or more and are one typing slip apart. Each word `w` of `L` letters is
//! filed under three kinds of keys, and looked up with three:
//! - *own beginning*: filed under its first `need(L)` letters (the whole word
//!   when shorter than four); looked up with each of its beginnings of 4 to
//!   `need(L)` letters. A word `v` that matches `w` by beginning and is no
//!   longer shares `v`'s own beginning with `w`, one of those lengths.
//! - *all beginnings*: filed under each of its beginnings of 4 to `need(L)`
//!   letters; looked up with its own beginning. A word that matches `w` by
//!   beginning and is no shorter needs `need(L)` shared letters, one of its
//!   beginnings.
//! - *slips* (five letters or more): filed under, and looked up with, the word
//!   and the word with any one letter dropped. One letter replaced or two
//!   neighbours swapped leaves the same word with one letter dropped from each;
//!   one letter inserted leaves the shorter word when dropped from the longer.
//!
//! So two words that match share a key of the same kind, and equal words share
//! all. (Keys are 64-bit hashes of the letters: two keys that collide only add
//! candidates, which the exact measure then rejects.)
//!
//! A pair of texts of `n` and `n'` words reaches the threshold only if at least
//! `m(n, n')` of the words of the first are matched one to one to words of the
//! second, where `m` is the least count with `2m / (n + n') ≥` the threshold.
//! So at least one matched word lies among any `n − m + 1` words of the first
//! text (only `m − 1` are left out), and its partner shares a key with it
//! (*prefix filtering*). Each text is therefore looked up, for every length
//! `n' ≥ n` that could reach the threshold, with the keys of its
//! `n − m(n, n') + 1` rarest words only, in an index of the keys of every word
//! of the texts of length `n'` (the shorter text of a pair looks up the longer:
//! it needs fewer words to). Common words ("the", "prisoners") are left out of the lookup
//! whenever the lengths allow, and keys longer than four letters keep the
//! lookups narrow, which is what makes the search fast; the candidates found
//! are then measured exactly, as before.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::text::Words;

/// A word's key: a hash of some of its letters and of the kind of key.
type Key = u64;

/// Hash maps keyed by keys (and text lengths). Keys are already well-spread
/// hashes, so a multiply-and-rotate mix (as in `FxHash`) is enough, and several
/// times faster than `SipHash` on the millions of keys of a large session.
type KeyMap<K, V> = HashMap<K, V, BuildHasherDefault<KeyHasher>>;

#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_usize(&mut self, x: usize) {
        self.write_u64(x as u64);
    }
}

/// The kinds of keys (see the module documentation).
const OWN: u64 = 1;
const ALL: u64 = 2;
const SLIP: u64 = 3;

fn key(kind: u64, letters: impl Iterator<Item = char>) -> Key {
    // FNV-1a: small and fixed, so the candidates are the same on every run.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325 ^ kind;
    for c in letters {
        hash ^= u64::from(u32::from(c));
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// How many letters of its beginning a word shares with any word it matches by
/// beginning and that is no shorter.
fn need(len: usize) -> usize {
    if len < 4 {
        len
    } else {
        4.max((3 * len).div_ceil(5))
    }
}

/// The keys a word is filed under and the keys it is looked up with.
fn keys(word: &[char], filed: &mut Vec<Key>, looked_up: &mut Vec<Key>) {
    let own = need(word.len());
    let beginning = |kind, n: usize| key(kind, word[..n].iter().copied());
    filed.push(beginning(OWN, own));
    looked_up.push(beginning(ALL, own));
    for n in own.min(4)..=own {
        looked_up.push(beginning(OWN, n));
        filed.push(beginning(ALL, n));
    }
    if word.len() >= 5 {
        let whole = key(SLIP, word.iter().copied());
        filed.push(whole);
        looked_up.push(whole);
        for dropped in 0..word.len() {
            let rest = word.iter().enumerate().filter(|(i, _)| *i != dropped);
            let slip = key(SLIP, rest.map(|(_, &c)| c));
            filed.push(slip);
            looked_up.push(slip);
        }
    }
}

/// The least number of matched words for which texts of `a` and `b` words can
/// reach `threshold`, computed as [`Words::similarity`] computes; `None` when
/// even matching every word of the shorter text is not enough.
fn least_matched(a: usize, b: usize, threshold: f64) -> Option<usize> {
    (1..=a.min(b)).find(|&m| 2.0 * m as f64 / (a + b) as f64 >= threshold)
}

/// Every pair `(i, j)`, `i < j`, of texts that may reach `threshold`, in
/// increasing order: a superset of the pairs that do (see the module
/// documentation), usually a small one.
pub(crate) fn candidate_pairs(texts: &[Words], threshold: f64) -> Vec<(usize, usize)> {
    // The index: (text length, key) → the texts with a word filed under it, and
    // the keys each word of each text is looked up with.
    let mut lookups: Vec<Vec<Vec<Key>>> = Vec::with_capacity(texts.len());
    let mut index: KeyMap<(usize, Key), Vec<u32>> = KeyMap::default();
    let mut lengths: Vec<usize> = Vec::new();
    let mut filed = Vec::new();
    for (t, text) in texts.iter().enumerate() {
        let n = text.words().len();
        let mut per_word = Vec::with_capacity(n);
        for word in text.words() {
            filed.clear();
            let mut looked_up = Vec::new();
            keys(word, &mut filed, &mut looked_up);
            for key in &filed {
                let holders = index.entry((n, *key)).or_default();
                if holders.last() != Some(&(t as u32)) {
                    holders.push(t as u32);
                }
            }
            looked_up.sort_unstable();
            looked_up.dedup();
            per_word.push(looked_up);
        }
        if n > 0 && !lengths.contains(&n) {
            lengths.push(n);
        }
        lookups.push(per_word);
    }
    // How many texts a look-up with each key visits, over all lengths: the
    // rarer a word's keys, the fewer.
    let mut visits: KeyMap<Key, usize> = KeyMap::default();
    for ((_, key), holders) in &index {
        *visits.entry(*key).or_default() += holders.len();
    }

    let mut pairs = Vec::new();
    let mut seen: Vec<u32> = vec![u32::MAX; texts.len()];
    let mut found: Vec<usize> = Vec::new();
    let mut order: Vec<(usize, usize)> = Vec::new();
    for (i, per_word) in lookups.iter().enumerate() {
        let n = per_word.len();
        if n == 0 {
            continue;
        }
        order.clear();
        order.extend(per_word.iter().enumerate().map(|(w, keys)| {
            let cost: usize = keys
                .iter()
                .map(|k| visits.get(k).copied().unwrap_or(0))
                .sum();
            (cost, w)
        }));
        order.sort_unstable();
        found.clear();
        // Only the shorter text of a pair looks the other up: it needs fewer
        // words to do so (n − m + 1 grows with n, m being the same both ways).
        for &other in lengths.iter().filter(|&&other| other >= n) {
            let Some(m) = least_matched(n, other, threshold) else {
                continue;
            };
            for &(_, w) in &order[..=(n - m)] {
                for key in &per_word[w] {
                    let Some(holders) = index.get(&(other, *key)) else {
                        continue;
                    };
                    // Holders are in increasing order; among texts as long as
                    // this one, only those after it (the earlier found it).
                    let start = if other == n {
                        holders.partition_point(|&h| h as usize <= i)
                    } else {
                        0
                    };
                    for &j in &holders[start..] {
                        if seen[j as usize] != i as u32 {
                            seen[j as usize] = i as u32;
                            found.push(j as usize);
                        }
                    }
                }
            }
        }
        pairs.extend(found.iter().map(|&j| (i.min(j), i.max(j))));
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::text::{DUPLICATE_THRESHOLD, same_text_key};

    /// The search as it was: every pair, measured. The oracle the index must
    /// agree with.
    fn all_pairs(texts: &[Words], threshold: f64) -> Vec<(usize, usize)> {
        let mut pairs = Vec::new();
        for i in 0..texts.len() {
            if texts[i].is_empty() {
                continue;
            }
            for j in i + 1..texts.len() {
                if texts[i].similarity_at_least(&texts[j], threshold) >= threshold {
                    pairs.push((i, j));
                }
            }
        }
        pairs
    }

    fn near_pairs(texts: &[Words], threshold: f64) -> Vec<(usize, usize)> {
        candidate_pairs(texts, threshold)
            .into_iter()
            .filter(|&(i, j)| texts[i].similarity_at_least(&texts[j], threshold) >= threshold)
            .collect()
    }

    fn words(texts: &[String]) -> Vec<Words> {
        texts.iter().map(|t| Words::of(&same_text_key(t))).collect()
    }

    /// Words that meet in every way the measure knows: equal, inflected
    /// (search/searches/searched), one slip apart at the start, the middle or
    /// the end (condcut, cnoduct, conduc, xonduct), short words, and words that
    /// only look alike.
    const VOCABULARY: &[&str] = &[
        "conduct",
        "condcut",
        "cnoduct",
        "onduct",
        "xonduct",
        "conduc",
        "conducted",
        "search",
        "searches",
        "searched",
        "saerch",
        "serch",
        "cell",
        "cells",
        "cel",
        "body",
        "bodies",
        "in",
        "the",
        "of",
        "a",
        "escort",
        "escorts",
        "esocrt",
        "prisoner",
        "prisoners",
        "court",
        "courts",
        "percheziții",
        "perchezitii",
        "efectuează",
        "efectuarea",
        "abcde",
        "bacde",
        "acbde",
        "abdce",
        "abcd",
        "abc",
        "ab",
        "x",
    ];

    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(VOCABULARY), 0..7)
            .prop_map(|words| words.join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The index proposes exactly the pairs the all-pairs search proposes.
        #[test]
        fn the_index_finds_exactly_the_pairs_all_pairs_finds(
            texts in proptest::collection::vec(text(), 0..24),
            threshold in prop_oneof![Just(DUPLICATE_THRESHOLD), 0.3f64..1.0],
        ) {
            let texts = words(&texts);
            prop_assert_eq!(near_pairs(&texts, threshold), all_pairs(&texts, threshold));
        }

        /// Random letters, so that slips fall anywhere in a word.
        #[test]
        fn the_index_misses_no_pair_of_random_words(
            texts in proptest::collection::vec("([abc]{1,7} ){1,5}", 0..24),
        ) {
            let texts = words(&texts);
            let threshold = DUPLICATE_THRESHOLD;
            prop_assert_eq!(near_pairs(&texts, threshold), all_pairs(&texts, threshold));
        }
    }

    /// On the merged national versions of the large session (over a thousand
    /// tasks, many alike), the index finds what comparing every pair finds.
    #[test]
    fn the_index_agrees_with_all_pairs_on_merged_partner_sessions() {
        let merged = crate::merge::merge(&crate::generated::partner_sessions(5));
        let statements: Vec<String> = merged
            .session
            .chart
            .tasks()
            .map(|(_, _, t)| t.statement.clone())
            .collect();
        let texts = words(&statements);
        let expected = all_pairs(&texts, DUPLICATE_THRESHOLD);
        assert!(!expected.is_empty());
        assert_eq!(near_pairs(&texts, DUPLICATE_THRESHOLD), expected);
    }

    #[test]
    fn words_that_match_share_a_key() {
        let w = |s: &str| s.chars().collect::<Vec<char>>();
        let keys_of = |s: &str| {
            let (mut filed, mut looked_up) = (Vec::new(), Vec::new());
            keys(&w(s), &mut filed, &mut looked_up);
            (filed, looked_up)
        };
        for (a, b) in [
            ("conduct", "condcut"),
            ("conduct", "cnoduct"),
            ("conduct", "onduct"),
            ("conduct", "xonduct"),
            ("conduct", "coduct"),
            ("search", "searches"),
            ("searches", "search"),
            ("percheziții", "perchezițiilor"),
            ("abcde", "bacde"),
            ("abcde", "abdce"),
            ("abcde", "abced"),
            ("cell", "cells"),
            ("cel", "cel"),
        ] {
            let ((_, looked_up), (filed, _)) = (keys_of(a), keys_of(b));
            assert!(looked_up.iter().any(|k| filed.contains(k)), "{a} / {b}");
        }
    }
}
