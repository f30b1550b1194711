//! Verification: panel members or survey respondents rate each task for importance,
//! frequency and difficulty (1–5) and say whether it should be trained. The model
//! computes means, spread and a documented priority index from the kept ratings.

use dacum_i18n::Text;
use serde::{Deserialize, Serialize};

use super::id::{HasId, Id};

/// The lowest and highest value of every 1–5 scale in the app.
pub const SCALE: std::ops::RangeInclusive<u8> = 1..=5;

pub const IMPORTANCE_ANCHORS: [&str; 5] = [
    "Not important",
    "Somewhat important",
    "Important",
    "Very important",
    "Critical",
];
pub const FREQUENCY_ANCHORS: [&str; 5] = [
    "Yearly or less",
    "Monthly",
    "Weekly",
    "Daily",
    "Several times a day",
];
pub const DIFFICULTY_ANCHORS: [&str; 5] = [
    "Very easy",
    "Easy",
    "Moderate",
    "Difficult",
    "Very difficult",
];

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct Verification {
    /// How the priority index is computed; saved so a report can state it.
    pub priority: PriorityFormula,
    pub ratings: Vec<Rating>,
}

/// The documented priority index of a task, from the means of its ratings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PriorityFormula {
    /// Mean importance × mean frequency (1–25).
    #[default]
    ImportanceFrequency,
    /// Mean importance × mean frequency × mean difficulty (1–125).
    ImportanceFrequencyDifficulty,
}

impl PriorityFormula {
    /// The index from the mean scores; `None` when a mean it needs is missing.
    /// The one definition: the panel's grid and the survey statistics both
    /// compute it here.
    pub fn index(
        self,
        importance: Option<f64>,
        frequency: Option<f64>,
        difficulty: Option<f64>,
    ) -> Option<f64> {
        let importance_frequency = importance.zip(frequency).map(|(i, f)| i * f);
        match self {
            PriorityFormula::ImportanceFrequency => importance_frequency,
            PriorityFormula::ImportanceFrequencyDifficulty => {
                importance_frequency.zip(difficulty).map(|(p, d)| p * d)
            }
        }
    }

    /// What the index multiplies, with its range ("mean importance × mean
    /// frequency (1–25)"), as a message.
    pub fn describe(self) -> Text {
        Text::new(match self {
            PriorityFormula::ImportanceFrequency => "formula-if",
            PriorityFormula::ImportanceFrequencyDifficulty => "formula-ifd",
        })
    }
}

/// One rater's judgement of one task. A rater may leave a scale blank.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub id: Id,
    pub task: Id,
    /// A person of the session (panel member or survey respondent).
    pub rater: Id,
    #[serde(default)]
    pub importance: Option<u8>,
    #[serde(default)]
    pub frequency: Option<u8>,
    #[serde(default)]
    pub difficulty: Option<u8>,
    #[serde(default)]
    pub train: Option<bool>,
}

impl Rating {
    pub fn new(task: Id, rater: Id) -> Self {
        Rating {
            id: Id::new(),
            task,
            rater,
            importance: None,
            frequency: None,
            difficulty: None,
            train: None,
        }
    }
}

impl HasId for Rating {
    fn id(&self) -> Id {
        self.id
    }
}

/// Where a 1–5 score is counted in an array of five counts; `None` off the scale.
pub fn score_index(score: u8) -> Option<usize> {
    SCALE.contains(&score).then(|| usize::from(score - 1))
}

/// Mean, median and spread of a set of 1–5 scores.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    pub count: usize,
    pub mean: f64,
    pub median: f64,
    /// Sample standard deviation; 0 for fewer than two scores.
    pub std_dev: f64,
    pub min: u8,
    pub max: u8,
}

impl Summary {
    /// The summary of the valid (1–5) scores, or `None` when there are none.
    pub fn of(scores: impl IntoIterator<Item = u8>) -> Option<Summary> {
        let mut counts = [0; 5];
        for score in scores {
            if let Some(count) = score_index(score).map(|i| &mut counts[i]) {
                *count += 1;
            }
        }
        Summary::from_counts(&counts)
    }

    /// The summary of scores given as how many of each there are: `counts[0]`
    /// ones, `counts[1]` twos … `counts[4]` fives. Scores on a 1–5 scale need
    /// no more than that, and a survey's thousands of answers are added up
    /// this way without being kept one by one.
    pub fn from_counts(counts: &[usize; 5]) -> Option<Summary> {
        let count: usize = counts.iter().sum();
        if count == 0 {
            return None;
        }
        let scores = || SCALE.zip(counts.iter().copied());
        let mean = scores().map(|(s, c)| f64::from(s) * c as f64).sum::<f64>() / count as f64;
        // The score at a place of the sorted list (0 is the lowest).
        let at = |place: usize| {
            let mut below = 0;
            scores()
                .find(|&(_, c)| {
                    below += c;
                    place < below
                })
                .map_or(0, |(s, _)| s)
        };
        let median = if count % 2 == 1 {
            f64::from(at(count / 2))
        } else {
            (f64::from(at(count / 2 - 1)) + f64::from(at(count / 2))) / 2.0
        };
        let std_dev = if count < 2 {
            0.0
        } else {
            let sum_sq: f64 = scores()
                .map(|(s, c)| (f64::from(s) - mean).powi(2) * c as f64)
                .sum();
            (sum_sq / (count - 1) as f64).sqrt()
        };
        let given = || scores().filter(|&(_, c)| c > 0).map(|(s, _)| s);
        Some(Summary {
            count,
            mean,
            median,
            std_dev,
            min: given().next().unwrap_or(0),
            max: given().next_back().unwrap_or(0),
        })
    }

    /// The range of the scores (highest − lowest).
    pub fn spread(&self) -> u8 {
        self.max - self.min
    }

    /// The raters disagree strongly: a range of three points or more, or a
    /// standard deviation of at least 1.2 on the five-point scale.
    pub fn disagreement(&self) -> bool {
        self.spread() >= 3 || self.std_dev >= 1.2
    }
}

/// Everything the profile shows for one task.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskStats {
    pub task: Id,
    pub raters: usize,
    pub importance: Option<Summary>,
    pub frequency: Option<Summary>,
    pub difficulty: Option<Summary>,
    pub train_yes: usize,
    pub train_no: usize,
    /// The priority index under the session's formula; `None` until every scale
    /// it needs has at least one score.
    pub priority: Option<f64>,
}

impl Verification {
    /// The statistics of one task from all of its ratings. Scores outside 1–5 are
    /// left out (the integrity check reports them).
    pub fn task_stats(&self, task: Id) -> TaskStats {
        let ratings: Vec<&Rating> = self.ratings.iter().filter(|r| r.task == task).collect();
        let valid = |score: Option<u8>| score.filter(|s| SCALE.contains(s));
        let importance = Summary::of(ratings.iter().filter_map(|r| valid(r.importance)));
        let frequency = Summary::of(ratings.iter().filter_map(|r| valid(r.frequency)));
        let difficulty = Summary::of(ratings.iter().filter_map(|r| valid(r.difficulty)));
        let priority = self.priority.index(
            importance.map(|s| s.mean),
            frequency.map(|s| s.mean),
            difficulty.map(|s| s.mean),
        );
        TaskStats {
            task,
            raters: ratings.len(),
            importance,
            frequency,
            difficulty,
            train_yes: ratings.iter().filter(|r| r.train == Some(true)).count(),
            train_no: ratings.iter().filter(|r| r.train == Some(false)).count(),
            priority,
        }
    }

    /// The rating a rater gave a task, if any.
    pub fn rating(&self, task: Id, rater: Id) -> Option<&Rating> {
        self.ratings
            .iter()
            .find(|r| r.task == task && r.rater == rater)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rating(task: Id, i: u8, f: u8, d: u8, train: bool) -> Rating {
        Rating {
            importance: Some(i),
            frequency: Some(f),
            difficulty: Some(d),
            train: Some(train),
            ..Rating::new(task, Id::new())
        }
    }

    #[test]
    fn summary_of_scores() {
        let s = Summary::of([2, 4, 4, 4, 5, 5, 4]).unwrap();
        assert_eq!(s.count, 7);
        assert!((s.mean - 4.0).abs() < 1e-9);
        assert!((s.std_dev - 1.0).abs() < 1e-9, "{}", s.std_dev);
        assert_eq!((s.min, s.max, s.spread()), (2, 5, 3));
        assert_eq!(Summary::of([3]).map(|s| s.std_dev), Some(0.0));
        assert_eq!(Summary::of([]), None);
    }

    #[test]
    fn a_summary_of_counts_is_the_summary_of_the_scores() {
        assert_eq!(
            Summary::from_counts(&[1, 0, 0, 4, 2]),
            Summary::of([4, 1, 4, 5, 4, 4, 5])
        );
        let even = Summary::from_counts(&[0, 1, 0, 1, 0]).unwrap();
        assert_eq!(
            (even.count, even.median, even.min, even.max),
            (2, 3.0, 2, 4)
        );
        assert_eq!(Summary::from_counts(&[0; 5]), None);
        assert_eq!(Summary::of([0, 6, 9]), None);
        assert_eq!(
            (score_index(1), score_index(5), score_index(0)),
            (Some(0), Some(4), None)
        );
    }

    #[test]
    fn the_index_needs_every_mean_of_its_formula() {
        let both = PriorityFormula::ImportanceFrequency;
        let three = PriorityFormula::ImportanceFrequencyDifficulty;
        assert_eq!(both.index(Some(4.0), Some(2.5), None), Some(10.0));
        assert_eq!(three.index(Some(4.0), Some(2.5), Some(2.0)), Some(20.0));
        assert_eq!(three.index(Some(4.0), Some(2.5), None), None);
        assert_eq!(both.index(None, Some(2.5), Some(2.0)), None);
    }

    #[test]
    fn priority_index_follows_the_formula() {
        let task = Id::new();
        let mut v = Verification::default();
        v.ratings.push(rating(task, 5, 4, 2, true));
        v.ratings.push(rating(task, 3, 2, 4, false));
        v.ratings.push(rating(Id::new(), 1, 1, 1, false));
        let stats = v.task_stats(task);
        assert_eq!(stats.raters, 2);
        assert_eq!((stats.train_yes, stats.train_no), (1, 1));
        assert!((stats.priority.unwrap() - 4.0 * 3.0).abs() < 1e-9);
        v.priority = PriorityFormula::ImportanceFrequencyDifficulty;
        assert!((v.task_stats(task).priority.unwrap() - 4.0 * 3.0 * 3.0).abs() < 1e-9);
    }

    #[test]
    fn blank_and_out_of_range_scores_are_left_out() {
        let task = Id::new();
        let mut v = Verification::default();
        v.ratings.push(Rating {
            importance: Some(9),
            frequency: Some(3),
            ..Rating::new(task, Id::new())
        });
        v.ratings.push(Rating {
            importance: Some(4),
            ..Rating::new(task, Id::new())
        });
        let stats = v.task_stats(task);
        assert_eq!(stats.importance.map(|s| s.count), Some(1));
        assert_eq!(stats.frequency.map(|s| s.count), Some(1));
        assert_eq!(stats.difficulty, None);
        assert!((stats.priority.unwrap() - 12.0).abs() < 1e-9);
    }
}
