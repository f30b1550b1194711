//! The one pass over the answers: each round's task list mapped once to the
//! chart, then every counted respondent's answers added to a [`Cell`] per
//! task × country × level. Everything the statistics show is worked out from
//! these cells (`analysis.rs`), never from the answers again.

use std::collections::BTreeMap;

use super::{country_key, level_slot};
use crate::id::Id;
use crate::survey::{Answer, Profile, Round};
use crate::verification::score_index;

/// Levels and "no level".
pub(super) const LEVELS: usize = 5;

/// The answers of one group of respondents (a country at a level) about one
/// task, added up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Cell {
    pub asked: usize,
    pub answering: usize,
    pub performs_yes: usize,
    pub performs_known: usize,
    pub train_yes: usize,
    pub train_known: usize,
    /// How many gave 1, 2 … 5.
    pub importance: [usize; 5],
    pub frequency: [usize; 5],
    pub difficulty: [usize; 5],
}

impl Cell {
    fn add(&mut self, answer: Answer) {
        let mut any = false;
        if let Some(performs) = answer.performs {
            self.performs_known += 1;
            self.performs_yes += usize::from(performs);
            any = true;
        }
        if let Some(train) = answer.train {
            self.train_known += 1;
            self.train_yes += usize::from(train);
            any = true;
        }
        for (score, counts) in [
            (answer.importance, &mut self.importance),
            (answer.frequency, &mut self.frequency),
            (answer.difficulty, &mut self.difficulty),
        ] {
            if let Some(i) = score.and_then(score_index) {
                counts[i] += 1;
                any = true;
            }
        }
        self.answering += usize::from(any);
    }

    pub fn merge(&mut self, other: &Cell) {
        self.asked += other.asked;
        self.answering += other.answering;
        self.performs_yes += other.performs_yes;
        self.performs_known += other.performs_known;
        self.train_yes += other.train_yes;
        self.train_known += other.train_known;
        for (mine, theirs) in [
            (&mut self.importance, &other.importance),
            (&mut self.frequency, &other.frequency),
            (&mut self.difficulty, &other.difficulty),
        ] {
            for (m, t) in mine.iter_mut().zip(theirs) {
                *m += t;
            }
        }
    }
}

/// The answers of a set of rounds, added up per task slot (the chart's tasks,
/// then the removed ones), country and level.
pub(super) struct Tally {
    /// The chart's tasks, then tasks asked that it no longer holds.
    tasks: Vec<Id>,
    chart_len: usize,
    /// Countries of the counted respondents, in code order.
    countries: Vec<String>,
    /// Respondents counted, per country and level.
    respondents: Vec<[usize; LEVELS]>,
    /// `(slot × countries + country) × LEVELS + level`.
    cells: Vec<Cell>,
    rounds: Vec<Id>,
}

impl Tally {
    /// Adds up the answers of the respondents of `rounds` that `takes`.
    pub fn new(chart: &[Id], rounds: &[&Round], takes: impl Fn(&Profile) -> bool) -> Tally {
        let mut tasks = chart.to_vec();
        let mut slot_of: foldhash::HashMap<Id, usize> =
            chart.iter().enumerate().map(|(i, &t)| (t, i)).collect();
        // Each round's list once: the slot of every place, `None` for a task
        // listed twice in one round (its first place counts).
        let slots: Vec<Vec<Option<usize>>> = rounds
            .iter()
            .map(|round| {
                let mut seen = foldhash::HashSet::default();
                round
                    .tasks
                    .iter()
                    .map(|&task| {
                        let slot = *slot_of.entry(task).or_insert_with(|| {
                            tasks.push(task);
                            tasks.len() - 1
                        });
                        seen.insert(slot).then_some(slot)
                    })
                    .collect()
            })
            .collect();

        let mut country_index: BTreeMap<String, usize> = rounds
            .iter()
            .flat_map(|r| &r.respondents)
            .filter(|r| takes(&r.profile))
            .map(|r| (country_key(&r.profile.country), 0))
            .collect();
        for (i, index) in country_index.values_mut().enumerate() {
            *index = i;
        }
        let groups = country_index.len() * LEVELS;
        let mut tally = Tally {
            chart_len: chart.len(),
            countries: country_index.keys().cloned().collect(),
            respondents: vec![[0; LEVELS]; country_index.len()],
            cells: vec![Cell::default(); tasks.len() * groups],
            tasks,
            rounds: rounds.iter().map(|r| r.id).collect(),
        };
        for (round, slots) in rounds.iter().zip(&slots) {
            for respondent in round.respondents.iter().filter(|r| takes(&r.profile)) {
                let level = level_slot(respondent.profile.level);
                let key = country_key(&respondent.profile.country);
                let Some(&country) = country_index.get(&key) else {
                    continue;
                };
                tally.respondents[country][level] += 1;
                let group = country * LEVELS + level;
                // A respondent with fewer answers than tasks (a damaged round)
                // counts as asked about every task, with the rest blank.
                for (place, slot) in slots.iter().enumerate() {
                    let Some(slot) = *slot else { continue };
                    let cell = &mut tally.cells[slot * groups + group];
                    cell.asked += 1;
                    if let Some(answer) = respondent.answers.get(place) {
                        cell.add(*answer);
                    }
                }
            }
        }
        tally
    }

    fn groups(&self) -> usize {
        self.countries.len() * LEVELS
    }

    /// The cells of a task slot, per country, at the levels `at` lets
    /// through.
    pub fn by_country(&self, slot: usize, at: impl Fn(usize) -> bool) -> Vec<Cell> {
        let start = slot * self.groups();
        self.cells[start..start + self.groups()]
            .chunks_exact(LEVELS)
            .map(|levels| {
                let mut sum = Cell::default();
                for (_, cell) in levels.iter().enumerate().filter(|(l, _)| at(*l)) {
                    sum.merge(cell);
                }
                sum
            })
            .collect()
    }

    pub fn countries(&self) -> &[String] {
        &self.countries
    }

    pub fn chart_len(&self) -> usize {
        self.chart_len
    }

    /// The chart's tasks, then those asked that it no longer holds.
    pub fn tasks(&self) -> &[Id] {
        &self.tasks
    }

    /// Respondents counted per country (as [`Tally::countries`]) and level.
    pub fn respondents(&self) -> &[[usize; LEVELS]] {
        &self.respondents
    }

    pub fn rounds(&self) -> &[Id] {
        &self.rounds
    }
}
