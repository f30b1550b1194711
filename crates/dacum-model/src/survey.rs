//! Verification surveys: the chart goes to a wider sample of job holders,
//! supervisors, trainers and managers, who say for each task whether they
//! perform it, rate its importance, frequency and difficulty on the session's
//! 1–5 scales, say whether it should be trained, and add tasks the panel
//! missed (DOE-HDBK-1078 §2.2.6–7; Norton's "verify DACUM results").
//!
//! A session holds survey *rounds*. A round freezes the list of tasks it asked
//! about, so tasks added or reordered afterwards never shift its answers, and
//! each respondent's answers are kept in that order: one [`Answer`] of five
//! small values per task, no identities. That is what lets a round of 1,000
//! respondents × 120 tasks stay a file of well under a megabyte
//! ([`line`](mod@line) writes one respondent as one line of text).
//!
//! Respondents are known by a code, never by name; their profile (country,
//! level, sector, years in the job, language and the project's own attributes)
//! is what the analysis filters and weights by.

use std::collections::BTreeSet;

use dacum_i18n::Text;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::id::{HasId, Id};
use super::verification::SCALE;

pub mod line;
pub mod names;
pub mod stats;
pub mod suggestions;
#[cfg(test)]
mod tests;

/// Every survey round of a session, in the order they were held.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Survey {
    pub rounds: Vec<Round>,
}

impl Survey {
    pub fn is_empty(&self) -> bool {
        self.rounds.is_empty()
    }

    pub fn round(&self, id: Id) -> Option<&Round> {
        self.rounds.iter().find(|r| r.id == id)
    }

    /// How many respondents all rounds hold.
    pub fn respondent_count(&self) -> usize {
        self.rounds.iter().map(|r| r.respondents.len()).sum()
    }
}

/// Who answered: the panel itself in the workshop, or a wider sample.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Mode {
    /// The workshop's own panel rating its chart.
    Panel,
    /// Job holders and others outside the panel, on paper, in a form or a
    /// phone app.
    #[default]
    Survey,
}

/// One survey round: what was asked, of whom, and what came back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Round {
    pub id: Id,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub mode: Mode,
    #[serde(default)]
    pub start: Option<Date>,
    #[serde(default)]
    pub end: Option<Date>,
    /// The languages the instrument was given in (BCP 47 tags).
    #[serde(default)]
    pub languages: Vec<String>,
    /// The tasks asked about, in the order the answers follow: frozen when the
    /// round is made.
    #[serde(default)]
    pub tasks: Vec<Id>,
    /// The names of the project's own profile attributes ("prison", "shift"),
    /// in the order every respondent's values follow.
    #[serde(default)]
    pub attributes: Vec<String>,
    /// One per respondent, each written as one line ([`line`](mod@line)).
    #[serde(default)]
    pub respondents: Vec<Respondent>,
    /// Respondents' comments on single tasks: few, so kept apart from the
    /// answers.
    #[serde(default)]
    pub comments: Vec<Comment>,
    /// Tasks respondents say the chart misses.
    #[serde(default)]
    pub suggestions: Vec<Suggestion>,
}

impl Round {
    /// A new round asking about `tasks`, in that order.
    pub fn new(name: &str, mode: Mode, tasks: Vec<Id>) -> Round {
        Round {
            id: Id::new(),
            name: name.to_owned(),
            mode,
            start: None,
            end: None,
            languages: Vec::new(),
            tasks,
            attributes: Vec::new(),
            respondents: Vec::new(),
            comments: Vec::new(),
            suggestions: Vec::new(),
        }
    }

    /// Where `task` stands in the round's frozen list.
    pub fn task_index(&self, task: Id) -> Option<usize> {
        self.tasks.iter().position(|&t| t == task)
    }

    pub fn respondent(&self, code: &str) -> Option<&Respondent> {
        self.respondents.iter().find(|r| r.code == code)
    }

    /// What is inconsistent in the round, in words: answers or attribute
    /// values that do not match the lists they follow, a respondent code used
    /// twice, a comment or suggestion by a respondent the round lacks.
    pub fn problems(&self) -> Vec<RoundProblem> {
        let mut problems = Vec::new();
        let mut codes = BTreeSet::new();
        for (index, respondent) in self.respondents.iter().enumerate() {
            if respondent.code.trim().is_empty() {
                problems.push(RoundProblem::NoCode { index });
            } else if !codes.insert(respondent.code.as_str()) {
                problems.push(RoundProblem::CodeTwice {
                    code: respondent.code.clone(),
                });
            }
            if respondent.answers.len() != self.tasks.len() {
                problems.push(RoundProblem::AnswerCount {
                    code: respondent.code.clone(),
                    answers: respondent.answers.len(),
                    tasks: self.tasks.len(),
                });
            }
            if respondent.profile.attributes.len() != self.attributes.len() {
                problems.push(RoundProblem::AttributeCount {
                    code: respondent.code.clone(),
                    values: respondent.profile.attributes.len(),
                    attributes: self.attributes.len(),
                });
            }
        }
        let by = self.comments.iter().map(|c| &c.respondent).chain(
            self.suggestions
                .iter()
                .filter_map(|s| s.respondent.as_ref()),
        );
        for code in by {
            if !codes.contains(code.as_str()) {
                problems.push(RoundProblem::UnknownRespondent { code: code.clone() });
            }
        }
        problems
    }
}

impl HasId for Round {
    fn id(&self) -> Id {
        self.id
    }
}

/// Something inconsistent inside a round (a hand-edited file, a bad import).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoundProblem {
    NoCode {
        index: usize,
    },
    CodeTwice {
        code: String,
    },
    AnswerCount {
        code: String,
        answers: usize,
        tasks: usize,
    },
    AttributeCount {
        code: String,
        values: usize,
        attributes: usize,
    },
    UnknownRespondent {
        code: String,
    },
}

impl RoundProblem {
    /// The problem as a catalogue message, naming the round.
    pub fn text(&self, round: &str) -> Text {
        match self {
            RoundProblem::NoCode { index } => Text::new("check-round-no-code")
                .with("index", index + 1)
                .with("round", round),
            RoundProblem::CodeTwice { code } => Text::new("check-round-code-twice")
                .with("code", code.as_str())
                .with("round", round),
            RoundProblem::AnswerCount {
                code,
                answers,
                tasks,
            } => Text::new("check-round-answer-count")
                .with("code", code.as_str())
                .with("round", round)
                .with("answers", *answers)
                .with("tasks", *tasks),
            RoundProblem::AttributeCount {
                code,
                values,
                attributes,
            } => Text::new("check-round-attribute-count")
                .with("code", code.as_str())
                .with("round", round)
                .with("values", *values)
                .with("attributes", *attributes),
            RoundProblem::UnknownRespondent { code } => Text::new("check-round-unknown-respondent")
                .with("code", code.as_str())
                .with("round", round),
        }
    }

    /// Whether the answers cannot be read against the round's lists at all
    /// (rather than something merely left unfinished).
    pub fn is_structural(&self) -> bool {
        matches!(
            self,
            RoundProblem::AnswerCount { .. } | RoundProblem::AttributeCount { .. }
        )
    }
}

/// One respondent of a round: a code (no names needed), a profile, and one
/// answer per task of the round, in its order.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Respondent {
    pub code: String,
    pub profile: Profile,
    pub answers: Vec<Answer>,
}

/// Who a respondent is, as far as the analysis needs to know.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Profile {
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    pub level: Option<Level>,
    pub sector: Option<Sector>,
    pub years: Option<u16>,
    /// The language the respondent answered in (BCP 47).
    pub language: String,
    /// Values of the round's own attributes, in the order the round names them.
    pub attributes: Vec<String>,
}

/// The respondent's position, as DOE-HDBK-1078 distinguishes those whose
/// views of a task may differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    JobHolder,
    Supervisor,
    Trainer,
    Manager,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::JobHolder,
        Level::Supervisor,
        Level::Trainer,
        Level::Manager,
    ];

    /// The key files and forms use: "job-holder".
    pub fn key(self) -> &'static str {
        match self {
            Level::JobHolder => "job-holder",
            Level::Supervisor => "supervisor",
            Level::Trainer => "trainer",
            Level::Manager => "manager",
        }
    }

    pub fn from_key(key: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.key() == key)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sector {
    Public,
    Private,
    Ngo,
}

impl Sector {
    pub const ALL: [Sector; 3] = [Sector::Public, Sector::Private, Sector::Ngo];

    /// The key files and forms use: "ngo".
    pub fn key(self) -> &'static str {
        match self {
            Sector::Public => "public",
            Sector::Private => "private",
            Sector::Ngo => "ngo",
        }
    }

    pub fn from_key(key: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One respondent's answer about one task; every part may be left blank.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answer {
    pub performs: Option<bool>,
    pub importance: Option<u8>,
    pub frequency: Option<u8>,
    pub difficulty: Option<u8>,
    pub train: Option<bool>,
}

impl Answer {
    /// Whether nothing was answered.
    pub fn is_blank(&self) -> bool {
        *self == Answer::default()
    }

    /// Whether every score given lies on the 1–5 scale.
    pub fn in_scale(&self) -> bool {
        [self.importance, self.frequency, self.difficulty]
            .into_iter()
            .flatten()
            .all(|s| SCALE.contains(&s))
    }
}

/// A respondent's comment on one task of the round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    pub respondent: String,
    pub task: Id,
    pub text: String,
}

/// A task a respondent says the chart misses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    pub id: Id,
    pub statement: String,
    /// The duty it was suggested under, if the form asked per duty.
    #[serde(default)]
    pub duty: Option<Id>,
    /// The respondent's code; `None` when the form was anonymous.
    #[serde(default)]
    pub respondent: Option<String>,
    #[serde(default)]
    pub review: Review,
}

impl HasId for Suggestion {
    fn id(&self) -> Id {
        self.id
    }
}

/// What the facilitator decided about a suggested task.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Review {
    #[default]
    Open,
    /// Added to the chart as this task.
    Accepted(Id),
    /// Not added, and why.
    Rejected(String),
}
