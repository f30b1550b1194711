//! The divergence marks (the rules and their sources are in the module's
//! documentation): supervisors against job holders, and each country's rank
//! of a task against the other countries'.

use std::collections::BTreeMap;
use std::iter;

use super::figures::scores;
use super::ranks::ranks;
use super::tally::Tally;
use super::{CountryGap, LevelGap, TOLERANCE, Thresholds, Weighting, level_slot};
use crate::survey::Level;

/// Supervisors' and job holders' mean importance of the task in `slot`, if
/// they are [`Thresholds::level_gap`] apart with enough scores each.
pub(super) fn level_gap(
    tally: &Tally,
    slot: usize,
    weighting: Weighting,
    thresholds: &Thresholds,
) -> Option<LevelGap> {
    let side = |level: Level| {
        let at = level_slot(Some(level));
        let cells = tally.by_country(slot, |l| l == at);
        scores(cells.iter().map(|c| &c.importance), weighting)
            .filter(|s| s.n >= thresholds.level_min_n)
    };
    let supervisors = side(Level::Supervisor)?;
    let job_holders = side(Level::JobHolder)?;
    let difference = supervisors.mean - job_holders.mean;
    (difference.abs() >= thresholds.level_gap - TOLERANCE).then_some(LevelGap {
        supervisors,
        job_holders,
        difference,
    })
}

/// Every chart task (by slot) a country ranks [`Thresholds::rank_share`] of
/// the ranked tasks away from the others, its mean importance at least
/// [`Thresholds::rank_min_gap`] from theirs, with those countries in code
/// order.
/// Respondents without a country count among the others but are not compared.
pub(super) fn country_gaps(
    tally: &Tally,
    weighting: Weighting,
    thresholds: &Thresholds,
) -> BTreeMap<usize, Vec<CountryGap>> {
    let mut found: BTreeMap<usize, Vec<CountryGap>> = BTreeMap::new();
    let countries = tally.countries();
    if countries.len() < 2 {
        return found;
    }
    // Importance counts per chart task, per country.
    let importance: Vec<Vec<[usize; 5]>> = (0..tally.chart_len())
        .map(|slot| {
            tally
                .by_country(slot, |_| true)
                .iter()
                .map(|c| c.importance)
                .collect()
        })
        .collect();
    for (c, country) in countries.iter().enumerate() {
        if country.is_empty() {
            continue;
        }
        let enough = |s: &super::Scores| s.n >= thresholds.rank_min_n;
        // (slot, the country's scores, the others') of every task both rank.
        let compared: Vec<_> = importance
            .iter()
            .enumerate()
            .filter_map(|(slot, per_country)| {
                let own =
                    scores(iter::once(&per_country[c]), Weighting::PerRespondent).filter(enough)?;
                let others = per_country
                    .iter()
                    .enumerate()
                    .filter(|&(o, _)| o != c)
                    .map(|(_, counts)| counts);
                let others = scores(others, weighting).filter(enough)?;
                Some((slot, own, others))
            })
            .collect();
        let own_ranks = ranks(compared.iter().map(|(_, own, _)| Some(own.mean)));
        let others_ranks = ranks(compared.iter().map(|(_, _, others)| Some(others.mean)));
        let limit = thresholds.rank_share * compared.len() as f64;
        for ((&(slot, own, others), rank), others_rank) in
            compared.iter().zip(own_ranks).zip(others_ranks)
        {
            let (Some(rank), Some(others_rank)) = (rank, others_rank) else {
                continue;
            };
            let apart = (rank - others_rank).abs();
            let means_apart = (own.mean - others.mean).abs();
            if apart > TOLERANCE
                && apart >= limit - TOLERANCE
                && means_apart >= thresholds.rank_min_gap - TOLERANCE
            {
                found.entry(slot).or_default().push(CountryGap {
                    country: country.clone(),
                    scores: own,
                    rank,
                    others,
                    others_rank,
                    ranked: compared.len(),
                });
            }
        }
    }
    found
}
