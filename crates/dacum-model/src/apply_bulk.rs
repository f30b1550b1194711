//! Large batches applied in one pass. Applied edit by edit, a batch that adds
//! 100,000 votes (a CSV import) is quadratic: every edit checks its id against
//! every element and its vote against every vote. The two kinds of large batch
//! the app makes — appending drivers, participants and votes (with score updates
//! of existing votes), and taking such an append back (its undo) — are checked
//! here once against indexes built for the batch, then applied. The result, the
//! inverse and the first error are exactly those of applying the edits in order
//! (a test compares them); any other batch is left to the general path.

use std::collections::{HashMap, HashSet};

use super::edit::{Edit, EditError};
use super::id::Id;
use super::pestle::AxisSubject;
use super::session::Session;
use super::verification::SCALE;

/// Below this, the general path is fast enough and stays the one that runs.
const BULK: usize = 16;

/// What a bulk batch turned out to be.
pub(super) enum Bulk {
    /// Applied (or refused as a whole, the session unchanged).
    Done(Result<Edit, EditError>),
    /// Not a batch this path handles: the edits, untouched.
    NotBulk(Vec<Edit>),
}

impl Session {
    pub(super) fn apply_bulk(&mut self, edits: Vec<Edit>) -> Bulk {
        if edits.len() < BULK {
            return Bulk::NotBulk(edits);
        }
        let appends = match self.check_appends(&edits) {
            Some(Err(error)) => return Bulk::Done(Err(error)),
            Some(Ok(())) => true,
            None => false,
        };
        if !appends && !self.check_removals(&edits) {
            return Bulk::NotBulk(edits);
        }
        let mut vote_at: HashMap<Id, usize> = self
            .pestle
            .votes
            .iter()
            .enumerate()
            .map(|(i, v)| (v.id, i))
            .collect();
        let pestle = &mut self.pestle;
        let mut inverses = Vec::with_capacity(edits.len());
        for edit in edits {
            // The checks above guarantee every case below: appends go at the end,
            // removals take the last element, updates find their vote.
            let inverse = match edit {
                Edit::InsertDriver { driver, .. } => {
                    let id = driver.id;
                    pestle.drivers.push(driver);
                    Edit::RemoveDriver(id)
                }
                Edit::InsertParticipant { participant, .. } => {
                    let id = participant.id;
                    pestle.participants.push(participant);
                    Edit::RemoveParticipant(id)
                }
                Edit::InsertVote { vote, .. } => {
                    let id = vote.id;
                    vote_at.insert(id, pestle.votes.len());
                    pestle.votes.push(vote);
                    Edit::RemoveVote(id)
                }
                Edit::PutVote(vote) => match vote_at.get(&vote.id) {
                    Some(&at) => Edit::PutVote(std::mem::replace(&mut pestle.votes[at], vote)),
                    None => {
                        let id = vote.id;
                        vote_at.insert(id, pestle.votes.len());
                        pestle.votes.push(vote);
                        Edit::RemoveVote(id)
                    }
                },
                Edit::RemoveDriver(_) => match pestle.drivers.pop() {
                    Some(driver) => Edit::InsertDriver {
                        index: pestle.drivers.len(),
                        driver,
                    },
                    None => continue,
                },
                Edit::RemoveParticipant(_) => match pestle.participants.pop() {
                    Some(participant) => Edit::InsertParticipant {
                        index: pestle.participants.len(),
                        participant,
                    },
                    None => continue,
                },
                Edit::RemoveVote(_) => match pestle.votes.pop() {
                    Some(vote) => {
                        vote_at.remove(&vote.id);
                        Edit::InsertVote {
                            index: pestle.votes.len(),
                            vote,
                        }
                    }
                    None => continue,
                },
                _ => continue,
            };
            inverses.push(inverse);
        }
        inverses.reverse();
        Bulk::Done(Ok(Edit::Batch(inverses)))
    }

    /// `Some(Ok)` for a batch that only appends drivers, participants and votes
    /// and updates the scores of votes that exist; `Some(Err)` with the error the
    /// first bad edit would give; `None` for another kind of batch.
    fn check_appends(&self, edits: &[Edit]) -> Option<Result<(), EditError>> {
        let pestle = &self.pestle;
        let mut ids: HashSet<Id> = self.element_ids().into_iter().collect();
        let (mut drivers, mut participants, mut votes) = (
            pestle.drivers.len(),
            pestle.participants.len(),
            pestle.votes.len(),
        );
        let existing: HashMap<Id, usize> = pestle
            .votes
            .iter()
            .enumerate()
            .map(|(i, v)| (v.id, i))
            .collect();
        // Each pair of driver and participant: a vote on it, and how many.
        let mut pairs: HashMap<(Id, Id), (Id, usize)> = HashMap::new();
        for vote in &pestle.votes {
            pairs
                .entry((vote.driver, vote.participant))
                .and_modify(|(_, n)| *n += 1)
                .or_insert((vote.id, 1));
        }
        let mut added_votes: HashSet<Id> = HashSet::new();
        for edit in edits {
            match edit {
                Edit::InsertDriver { index, driver } if *index == drivers => {
                    if !ids.insert(driver.id) {
                        return Some(Err(EditError::DuplicateId(driver.id)));
                    }
                    drivers += 1;
                }
                Edit::InsertParticipant { index, participant } if *index == participants => {
                    if !ids.insert(participant.id) {
                        return Some(Err(EditError::DuplicateId(participant.id)));
                    }
                    participants += 1;
                }
                Edit::InsertVote { index, vote } if *index == votes => {
                    if !ids.insert(vote.id) {
                        return Some(Err(EditError::DuplicateId(vote.id)));
                    }
                    pairs
                        .entry((vote.driver, vote.participant))
                        .and_modify(|(_, n)| *n += 1)
                        .or_insert((vote.id, 1));
                    added_votes.insert(vote.id);
                    votes += 1;
                }
                Edit::PutVote(vote) => {
                    for (what, value) in
                        [("uncertainty", vote.uncertainty), ("impact", vote.impact)]
                    {
                        if !SCALE.contains(&value) {
                            return Some(Err(EditError::OutOfRange { what, value }));
                        }
                    }
                    let pair = (vote.driver, vote.participant);
                    if let Some(&(other, n)) = pairs.get(&pair)
                        && (n > 1 || other != vote.id)
                    {
                        return Some(Err(EditError::DuplicateVote(vote.driver)));
                    }
                    if added_votes.contains(&vote.id) {
                        // An update of a vote added in this very batch: rare
                        // enough to leave to the general path.
                        return None;
                    }
                    match existing.get(&vote.id) {
                        Some(&at) => {
                            let old = &pestle.votes[at];
                            if (old.driver, old.participant) != pair {
                                return None;
                            }
                        }
                        None => {
                            if !ids.insert(vote.id) {
                                return Some(Err(EditError::DuplicateId(vote.id)));
                            }
                            pairs.insert(pair, (vote.id, 1));
                            added_votes.insert(vote.id);
                            votes += 1;
                        }
                    }
                }
                _ => return None,
            }
        }
        Some(Ok(()))
    }

    /// Whether the batch only takes back the last drivers, participants and votes
    /// (each the last of its list when its turn comes, with no vote, group or axis
    /// left referring to it) and updates the scores of votes that stay: the undo
    /// of an append. Such a batch cannot fail.
    fn check_removals(&self, edits: &[Edit]) -> bool {
        let pestle = &self.pestle;
        let (mut drivers, mut participants, mut votes) = (
            pestle.drivers.len(),
            pestle.participants.len(),
            pestle.votes.len(),
        );
        let mut votes_on: HashMap<Id, usize> = HashMap::new();
        for vote in &pestle.votes {
            *votes_on.entry(vote.driver).or_default() += 1;
            *votes_on.entry(vote.participant).or_default() += 1;
        }
        let position: HashMap<Id, usize> = pestle
            .votes
            .iter()
            .enumerate()
            .map(|(i, v)| (v.id, i))
            .collect();
        // A score update fails where two votes share a driver and participant;
        // such a session is left to the general path.
        let mut pairs = HashSet::new();
        let shared_pair = !pestle
            .votes
            .iter()
            .all(|v| pairs.insert((v.driver, v.participant)));
        let referred = |id: Id| {
            pestle.groups.iter().any(|g| g.drivers.contains(&id))
                || [&pestle.axes.horizontal, &pestle.axes.vertical]
                    .into_iter()
                    .flatten()
                    .any(|a| a.subject == AxisSubject::Driver(id))
        };
        for edit in edits {
            match edit {
                Edit::RemoveVote(id) => {
                    let Some(vote) = votes.checked_sub(1).and_then(|i| pestle.votes.get(i)) else {
                        return false;
                    };
                    if vote.id != *id {
                        return false;
                    }
                    for of in [vote.driver, vote.participant] {
                        if let Some(n) = votes_on.get_mut(&of) {
                            *n -= 1;
                        }
                    }
                    votes -= 1;
                }
                Edit::RemoveDriver(id) => {
                    let last = drivers.checked_sub(1).and_then(|i| pestle.drivers.get(i));
                    if last.is_none_or(|d| d.id != *id)
                        || votes_on.get(id).is_some_and(|&n| n > 0)
                        || referred(*id)
                    {
                        return false;
                    }
                    drivers -= 1;
                }
                Edit::RemoveParticipant(id) => {
                    let last = participants
                        .checked_sub(1)
                        .and_then(|i| pestle.participants.get(i));
                    if last.is_none_or(|p| p.id != *id) || votes_on.get(id).is_some_and(|&n| n > 0)
                    {
                        return false;
                    }
                    participants -= 1;
                }
                Edit::PutVote(vote) => {
                    let Some(&at) = position.get(&vote.id).filter(|&&at| at < votes) else {
                        return false;
                    };
                    let old = &pestle.votes[at];
                    if shared_pair
                        || (old.driver, old.participant) != (vote.driver, vote.participant)
                        || !SCALE.contains(&vote.uncertainty)
                        || !SCALE.contains(&vote.impact)
                    {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Category, Driver, DriverGroup, Participant, Vote};

    /// A session with votes, one of them to be updated.
    fn session() -> Session {
        let mut session = Session::default();
        let pestle = &mut session.pestle;
        pestle.drivers = vec![Driver::new(Category::Legal, "EU rights")];
        pestle.participants = vec![Participant::new("Ana")];
        pestle.votes = vec![Vote::new(
            pestle.drivers[0].id,
            pestle.participants[0].id,
            1,
            1,
        )];
        pestle.groups = vec![DriverGroup {
            id: Id::new(),
            name: "Law".into(),
            drivers: vec![pestle.drivers[0].id],
        }];
        session
    }

    /// What an import of `n` rows makes: new drivers, a new participant and
    /// votes, and an update of the vote that exists.
    fn import(session: &Session, n: usize) -> Vec<Edit> {
        let pestle = &session.pestle;
        let jonas = Participant::new("Jonas");
        let mut edits = vec![Edit::InsertParticipant {
            index: 1,
            participant: jonas.clone(),
        }];
        for i in 0..n {
            let driver = Driver::new(Category::Social, &format!("Driver {i}"));
            let vote = Vote::new(driver.id, jonas.id, 2, 3);
            edits.push(Edit::InsertDriver {
                index: 1 + i,
                driver,
            });
            edits.push(Edit::PutVote(vote));
        }
        let mut update = pestle.votes[0].clone();
        update.impact = 5;
        edits.push(Edit::PutVote(update));
        edits
    }

    /// The general path: each edit on its own, inverses in reverse order.
    fn one_by_one(session: &mut Session, edits: Vec<Edit>) -> Result<Edit, EditError> {
        let before = session.clone();
        let mut inverses = Vec::new();
        for edit in edits {
            match session.apply(edit) {
                Ok(inverse) => inverses.push(inverse),
                Err(error) => {
                    *session = before;
                    return Err(error);
                }
            }
        }
        inverses.reverse();
        Ok(Edit::Batch(inverses))
    }

    #[test]
    fn an_import_and_its_undo_and_redo_are_as_edit_by_edit() {
        let start = session();
        let edits = import(&start, 40);
        let (mut bulk, mut single) = (start.clone(), start.clone());
        let undo = bulk.apply(Edit::Batch(edits.clone())).expect("applies");
        let expected_undo = one_by_one(&mut single, edits).expect("applies");
        assert_eq!(bulk, single);
        assert_eq!(undo, expected_undo);
        assert_eq!(bulk.pestle.votes.len(), 41);
        assert_eq!(bulk.pestle.votes[0].impact, 5);

        let Edit::Batch(undo_edits) = undo.clone() else {
            panic!("a batch");
        };
        let redo = bulk.apply(undo).expect("undoes");
        let expected_redo = one_by_one(&mut single, undo_edits).expect("undoes");
        assert_eq!(bulk, start);
        assert_eq!(single, start);
        assert_eq!(redo, expected_redo);

        let Edit::Batch(redo_edits) = redo.clone() else {
            panic!("a batch");
        };
        bulk.apply(redo).expect("redoes");
        one_by_one(&mut single, redo_edits).expect("redoes");
        assert_eq!(bulk, single);
        assert_eq!(bulk.pestle.drivers.len(), 41);
    }

    #[test]
    fn a_bad_edit_refuses_the_whole_batch_with_the_same_error() {
        let start = session();
        let mut bad_score = import(&start, 20);
        if let Some(Edit::PutVote(vote)) = bad_score.get_mut(10) {
            vote.impact = 9;
        }
        let mut twice = import(&start, 20);
        if let Some(Edit::PutVote(vote)) = twice.get(4).cloned() {
            twice.insert(
                8,
                Edit::PutVote(Vote::new(vote.driver, vote.participant, 1, 1)),
            );
        }
        let mut same_id = import(&start, 20);
        same_id.push(Edit::InsertDriver {
            index: 21,
            driver: start.pestle.drivers[0].clone(),
        });
        for edits in [bad_score, twice, same_id] {
            let (mut bulk, mut single) = (start.clone(), start.clone());
            let error = bulk.apply(Edit::Batch(edits.clone()));
            let expected = one_by_one(&mut single, edits);
            assert!(error.is_err());
            assert_eq!(error, expected);
            assert_eq!(bulk, start);
        }
    }

    #[test]
    fn taking_back_a_driver_in_a_group_is_left_to_the_general_path() {
        let mut start = session();
        let edits = import(&start, 20);
        start.apply(Edit::Batch(edits)).expect("applies");
        // Remove the first driver (in a group, with a vote) and every added one.
        let mut removals: Vec<Edit> = start.pestle.drivers[1..]
            .iter()
            .rev()
            .map(|d| Edit::RemoveDriver(d.id))
            .collect();
        removals.push(Edit::RemoveDriver(start.pestle.drivers[0].id));
        let (mut bulk, mut single) = (start.clone(), start.clone());
        let undo = bulk.apply(Edit::Batch(removals.clone()));
        assert_eq!(undo, one_by_one(&mut single, removals));
        assert_eq!(bulk, single);
        assert!(bulk.pestle.drivers.is_empty() && bulk.pestle.groups[0].drivers.is_empty());
    }
}
