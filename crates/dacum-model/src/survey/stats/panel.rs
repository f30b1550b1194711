//! The panel's own ratings as a round of mode panel, so that the panel and the
//! survey are analysed by the same code.

use crate::id::Id;
use crate::session::Session;
use crate::survey::{Answer, Mode, Profile, Respondent, Round};

/// The ratings of `session.verification` as a virtual round of mode panel:
/// the chart's tasks in chart order (then any rated task the chart lacks, in
/// the order of its first rating, so nothing is dropped), and one respondent
/// per rater, in the order of the session's people (then raters who are not
/// among them, in the order of their first rating), coded "P1", "P2" … — never
/// by name. A respondent's country is the person's; level and sector are
/// unknown, and so is whether they perform a task (the panel was not asked).
/// Where a rater rated a task twice, the first rating counts, as in
/// [`Verification::rating`](crate::verification::Verification::rating).
///
/// The round's id is derived from the session's, so it is the same on every
/// call; its name is left empty for the interface to word.
pub fn panel_round(session: &Session) -> Round {
    let ratings = &session.verification.ratings;
    let mut tasks: Vec<Id> = session.chart.tasks().map(|(_, _, t)| t.id).collect();
    let mut task_place: foldhash::HashMap<Id, usize> =
        tasks.iter().enumerate().map(|(i, &t)| (t, i)).collect();
    for rating in ratings {
        task_place.entry(rating.task).or_insert_with(|| {
            tasks.push(rating.task);
            tasks.len() - 1
        });
    }

    // Raters: people in their order, then strangers by first rating.
    let people: foldhash::HashMap<Id, usize> = session
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id, i))
        .collect();
    let mut first: foldhash::HashMap<Id, (usize, usize)> = foldhash::HashMap::default();
    for (i, rating) in ratings.iter().enumerate() {
        first.entry(rating.rater).or_insert_with(|| {
            people
                .get(&rating.rater)
                .map_or((1, i), |&place| (0, place))
        });
    }
    let mut raters: Vec<((usize, usize), Id)> =
        first.into_iter().map(|(rater, key)| (key, rater)).collect();
    raters.sort_unstable();
    let mut round = Round::new("", Mode::Panel, tasks);
    round.id = Id::derived("panel ratings round", [session.id]);
    round.languages = vec![session.meta.language.clone()];
    let mut respondent_of: foldhash::HashMap<Id, usize> = foldhash::HashMap::default();
    for (number, &(_, rater)) in raters.iter().enumerate() {
        respondent_of.insert(rater, number);
        let person = session.person(rater);
        round.respondents.push(Respondent {
            code: format!("P{}", number + 1),
            profile: Profile {
                country: person.map(|p| p.country.clone()).unwrap_or_default(),
                years: person
                    .and_then(|p| p.years_experience)
                    .and_then(|y| u16::try_from(y).ok()),
                language: session.meta.language.clone(),
                ..Profile::default()
            },
            answers: vec![Answer::default(); round.tasks.len()],
        });
    }
    let mut given: foldhash::HashSet<(usize, usize)> = foldhash::HashSet::default();
    for rating in ratings {
        let (Some(&respondent), Some(&place)) = (
            respondent_of.get(&rating.rater),
            task_place.get(&rating.task),
        ) else {
            continue;
        };
        if given.insert((respondent, place)) {
            round.respondents[respondent].answers[place] = Answer {
                performs: None,
                importance: rating.importance,
                frequency: rating.frequency,
                difficulty: rating.difficulty,
                train: rating.train,
            };
        }
    }
    round
}
