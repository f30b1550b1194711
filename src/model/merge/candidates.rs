//! The pairs of texts worth comparing for a near-duplicate, found without
//! comparing every pair (blocking, as record-linkage tools do), yet complete:
//! every pair whose [`similarity`](super::similarity) reaches the threshold is
//! among them.
//!
//! **Why no qualifying pair is missed.** Two words match (see the `text`
//! module) when they are equal, share a beginning of four letters or more, or
//! both have five letters or more and are one typing slip apart. Each word gets
//! a few *keys*: its first four letters (the whole word when shorter), and,
//! for a word of five letters or more, the first four letters left after
//! dropping one of its first four letters. Two words that match share a key:
//! - equal words have the same keys;
//! - a shared beginning of four letters is the first key of both;
//! - one slip at position p: for p ≥ 4 the first four letters are equal; for
//!   p < 4, dropping the letter at p (a replacement), at p in one word and p + 1
//!   in the other (two neighbours swapped), or at p in the longer word only (an
//!   insertion) leaves the same first four letters.
//!
//! A pair of texts of `n` and `n'` words reaches the threshold only if at least
//! `m(n, n')` of the words of the first are matched one to one to words of the
//! second, where `m` is the least count with `2m / (n + n') ≥` the threshold.
//! So at least one matched word lies among any `n − m + 1` words of the first
//! text (only `m − 1` are left out), and its partner shares a key with it
//! (*prefix filtering*). Each text is therefore looked up, for every length
//! `n'` that could reach the threshold, with the keys of its `n − m(n, n') + 1`
//! rarest words only, in an index of the keys of every word of the texts of
//! length `n'`. Common words ("the", "prisoners") are left out of the lookup
//! whenever the lengths allow, which is what makes the search fast; the
//! candidates found are then measured exactly, as before.

use std::collections::HashMap;

use super::text::Words;

/// A word's key: up to four letters (NUL-padded; a normalised word never holds
/// a NUL).
type Key = [char; 4];

/// The keys of a word (see the module documentation), possibly repeated.
fn keys(word: &[char], out: &mut Vec<Key>) {
    let mut first = ['\0'; 4];
    for (slot, &c) in first.iter_mut().zip(word) {
        *slot = c;
    }
    out.push(first);
    if word.len() >= 5 {
        for dropped in 0..4 {
            let mut key = ['\0'; 4];
            let rest = word[..5].iter().enumerate().filter(|(i, _)| *i != dropped);
            for (slot, (_, &c)) in key.iter_mut().zip(rest) {
                *slot = c;
            }
            out.push(key);
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
    // Texts by length, and the index: (length, key) → texts holding it.
    let mut word_keys: Vec<Vec<Vec<Key>>> = Vec::with_capacity(texts.len());
    let mut index: HashMap<(usize, Key), Vec<u32>> = HashMap::new();
    let mut lengths: Vec<usize> = Vec::new();
    let mut scratch = Vec::new();
    for (t, text) in texts.iter().enumerate() {
        let n = text.words().len();
        let per_word: Vec<Vec<Key>> = text
            .words()
            .iter()
            .map(|w| {
                scratch.clear();
                keys(w, &mut scratch);
                scratch.sort_unstable();
                scratch.dedup();
                scratch.clone()
            })
            .collect();
        for key in per_word.iter().flatten() {
            let holders = index.entry((n, *key)).or_default();
            if holders.last() != Some(&(t as u32)) {
                holders.push(t as u32);
            }
        }
        if n > 0 && !lengths.contains(&n) {
            lengths.push(n);
        }
        word_keys.push(per_word);
    }
    // How common each key is, over all lengths: the rarer a word's keys, the
    // fewer texts a lookup with it visits.
    let mut frequency: HashMap<Key, usize> = HashMap::new();
    for ((_, key), holders) in &index {
        *frequency.entry(*key).or_default() += holders.len();
    }

    let mut pairs = Vec::new();
    let mut seen: Vec<u32> = vec![u32::MAX; texts.len()];
    let mut found: Vec<usize> = Vec::new();
    let mut order: Vec<(usize, usize)> = Vec::new();
    for (i, per_word) in word_keys.iter().enumerate() {
        let n = per_word.len();
        if n == 0 {
            continue;
        }
        order.clear();
        order.extend(per_word.iter().enumerate().map(|(w, ks)| {
            let cost: usize = ks
                .iter()
                .map(|k| frequency.get(k).copied().unwrap_or(0))
                .sum();
            (cost, w)
        }));
        order.sort_unstable();
        found.clear();
        for &other in &lengths {
            let Some(m) = least_matched(n, other, threshold) else {
                continue;
            };
            for &(_, w) in &order[..n - m + 1] {
                for key in &per_word[w] {
                    let Some(holders) = index.get(&(other, *key)) else {
                        continue;
                    };
                    // Holders are in increasing order: only those after i.
                    let start = holders.partition_point(|&h| h as usize <= i);
                    for &j in &holders[start..] {
                        if seen[j as usize] != i as u32 {
                            seen[j as usize] = i as u32;
                            found.push(j as usize);
                        }
                    }
                }
            }
        }
        found.sort_unstable();
        pairs.extend(found.iter().map(|&j| (i, j)));
    }
    pairs
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::merge::text::{DUPLICATE_THRESHOLD, normalise};

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
        texts.iter().map(|t| Words::of(&normalise(t))).collect()
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
        let merged = crate::model::merge::merge(&crate::model::generated::partner_sessions(5));
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
            let mut out = Vec::new();
            keys(&w(s), &mut out);
            out
        };
        for (a, b) in [
            ("conduct", "condcut"),
            ("conduct", "cnoduct"),
            ("conduct", "onduct"),
            ("conduct", "xonduct"),
            ("conduct", "coduct"),
            ("search", "searches"),
            ("abcde", "bacde"),
            ("abcde", "abdce"),
            ("abcde", "abced"),
            ("cel", "cel"),
        ] {
            let (ka, kb) = (keys_of(a), keys_of(b));
            assert!(ka.iter().any(|k| kb.contains(k)), "{a} / {b}");
        }
    }
}
