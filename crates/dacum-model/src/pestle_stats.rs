//! PESTLE statistics: per driver the mean, median and spread of the votes on
//! uncertainty and impact, where it falls on the uncertainty–impact matrix, and
//! the suggested axes of uncertainty with the reasons for every candidate.

use std::cmp::Ordering;

use dacum_i18n::Text;

use super::id::Id;
use super::pestle::{AxisSubject, Pestle};
use super::verification::Summary;

/// Where a driver falls on the uncertainty–impact matrix. "High" means a mean
/// above the middle of the 1–5 scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Zone {
    /// High impact, high uncertainty: candidates for the axes.
    CriticalUncertainty,
    /// High impact, low uncertainty: true in every scenario.
    PredeterminedElement,
    /// Low impact.
    Secondary,
}

/// The middle of the 1–5 scale; means above it count as high.
pub const MIDPOINT: f64 = 3.0;

impl Zone {
    pub fn of(uncertainty: f64, impact: f64) -> Zone {
        match (impact > MIDPOINT, uncertainty > MIDPOINT) {
            (true, true) => Zone::CriticalUncertainty,
            (true, false) => Zone::PredeterminedElement,
            (false, _) => Zone::Secondary,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Zone::CriticalUncertainty => "Critical uncertainties",
            Zone::PredeterminedElement => "Predetermined elements",
            Zone::Secondary => "Secondary drivers",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct DriverStats {
    pub driver: Id,
    pub uncertainty: Option<Summary>,
    pub impact: Option<Summary>,
    /// Participants who have not voted on this driver.
    pub missing: usize,
}

impl DriverStats {
    /// Mean uncertainty + mean impact (2–10), the ranking used for axes.
    pub fn combined(&self) -> Option<f64> {
        Some(self.uncertainty?.mean + self.impact?.mean)
    }

    pub fn zone(&self) -> Option<Zone> {
        Some(Zone::of(self.uncertainty?.mean, self.impact?.mean))
    }

    pub fn disagreement(&self) -> bool {
        self.uncertainty.is_some_and(|s| s.disagreement())
            || self.impact.is_some_and(|s| s.disagreement())
    }
}

impl Pestle {
    /// The statistics of every driver, in driver order.
    pub fn driver_stats(&self) -> Vec<DriverStats> {
        self.drivers.iter().map(|d| self.stats_of(d.id)).collect()
    }

    pub fn stats_of(&self, driver: Id) -> DriverStats {
        let votes = || self.votes.iter().filter(move |v| v.driver == driver);
        let voters = self
            .participants
            .iter()
            .filter(|p| votes().any(|v| v.participant == p.id))
            .count();
        DriverStats {
            driver,
            uncertainty: Summary::of(votes().map(|v| v.uncertainty)),
            impact: Summary::of(votes().map(|v| v.impact)),
            missing: self.participants.len() - voters,
        }
    }

    /// Suggests the two axes: the critical uncertainties with the highest combined
    /// score that do not belong to the same related group, with the reason for
    /// every driver considered.
    pub fn suggest_axes(&self) -> AxisSuggestion {
        let mut ranked: Vec<DriverStats> = self.driver_stats();
        ranked.sort_by(|a, b| rank(a, b).then_with(|| self.title_order(a.driver, b.driver)));
        let mut chosen: Vec<Candidate> = Vec::new();
        let mut considered = Vec::new();
        for stats in ranked {
            let subject = match self.group_of(stats.driver) {
                Some(group) => AxisSubject::Group(group.id),
                None => AxisSubject::Driver(stats.driver),
            };
            let verdict = match (stats.zone(), stats.combined()) {
                (None, _) | (_, None) => Verdict::NoVotes,
                (Some(zone), _) if zone != Zone::CriticalUncertainty => Verdict::NotCritical(zone),
                _ => match chosen.iter().find(|c| c.subject == subject) {
                    Some(first) => Verdict::SameGroupAs(first.driver),
                    None if chosen.len() < 2 => Verdict::Chosen,
                    None => Verdict::Lower,
                },
            };
            let candidate = Candidate {
                driver: stats.driver,
                subject,
                stats,
                verdict,
            };
            if candidate.verdict == Verdict::Chosen {
                chosen.push(candidate.clone());
            }
            considered.push(candidate);
        }
        AxisSuggestion {
            axes: chosen,
            considered,
        }
    }

    fn title_order(&self, a: Id, b: Id) -> Ordering {
        let title = |id| {
            self.driver(id)
                .map(|d| d.title.to_lowercase())
                .unwrap_or_default()
        };
        title(a).cmp(&title(b)).then(a.cmp(&b))
    }
}

/// Highest combined score first; ties go to the higher impact, then the higher
/// uncertainty; drivers without votes last.
fn rank(a: &DriverStats, b: &DriverStats) -> Ordering {
    let key = |s: &DriverStats| {
        (
            s.combined(),
            s.impact.map(|x| x.mean),
            s.uncertainty.map(|x| x.mean),
        )
    };
    let (ka, kb) = (key(a), key(b));
    kb.0.partial_cmp(&ka.0)
        .unwrap_or(Ordering::Equal)
        .then(kb.1.partial_cmp(&ka.1).unwrap_or(Ordering::Equal))
        .then(kb.2.partial_cmp(&ka.2).unwrap_or(Ordering::Equal))
}

/// Why a driver was or was not suggested as an axis.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    Chosen,
    /// A critical uncertainty, but two stronger independent ones were chosen.
    Lower,
    /// In the same related group as a driver already chosen.
    SameGroupAs(Id),
    NotCritical(Zone),
    NoVotes,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub driver: Id,
    /// What the axis would stand for: the driver, or its related group.
    pub subject: AxisSubject,
    pub stats: DriverStats,
    pub verdict: Verdict,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AxisSuggestion {
    /// Zero, one or two suggested axes, strongest first.
    pub axes: Vec<Candidate>,
    /// Every driver, ranked, with its verdict.
    pub considered: Vec<Candidate>,
}

impl AxisSuggestion {
    /// A sentence on why the suggestion is what it is, as a message.
    pub fn summary(&self) -> Text {
        Text::new(match self.axes.len() {
            2 => "axes-suggestion-two",
            1 => "axes-suggestion-one",
            _ => "axes-suggestion-none",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pestle::{Category, Driver, DriverGroup, Participant, Vote};

    /// A map with one participant per vote pair given for each driver.
    fn pestle(drivers: &[(&str, &[(u8, u8)])]) -> Pestle {
        let mut pestle = Pestle::default();
        let most = drivers.iter().map(|d| d.1.len()).max().unwrap_or(0);
        pestle.participants = (0..most)
            .map(|i| Participant::new(&format!("P{i}")))
            .collect();
        for (title, votes) in drivers {
            let driver = Driver::new(Category::Legal, title);
            for (participant, &(u, i)) in pestle.participants.iter().zip(votes.iter()) {
                pestle
                    .votes
                    .push(Vote::new(driver.id, participant.id, u, i));
            }
            pestle.drivers.push(driver);
        }
        pestle
    }

    fn titles(pestle: &Pestle, candidates: &[Candidate]) -> Vec<String> {
        candidates
            .iter()
            .filter_map(|c| pestle.driver(c.driver))
            .map(|d| d.title.clone())
            .collect()
    }

    #[test]
    fn score_statistics() {
        // (scores, expected mean, median, min, max)
        type Expected = Option<(f64, f64, u8, u8)>;
        let cases: [(&[u8], Expected); 5] = [
            (&[], None),
            (&[4], Some((4.0, 4.0, 4, 4))),
            (&[1, 5], Some((3.0, 3.0, 1, 5))),
            (&[2, 3, 3, 5], Some((3.25, 3.0, 2, 5))),
            (&[5, 1, 0, 9, 3], Some((3.0, 3.0, 1, 5))),
        ];
        for (scores, expected) in cases {
            let got = Summary::of(scores.iter().copied()).map(|s| (s.mean, s.median, s.min, s.max));
            assert_eq!(got, expected, "{scores:?}");
        }
        assert!(Summary::of([1, 4]).is_some_and(|s| s.disagreement()));
        assert!(!Summary::of([3, 4, 4]).is_some_and(|s| s.disagreement()));
    }

    #[test]
    fn zones_split_at_the_middle_of_the_scale() {
        assert_eq!(Zone::of(4.0, 4.5), Zone::CriticalUncertainty);
        assert_eq!(Zone::of(2.0, 4.5), Zone::PredeterminedElement);
        assert_eq!(Zone::of(3.0, 4.5), Zone::PredeterminedElement);
        assert_eq!(Zone::of(5.0, 3.0), Zone::Secondary);
    }

    #[test]
    fn missing_votes_are_counted() {
        let mut p = pestle(&[("Overcrowding", &[(2, 5), (3, 5)])]);
        p.participants.push(Participant::new("Late"));
        assert_eq!(p.stats_of(p.drivers[0].id).missing, 1);
    }

    #[test]
    fn the_two_strongest_critical_uncertainties_are_suggested() {
        let p = pestle(&[
            ("Budget", &[(4, 4), (4, 4)]),
            ("Overcrowding", &[(2, 5), (2, 5)]),
            ("AI risk tools", &[(5, 5), (5, 4)]),
            ("Penal policy", &[(5, 5), (5, 5)]),
            ("Weather", &[(5, 2), (5, 1)]),
        ]);
        let s = p.suggest_axes();
        assert_eq!(titles(&p, &s.axes), ["Penal policy", "AI risk tools"]);
        let verdict = |title: &str| {
            s.considered
                .iter()
                .find(|c| p.driver(c.driver).is_some_and(|d| d.title == title))
                .map(|c| c.verdict.clone())
        };
        assert_eq!(verdict("Budget"), Some(Verdict::Lower));
        assert_eq!(
            verdict("Overcrowding"),
            Some(Verdict::NotCritical(Zone::PredeterminedElement))
        );
        assert_eq!(
            verdict("Weather"),
            Some(Verdict::NotCritical(Zone::Secondary))
        );
    }

    #[test]
    fn ties_go_to_impact_then_uncertainty_then_title() {
        let p = pestle(&[
            ("B", &[(4, 5)]),
            ("A", &[(5, 4)]),
            ("D", &[(4, 4)]),
            ("C", &[(4, 4)]),
        ]);
        let order = titles(&p, &p.suggest_axes().considered);
        assert_eq!(order, ["B", "A", "C", "D"]);
    }

    #[test]
    fn a_related_group_counts_as_one_force() {
        let mut p = pestle(&[
            ("AI risk tools", &[(5, 5)]),
            ("Digital records", &[(5, 5)]),
            ("Budget", &[(4, 4)]),
        ]);
        let group = DriverGroup {
            id: Id::new(),
            name: "Digitalisation".to_owned(),
            drivers: vec![p.drivers[0].id, p.drivers[1].id],
        };
        p.groups.push(group.clone());
        let s = p.suggest_axes();
        assert_eq!(titles(&p, &s.axes), ["AI risk tools", "Budget"]);
        assert_eq!(s.axes[0].subject, AxisSubject::Group(group.id));
        assert_eq!(s.axes[1].subject, AxisSubject::Driver(p.drivers[2].id));
        let second = s
            .considered
            .iter()
            .find(|c| c.driver == p.drivers[1].id)
            .map(|c| c.verdict.clone());
        assert_eq!(second, Some(Verdict::SameGroupAs(p.drivers[0].id)));
    }

    #[test]
    fn fewer_than_two_critical_uncertainties_are_explained() {
        let p = pestle(&[("Budget", &[(4, 4)]), ("Overcrowding", &[(2, 5)])]);
        let s = p.suggest_axes();
        assert_eq!(s.axes.len(), 1);
        assert!(s.summary().to_string().starts_with("Only one"));
        let none = pestle(&[("Overcrowding", &[(2, 5)])]).suggest_axes();
        assert!(none.axes.is_empty() && none.summary().to_string().starts_with("No driver"));
    }

    #[test]
    fn drivers_without_votes_are_never_suggested() {
        let mut p = pestle(&[("Budget", &[(4, 4)])]);
        p.drivers.push(Driver::new(Category::Social, "Unscored"));
        p.votes.clear();
        let s = p.suggest_axes();
        assert!(s.axes.is_empty());
        assert!(s.considered.iter().all(|c| c.verdict == Verdict::NoVotes));
    }
}
