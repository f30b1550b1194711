//! The tasks respondents say the chart misses, reviewed by the facilitator:
//! alike suggestions (by the merge's duplicate measure, `text::similarity`)
//! are grouped, so that thirty officers writing "check parcels" are one
//! decision; each group is accepted — the task is added to the chart, and
//! every suggestion in it records the task it became — or rejected with the
//! reason recorded. Both are one undo step.

use crate::chart::Task;
use crate::edit::Edit;
use crate::id::Id;
use crate::session::Session;
use crate::text::{DUPLICATE_THRESHOLD, similarity};

use super::{Review, Round};

/// Suggestions alike enough to be one decision.
#[derive(Clone, Debug, PartialEq)]
pub struct SuggestionGroup {
    /// (round, suggestion), in the order they were made.
    pub members: Vec<(Id, Id)>,
    /// The first suggestion's statement: what accepting adds, unless edited.
    pub statement: String,
    /// The duty most members were suggested under.
    pub duty: Option<Id>,
    /// A chart task alike the suggestion: it may be there already.
    pub like_task: Option<Id>,
}

/// The open suggestions of every round, grouped.
pub fn open_groups(session: &Session) -> Vec<SuggestionGroup> {
    let open: Vec<(&Round, &super::Suggestion)> = session
        .survey
        .rounds
        .iter()
        .flat_map(|r| r.suggestions.iter().map(move |s| (r, s)))
        .filter(|(_, s)| s.review == Review::Open && !s.statement.trim().is_empty())
        .collect();
    // Each suggestion joins the group of the first earlier one it is like.
    let mut group_of: Vec<usize> = (0..open.len()).collect();
    for i in 0..open.len() {
        if let Some(j) = (0..i).find(|&j| {
            similarity(&open[i].1.statement, &open[j].1.statement) >= DUPLICATE_THRESHOLD
        }) {
            group_of[i] = group_of[j];
        }
    }
    let mut groups: Vec<SuggestionGroup> = Vec::new();
    let mut first_of: Vec<Option<usize>> = vec![None; open.len()];
    for (i, (round, suggestion)) in open.iter().enumerate() {
        let root = group_of[i];
        match first_of[root] {
            Some(g) => groups[g].members.push((round.id, suggestion.id)),
            None => {
                first_of[root] = Some(groups.len());
                groups.push(SuggestionGroup {
                    members: vec![(round.id, suggestion.id)],
                    statement: suggestion.statement.trim().to_owned(),
                    duty: None,
                    like_task: None,
                });
            }
        }
    }
    for group in &mut groups {
        let mut duties: Vec<(Id, usize)> = Vec::new();
        for &(round, id) in &group.members {
            let duty = session
                .survey
                .round(round)
                .and_then(|r| r.suggestions.iter().find(|s| s.id == id))
                .and_then(|s| s.duty);
            if let Some(duty) = duty.filter(|d| session.chart.find_duty(*d).is_some()) {
                match duties.iter_mut().find(|(d, _)| *d == duty) {
                    Some((_, n)) => *n += 1,
                    None => duties.push((duty, 1)),
                }
            }
        }
        // The most named duty; the first named among equals.
        group.duty = duties.iter().rev().max_by_key(|(_, n)| *n).map(|(d, _)| *d);
        group.like_task = session
            .chart
            .tasks()
            .map(|(_, _, t)| t)
            .find(|t| similarity(&t.statement, &group.statement) >= DUPLICATE_THRESHOLD)
            .map(|t| t.id);
    }
    groups
}

/// Why a decision about a group cannot be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewError {
    /// Accepting needs a duty to put the task under.
    NoDuty,
    /// Accepting needs a statement.
    NoStatement,
    /// Rejecting needs a reason.
    NoReason,
}

/// Accepting `group`: the task `statement` added at the end of `duty`, and
/// every suggestion of the group marked as having become it. One step.
pub fn accept(
    session: &Session,
    group: &SuggestionGroup,
    statement: &str,
    duty: Option<Id>,
) -> Result<Edit, ReviewError> {
    let duty = duty
        .and_then(|d| session.chart.find_duty(d))
        .and_then(|index| session.chart.duties.get(index))
        .ok_or(ReviewError::NoDuty)?;
    if statement.trim().is_empty() {
        return Err(ReviewError::NoStatement);
    }
    let task = Task::new(statement.trim());
    let id = task.id;
    let mut edits = vec![Edit::InsertTask {
        duty: duty.id,
        index: duty.tasks.len(),
        task,
    }];
    edits.extend(reviewed(session, group, &Review::Accepted(id)));
    Ok(Edit::Batch(edits))
}

/// Rejecting `group` for `reason`. One step.
pub fn reject(
    session: &Session,
    group: &SuggestionGroup,
    reason: &str,
) -> Result<Edit, ReviewError> {
    if reason.trim().is_empty() {
        return Err(ReviewError::NoReason);
    }
    Ok(Edit::Batch(reviewed(
        session,
        group,
        &Review::Rejected(reason.trim().to_owned()),
    )))
}

/// The rounds of the group's suggestions, each with them marked `review`.
fn reviewed(session: &Session, group: &SuggestionGroup, review: &Review) -> Vec<Edit> {
    session
        .survey
        .rounds
        .iter()
        .filter(|r| group.members.iter().any(|(round, _)| *round == r.id))
        .map(|round| {
            let mut round = round.clone();
            for suggestion in &mut round.suggestions {
                if group.members.contains(&(round.id, suggestion.id)) {
                    suggestion.review = review.clone();
                }
            }
            Edit::UpdateRound(Box::new(round))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::Duty;
    use crate::survey::{Mode, Suggestion};

    fn suggestion(statement: &str, duty: Option<Id>) -> Suggestion {
        Suggestion {
            id: Id::new(),
            statement: statement.to_owned(),
            duty,
            respondent: None,
            review: Review::Open,
        }
    }

    fn session() -> Session {
        let mut session = Session::default();
        let mut duty = Duty::new("Maintain security");
        duty.tasks = vec![Task::new("Search visitors' belongings")];
        let (security, care) = (duty.id, Duty::new("Support rehabilitation"));
        let care_id = care.id;
        session.chart.duties = vec![duty, care];
        let mut a = Round::new("CZ", Mode::Survey, Vec::new());
        a.suggestions = vec![
            suggestion("Check parcels for drugs", Some(security)),
            suggestion("Mentor young prisoners", Some(care_id)),
        ];
        let mut b = Round::new("RO", Mode::Survey, Vec::new());
        b.suggestions = vec![
            suggestion("Check parcels for drug", None),
            suggestion("Search visitors belongings", Some(security)),
        ];
        session.survey.rounds = vec![a, b];
        session
    }

    #[test]
    fn alike_suggestions_of_all_rounds_are_one_group() {
        let session = session();
        let groups = open_groups(&session);
        let statements: Vec<(&str, usize)> = groups
            .iter()
            .map(|g| (g.statement.as_str(), g.members.len()))
            .collect();
        assert_eq!(
            statements,
            [
                ("Check parcels for drugs", 2),
                ("Mentor young prisoners", 1),
                ("Search visitors belongings", 1)
            ]
        );
        assert_eq!(groups[0].duty, Some(session.chart.duties[0].id));
        assert_eq!(
            groups[2].like_task,
            Some(session.chart.duties[0].tasks[0].id)
        );
        assert_eq!(groups[0].like_task, None);
    }

    #[test]
    fn accepting_adds_the_task_and_records_it_and_one_undo_takes_it_back() {
        let mut session = session();
        let before = session.clone();
        let group = open_groups(&session).remove(0);
        let duty = group.duty;
        let edit = accept(&session, &group, "Check parcels for drugs", duty).expect("accepts");
        let undo = session.apply(edit).expect("applies");
        let added = session.chart.duties[0]
            .tasks
            .last()
            .expect("a task")
            .clone();
        assert_eq!(added.statement, "Check parcels for drugs");
        let accepted: Vec<&Review> = session
            .survey
            .rounds
            .iter()
            .flat_map(|r| &r.suggestions)
            .map(|s| &s.review)
            .filter(|r| **r != Review::Open)
            .collect();
        assert_eq!(
            accepted,
            [&Review::Accepted(added.id), &Review::Accepted(added.id)]
        );
        assert_eq!(open_groups(&session).len(), 2);
        session.apply(undo).expect("undoes");
        assert_eq!(session, before);
    }

    #[test]
    fn rejecting_needs_a_reason_and_accepting_a_duty_and_a_statement() {
        let session = session();
        let group = open_groups(&session).remove(1);
        assert_eq!(reject(&session, &group, "  "), Err(ReviewError::NoReason));
        assert_eq!(
            accept(&session, &group, "x", None),
            Err(ReviewError::NoDuty)
        );
        assert_eq!(
            accept(&session, &group, " ", group.duty),
            Err(ReviewError::NoStatement)
        );
        let mut after = session.clone();
        after
            .apply(reject(&session, &group, "Not a task of officers").expect("rejects"))
            .expect("applies");
        assert_eq!(
            after.survey.rounds[0].suggestions[1].review,
            Review::Rejected("Not a task of officers".to_owned())
        );
    }
}
