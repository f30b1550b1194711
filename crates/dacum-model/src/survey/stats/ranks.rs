//! Ranks of tasks by a mean: 1 for the highest, ties sharing the mean of the
//! places they hold (fractional ranking, as Spearman's rank correlation uses),
//! so that two tasks rated alike are never set apart by their order in the
//! chart.

use std::cmp::Ordering;

use super::TOLERANCE;

/// The rank of every value that has one, in the same order; `None` stays
/// `None` and takes no place.
pub(super) fn ranks(values: impl Iterator<Item = Option<f64>>) -> Vec<Option<f64>> {
    let values: Vec<Option<f64>> = values.collect();
    let mut order: Vec<(usize, f64)> = values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i, v)))
        .collect();
    order.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(Ordering::Equal));
    let mut ranks = vec![None; values.len()];
    let mut start = 0;
    while start < order.len() {
        // Values within the tolerance of the run's first are one tie.
        let end = order[start..]
            .iter()
            .position(|&(_, v)| order[start].1 - v > TOLERANCE)
            .map_or(order.len(), |p| start + p);
        // Places start + 1 … end, shared: their mean.
        let shared = (start + 1 + end) as f64 / 2.0;
        for &(i, _) in &order[start..end] {
            ranks[i] = Some(shared);
        }
        start = end;
    }
    ranks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highest_first_ties_share_their_places_and_blanks_take_none() {
        let got = ranks(
            [
                Some(3.0),
                Some(4.5),
                None,
                Some(3.0),
                Some(1.0),
                Some(0.1 + 0.2),
            ]
            .into_iter(),
        );
        // 4.5 first; the two 3.0 share places 2 and 3; then 1.0; 0.3 last.
        assert_eq!(
            got,
            [Some(2.5), Some(1.0), None, Some(2.5), Some(4.0), Some(5.0)]
        );
        assert_eq!(
            ranks([Some(0.3), Some(0.1 + 0.2)].into_iter()),
            [Some(1.5); 2]
        );
        assert_eq!(ranks(std::iter::empty()), []);
    }
}
