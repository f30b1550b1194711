//! Everything the statistics show of a set of rounds, worked out from their
//! tally: each task's figures, the ranks, the marks and the distribution.

use super::tally::Tally;
use super::{
    Analysis, CountryRow, Distribution, LevelCounts, Thresholds, Weighting, figures, marks, ranks,
};
use crate::verification::PriorityFormula;

/// The analysis of the tallied rounds under the weighting.
pub(super) fn analysis(
    tally: &Tally,
    weighting: Weighting,
    thresholds: &Thresholds,
    formula: PriorityFormula,
) -> Analysis {
    let mut figures: Vec<_> = tally
        .tasks()
        .iter()
        .enumerate()
        .map(|(slot, &task)| {
            figures::task_figures(task, &tally.by_country(slot, |_| true), weighting, formula)
        })
        .collect();
    let chart_len = tally.chart_len();
    let places = ranks::ranks(
        figures[..chart_len]
            .iter()
            .map(|f| f.importance.map(|s| s.mean)),
    );
    for (task, rank) in figures.iter_mut().zip(places) {
        task.rank = rank;
    }
    for (slot, task) in figures.iter_mut().enumerate() {
        task.marks.levels = marks::level_gap(tally, slot, weighting, thresholds);
    }
    for (slot, gaps) in marks::country_gaps(tally, weighting, thresholds) {
        figures[slot].marks.countries = gaps;
    }
    let removed = figures.split_off(chart_len);
    Analysis {
        rounds: tally.rounds().to_vec(),
        distribution: distribution(tally),
        tasks: figures,
        removed,
    }
}

fn distribution(tally: &Tally) -> Distribution {
    let mut totals = LevelCounts::default();
    let countries = tally
        .countries()
        .iter()
        .zip(tally.respondents())
        .map(|(country, &counts)| {
            for (total, count) in totals.counts.iter_mut().zip(counts) {
                *total += count;
            }
            CountryRow {
                country: country.clone(),
                levels: LevelCounts { counts },
            }
        })
        .collect();
    Distribution {
        countries,
        levels: totals,
    }
}
