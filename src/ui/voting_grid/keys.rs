//! What a keystroke means in the voting grid: a digit 1–5 is a score, Backspace
//! deletes the vote. The keystrokes themselves, and the cursor's moves, are the
//! shared grid entry's (`widgets::grid_entry`).

use std::collections::{BTreeMap, HashMap};

use crate::ui::widgets::grid_entry::{Cell, CellInput};
use dacum_model::{Edit, Id, Pestle, Vote};

/// A score from 1 to 5, or nothing.
pub(super) fn score_of(c: char) -> Option<u8> {
    c.to_digit(10)
        .and_then(|d| u8::try_from(d).ok())
        .filter(|d| (1..=5).contains(d))
}

/// One participant's votes as they stand after the keystrokes so far this frame,
/// and the edits that got them there.
pub(super) struct Entry<'a> {
    pestle: &'a Pestle,
    participant: Id,
    /// First scores of votes that wait for their second one, by (driver,
    /// participant): [uncertainty, impact].
    pending: &'a mut BTreeMap<(Id, Id), [Option<u8>; 2]>,
    /// Votes changed this frame, by driver (`None`: deleted).
    changed: HashMap<Id, Option<Vote>>,
    edits: Vec<Edit>,
}

impl<'a> Entry<'a> {
    pub(super) fn new(
        pestle: &'a Pestle,
        participant: Id,
        pending: &'a mut BTreeMap<(Id, Id), [Option<u8>; 2]>,
    ) -> Self {
        Entry {
            pestle,
            participant,
            pending,
            changed: HashMap::new(),
            edits: Vec::new(),
        }
    }

    pub(super) fn into_edits(self) -> Vec<Edit> {
        self.edits
    }

    fn current(&self, driver: Id) -> Option<Vote> {
        match self.changed.get(&driver) {
            Some(vote) => vote.clone(),
            None => self.pestle.vote(driver, self.participant).cloned(),
        }
    }
}

impl CellInput for Entry<'_> {
    fn put(&mut self, (driver, field): Cell, c: char) -> bool {
        let Some(score) = score_of(c) else {
            return false;
        };
        let key = (driver, self.participant);
        if let Some(mut vote) = self.current(driver) {
            if field == 0 {
                vote.uncertainty = score;
            } else {
                vote.impact = score;
            }
            self.edits.push(Edit::PutVote(vote.clone()));
            self.changed.insert(driver, Some(vote));
        } else {
            let scores = self.pending.entry(key).or_default();
            scores[field] = Some(score);
            if let [Some(u), Some(i)] = *scores {
                self.pending.remove(&key);
                let vote = Vote::new(driver, self.participant, u, i);
                self.edits.push(Edit::PutVote(vote.clone()));
                self.changed.insert(driver, Some(vote));
            }
        }
        true
    }

    fn clear(&mut self, (driver, field): Cell) {
        if let Some(vote) = self.current(driver) {
            self.edits.push(Edit::RemoveVote(vote.id));
            self.changed.insert(driver, None);
        } else if let Some(scores) = self.pending.get_mut(&(driver, self.participant)) {
            scores[field] = None;
        }
    }
}
