//! The provenance of a three-way merge: the conflict records of both sides and
//! the sources, element sources, merged ids, distinct pairs and decisions of
//! both, united.

use std::collections::HashSet;

use crate::id::Id;
use crate::provenance::{Conflict, Provenance};
use crate::session::Session;

/// Conflict records of both sides: kept unless one side dropped (resolved) a
/// record the base had.
pub(super) fn merge_records(base: &Session, ours: &Session, theirs: &Session) -> Vec<Conflict> {
    let find = |s: &Session, c: &Conflict| s.provenance.conflict(c.element, c.field).cloned();
    let mut out = Vec::new();
    for c in &ours.provenance.conflicts {
        match (find(base, c), find(theirs, c)) {
            (Some(b), None) if &b == c => {}
            (_, Some(t)) if &t != c => {
                let mut united = c.clone();
                for a in t.alternatives {
                    if !united.alternatives.iter().any(|x| x.value == a.value) {
                        united.alternatives.push(a);
                    }
                }
                out.push(united);
            }
            _ => out.push(c.clone()),
        }
    }
    for c in &theirs.provenance.conflicts {
        let resolved = find(base, c).is_some_and(|b| &b == c);
        if find(ours, c).is_none() && !resolved {
            out.push(c.clone());
        }
    }
    out
}

/// Provenance of both sides united, limited to the elements that remain.
pub(super) fn merge_provenance(
    ours: &Session,
    theirs: &Session,
    merged: &Session,
    conflicts: Vec<Conflict>,
) -> Provenance {
    let (o, t) = (&ours.provenance, &theirs.provenance);
    let mut provenance = o.clone();
    for source in &t.sources {
        if !provenance.sources.iter().any(|s| s.id == source.id) {
            provenance.sources.push(source.clone());
        }
    }
    provenance.sources.sort_by_key(|s| s.id);
    for (id, sources) in &t.elements {
        provenance
            .elements
            .entry(*id)
            .or_default()
            .extend(sources.iter().copied());
    }
    let present: HashSet<Id> = merged.element_ids().into_iter().collect();
    provenance.elements.retain(|id, _| present.contains(id));
    for (absorbed, kept) in &t.merged {
        provenance.merged.entry(*absorbed).or_insert(*kept);
    }
    provenance.distinct.extend(t.distinct.iter().copied());
    for decision in &t.decisions {
        match provenance
            .decisions
            .iter_mut()
            .find(|d| (d.element, d.field) == (decision.element, decision.field))
        {
            Some(ours) => {
                for a in &decision.set_aside {
                    if !ours.set_aside.iter().any(|x| x.value == a.value) {
                        ours.set_aside.push(a.clone());
                    }
                }
            }
            None => provenance.decisions.push(decision.clone()),
        }
    }
    provenance
        .decisions
        .retain(|d| present.contains(&d.element) || d.element == merged.id);
    provenance.decisions.sort_by_key(|d| (d.element, d.field));
    // Other wordings recorded on either side stay on record.
    let at: std::collections::HashMap<_, usize> = provenance
        .variants
        .iter()
        .enumerate()
        .map(|(i, v)| ((v.element, v.field), i))
        .collect();
    for written in &t.variants {
        match at
            .get(&(written.element, written.field))
            .and_then(|&i| provenance.variants.get_mut(i))
        {
            Some(ours) => {
                for a in &written.variants {
                    match ours.variants.iter_mut().find(|x| x.value == a.value) {
                        Some(x) => x.sources.extend(a.sources.iter().copied()),
                        None => ours.variants.push(a.clone()),
                    }
                }
            }
            None => provenance.variants.push(written.clone()),
        }
    }
    provenance
        .variants
        .retain(|v| present.contains(&v.element) || v.element == merged.id);
    provenance.variants.sort_by_key(|v| (v.element, v.field));
    provenance.conflicts = conflicts;
    provenance
}
