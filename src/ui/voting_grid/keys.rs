//! The voting grid's keystrokes. While a score cell has the focus, the grid takes
//! the frame's key events itself and applies them one by one, so several keys
//! typed within one frame (a slow frame, a fast facilitator) each land in their
//! own cell instead of piling up in one text field.

use std::collections::{BTreeMap, HashMap};

use egui::{Event, Key};

use crate::model::{Edit, Id, Pestle, Vote};

/// A score cell: (driver, 0 = uncertainty / 1 = impact).
pub(super) type Cell = (Id, usize);

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Stroke {
    Char(char),
    Clear,
    Move(Move),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Move {
    Up,
    Down,
    Previous,
    Next,
    /// Enter: the next driver's uncertainty.
    NextRow,
}

/// Takes this frame's keystrokes out of the input. Keys with Ctrl, Alt or Cmd are
/// left for the app's shortcuts (Ctrl+Z …).
pub(super) fn take_strokes(ui: &egui::Ui) -> Vec<Stroke> {
    ui.ctx().input_mut(|input| {
        let mut strokes = Vec::new();
        input.events.retain(|event| match event {
            Event::Text(text) => {
                strokes.extend(text.chars().map(Stroke::Char));
                false
            }
            Event::Key {
                key,
                pressed,
                modifiers,
                ..
            } if !(modifiers.ctrl || modifiers.alt || modifiers.command || modifiers.mac_cmd) => {
                let stroke = match key {
                    Key::Backspace | Key::Delete => Some(Stroke::Clear),
                    Key::ArrowUp => Some(Stroke::Move(Move::Up)),
                    Key::ArrowDown => Some(Stroke::Move(Move::Down)),
                    Key::ArrowLeft => Some(Stroke::Move(Move::Previous)),
                    Key::ArrowRight => Some(Stroke::Move(Move::Next)),
                    Key::Tab if modifiers.shift => Some(Stroke::Move(Move::Previous)),
                    Key::Tab => Some(Stroke::Move(Move::Next)),
                    Key::Enter => Some(Stroke::Move(Move::NextRow)),
                    _ => return true,
                };
                if *pressed {
                    strokes.extend(stroke);
                }
                false
            }
            _ => true,
        });
        strokes
    })
}

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
    /// Votes changed this frame, by driver (`None`: deleted).
    changed: HashMap<Id, Option<Vote>>,
    edits: Vec<Edit>,
}

impl<'a> Entry<'a> {
    pub(super) fn new(pestle: &'a Pestle, participant: Id) -> Self {
        Entry {
            pestle,
            participant,
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

    /// Applies the strokes from `cell` on; returns the cell the cursor ends in.
    /// `order` is the drivers in the order the grid shows them; `pending` holds
    /// first scores of votes that wait for their second one.
    pub(super) fn apply(
        &mut self,
        mut cell: Cell,
        strokes: &[Stroke],
        order: &[Id],
        pending: &mut BTreeMap<(Id, Id), [Option<u8>; 2]>,
    ) -> Cell {
        for stroke in strokes {
            let (driver, field) = cell;
            let key = (driver, self.participant);
            match *stroke {
                Stroke::Char(c) => {
                    let Some(score) = score_of(c) else { continue };
                    if let Some(mut vote) = self.current(driver) {
                        if field == 0 {
                            vote.uncertainty = score;
                        } else {
                            vote.impact = score;
                        }
                        self.edits.push(Edit::PutVote(vote.clone()));
                        self.changed.insert(driver, Some(vote));
                    } else {
                        let scores = pending.entry(key).or_default();
                        scores[field] = Some(score);
                        if let [Some(u), Some(i)] = *scores {
                            pending.remove(&key);
                            let vote = Vote::new(driver, self.participant, u, i);
                            self.edits.push(Edit::PutVote(vote.clone()));
                            self.changed.insert(driver, Some(vote));
                        }
                    }
                    cell = step(cell, Move::Next, order);
                }
                Stroke::Clear => {
                    if let Some(vote) = self.current(driver) {
                        self.edits.push(Edit::RemoveVote(vote.id));
                        self.changed.insert(driver, None);
                    } else if let Some(scores) = pending.get_mut(&key) {
                        scores[field] = None;
                    }
                }
                Stroke::Move(direction) => cell = step(cell, direction, order),
            }
        }
        cell
    }
}

/// Where the cursor goes; it stays put at the ends of the grid.
pub(super) fn step((driver, field): Cell, direction: Move, order: &[Id]) -> Cell {
    let Some(row) = order.iter().position(|d| *d == driver) else {
        return (driver, field);
    };
    let at = |r: Option<usize>, f: usize| match r.and_then(|r| order.get(r)) {
        Some(d) => (*d, f),
        None => (driver, field),
    };
    match (direction, field) {
        (Move::Up, _) => at(row.checked_sub(1), field),
        (Move::Down, _) => at(Some(row + 1), field),
        (Move::Next, 0) | (Move::Previous, 1) => (driver, 1 - field),
        (Move::Next, _) | (Move::NextRow, _) => at(Some(row + 1), 0),
        (Move::Previous, _) => at(row.checked_sub(1), 1),
    }
}
