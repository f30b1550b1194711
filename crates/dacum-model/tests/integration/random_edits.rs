//! A random edit of each kind made against a session: mostly valid (on elements
//! that exist, with fresh ids), sometimes invalid (a missing element, a used id,
//! a score out of range, a second conflict on a field) so that refusals are
//! tested too. `build` matches every `Kind` with no wildcard.

use std::collections::BTreeSet;

use dacum_model::strategies;
use dacum_model::*;
use proptest::prelude::*;

use crate::edit_kinds::{ALL, Kind};

/// The random numbers one edit is made from.
#[derive(Clone, Debug)]
pub struct Dice {
    pub kind: Kind,
    /// Pick elements and positions.
    a: u16,
    b: u16,
    c: u16,
    text: String,
    /// An id no element has (ids are random 128-bit numbers).
    fresh: u128,
    /// Make the edit invalid where the kind can be.
    wrong: bool,
    value: Value,
    field: Field,
}

fn dice_of(kinds: Vec<Kind>) -> impl Strategy<Value = Dice> {
    (
        prop::sample::select(kinds),
        (any::<u16>(), any::<u16>(), any::<u16>()),
        strategies::text(),
        any::<u128>(),
        prop::bool::weighted(0.15),
        strategies::value(),
        strategies::field(),
    )
        .prop_map(|(kind, (a, b, c), text, fresh, wrong, value, field)| Dice {
            kind,
            a,
            b,
            c,
            text,
            fresh,
            wrong,
            value,
            field,
        })
}

/// The dice of one edit of any kind; a `Batch` is made of `parts`.
pub fn edit_dice() -> impl Strategy<Value = (Dice, Vec<Dice>)> {
    let simple: Vec<Kind> = ALL.iter().copied().filter(|&k| k != Kind::Batch).collect();
    (
        dice_of(ALL.to_vec()),
        prop_oneof![
            4 => prop::collection::vec(dice_of(simple), 0..5),
            // Long runs of appends take the bulk path of `apply_bulk`.
            1 => prop::collection::vec(
                dice_of(vec![Kind::InsertDriver, Kind::InsertParticipant, Kind::PutVote]),
                16..24,
            ),
        ],
    )
}

fn pick<T: Copy>(items: &[T], n: u16) -> Option<T> {
    (!items.is_empty()).then(|| items[n as usize % items.len()])
}

/// Ids of elements of the session, by kind.
struct Ids {
    people: Vec<Id>,
    duties: Vec<Id>,
    tasks: Vec<Id>,
    items: Vec<Id>,
    acronyms: Vec<Id>,
    ratings: Vec<Id>,
    participants: Vec<Id>,
    drivers: Vec<Id>,
    votes: Vec<Id>,
    groups: Vec<Id>,
    scenarios: Vec<Id>,
    rounds: Vec<Id>,
    all: Vec<Id>,
}

impl Ids {
    fn of(s: &Session) -> Ids {
        let ids = |v: &mut dyn Iterator<Item = Id>| v.collect::<Vec<Id>>();
        Ids {
            people: ids(&mut s.people.iter().map(|p| p.id)),
            duties: ids(&mut s.chart.duties.iter().map(|d| d.id)),
            tasks: ids(&mut s.chart.tasks().map(|(_, _, t)| t.id)),
            items: ids(&mut ListKind::ALL
                .iter()
                .flat_map(|&k| s.chart.list(k).iter().map(|i| i.id))),
            acronyms: ids(&mut s.chart.acronyms.iter().map(|a| a.id)),
            ratings: ids(&mut s.verification.ratings.iter().map(|r| r.id)),
            participants: ids(&mut s.pestle.participants.iter().map(|p| p.id)),
            drivers: ids(&mut s.pestle.drivers.iter().map(|d| d.id)),
            votes: ids(&mut s.pestle.votes.iter().map(|v| v.id)),
            groups: ids(&mut s.pestle.groups.iter().map(|g| g.id)),
            scenarios: ids(&mut s.pestle.scenarios.iter().map(|s| s.id)),
            rounds: ids(&mut s.survey.rounds.iter().map(|r| r.id)),
            all: s.element_ids(),
        }
    }
}

/// A score: 1–5, or 0 or 6 when the edit should be refused.
fn score(d: &Dice, n: u16) -> u8 {
    if d.wrong {
        [0, 6][n as usize % 2]
    } else {
        (n % 5) as u8 + 1
    }
}

/// An edit of `d.kind` against `s`; a `Batch` is made of `parts`.
pub fn build(s: &Session, d: &Dice, parts: &[Dice]) -> Edit {
    let ids = Ids::of(s);
    let missing = Id::from_u128(d.fresh);
    // An element of the list, or (wrong, or none there) one that does not exist.
    let existing = |list: &[Id], n: u16| {
        if d.wrong {
            missing
        } else {
            pick(list, n).unwrap_or(missing)
        }
    };
    // An id for a new element: fresh, or (wrong) one already used.
    let new_id = match pick(&ids.all, d.a) {
        Some(used) if d.wrong => used,
        _ => missing,
    };
    let to = d.c as usize % 8;
    let text = d.text.clone();
    match d.kind {
        Kind::SetMeta => Edit::SetMeta(Meta {
            title: text,
            ..s.meta.clone()
        }),
        Kind::InsertPerson => Edit::InsertPerson {
            index: to,
            person: Person {
                id: new_id,
                ..Person::new(Role::ALL[d.b as usize % 4], &text)
            },
        },
        Kind::UpdatePerson => {
            let id = existing(&ids.people, d.a);
            let old = s.people.iter().find(|p| p.id == id).cloned();
            Edit::UpdatePerson(Person {
                id,
                name: text,
                ..old.unwrap_or_else(|| Person::new(Role::Panel, ""))
            })
        }
        Kind::RemovePerson => Edit::RemovePerson(existing(&ids.people, d.a)),
        Kind::MovePerson => Edit::MovePerson {
            id: existing(&ids.people, d.a),
            to,
        },
        Kind::InsertDuty => {
            // Wrong: a task of the new duty repeats the duty's own id.
            let task_id = if d.wrong && d.b.is_multiple_of(2) {
                missing
            } else {
                Id::from_u128(d.fresh.wrapping_add(1))
            };
            let id = if d.wrong && d.b.is_multiple_of(2) {
                missing
            } else {
                new_id
            };
            Edit::InsertDuty {
                index: to,
                duty: Duty {
                    id,
                    title: text.clone(),
                    tasks: vec![Task {
                        id: task_id,
                        statement: text,
                    }],
                },
            }
        }
        Kind::SetDutyTitle => Edit::SetDutyTitle {
            id: existing(&ids.duties, d.a),
            title: text,
        },
        Kind::RemoveDuty => Edit::RemoveDuty(existing(&ids.duties, d.a)),
        Kind::MoveDuty => Edit::MoveDuty {
            id: existing(&ids.duties, d.a),
            to,
        },
        Kind::InsertTask => Edit::InsertTask {
            duty: pick(&ids.duties, d.b).unwrap_or(missing),
            index: to,
            task: Task {
                id: new_id,
                statement: text,
            },
        },
        Kind::SetTaskStatement => Edit::SetTaskStatement {
            id: existing(&ids.tasks, d.a),
            statement: text,
        },
        Kind::RemoveTask => Edit::RemoveTask(existing(&ids.tasks, d.a)),
        Kind::MoveTask => Edit::MoveTask {
            id: existing(&ids.tasks, d.a),
            duty: pick(&ids.duties, d.b).unwrap_or(missing),
            to,
        },
        Kind::InsertListItem => Edit::InsertListItem {
            list: ListKind::ALL[d.b as usize % 4],
            index: to,
            item: ListItem { id: new_id, text },
        },
        Kind::SetListItemText => Edit::SetListItemText {
            id: existing(&ids.items, d.a),
            text,
        },
        Kind::RemoveListItem => Edit::RemoveListItem(existing(&ids.items, d.a)),
        Kind::MoveListItem => Edit::MoveListItem {
            id: existing(&ids.items, d.a),
            to,
        },
        Kind::InsertAcronym => Edit::InsertAcronym {
            index: to,
            acronym: Acronym {
                id: new_id,
                ..Acronym::new(&text, "meaning")
            },
        },
        Kind::UpdateAcronym => Edit::UpdateAcronym(Acronym {
            id: existing(&ids.acronyms, d.a),
            ..Acronym::new("TERM", &text)
        }),
        Kind::RemoveAcronym => Edit::RemoveAcronym(existing(&ids.acronyms, d.a)),
        Kind::MoveAcronym => Edit::MoveAcronym {
            id: existing(&ids.acronyms, d.a),
            to,
        },
        Kind::SetPriorityFormula => Edit::SetPriorityFormula(if d.a.is_multiple_of(2) {
            PriorityFormula::ImportanceFrequency
        } else {
            PriorityFormula::ImportanceFrequencyDifficulty
        }),
        Kind::PutRating => {
            // An existing rating re-scored, or a new one of a task by a person.
            let rating = match s.verification.ratings.get(d.a as usize % 8) {
                Some(r) => r.clone(),
                None => Rating {
                    id: missing,
                    ..Rating::new(
                        pick(&ids.tasks, d.a).unwrap_or(missing),
                        pick(&ids.people, d.b).unwrap_or(missing),
                    )
                },
            };
            Edit::PutRating(Rating {
                importance: Some(score(d, d.c)),
                ..rating
            })
        }
        Kind::InsertRating => Edit::InsertRating {
            index: to,
            rating: Rating {
                id: new_id,
                importance: Some(score(d, d.c)),
                ..Rating::new(
                    pick(&ids.tasks, d.a).unwrap_or(missing),
                    pick(&ids.people, d.b).unwrap_or(missing),
                )
            },
        },
        Kind::RemoveRating => Edit::RemoveRating(existing(&ids.ratings, d.a)),
        Kind::InsertParticipant => Edit::InsertParticipant {
            index: to,
            participant: Participant {
                id: new_id,
                ..Participant::new(&text)
            },
        },
        Kind::UpdateParticipant => Edit::UpdateParticipant(Participant {
            id: existing(&ids.participants, d.a),
            ..Participant::new(&text)
        }),
        Kind::RemoveParticipant => Edit::RemoveParticipant(existing(&ids.participants, d.a)),
        Kind::MoveParticipant => Edit::MoveParticipant {
            id: existing(&ids.participants, d.a),
            to,
        },
        Kind::InsertDriver => Edit::InsertDriver {
            index: to,
            driver: Driver {
                id: new_id,
                ..Driver::new(Category::ALL[d.b as usize % 6], &text)
            },
        },
        Kind::UpdateDriver => Edit::UpdateDriver(Driver {
            id: existing(&ids.drivers, d.a),
            ..Driver::new(Category::ALL[d.b as usize % 6], &text)
        }),
        Kind::RemoveDriver => Edit::RemoveDriver(existing(&ids.drivers, d.a)),
        Kind::MoveDriver => Edit::MoveDriver {
            id: existing(&ids.drivers, d.a),
            to,
        },
        Kind::PutVote => {
            let driver = pick(&ids.drivers, d.a).unwrap_or(missing);
            let participant = pick(&ids.participants, d.b).unwrap_or(missing);
            let vote = match s.pestle.vote(driver, participant) {
                Some(v) => v.clone(),
                None => Vote {
                    id: missing,
                    ..Vote::new(driver, participant, 3, 3)
                },
            };
            Edit::PutVote(Vote {
                impact: score(d, d.c),
                ..vote
            })
        }
        Kind::InsertVote => Edit::InsertVote {
            index: to,
            vote: Vote {
                id: new_id,
                ..Vote::new(
                    pick(&ids.drivers, d.a).unwrap_or(missing),
                    pick(&ids.participants, d.b).unwrap_or(missing),
                    score(d, d.c),
                    3,
                )
            },
        },
        Kind::RemoveVote => Edit::RemoveVote(existing(&ids.votes, d.a)),
        Kind::InsertGroup => Edit::InsertGroup {
            index: to,
            group: DriverGroup {
                id: new_id,
                name: text,
                drivers: ids.drivers.iter().copied().take(d.b as usize % 3).collect(),
            },
        },
        Kind::UpdateGroup => Edit::UpdateGroup(DriverGroup {
            id: existing(&ids.groups, d.a),
            name: text,
            drivers: ids.drivers.iter().copied().take(d.b as usize % 3).collect(),
        }),
        Kind::RemoveGroup => Edit::RemoveGroup(existing(&ids.groups, d.a)),
        Kind::SetAxes => {
            let axis = |subject| Axis {
                subject,
                low_pole: text.clone(),
                high_pole: "High".to_owned(),
                rationale: String::new(),
            };
            Edit::SetAxes(Axes {
                horizontal: pick(&ids.drivers, d.a).map(|id| axis(AxisSubject::Driver(id))),
                vertical: pick(&ids.groups, d.b).map(|id| axis(AxisSubject::Group(id))),
            })
        }
        Kind::InsertScenario => Edit::InsertScenario {
            index: to,
            scenario: Scenario {
                id: new_id,
                links: links(&ids, d),
                ..Scenario::new(Quadrant::ALL[d.b as usize % 4], &text)
            },
        },
        Kind::UpdateScenario => {
            let id = existing(&ids.scenarios, d.a);
            let old = s.pestle.scenarios.iter().find(|x| x.id == id).cloned();
            Edit::UpdateScenario(Scenario {
                id,
                links: links(&ids, d),
                ..old.unwrap_or_else(|| Scenario::new(Quadrant::TopLeft, &text))
            })
        }
        Kind::RemoveScenario => Edit::RemoveScenario(existing(&ids.scenarios, d.a)),
        Kind::MergeDuplicate => {
            // Two elements of one kind that can be merged: duties, tasks, list
            // items or drivers; wrong: elements of different kinds.
            let lists = [&ids.duties, &ids.tasks, &ids.items, &ids.drivers];
            let list = lists[d.b as usize % 4];
            let keep = pick(list, d.a).unwrap_or(missing);
            let absorb = if d.wrong {
                pick(&ids.people, d.c).unwrap_or(missing)
            } else {
                pick(list, d.c).unwrap_or(missing)
            };
            Edit::MergeDuplicate { keep, absorb }
        }
        Kind::SetDistinct => Edit::SetDistinct {
            a: pick(&ids.all, d.a).unwrap_or(missing),
            b: pick(&ids.all, d.b).unwrap_or(missing),
            distinct: !d.c.is_multiple_of(3),
        },
        Kind::ResolveConflict => match pick_conflict(s, d) {
            // One of the recorded alternatives, or (wrong) a value of another kind.
            Some(c) if !d.wrong => Edit::ResolveConflict {
                element: c.element,
                field: c.field,
                value: c.alternatives[d.b as usize % c.alternatives.len()]
                    .value
                    .clone(),
            },
            Some(c) => Edit::ResolveConflict {
                element: c.element,
                field: c.field,
                value: d.value.clone(),
            },
            None => Edit::ResolveConflict {
                element: missing,
                field: d.field,
                value: d.value.clone(),
            },
        },
        Kind::ReopenDecision => match s.provenance.decisions.get(d.a as usize % 4) {
            Some(decision) if !d.wrong => Edit::ReopenDecision {
                element: decision.element,
                field: decision.field,
            },
            _ => Edit::ReopenDecision {
                element: missing,
                field: d.field,
            },
        },
        Kind::SetSources => Edit::SetSources {
            element: pick(&ids.all, d.a).unwrap_or(missing),
            sources: sources(s, d),
        },
        Kind::SetMergedInto => Edit::SetMergedInto {
            absorbed: missing,
            kept: (!d.b.is_multiple_of(3)).then(|| pick(&ids.all, d.a).unwrap_or(missing)),
        },
        Kind::InsertConflict => {
            // Wrong: a second conflict on a field that has one.
            let (element, field) = match pick_conflict(s, d) {
                Some(c) if d.wrong => (c.element, c.field),
                _ => (pick(&ids.all, d.a).unwrap_or(s.id), d.field),
            };
            Edit::InsertConflict {
                index: to,
                conflict: Conflict {
                    element,
                    field,
                    alternatives: alternatives(s, d),
                },
            }
        }
        Kind::RemoveConflict => match pick_conflict(s, d) {
            Some(c) if !d.wrong => Edit::RemoveConflict {
                element: c.element,
                field: c.field,
            },
            _ => Edit::RemoveConflict {
                element: missing,
                field: d.field,
            },
        },
        Kind::SetDecision => Edit::SetDecision {
            element: pick(&ids.all, d.a).unwrap_or(s.id),
            field: d.field,
            set_aside: (!d.b.is_multiple_of(3)).then(|| alternatives(s, d)),
        },
        Kind::SetVariants => Edit::SetVariants {
            element: pick(&ids.all, d.a).unwrap_or(s.id),
            field: d.field,
            variants: (!d.b.is_multiple_of(3)).then(|| alternatives(s, d)),
        },
        Kind::SetTranslation => {
            let slots: Vec<TextSlot> = s.text_slots().into_iter().map(|x| x.slot).collect();
            let slot = pick(&slots, d.a);
            let language = ["cs", "de-AT", "ro", "sl"][d.b as usize % 4];
            let translation = (!d.c.is_multiple_of(4)).then(|| {
                let source = slot.and_then(|x| s.source_text(x)).unwrap_or_default();
                let status = [Status::Draft, Status::Reviewed][d.c as usize % 2];
                Translation::of(source, text, status)
            });
            match slot {
                // Wrong: the working language, or a text that is not there.
                Some(slot) if d.wrong && d.b.is_multiple_of(2) => Edit::SetTranslation {
                    language: s.meta.language.clone(),
                    slot,
                    translation: Some(Translation::of("", "x", Status::Draft)),
                },
                Some(slot) if !d.wrong => Edit::SetTranslation {
                    language: language.to_owned(),
                    slot,
                    translation,
                },
                _ => Edit::SetTranslation {
                    language: language.to_owned(),
                    slot: TextSlot::TaskStatement(missing),
                    translation: Some(Translation::of("", "x", Status::Draft)),
                },
            }
        }
        Kind::InsertRound => {
            // Wrong: a round with the id of one the session has.
            let id = if d.wrong {
                pick(&ids.rounds, d.a).unwrap_or(missing)
            } else {
                new_id
            };
            let mut round = survey::Round::new(&text, survey::Mode::Survey, ids.tasks.clone());
            round.id = id;
            Edit::InsertRound {
                index: to,
                round: Box::new(round),
            }
        }
        Kind::UpdateRound => {
            let id = existing(&ids.rounds, d.a);
            let old = s.survey.round(id).cloned();
            let mut round =
                old.unwrap_or_else(|| survey::Round::new(&text, survey::Mode::Panel, Vec::new()));
            round.id = id;
            round.name.clone_from(&text);
            round.respondents.truncate(usize::from(d.b % 3));
            Edit::UpdateRound(Box::new(round))
        }
        Kind::RemoveRound => Edit::RemoveRound(existing(&ids.rounds, d.a)),
        Kind::Batch => Edit::Batch(parts.iter().map(|p| build(s, p, &[])).collect()),
    }
}

fn links(ids: &Ids, d: &Dice) -> Vec<Id> {
    let linkable: Vec<Id> = ids.tasks.iter().chain(&ids.items).copied().collect();
    (0..d.c % 3)
        .filter_map(|i| pick(&linkable, d.a.wrapping_add(i)))
        .collect()
}

fn pick_conflict<'a>(s: &'a Session, d: &Dice) -> Option<&'a Conflict> {
    let conflicts = &s.provenance.conflicts;
    (!conflicts.is_empty()).then(|| &conflicts[d.a as usize % conflicts.len()])
}

fn sources(s: &Session, d: &Dice) -> BTreeSet<Id> {
    let sources: Vec<Id> = s.provenance.sources.iter().map(|x| x.id).collect();
    (0..d.b % 3)
        .filter_map(|i| pick(&sources, d.c.wrapping_add(i)))
        .collect()
}

fn alternatives(s: &Session, d: &Dice) -> Vec<Alternative> {
    vec![Alternative {
        value: d.value.clone(),
        sources: sources(s, d),
        note: d.text.clone(),
    }]
}
