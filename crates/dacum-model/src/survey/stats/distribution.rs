//! The response distribution: respondents by country and level (counted by
//! the tally), and what makes it uneven, as [`Warning`]s for the interface to
//! word.

use super::{Filter, Thresholds, level_slot};
use crate::survey::Level;

/// Respondents counted, by country (in code order) and level.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Distribution {
    pub countries: Vec<CountryRow>,
    /// The column totals.
    pub levels: LevelCounts,
}

impl Distribution {
    pub fn total(&self) -> usize {
        self.levels.total()
    }
}

/// One country's respondents by level; an empty code for those who gave none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CountryRow {
    pub country: String,
    pub levels: LevelCounts,
}

/// Counts per level, and for no level given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LevelCounts {
    /// In the order of [`Level::ALL`], then "no level".
    pub counts: [usize; 5],
}

impl LevelCounts {
    pub fn get(&self, level: Option<Level>) -> usize {
        self.counts[level_slot(level)]
    }

    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }
}

/// What makes a survey's pooled figures less representative, as data: the
/// interface words it through its catalogues.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// One country holds more than [`Thresholds::majority_share`] of the
    /// respondents (only said when there are several countries).
    CountryMajority {
        country: String,
        respondents: usize,
        total: usize,
    },
    /// A country has fewer respondents than
    /// [`Thresholds::min_country_respondents`].
    FewRespondents {
        country: String,
        respondents: usize,
        minimum: usize,
    },
    /// No respondent of a level the filter lets through.
    LevelAbsent { level: Level },
    /// Respondents who gave no country.
    NoCountry { respondents: usize },
}

/// The warnings about a survey's distribution, in this order: a country
/// holding most respondents, countries with few, levels absent, respondents
/// without a country. None for a survey without respondents.
pub(super) fn warnings(
    distribution: &Distribution,
    filter: &Filter,
    thresholds: &Thresholds,
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    let total = distribution.total();
    if total == 0 {
        return warnings;
    }
    let named: Vec<_> = distribution
        .countries
        .iter()
        .filter(|row| !row.country.is_empty())
        .collect();
    if named.len() >= 2 {
        for row in &named {
            let respondents = row.levels.total();
            if respondents as f64 > thresholds.majority_share * total as f64 {
                warnings.push(Warning::CountryMajority {
                    country: row.country.clone(),
                    respondents,
                    total,
                });
            }
        }
    }
    for row in &named {
        let respondents = row.levels.total();
        if respondents < thresholds.min_country_respondents {
            warnings.push(Warning::FewRespondents {
                country: row.country.clone(),
                respondents,
                minimum: thresholds.min_country_respondents,
            });
        }
    }
    for level in Level::ALL {
        let wanted = filter.levels.is_empty() || filter.levels.contains(&level);
        if wanted && distribution.levels.get(Some(level)) == 0 {
            warnings.push(Warning::LevelAbsent { level });
        }
    }
    if let Some(row) = distribution.countries.iter().find(|r| r.country.is_empty()) {
        warnings.push(Warning::NoCountry {
            respondents: row.levels.total(),
        });
    }
    warnings
}
