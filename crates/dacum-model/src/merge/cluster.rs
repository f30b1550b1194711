//! Grouping the elements of one kind from every input into the elements of the
//! result: first by identity (the same id, or an id recorded as merged into it),
//! then by the same normalised text. Two elements of the same input are never
//! merged by text (a partner who wrote a statement twice meant two cards), nor
//! are elements the coordinator declared distinct.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};

use super::element::Element;
use super::id_map::IdMap;
use super::resolve::{Contribution, settle};
use crate::id::Id;
use crate::provenance::{Alternative, Conflict, Decision, Field, Value, Variants};

/// One element of one input, as the merge sees it.
pub(crate) struct Entry<'a, T> {
    pub item: T,
    /// Its own id.
    pub id: Id,
    /// The ids its input recorded as merged into it.
    pub aliases: Vec<Id>,
    /// The sources that hold this element in its input, sorted.
    pub sources: Cow<'a, [Id]>,
    /// (input index, position in that input): the layout of the result.
    pub order: (usize, usize),
    /// Conflicts its input recorded on it.
    pub conflicts: Vec<&'a Conflict>,
    /// Conflicts its input settled on it.
    pub decisions: Vec<&'a Decision>,
    /// Other wordings its input recorded for its fields.
    pub variants: Vec<&'a Variants>,
}

impl<T> Entry<'_, T> {
    fn members(&self) -> impl Iterator<Item = Id> + '_ {
        std::iter::once(self.id).chain(self.aliases.iter().copied())
    }
}

/// An element of the result: the entries it unites. Built without allocating
/// for the common element that only one input holds under one id.
pub(crate) struct Cluster<'a> {
    /// Its entries, the first in layout order first.
    pub entries: Entries,
    /// Every id of its entries, sorted; empty when that is just `kept`.
    members: Vec<Id>,
    /// Every source of its entries, sorted.
    pub sources: Cow<'a, [Id]>,
    /// The smallest member id: the id the element has in the result.
    pub kept: Id,
    pub order: (usize, usize),
    /// How many elements with other ids were merged in by text.
    pub text_merges: usize,
}

/// Entry indexes: the first, then any others.
pub(crate) struct Entries {
    first: usize,
    more: Vec<usize>,
}

impl Entries {
    pub(crate) fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.first).chain(self.more.iter().copied())
    }
}

impl Cluster<'_> {
    /// Every id that names this element in some input.
    pub(crate) fn members(&self) -> &[Id] {
        if self.members.is_empty() {
            std::slice::from_ref(&self.kept)
        } else {
            &self.members
        }
    }

    fn absorb(&mut self, other: Cluster<'_>) {
        let mut members = self.members().to_vec();
        unite_sorted(&mut members, other.members());
        self.members = members;
        self.entries.more.push(other.entries.first);
        self.entries.more.extend(other.entries.more);
        if !other
            .sources
            .iter()
            .all(|s| self.sources.binary_search(s).is_ok())
        {
            unite_sorted(self.sources.to_mut(), &other.sources);
        }
        self.kept = self.kept.min(other.kept);
        self.order = self.order.min(other.order);
    }
}

/// Adds the ids of `more` to the sorted, repeat-free `ids`.
pub(crate) fn unite_sorted(ids: &mut Vec<Id>, more: &[Id]) {
    if more.iter().all(|id| ids.binary_search(id).is_ok()) {
        return;
    }
    ids.extend_from_slice(more);
    ids.sort_unstable();
    ids.dedup();
}

/// Whether two sorted id lists have no id in common.
fn disjoint_sorted(a: &[Id], b: &[Id]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return false,
        }
    }
    true
}

/// Groups entries into clusters, ordered by the layout of the result.
pub(crate) fn cluster<'a, T: Element>(
    entries: &[Entry<'a, T>],
    distinct: &HashSet<(Id, Id)>,
) -> Vec<Cluster<'a>> {
    let mut entities = by_identity(entries);
    if !T::KEYED {
        // Nothing to merge by text (people, ratings, votes …): entities are final.
        entities.sort_by_key(|c| c.order);
        return entities;
    }
    // Text merging visits entities by their smallest id, so the result does not
    // depend on the order of the inputs.
    entities.sort_by_key(|c| c.kept);
    let mut clusters: Vec<Cluster> = Vec::with_capacity(entities.len());
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    for entity in entities {
        let first = &entries[entity.entries.first].item;
        let first_key = first.key();
        let plain = entity.entries.iter().all(|i| {
            entries[i].conflicts.is_empty()
                && (entries[i].item == *first || entries[i].item.key() == first_key)
        });
        let key = if plain {
            // Every entry has the same key, so whichever value wins has it too.
            first_key
        } else {
            let refs: Vec<&Entry<T>> = entity.entries.iter().map(|i| &entries[i]).collect();
            resolve(&refs, &|id| id).and_then(|r| r.item.key())
        };
        let Some(key) = key else {
            clusters.push(entity);
            continue;
        };
        let candidates = by_key.entry(key).or_default();
        let joinable = candidates.iter().copied().find(|&c| {
            let cluster = &clusters[c];
            let declared_distinct = !distinct.is_empty()
                && cluster.members().iter().any(|&a| {
                    entity
                        .members()
                        .iter()
                        .any(|&b| distinct.contains(&ordered(a, b)))
                });
            disjoint_sorted(&cluster.sources, &entity.sources) && !declared_distinct
        });
        match joinable {
            Some(c) => {
                let merges = 1 + entity.text_merges;
                clusters[c].absorb(entity);
                clusters[c].text_merges += merges;
            }
            None => {
                candidates.push(clusters.len());
                clusters.push(entity);
            }
        }
    }
    for cluster in &mut clusters {
        sort_entries(cluster, entries);
    }
    clusters.sort_by_key(|c| c.order);
    clusters
}

/// Puts a cluster's entries in layout order.
fn sort_entries<T>(cluster: &mut Cluster<'_>, entries: &[Entry<'_, T>]) {
    if cluster.entries.more.is_empty() {
        return;
    }
    let mut all: Vec<usize> = cluster.entries.iter().collect();
    all.sort_by_key(|&i| entries[i].order);
    cluster.entries = Entries {
        first: all[0],
        more: all[1..].to_vec(),
    };
}

fn ordered(a: Id, b: Id) -> (Id, Id) {
    if a <= b { (a, b) } else { (b, a) }
}

/// Entries that share an id, in the order of their first entry.
fn by_identity<'a, T>(entries: &[Entry<'a, T>]) -> Vec<Cluster<'a>> {
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut parent: Vec<usize> = (0..entries.len()).collect();
    let mut seen: IdMap<usize> =
        IdMap::with_capacity_and_hasher(entries.len(), foldhash::fast::RandomState::default());
    let mut shared = false;
    for (i, entry) in entries.iter().enumerate() {
        for member in entry.members() {
            match seen.get(&member) {
                Some(&j) => {
                    shared = true;
                    let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                    parent[a.max(b)] = a.min(b);
                }
                None => {
                    seen.insert(member, i);
                }
            }
        }
    }
    let single = |i: usize, entry: &Entry<'a, T>| {
        let mut members = Vec::new();
        if !entry.aliases.is_empty() {
            members = entry.members().collect();
            members.sort_unstable();
            members.dedup();
        }
        Cluster {
            entries: Entries {
                first: i,
                more: Vec::new(),
            },
            kept: members.first().copied().unwrap_or(entry.id),
            members,
            sources: entry.sources.clone(),
            order: entry.order,
            text_merges: 0,
        }
    };
    if !shared {
        return entries
            .iter()
            .enumerate()
            .map(|(i, e)| single(i, e))
            .collect();
    }
    // A group's root is its first entry, so the groups come out in layout order.
    let mut groups: Vec<Cluster> = Vec::with_capacity(entries.len());
    let mut index_of_root: Vec<usize> = vec![usize::MAX; entries.len()];
    for (i, entry) in entries.iter().enumerate() {
        let r = root(&mut parent, i);
        match groups.get_mut(index_of_root[r]) {
            Some(group) => {
                group.absorb(single(i, entry));
            }
            None => {
                index_of_root[r] = groups.len();
                groups.push(single(i, entry));
            }
        }
    }
    for group in &mut groups {
        sort_entries(group, entries);
    }
    groups
}

/// A resolved element, the alternatives of its conflicting fields, the
/// values set aside on its settled fields, and the other wordings of its
/// fields' values.
pub(crate) struct Resolved<T> {
    pub item: T,
    pub conflicts: Vec<(Field, Vec<Alternative>)>,
    pub decisions: Vec<(Field, Vec<Alternative>)>,
    pub variants: Vec<(Field, Vec<Alternative>)>,
}

/// The element a group of entries (sorted by layout) becomes, its conflicts and
/// decisions. `map` renames references to merged elements. `None` for no
/// entries.
pub(crate) fn resolve<T: Element>(
    entries: &[&Entry<'_, T>],
    map: &dyn Fn(Id) -> Id,
) -> Option<Resolved<T>> {
    let first = entries.first()?;
    let mut item = first.item.clone();
    item.remap_lists(map);
    let unanimous = entries.iter().all(|e| {
        e.conflicts.is_empty()
            && e.decisions.is_empty()
            && e.variants.is_empty()
            && e.item == first.item
    });
    if unanimous {
        item.remap_refs(map);
        return Some(Resolved {
            item,
            conflicts: Vec::new(),
            decisions: Vec::new(),
            variants: Vec::new(),
        });
    }
    for entry in &entries[1..] {
        let mut other = entry.item.clone();
        other.remap_lists(map);
        item.unite(&other);
    }
    let mut fields = item.fields();
    let presence = entries
        .iter()
        .any(|e| e.conflicts.iter().any(|c| c.field == Field::Presence));
    if presence {
        fields.push((Field::Presence, Value::Present));
    }
    let values: Vec<Vec<(Field, Value)>> = entries.iter().map(|e| e.item.fields()).collect();
    let mut conflicts = Vec::new();
    let mut decisions = Vec::new();
    let mut variants = Vec::new();
    for (field, _) in fields {
        let mut contributions = Vec::new();
        let mut set_aside = Vec::new();
        let mut decided = Vec::new();
        for (entry, values) in entries.iter().zip(&values) {
            let alternatives: Vec<&Alternative> = entry
                .conflicts
                .iter()
                .filter(|c| c.field == field)
                .flat_map(|c| c.alternatives.iter())
                .collect();
            let mut own: BTreeSet<Id> = entry.sources.iter().copied().collect();
            for alternative in &alternatives {
                for source in &alternative.sources {
                    own.remove(source);
                }
            }
            let value = match values.iter().find(|(f, _)| *f == field) {
                Some((_, value)) => value.clone(),
                None => Value::Present,
            };
            let settled = entry.decisions.iter().filter(|d| d.field == field);
            for decision in settled {
                decided.push(value.clone().remapped(&map));
                set_aside.extend(decision.set_aside.iter().map(|a| Contribution {
                    value: a.value.clone().remapped(&map),
                    sources: a.sources.clone(),
                    note: a.note.clone(),
                }));
            }
            if !own.is_empty() {
                contributions.push(Contribution {
                    value: value.remapped(&map),
                    sources: own,
                    note: String::new(),
                });
            }
            // Other wordings recorded earlier are wordings like any other: they
            // stay variants, or stand for their class if plainer.
            let written = entry.variants.iter().filter(|v| v.field == field);
            contributions.extend(
                alternatives
                    .into_iter()
                    .chain(written.flat_map(|v| v.variants.iter()))
                    .map(|a| Contribution {
                        value: a.value.clone().remapped(&map),
                        sources: a.sources.clone(),
                        note: a.note.clone(),
                    }),
            );
        }
        let settled = settle(contributions, set_aside, &decided);
        if let Some(kept) = settled.kept {
            item.set(field, kept);
        }
        if !settled.alternatives.is_empty() {
            conflicts.push((field, settled.alternatives));
        }
        if !settled.set_aside.is_empty() {
            decisions.push((field, settled.set_aside));
        }
        if !settled.variants.is_empty() {
            variants.push((field, settled.variants));
        }
    }
    Some(Resolved {
        item,
        conflicts,
        decisions,
        variants,
    })
}
