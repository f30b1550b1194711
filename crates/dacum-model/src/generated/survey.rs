//! A generated verification survey: respondents from several countries, at
//! several levels, answering every task of a round with the disagreements real
//! surveys show. Deterministic: the same call gives the same round, ids and
//! codes included. Used for the 1,000-respondent benchmarks and for the survey
//! round of the prison-officer example.

use crate::id::Id;
use crate::survey::{
    Answer, Comment, Level, Mode, Profile, Respondent, Review, Round, Sector, Suggestion,
};

/// How a generated survey is made.
#[derive(Clone, Debug)]
pub struct SurveyPlan<'a> {
    pub name: &'a str,
    /// Countries (code, language, weight): respondents are spread by the
    /// weights, as unevenly as real surveys are.
    pub countries: &'a [(&'a str, &'a str, u32)],
    pub respondents: usize,
    /// Changes every answer, not the shape.
    pub seed: u64,
    /// Tasks respondents say the chart misses, with the duty they are under.
    pub suggestions: &'a [(&'a str, Option<Id>)],
    /// Each task's typical importance, frequency and difficulty (1–5), as the
    /// panel rated it; a task without one gets random ones.
    pub typical: &'a [[u8; 3]],
}

/// A small pseudo-random generator (xorshift64*): enough for test data, and
/// the same on every machine.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u8) -> u8 {
        // The remainder is below n, which fits a u8.
        u8::try_from(self.next() % u64::from(n.max(1))).unwrap_or(0)
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u8) -> bool {
        self.below(100) < percent
    }
}

/// What a task is for the job in the generated survey: its typical scores, and
/// whether supervisors or one country see it otherwise.
struct Traits {
    importance: u8,
    frequency: u8,
    difficulty: u8,
    /// Added to supervisors' importance.
    supervisors: i8,
    /// The country (index) that rates the task's importance upside down.
    odd_country: Option<usize>,
}

/// A survey round over `tasks` made by `plan`.
pub fn survey_round(tasks: &[Id], plan: &SurveyPlan<'_>) -> Round {
    let mut random = Random(plan.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut round = Round::new(plan.name, Mode::Survey, tasks.to_vec());
    round.id = Id::derived(
        "generated survey round",
        [Id::from_u128(u128::from(plan.seed))],
    );
    round.attributes = vec!["shift".to_owned()];
    let mut languages: Vec<String> = plan.countries.iter().map(|c| c.1.to_owned()).collect();
    languages.sort();
    languages.dedup();
    round.languages = languages;

    let countries = plan.countries.len().max(1);
    let traits: Vec<Traits> = (0..tasks.len())
        .map(|t| {
            let random_traits = [
                2 + random.below(4),
                1 + random.below(5),
                1 + random.below(5),
            ];
            let [importance, frequency, difficulty] =
                plan.typical.get(t).copied().unwrap_or(random_traits);
            Traits {
                importance,
                frequency,
                difficulty,
                // One task in eight each way: supervisors and job holders a point
                // and more apart (what DOE-HDBK-1078 asks to investigate).
                supervisors: match t % 8 {
                    3 => 2,
                    6 => -2,
                    _ => 0,
                },
                // One task in ten is seen very differently in one country (a
                // different one each time).
                odd_country: (t % 10 == 4).then_some((t / 10) % countries),
            }
        })
        .collect();

    let weights: Vec<usize> = plan.countries.iter().map(|c| c.2 as usize).collect();
    let total: usize = weights.iter().sum::<usize>().max(1);
    for index in 0..plan.respondents {
        // By the weights, in order, so that the spread is exactly as uneven.
        let position = index * total / plan.respondents.max(1);
        let mut reached = 0;
        let country_index = weights
            .iter()
            .position(|w| {
                reached += w;
                position < reached
            })
            .unwrap_or(0);
        let (country, language, _) = plan
            .countries
            .get(country_index)
            .copied()
            .unwrap_or(("", "", 0));
        let level = match random.below(20) {
            0..=12 => Level::JobHolder,
            13..=16 => Level::Supervisor,
            17..=18 => Level::Trainer,
            _ => Level::Manager,
        };
        let sector = match random.below(20) {
            0..=16 => Sector::Public,
            17..=18 => Sector::Private,
            _ => Sector::Ngo,
        };
        let years = u16::from(1 + random.below(30));
        let shift = ["day", "night", "rotating"][usize::from(random.below(3))];
        let answers = traits
            .iter()
            .map(|task| answer(task, level, country_index, &mut random))
            .collect();
        round.respondents.push(Respondent {
            code: format!("{country}-{:04}", index + 1),
            profile: Profile {
                country: country.to_owned(),
                level: Some(level),
                sector: Some(sector),
                years: Some(years),
                language: language.to_owned(),
                attributes: vec![shift.to_owned()],
            },
            answers,
        });
    }
    // A few comments, as people leave them.
    for (i, respondent) in round.respondents.iter().enumerate().step_by(37) {
        if let Some(&task) = tasks.get(i % tasks.len().max(1)) {
            round.comments.push(Comment {
                respondent: respondent.code.clone(),
                task,
                text: "Done together with a colleague on night shifts.".to_owned(),
            });
        }
    }
    for (i, (statement, duty)) in plan.suggestions.iter().enumerate() {
        let by = round
            .respondents
            .get((i * 31) % round.respondents.len().max(1));
        round.suggestions.push(Suggestion {
            id: Id::derived("generated suggestion", [round.id, Id::from_u128(i as u128)]),
            statement: (*statement).to_owned(),
            duty: *duty,
            respondent: by.map(|r| r.code.clone()),
            review: Review::Open,
        });
    }
    round
}

/// The survey round of the prison-officer example: 150 respondents from five
/// countries, most of them from Romania (as in a survey one partner pushed
/// hardest), every level, and suggested tasks under the chart's duties.
pub fn example_survey_round(session: &crate::Session) -> Round {
    let tasks: Vec<Id> = session.chart.tasks().map(|(_, _, t)| t.id).collect();
    let duty = |i: usize| session.chart.duties.get(i).map(|d| d.id);
    // The survey mostly agrees with the panel: its typical scores are the
    // panel's means, rounded.
    let stats: Vec<_> = tasks
        .iter()
        .map(|&t| session.verification.task_stats(t))
        .collect();
    let rounded = |s: Option<crate::verification::Summary>, fallback: u8| {
        s.map_or(fallback, |s| {
            // A mean of 1–5 scores rounds to 1–5.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let whole = s.mean.round() as u8;
            whole.clamp(1, 5)
        })
    };
    let typical: Vec<[u8; 3]> = stats
        .iter()
        .map(|t| {
            [
                rounded(t.importance, 3),
                rounded(t.frequency, 3),
                rounded(t.difficulty, 3),
            ]
        })
        .collect();
    let suggestions = [
        ("Check parcels and mail for drugs and phones", duty(0)),
        ("Check incoming mail for drugs", duty(0)),
        ("Report drone sightings over the yard", duty(0)),
        ("Support prisoners at risk of self-harm", duty(6)),
        ("Record use of force in the incident log", duty(7)),
    ];
    let mut round = survey_round(
        &tasks,
        &SurveyPlan {
            name: "Verification survey 2025",
            countries: &[
                ("RO", "ro", 60),
                ("CZ", "cs", 38),
                ("DE", "de", 25),
                ("LT", "lt", 17),
                ("SI", "sl", 10),
            ],
            respondents: 150,
            seed: 1078,
            suggestions: &suggestions,
            typical: &typical,
        },
    );
    round.start = jiff::civil::Date::new(2025, 4, 1).ok();
    round.end = jiff::civil::Date::new(2025, 5, 15).ok();
    round
}

fn answer(task: &Traits, level: Level, country: usize, random: &mut Random) -> Answer {
    if random.chance(2) {
        return Answer::default();
    }
    let performs = if level == Level::Manager {
        random.chance(40)
    } else {
        !random.chance(12)
    };
    let mut importance = i16::from(task.importance);
    if level == Level::Supervisor {
        importance += i16::from(task.supervisors);
    }
    if task.odd_country == Some(country) {
        importance = 6 - importance;
    }
    let mut score = |base: i16| {
        let noise = i16::from(random.below(3)) - 1;
        u8::try_from((base + noise).clamp(1, 5)).ok()
    };
    let importance = score(importance);
    let frequency = performs.then(|| score(i16::from(task.frequency))).flatten();
    let difficulty = score(i16::from(task.difficulty));
    Answer {
        performs: Some(performs),
        importance,
        frequency,
        difficulty,
        // The harder a task, the more say it should be trained: 30 % to 90 %.
        train: Some(random.chance(15 + 15 * task.difficulty)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> SurveyPlan<'static> {
        SurveyPlan {
            name: "Survey",
            countries: &[("RO", "ro", 5), ("CZ", "cs", 2), ("LT", "lt", 1)],
            respondents: 80,
            seed: 7,
            suggestions: &[("Check drones over the yard", None)],
            typical: &[],
        }
    }

    #[test]
    fn the_same_plan_gives_the_same_round_and_the_spread_follows_the_weights() {
        let tasks: Vec<Id> = (0..20).map(Id::from_u128).collect();
        let round = survey_round(&tasks, &plan());
        assert_eq!(round, survey_round(&tasks, &plan()));
        assert!(round.problems().is_empty(), "{:?}", round.problems());
        let count = |c: &str| {
            round
                .respondents
                .iter()
                .filter(|r| r.profile.country == c)
                .count()
        };
        assert_eq!((count("RO"), count("CZ"), count("LT")), (50, 20, 10));
        assert!(
            round
                .respondents
                .iter()
                .all(|r| r.answers.iter().all(Answer::in_scale))
        );
        assert_eq!(round.suggestions.len(), 1);
        let other = survey_round(&tasks, &SurveyPlan { seed: 8, ..plan() });
        assert_ne!(round.respondents, other.respondents);
    }
}
