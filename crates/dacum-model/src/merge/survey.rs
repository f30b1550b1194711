//! Survey rounds in a merge: nothing a respondent said is ever dropped. Rounds
//! are kept by identity, with the ids of tasks and duties that the merge folded
//! into others put right. A round two inputs share (a national session derived
//! from a shared one, the same file given twice) gains the other input's
//! respondents whose codes it lacks; if the two copies asked about different
//! tasks, the second is kept as a round of its own, never folded into answers
//! that would then follow the wrong tasks.

use crate::id::Id;
use crate::session::Session;
use crate::survey::{Review, Round, Survey};

/// The survey rounds of `inputs`, in input order, with merged ids mapped by `map`.
pub(crate) fn merged_survey<'a>(
    inputs: impl IntoIterator<Item = &'a Session>,
    map: &dyn Fn(Id) -> Id,
) -> Survey {
    let mut survey = Survey::default();
    for input in inputs {
        for round in &input.survey.rounds {
            let round = mapped(round, map);
            match survey.rounds.iter_mut().find(|r| r.id == round.id) {
                None => survey.rounds.push(round),
                Some(kept) if kept.tasks == round.tasks && kept.attributes == round.attributes => {
                    add_new_respondents(kept, round);
                }
                Some(_) => survey.rounds.push(Round {
                    id: Id::derived("merge: a round asked differently", [round.id, input.id]),
                    ..round
                }),
            }
        }
    }
    survey
}

fn mapped(round: &Round, map: &dyn Fn(Id) -> Id) -> Round {
    let mut round = round.clone();
    for task in &mut round.tasks {
        *task = map(*task);
    }
    for comment in &mut round.comments {
        comment.task = map(comment.task);
    }
    for suggestion in &mut round.suggestions {
        suggestion.duty = suggestion.duty.map(map);
        if let Review::Accepted(task) = &mut suggestion.review {
            *task = map(*task);
        }
    }
    round
}

/// Adds the respondents of `other` (the same round, asked the same way) whose
/// codes `kept` lacks, with their comments, and suggestions it lacks.
fn add_new_respondents(kept: &mut Round, other: Round) {
    let known: std::collections::BTreeSet<String> =
        kept.respondents.iter().map(|r| r.code.clone()).collect();
    let new = |code: &str| !known.contains(code);
    kept.comments
        .extend(other.comments.into_iter().filter(|c| new(&c.respondent)));
    kept.respondents
        .extend(other.respondents.into_iter().filter(|r| new(&r.code)));
    for suggestion in other.suggestions {
        if kept.suggestions.iter().all(|s| s.id != suggestion.id) {
            kept.suggestions.push(suggestion);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::{Answer, Comment, Mode, Profile, Respondent};

    fn respondent(code: &str, tasks: usize) -> Respondent {
        Respondent {
            code: code.to_owned(),
            profile: Profile::default(),
            answers: vec![Answer::default(); tasks],
        }
    }

    fn session_with(round: Round) -> Session {
        let mut session = Session::default();
        session.survey.rounds.push(round);
        session
    }

    #[test]
    fn rounds_are_kept_and_a_shared_round_gains_only_new_respondents() {
        let (a, b) = (Id::new(), Id::new());
        let mut round = Round::new("CZ survey", Mode::Survey, vec![a, b]);
        round.respondents = vec![respondent("R1", 2), respondent("R2", 2)];
        let mut later = round.clone();
        later.respondents.push(respondent("R3", 2));
        later.comments.push(Comment {
            respondent: "R3".to_owned(),
            task: b,
            text: "Only at night".to_owned(),
        });
        let other = Round::new("RO survey", Mode::Survey, vec![a]);
        let merged = merged_survey(
            [
                &session_with(round),
                &session_with(later),
                &session_with(other),
            ],
            &|id| id,
        );
        let codes: Vec<Vec<&str>> = merged
            .rounds
            .iter()
            .map(|r| r.respondents.iter().map(|x| x.code.as_str()).collect())
            .collect();
        assert_eq!(codes, [vec!["R1", "R2", "R3"], vec![]]);
        assert_eq!(merged.rounds[0].comments.len(), 1);
    }

    #[test]
    fn a_shared_round_asked_differently_stays_apart_and_ids_follow_the_merge() {
        let (a, b, folded) = (Id::new(), Id::new(), Id::new());
        let mut round = Round::new("Survey", Mode::Survey, vec![a, b]);
        round.respondents = vec![respondent("R1", 2)];
        let mut other = round.clone();
        other.tasks = vec![folded];
        other.respondents = vec![respondent("R1", 1)];
        let merged = merged_survey(
            [&session_with(round.clone()), &session_with(other)],
            &|id| if id == folded { b } else { id },
        );
        assert_eq!(merged.rounds.len(), 2);
        assert_eq!(merged.rounds[0].id, round.id);
        assert_ne!(merged.rounds[1].id, round.id);
        assert_eq!(merged.rounds[1].tasks, [b]);
        assert_eq!(merged.respondent_count(), 2);
    }
}
