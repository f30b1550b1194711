//! Pooled figures from per-country cells: scores (mean, sd, n) and shares,
//! per respondent or equally per country, as the module's documentation of
//! [`Weighting`] gives them.

use super::tally::Cell;
use super::{Marks, Scores, Share, TOLERANCE, TaskFigures, Weighting};
use crate::id::Id;
use crate::verification::{PriorityFormula, Summary};

/// The figures of one task from its cells, one per country.
pub(super) fn task_figures(
    task: Id,
    countries: &[Cell],
    weighting: Weighting,
    formula: PriorityFormula,
) -> TaskFigures {
    let importance = scores(countries.iter().map(|c| &c.importance), weighting);
    let frequency = scores(countries.iter().map(|c| &c.frequency), weighting);
    let difficulty = scores(countries.iter().map(|c| &c.difficulty), weighting);
    TaskFigures {
        task,
        asked: countries.iter().map(|c| c.asked).sum(),
        answering: countries.iter().map(|c| c.answering).sum(),
        performing: share(
            countries.iter().map(|c| (c.performs_yes, c.performs_known)),
            weighting,
        ),
        importance,
        frequency,
        difficulty,
        priority: formula.index(
            importance.map(|s| s.mean),
            frequency.map(|s| s.mean),
            difficulty.map(|s| s.mean),
        ),
        train: share(
            countries.iter().map(|c| (c.train_yes, c.train_known)),
            weighting,
        ),
        rank: None,
        marks: Marks::default(),
    }
}

/// One scale's scores pooled from its counts per group (country).
pub(super) fn scores<'a>(
    groups: impl Iterator<Item = &'a [usize; 5]> + Clone,
    weighting: Weighting,
) -> Option<Scores> {
    let mut counts = [0; 5];
    for group in groups.clone() {
        for (total, count) in counts.iter_mut().zip(group) {
            *total += count;
        }
    }
    let summary = Summary::from_counts(&counts)?;
    let (mean, sd) = match weighting {
        Weighting::PerRespondent => (summary.mean, summary.std_dev),
        Weighting::EqualPerCountry => equal_per_group(groups),
    };
    Some(Scores {
        n: summary.count,
        mean,
        sd,
        counts,
    })
}

/// Mean and sd when each group with a score weighs 1 in all, every score of
/// a group of n weighing 1/n: `μ = Σ w·x / V₁`, `s² = Σ w·(x − μ)² / (V₁ − V₂ / V₁)`.
fn equal_per_group<'a>(groups: impl Iterator<Item = &'a [usize; 5]> + Clone) -> (f64, f64) {
    // (n, mean) of every group that has a score.
    let given = || {
        groups.clone().filter_map(|counts| {
            let n: usize = counts.iter().sum();
            (n > 0).then(|| (counts, n as f64, weighted_sum(counts) / n as f64))
        })
    };
    let v1 = given().count() as f64;
    let mean = given().map(|(_, _, m)| m).sum::<f64>() / v1;
    let v2: f64 = given().map(|(_, n, _)| 1.0 / n).sum();
    let squares: f64 = given()
        .map(|(counts, n, _)| {
            let within: f64 = (1..=5u8)
                .zip(counts)
                .map(|(s, &c)| c as f64 * (f64::from(s) - mean).powi(2))
                .sum();
            within / n
        })
        .sum();
    let denominator = v1 - v2 / v1;
    let sd = if denominator > TOLERANCE {
        (squares / denominator).sqrt()
    } else {
        0.0
    };
    (mean, sd)
}

/// The sum of the scores counted.
fn weighted_sum(counts: &[usize; 5]) -> f64 {
    (1..=5u8)
        .zip(counts)
        .map(|(s, &c)| f64::from(s) * c as f64)
        .sum()
}

/// A yes/no question pooled from (yes, answered) per group.
fn share(groups: impl Iterator<Item = (usize, usize)> + Clone, weighting: Weighting) -> Share {
    let yes = groups.clone().map(|(y, _)| y).sum();
    let of = groups.clone().map(|(_, o)| o).sum();
    let percent = match weighting {
        Weighting::PerRespondent => (of > 0).then(|| 100.0 * yes as f64 / of as f64),
        Weighting::EqualPerCountry => {
            let shares: Vec<f64> = groups
                .filter(|&(_, o)| o > 0)
                .map(|(y, o)| 100.0 * y as f64 / o as f64)
                .collect();
            (!shares.is_empty()).then(|| shares.iter().sum::<f64>() / shares.len() as f64)
        }
    };
    Share { yes, of, percent }
}
