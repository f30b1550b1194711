//! The statistics of a verification survey: what the Verification tab, the
//! PDF "Verification report" and the country comparison show. Pure and
//! computed in one call, [`SurveyStats::compute`], from the session, a
//! [`Filter`], a [`Weighting`] and the [`Thresholds`] of the marks.
//!
//! # What is computed
//!
//! For every task of the chart, in chart order ([`TaskFigures`]): how many
//! respondents were asked and answered, how many perform it, mean ± sd and n of
//! importance, frequency and difficulty, the priority index by the session's
//! [`PriorityFormula`] (its one definition, [`PriorityFormula::index`]), the
//! share who would train it, and its rank by mean importance. Tasks a round
//! asked about that are no longer in the chart are reported apart
//! ([`Analysis::removed`]), never dropped: their answers are still evidence.
//!
//! A respondent's answer counts for a task only where the respondent's round
//! asked about that task: each round's frozen task list is mapped once to the
//! chart, so a task may stand at different places in different rounds. A blank
//! mark counts nowhere, and neither does a score off the 1–5 scale (a file
//! cannot hold one, the respondent's line refuses it; a session made in
//! memory might); an answer counts as *answering* when at least one of its
//! marks is given.
//!
//! # Weighting
//!
//! Surveys come back unevenly (WORKPRIS called its results "not statistically
//! representative due to uneven response distribution"), so pooled figures
//! can be weighted two ways ([`Weighting`]):
//!
//! - [`Weighting::PerRespondent`]: every score weighs 1. Mean and sd are then
//!   exactly those of [`Summary`] (the sample standard deviation, n − 1).
//! - [`Weighting::EqualPerCountry`]: each country's scores together weigh 1,
//!   whatever their number: a score of country *c* weighs `w = 1 / n_c`,
//!   where `n_c` is the number of that country's scores for this task on this
//!   scale. The mean is then the mean of the countries' means,
//!   `μ = Σ w·x / V₁`, and the sd is the weighted standard deviation with
//!   *reliability weights* (the unbiased estimator for weights that say how
//!   much an observation counts: GNU Scientific Library manual, "Weighted
//!   Samples"; Wikipedia, "Weighted arithmetic mean", § "Reliability
//!   weights"):
//!
//!   `s² = Σ w·(x − μ)² / (V₁ − V₂ / V₁)`, with `V₁ = Σ w` (the number of
//!   countries with a score) and `V₂ = Σ w² = Σ_c 1 / n_c`.
//!
//!   With equal weights this is the sample variance again, so the two
//!   weightings agree for a survey of one country. The sd is 0 where the
//!   denominator is 0 (a single score in all). Shares (% performing, % train) are
//!   weighted the same way: the mean of the countries' shares.
//!
//! n stays the number of scores given, unweighted, so a reader always sees how
//! many people a mean stands on. Respondents without a country form one group
//! of their own.
//!
//! # Marks
//!
//! Per task ([`Marks`]), the divergences the issue asks to look into:
//!
//! - **Supervisors and job holders** ([`LevelGap`]): their mean importance
//!   differs by [`Thresholds::level_gap`] or more (default 1.0), each side with
//!   at least [`Thresholds::level_min_n`] scores (default 5). DOE-HDBK-1078-94
//!   (*Training Program Handbook: A Systematic Approach to Training*, §2.2.7
//!   "Analyze the Survey Results") has differences between supervisors' and
//!   job incumbents' responses resolved during the analysis and large
//!   deviations in the numbers given for a task investigated; it sets no
//!   figure. A point on the five-point scale is this project's reading
//!   (issue 15), hence a parameter. Means follow the weighting. (The handbook
//!   tabulates the averages without the supervisors and uses theirs to judge
//!   the survey's validity: a filter on job holders gives that table.)
//! - **A country's rank** ([`CountryGap`]): the rank of the task within a
//!   country (by its mean importance) differs from its rank among all the
//!   other countries pooled by at least [`Thresholds::rank_share`] of the
//!   tasks ranked (default a quarter). Ranked by mean importance rather than by
//!   priority: importance is the judgement the respondents gave directly,
//!   while the priority multiplies in frequency (and difficulty), which differ
//!   between countries for organisational reasons (shift patterns, how tasks
//!   are divided) and is missing for those who do not perform a task. A task
//!   is ranked for a country where the country and the others each have at
//!   least [`Thresholds::rank_min_n`] importance scores (default 5). Ranks
//!   are 1 for the most important; ties share the mean of their places.
//!
//! Thresholds are compared with a tolerance of 10⁻⁹, so means of 4.2 and 3.2
//! differ by 1.0 as the reader sees them.
//!
//! # The panel, the same way
//!
//! The panel's own ratings (`session.verification.ratings`) are turned into a
//! virtual round of mode panel by [`panel_round`] and analysed by the same
//! code, together with any stored round of mode panel, per respondent and
//! without the filter (the panel is shown whole, and has no levels or
//! sectors). [`PanelVsSurvey`] sets the two side by side: the difference in
//! mean importance and in rank.
//!
//! # Response distribution
//!
//! Respondents by country × level ([`Distribution`]) and, as data for the
//! interface to word, the [`Warning`]s of an uneven survey: one country holds
//! more than half of the respondents, a country has fewer than 30, a level is
//! absent.
//!
//! # Cost
//!
//! One pass over each round's answers adds them to a cell per task × country
//! × level (`tally.rs`), after each round's task list is mapped to the chart
//! once; everything else is worked out from those cells (`analysis.rs`),
//! never from the answers again. 1,000 respondents × 120 tasks take under 2 ms
//! (`tests/benches/survey.rs`, budget 50 ms).

use super::{Level, Mode, Profile, Round, Sector};
use crate::id::Id;
use crate::session::Session;
use crate::verification::{PriorityFormula, Summary};

mod analysis;
mod distribution;
mod figures;
mod marks;
mod panel;
mod ranks;
mod tally;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_distribution;
#[cfg(test)]
mod tests_generated;
#[cfg(test)]
mod tests_marks;
#[cfg(test)]
mod tests_panel;

pub use distribution::{CountryRow, Distribution, LevelCounts, Warning};
pub use panel::panel_round;

use tally::Tally;

/// Which answers the statistics cover. Each list left empty means "any".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Survey rounds by id (rounds of mode survey; the panel is never
    /// filtered).
    pub rounds: Vec<Id>,
    /// ISO 3166-1 alpha-2 codes, compared as [`country_key`] does.
    pub countries: Vec<String>,
    /// A respondent without a level passes only when this is empty.
    pub levels: Vec<Level>,
    /// A respondent without a sector passes only when this is empty.
    pub sectors: Vec<Sector>,
}

impl Filter {
    /// Whether the round's answers are taken as survey answers.
    pub fn takes_round(&self, round: &Round) -> bool {
        round.mode == Mode::Survey && (self.rounds.is_empty() || self.rounds.contains(&round.id))
    }

    /// Whether a respondent with this profile is counted.
    pub fn takes(&self, profile: &Profile) -> bool {
        (self.countries.is_empty()
            || self
                .countries
                .iter()
                .any(|c| country_key(c) == country_key(&profile.country)))
            && (self.levels.is_empty() || profile.level.is_some_and(|l| self.levels.contains(&l)))
            && (self.sectors.is_empty()
                || profile.sector.is_some_and(|s| self.sectors.contains(&s)))
    }
}

/// How respondents weigh in pooled figures (see the module's documentation
/// for the formulas).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Weighting {
    /// Every respondent weighs the same.
    #[default]
    PerRespondent,
    /// Every country weighs the same, its respondents sharing its weight.
    EqualPerCountry,
}

/// The limits of the marks and warnings; [`Thresholds::default`] holds the
/// values the issue names, which the interface shows beside the marks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Thresholds {
    /// Supervisors' and job holders' mean importance this far apart is marked
    /// (1.0: a point on the five-point scale; see the module documentation).
    pub level_gap: f64,
    /// Scores each side needs before the gap counts.
    pub level_min_n: usize,
    /// A country's rank this far from the others', as a share of the tasks
    /// ranked, is marked (a quarter).
    pub rank_share: f64,
    /// Importance scores a country, and the others, need for a task to be
    /// ranked.
    pub rank_min_n: usize,
    /// And the country's mean importance this far from the others' (0.5): in
    /// a list of near-equal means, ranks swing by dozens of places on noise.
    pub rank_min_gap: f64,
    /// A country holding more than this share of the respondents is warned
    /// about (one half).
    pub majority_share: f64,
    /// A country with fewer respondents than this is warned about (30).
    pub min_country_respondents: usize,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            level_gap: 1.0,
            level_min_n: 5,
            rank_share: 0.25,
            rank_min_n: 5,
            rank_min_gap: 0.5,
            majority_share: 0.5,
            min_country_respondents: 30,
        }
    }
}

/// Everything the verification views and reports show, from one call.
#[derive(Clone, Debug, PartialEq)]
pub struct SurveyStats {
    pub filter: Filter,
    pub weighting: Weighting,
    pub thresholds: Thresholds,
    /// The session's formula, which every priority here follows.
    pub formula: PriorityFormula,
    /// The survey rounds under the filter, weighted as chosen.
    pub survey: Analysis,
    /// The panel's ratings and rounds of mode panel, per respondent, whole.
    pub panel: Analysis,
    /// One per chart task, in chart order: `survey.tasks[i]` beside
    /// `panel.tasks[i]`.
    pub panel_vs_survey: Vec<PanelVsSurvey>,
    /// How uneven the survey's respondents are.
    pub warnings: Vec<Warning>,
}

/// The figures of one set of rounds.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// The rounds analysed, in the session's order (the panel's virtual round
    /// last).
    pub rounds: Vec<Id>,
    /// Respondents counted, by country and level.
    pub distribution: Distribution,
    /// One per task of the chart, in chart order.
    pub tasks: Vec<TaskFigures>,
    /// Tasks a round asked about that the chart no longer holds, in the order
    /// they were first asked.
    pub removed: Vec<TaskFigures>,
}

impl Analysis {
    /// How many respondents were counted.
    pub fn respondents(&self) -> usize {
        self.distribution.total()
    }
}

/// The figures of one task.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskFigures {
    pub task: Id,
    /// Respondents whose round asked about the task.
    pub asked: usize,
    /// Respondents who gave at least one mark for it.
    pub answering: usize,
    /// "Do you perform this task?": yes among those who said.
    pub performing: Share,
    pub importance: Option<Scores>,
    pub frequency: Option<Scores>,
    pub difficulty: Option<Scores>,
    /// By the session's [`PriorityFormula`], from the (weighted) means.
    pub priority: Option<f64>,
    /// "Should it be trained?": yes among those who said.
    pub train: Share,
    /// Rank by mean importance among the chart's tasks with one (1 = most
    /// important, ties share the mean of their places); `None` for a task no
    /// one scored or one the chart no longer holds.
    pub rank: Option<f64>,
    pub marks: Marks,
}

/// A yes/no question's answers: counts, and the share of yes under the
/// weighting.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Share {
    pub yes: usize,
    /// Those who answered yes or no.
    pub of: usize,
    /// Per cent yes (0–100), weighted as chosen; `None` when no one answered.
    pub percent: Option<f64>,
}

/// One 1–5 scale's scores for a task.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scores {
    /// Scores given (unweighted).
    pub n: usize,
    pub mean: f64,
    /// Sample standard deviation (reliability-weighted under
    /// [`Weighting::EqualPerCountry`]); 0 for a single score.
    pub sd: f64,
    /// How many gave 1, 2 … 5 (unweighted): for the dot plot and the export.
    pub counts: [usize; 5],
}

impl Scores {
    /// The unweighted summary of the same scores (median, range, the
    /// disagreement rule the panel grid uses).
    pub fn summary(&self) -> Option<Summary> {
        Summary::from_counts(&self.counts)
    }
}

/// The divergences found for a task; empty for most.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Marks {
    /// Supervisors and job holders apart.
    pub levels: Option<LevelGap>,
    /// Countries whose rank of the task stands apart from the others', by
    /// country code.
    pub countries: Vec<CountryGap>,
}

impl Marks {
    pub fn is_empty(&self) -> bool {
        self.levels.is_none() && self.countries.is_empty()
    }
}

/// Supervisors' and job holders' importance of a task, a point or more apart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LevelGap {
    pub supervisors: Scores,
    pub job_holders: Scores,
    /// Supervisors' mean − job holders' mean.
    pub difference: f64,
}

/// A country that ranks a task far from where the other countries do.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryGap {
    pub country: String,
    /// The country's importance scores of the task.
    pub scores: Scores,
    /// Its rank of the task (1 = most important).
    pub rank: f64,
    /// The other countries' importance scores, pooled under the weighting.
    pub others: Scores,
    pub others_rank: f64,
    /// How many tasks both rankings hold (the marks' quarter is of these).
    pub ranked: usize,
}

impl CountryGap {
    /// The country's rank − the others' (negative: more important there).
    pub fn difference(&self) -> f64 {
        self.rank - self.others_rank
    }
}

/// The panel's and the survey's view of one chart task.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PanelVsSurvey {
    pub task: Id,
    /// Survey's mean importance − the panel's.
    pub importance: Option<f64>,
    /// Survey's rank − the panel's (negative: more important to the survey).
    pub rank: Option<f64>,
}

/// A country code as respondents are grouped and filtered by it: "ro " and
/// "RO" are one country.
pub fn country_key(country: &str) -> String {
    country.trim().to_ascii_uppercase()
}

/// Where a level (or none) is counted: [`Level::ALL`]'s order, then 4.
fn level_slot(level: Option<Level>) -> usize {
    match level {
        Some(Level::JobHolder) => 0,
        Some(Level::Supervisor) => 1,
        Some(Level::Trainer) => 2,
        Some(Level::Manager) => 3,
        None => 4,
    }
}

impl SurveyStats {
    /// The statistics of the session's survey under `filter`, weighted by
    /// `weighting`, marked by `thresholds`, with the panel beside them.
    pub fn compute(
        session: &Session,
        filter: &Filter,
        weighting: Weighting,
        thresholds: &Thresholds,
    ) -> SurveyStats {
        let chart: Vec<Id> = session.chart.tasks().map(|(_, _, t)| t.id).collect();
        let formula = session.verification.priority;

        let survey_rounds: Vec<&Round> = session
            .survey
            .rounds
            .iter()
            .filter(|r| filter.takes_round(r))
            .collect();
        let survey = analysis::analysis(
            &Tally::new(&chart, &survey_rounds, |p| filter.takes(p)),
            weighting,
            thresholds,
            formula,
        );

        let virtual_round =
            (!session.verification.ratings.is_empty()).then(|| panel_round(session));
        let panel_rounds: Vec<&Round> = session
            .survey
            .rounds
            .iter()
            .filter(|r| r.mode == Mode::Panel)
            .chain(virtual_round.as_ref())
            .collect();
        let panel = analysis::analysis(
            &Tally::new(&chart, &panel_rounds, |_| true),
            Weighting::PerRespondent,
            thresholds,
            formula,
        );

        let panel_vs_survey = survey
            .tasks
            .iter()
            .zip(&panel.tasks)
            .map(|(s, p)| PanelVsSurvey {
                task: s.task,
                importance: s.importance.zip(p.importance).map(|(s, p)| s.mean - p.mean),
                rank: s.rank.zip(p.rank).map(|(s, p)| s - p),
            })
            .collect();
        let warnings = distribution::warnings(&survey.distribution, filter, thresholds);
        SurveyStats {
            filter: filter.clone(),
            weighting,
            thresholds: *thresholds,
            formula,
            survey,
            panel,
            panel_vs_survey,
            warnings,
        }
    }

    /// The survey's figures of a task, chart or removed.
    pub fn task(&self, task: Id) -> Option<&TaskFigures> {
        self.survey
            .tasks
            .iter()
            .chain(&self.survey.removed)
            .find(|t| t.task == task)
    }

    /// The chart's tasks with a mark, in chart order, then removed ones.
    pub fn marked(&self) -> impl Iterator<Item = &TaskFigures> {
        self.survey
            .tasks
            .iter()
            .chain(&self.survey.removed)
            .filter(|t| !t.marks.is_empty())
    }
}

/// How close two figures may be and still count as reaching a threshold:
/// means are sums of tenths and thirds, which floating point rounds.
const TOLERANCE: f64 = 1e-9;
