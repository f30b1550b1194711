//! The n-way merge itself: collect every element of every input, cluster each
//! kind, rename references to merged elements, resolve each field, and lay the
//! result out in the order of the first input, then the new elements of the next.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::cluster::Resolved;
use super::cluster::{Entry, cluster, resolve};
use super::element::{Element, Kind, PlacedItem, PlacedTask};
use super::id_map::IdMap;
use super::resolve::{Contribution, settle};
use super::sources::{consolidated_id, consolidated_meta, source_of};
use crate::chart::{Chart, Duty};
use crate::id::Id;
use crate::pestle::Pestle;
use crate::provenance::{
    Alternative, Conflict, Decision, Field, Provenance, SourceSession, Value, Variants, ordered,
};
use crate::session::Session;
use crate::verification::{PriorityFormula, Verification};

/// What the merge counted, for the report.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Counts {
    /// Elements merged into another by the same normalised text, per kind.
    pub text_merges: BTreeMap<Kind, usize>,
}

/// One input as the merge reads it.
struct Input<'a> {
    session: &'a Session,
    index: usize,
    /// Kept id → the ids recorded as merged into it.
    aliases: IdMap<Vec<Id>>,
    conflicts: IdMap<Vec<&'a Conflict>>,
    decisions: IdMap<Vec<&'a Decision>>,
    variants: IdMap<Vec<&'a Variants>>,
    /// Whether some element has no recorded sources and so counts as the
    /// input's own (a consolidated session edited after its merge).
    uses_itself: std::cell::Cell<bool>,
}

impl<'a> Input<'a> {
    fn new(session: &'a Session, index: usize) -> Self {
        let provenance = &session.provenance;
        let mut aliases: IdMap<Vec<Id>> = IdMap::default();
        for &absorbed in provenance.merged.keys() {
            aliases
                .entry(provenance.current_id(absorbed))
                .or_default()
                .push(absorbed);
        }
        let mut conflicts: IdMap<Vec<&Conflict>> = IdMap::default();
        for conflict in &provenance.conflicts {
            conflicts
                .entry(conflict.element)
                .or_default()
                .push(conflict);
        }
        let mut decisions: IdMap<Vec<&Decision>> = IdMap::default();
        for decision in &provenance.decisions {
            decisions
                .entry(decision.element)
                .or_default()
                .push(decision);
        }
        let mut variants: IdMap<Vec<&Variants>> = IdMap::default();
        for written in &provenance.variants {
            variants.entry(written.element).or_default().push(written);
        }
        Input {
            session,
            index,
            aliases,
            conflicts,
            decisions,
            variants,
            uses_itself: std::cell::Cell::new(false),
        }
    }

    fn is_consolidated(&self) -> bool {
        !self.session.provenance.sources.is_empty()
    }

    /// The sources an element speaks for, sorted.
    fn sources_of(&self, id: Id) -> Cow<'a, [Id]> {
        if self.is_consolidated()
            && let Some(sources) = self.session.provenance.elements.get(&id)
            && !sources.is_empty()
        {
            return Cow::Owned(sources.iter().copied().collect());
        }
        self.uses_itself.set(true);
        Cow::Borrowed(std::slice::from_ref(&self.session.id))
    }

    fn entries<T: Element>(&self, items: Vec<T>) -> Vec<Entry<'a, T>> {
        items
            .into_iter()
            .enumerate()
            .map(|(position, item)| {
                let id = item.id();
                let aliases = match self.aliases.get(&id) {
                    Some(aliases) => aliases.iter().copied().filter(|&a| a != id).collect(),
                    None => Vec::new(),
                };
                Entry {
                    sources: self.sources_of(id),
                    id,
                    aliases,
                    order: (self.index, position),
                    conflicts: self.conflicts.get(&id).cloned().unwrap_or_default(),
                    decisions: self.decisions.get(&id).cloned().unwrap_or_default(),
                    variants: self.variants.get(&id).cloned().unwrap_or_default(),
                    item,
                }
            })
            .collect()
    }
}

/// Provenance as it is gathered: turned into maps once, at the end, which is
/// much faster than inserting into them one element at a time.
#[derive(Default)]
struct Recorded {
    elements: Vec<(Id, BTreeSet<Id>)>,
    merged: Vec<(Id, Id)>,
    conflicts: Vec<Conflict>,
    decisions: Vec<Decision>,
    variants: Vec<Variants>,
}

/// All inputs' elements of one kind, clustered.
struct KindMerge<'a, T> {
    entries: Vec<Entry<'a, T>>,
    clusters: Vec<super::cluster::Cluster<'a>>,
}

impl<'a, T: Element> KindMerge<'a, T> {
    fn new(
        inputs: &[Input<'a>],
        extract: impl Fn(&Session) -> Vec<T>,
        distinct: &HashSet<(Id, Id)>,
        names: &mut IdMap<Id>,
        counts: &mut Counts,
    ) -> Self {
        let entries: Vec<Entry<T>> = inputs
            .iter()
            .flat_map(|input| input.entries(extract(input.session)))
            .collect();
        let clusters = cluster(&entries, distinct);
        let mut merges = 0;
        for c in &clusters {
            merges += c.text_merges;
            for &member in c.members() {
                if member != c.kept {
                    names.insert(member, c.kept);
                }
            }
        }
        if merges > 0 {
            counts.text_merges.insert(T::KIND, merges);
        }
        KindMerge { entries, clusters }
    }

    /// The result's elements in layout order, recording provenance and conflicts.
    fn resolve(&self, map: &dyn Fn(Id) -> Id, provenance: &mut Recorded) -> Vec<T> {
        let mut items = Vec::with_capacity(self.clusters.len());
        for c in &self.clusters {
            let refs: Vec<&Entry<T>> = c.entries.iter().map(|i| &self.entries[i]).collect();
            let Some(Resolved {
                mut item,
                conflicts,
                decisions,
                variants,
            }) = resolve(&refs, map)
            else {
                continue;
            };
            item.set_id(c.kept);
            provenance
                .elements
                .push((c.kept, c.sources.iter().copied().collect()));
            for &member in c.members() {
                if member != c.kept {
                    provenance.merged.push((member, c.kept));
                }
            }
            provenance
                .conflicts
                .extend(conflicts.into_iter().map(|(field, alternatives)| Conflict {
                    element: c.kept,
                    field,
                    alternatives,
                }));
            provenance
                .decisions
                .extend(decisions.into_iter().map(|(field, set_aside)| Decision {
                    element: c.kept,
                    field,
                    set_aside,
                }));
            provenance
                .variants
                .extend(variants.into_iter().map(|(field, variants)| Variants {
                    element: c.kept,
                    field,
                    variants,
                }));
            items.push(item);
        }
        items
    }
}

/// Duties without their tasks (tasks are merged on their own).
pub(crate) fn bare_duties(session: &Session) -> Vec<Duty> {
    let duties = &session.chart.duties;
    duties
        .iter()
        .map(|d| Duty {
            id: d.id,
            title: d.title.clone(),
            tasks: Vec::new(),
        })
        .collect()
}

pub(crate) fn placed_tasks(session: &Session) -> Vec<PlacedTask> {
    let duties = &session.chart.duties;
    duties
        .iter()
        .flat_map(|d| {
            d.tasks.iter().map(|t| PlacedTask {
                task: t.clone(),
                duty: d.id,
            })
        })
        .collect()
}

pub(crate) fn placed_items(session: &Session) -> Vec<PlacedItem> {
    crate::chart::ListKind::ALL
        .into_iter()
        .flat_map(|list| {
            session.chart.list(list).iter().map(move |item| PlacedItem {
                item: item.clone(),
                list,
            })
        })
        .collect()
}

/// Merges sessions: see the module documentation of [`super`].
pub(crate) fn merge_sessions(sessions: &[Session]) -> (Session, Counts) {
    let inputs: Vec<Input> = sessions
        .iter()
        .enumerate()
        .map(|(i, s)| Input::new(s, i))
        .collect();
    let mut names: IdMap<Id> = IdMap::default();
    let mut counts = Counts::default();
    let distinct: HashSet<(Id, Id)> = sessions
        .iter()
        .flat_map(|s| s.provenance.distinct.iter().copied())
        .collect();
    let d = &distinct;
    let (n, c) = (&mut names, &mut counts);
    let people = KindMerge::new(&inputs, |s| s.people.clone(), d, n, c);
    let duties = KindMerge::new(&inputs, bare_duties, d, n, c);
    let tasks = KindMerge::new(&inputs, placed_tasks, d, n, c);
    let items = KindMerge::new(&inputs, placed_items, d, n, c);
    let acronyms = KindMerge::new(&inputs, |s| s.chart.acronyms.clone(), d, n, c);
    let ratings = KindMerge::new(&inputs, |s| s.verification.ratings.clone(), d, n, c);
    let participants = KindMerge::new(&inputs, |s| s.pestle.participants.clone(), d, n, c);
    let drivers = KindMerge::new(&inputs, |s| s.pestle.drivers.clone(), d, n, c);
    let votes = KindMerge::new(&inputs, |s| s.pestle.votes.clone(), d, n, c);
    let groups = KindMerge::new(&inputs, |s| s.pestle.groups.clone(), d, n, c);
    let scenarios = KindMerge::new(&inputs, |s| s.pestle.scenarios.clone(), d, n, c);
    let map = |id: Id| names.get(&id).copied().unwrap_or(id);

    let mut provenance = Recorded::default();
    let people = people.resolve(&map, &mut provenance);
    let mut duties = duties.resolve(&map, &mut provenance);
    place_tasks(&mut duties, tasks.resolve(&map, &mut provenance));
    let mut chart = Chart {
        duties,
        acronyms: acronyms.resolve(&map, &mut provenance),
        ..Chart::default()
    };
    for placed in items.resolve(&map, &mut provenance) {
        chart.list_mut(placed.list).push(placed.item);
    }
    let ratings = ratings.resolve(&map, &mut provenance);
    let mut pestle = Pestle {
        participants: participants.resolve(&map, &mut provenance),
        drivers: drivers.resolve(&map, &mut provenance),
        votes: votes.resolve(&map, &mut provenance),
        groups: groups.resolve(&map, &mut provenance),
        scenarios: scenarios.resolve(&map, &mut provenance),
        ..Pestle::default()
    };

    let Recorded {
        elements,
        merged,
        conflicts,
        decisions,
        variants,
    } = provenance;
    let mut provenance = Provenance {
        sources: sources(&inputs),
        elements: elements.into_iter().collect(),
        merged: merged.into_iter().collect(),
        conflicts,
        distinct: BTreeSet::default(),
        decisions,
        variants,
    };
    let id = consolidated_id(&provenance.sources);
    let mut verification = Verification {
        ratings,
        ..Verification::default()
    };
    let formula = session_field(&inputs, Field::PriorityFormula, &map, |s| {
        let chosen = !s.verification.ratings.is_empty()
            || s.verification.priority != PriorityFormula::default();
        chosen.then_some(Value::Formula(s.verification.priority))
    });
    if let Some(SessionField {
        kept: Value::Formula(formula),
        ..
    }) = &formula
    {
        verification.priority = *formula;
    }
    let axes = session_field(&inputs, Field::Axes, &map, |s| {
        let axes = &s.pestle.axes;
        (axes.horizontal.is_some() || axes.vertical.is_some())
            .then(|| Value::Axes(Box::new(axes.clone())))
    });
    if let Some(SessionField {
        kept: Value::Axes(axes),
        ..
    }) = &axes
    {
        pestle.axes = (**axes).clone();
    }
    for (field, found) in [(Field::PriorityFormula, formula), (Field::Axes, axes)] {
        let Some(found) = found else { continue };
        if !found.alternatives.is_empty() {
            provenance.conflicts.push(Conflict {
                element: id,
                field,
                alternatives: found.alternatives,
            });
        }
        if !found.set_aside.is_empty() {
            provenance.decisions.push(Decision {
                element: id,
                field,
                set_aside: found.set_aside,
            });
        }
    }
    provenance.conflicts.sort_by_key(|c| (c.element, c.field));
    provenance.decisions.sort_by_key(|d| (d.element, d.field));
    provenance.variants.sort_by_key(|v| (v.element, v.field));
    provenance.distinct = distinct
        .iter()
        .map(|&(a, b)| ordered(map(a), map(b)))
        .filter(|(a, b)| a != b)
        .collect();
    let session = Session {
        id,
        meta: consolidated_meta(&provenance.sources),
        people,
        chart,
        pestle,
        verification,
        survey: super::survey::merged_survey(sessions, &map),
        provenance,
        translations: crate::translation::Translations::default(),
    };
    (session, counts)
}

/// Puts each task into the duty its `TaskDuty` field names, in layout order. A
/// task whose duty is missing (only possible in a hand-edited input) goes to the
/// first duty, or to a new "Unplaced tasks" duty, so it is never dropped.
pub(crate) fn place_tasks(duties: &mut Vec<Duty>, tasks: Vec<PlacedTask>) {
    let index: HashMap<Id, usize> = duties.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
    for placed in tasks {
        let slot = match index.get(&placed.duty) {
            Some(&i) => i,
            None => {
                if duties.is_empty() {
                    duties.push(Duty::new("Unplaced tasks"));
                }
                0
            }
        };
        duties[slot].tasks.push(placed.task);
    }
}

/// A session-level field (priority formula, axes): each input's value with the
/// sources it speaks for, the alternatives it recorded and the values it set
/// aside; the result's value, alternatives and set-aside values.
fn session_field(
    inputs: &[Input],
    field: Field,
    map: &dyn Fn(Id) -> Id,
    value: impl Fn(&Session) -> Option<Value>,
) -> Option<SessionField> {
    let mut contributions = Vec::new();
    let mut set_aside = Vec::new();
    let mut decided = Vec::new();
    let contribution = |a: &Alternative| Contribution {
        value: a.value.clone().remapped(&map),
        sources: a.sources.clone(),
        note: a.note.clone(),
    };
    for input in inputs {
        let session = input.session;
        let recorded = input.conflicts.get(&session.id);
        let alternatives = recorded
            .into_iter()
            .flatten()
            .filter(|c| c.field == field)
            .flat_map(|c| c.alternatives.iter());
        let mut own: BTreeSet<Id> = if input.is_consolidated() {
            session.provenance.sources.iter().map(|s| s.id).collect()
        } else {
            BTreeSet::from([session.id])
        };
        for alternative in alternatives.clone() {
            contributions.push(contribution(alternative));
            for source in &alternative.sources {
                own.remove(source);
            }
        }
        let value = value(session).map(|v| v.remapped(&map));
        let settled = input.decisions.get(&session.id).into_iter().flatten();
        for decision in settled.filter(|d| d.field == field) {
            decided.extend(value.clone());
            set_aside.extend(decision.set_aside.iter().map(contribution));
        }
        if let Some(v) = value.filter(|_| !own.is_empty()) {
            contributions.push(Contribution {
                value: v,
                sources: own,
                note: String::new(),
            });
        }
    }
    // Formula and axes are not text: they have no other wordings.
    let settled = settle(contributions, set_aside, &decided);
    let (alternatives, set_aside) = (settled.alternatives, settled.set_aside);
    settled.kept.map(|kept| SessionField {
        kept,
        alternatives,
        set_aside,
    })
}

struct SessionField {
    kept: Value,
    alternatives: Vec<Alternative>,
    set_aside: Vec<Alternative>,
}

/// Every source of every input, one entry per id, sorted by id.
fn sources(inputs: &[Input]) -> Vec<SourceSession> {
    let mut found: BTreeMap<Id, Vec<SourceSession>> = BTreeMap::new();
    for input in inputs {
        let session = input.session;
        if input.is_consolidated() {
            for source in &session.provenance.sources {
                found.entry(source.id).or_default().push(source.clone());
            }
        }
        if !input.is_consolidated() || input.uses_itself.get() {
            found
                .entry(session.id)
                .or_default()
                .push(source_of(session));
        }
    }
    found
        .into_values()
        .filter_map(|mut candidates| {
            // The same session twice with different details: pick one by content,
            // never by input order.
            candidates.sort_by_cached_key(|s| format!("{s:?}"));
            candidates.into_iter().next()
        })
        .collect()
}
