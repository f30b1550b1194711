//! Choosing a field's value among the values the sources give it, and keeping the
//! others as alternatives. The rule depends only on the values and the sets of
//! sources that hold them — never on the order of the inputs.

use std::collections::BTreeSet;

use super::text::normalise;
use crate::model::id::Id;
use crate::model::provenance::{Alternative, Value};

/// One value of a field with the sources that hold it.
#[derive(Clone, Debug)]
pub(crate) struct Contribution {
    pub value: Value,
    pub sources: BTreeSet<Id>,
    pub note: String,
}

impl Contribution {
    pub(crate) fn of(alternative: &Alternative) -> Self {
        Contribution {
            value: alternative.value.clone(),
            sources: alternative.sources.clone(),
            note: alternative.note.clone(),
        }
    }
}

/// Values that count as equal: texts equal after [`normalise`], others exactly.
#[derive(PartialEq)]
enum ClassKey {
    Text(String),
    Exact(Value),
}

fn class_key(value: &Value) -> ClassKey {
    match value {
        Value::Text(text) => ClassKey::Text(normalise(text)),
        other => ClassKey::Exact(other.clone()),
    }
}

struct Class {
    key: ClassKey,
    /// Distinct exact values in the class, with their sources.
    variants: Vec<Contribution>,
    sources: BTreeSet<Id>,
}

/// Whether `a` ranks before `b`: held by more sources, then by the
/// lexicographically smaller list of source ids.
fn ranks_before(a: &BTreeSet<Id>, b: &BTreeSet<Id>) -> std::cmp::Ordering {
    b.len().cmp(&a.len()).then_with(|| a.iter().cmp(b.iter()))
}

fn tie_break(a: &Value, b: &Value) -> std::cmp::Ordering {
    format!("{a:?}").cmp(&format!("{b:?}"))
}

/// The kept value and the alternatives.
///
/// Values equal after normalisation form one class. The kept class is the one
/// held by the most sources; a tie goes to the class whose sorted source ids
/// come first. Within the kept class the exact text is chosen the same way
/// (then by the text itself). Every other class becomes one alternative, with
/// all the sources of the class. `None` when there is no contribution.
pub(crate) fn choose(contributions: Vec<Contribution>) -> (Option<Value>, Vec<Alternative>) {
    // The usual case — every source says the same — needs no ranking.
    if let Some(first) = contributions.first()
        && contributions.iter().all(|c| c.value == first.value)
    {
        return (Some(first.value.clone()), Vec::new());
    }
    let mut ranked = ranked(contributions).into_iter();
    let kept = ranked.next().map(|class| class.value);
    (kept, ranked.collect())
}

/// A field some input had settled ([`Decision`](crate::model::Decision)s):
/// the kept value, the alternatives still in conflict, and the values set
/// aside.
///
/// A contribution whose value is one the coordinator set aside is not contested
/// again: its sources join the set-aside value. The exception is a value that
/// an input which settled the field holds now (two coordinators who decided
/// differently): that is contested as usual. `set_aside` holds the decisions'
/// values with their sources; `decided`, the values the settling inputs hold.
pub(crate) fn settle(
    contributions: Vec<Contribution>,
    set_aside: Vec<Contribution>,
    decided: &[Value],
) -> (Option<Value>, Vec<Alternative>, Vec<Alternative>) {
    if set_aside.is_empty() {
        let (kept, alternatives) = choose(contributions);
        return (kept, alternatives, Vec::new());
    }
    let aside: Vec<ClassKey> = set_aside.iter().map(|c| class_key(&c.value)).collect();
    let decided: Vec<ClassKey> = decided.iter().map(class_key).collect();
    let (absorbed, contested): (Vec<_>, Vec<_>) = contributions.into_iter().partition(|c| {
        let key = class_key(&c.value);
        aside.contains(&key) && !decided.contains(&key)
    });
    let (kept, alternatives) = choose(contested);
    let kept_key = kept.as_ref().map(class_key);
    let set_aside = ranked(set_aside.into_iter().chain(absorbed).collect())
        .into_iter()
        .filter(|class| Some(class_key(&class.value)) != kept_key)
        .collect();
    (kept, alternatives, set_aside)
}

/// The values a choice of `chosen` sets aside: every class of the
/// contributions but `chosen`'s, best first, with all its sources.
pub(crate) fn set_aside_except(
    contributions: Vec<Contribution>,
    chosen: &Value,
) -> Vec<Alternative> {
    let chosen = class_key(chosen);
    ranked(contributions)
        .into_iter()
        .filter(|class| class_key(&class.value) != chosen)
        .collect()
}

/// Every class of values, best first (see [`choose`]): its best exact value,
/// with all the sources of the class.
fn ranked(contributions: Vec<Contribution>) -> Vec<Alternative> {
    let mut classes: Vec<Class> = Vec::new();
    for c in contributions {
        let key = class_key(&c.value);
        let class = match classes.iter_mut().position(|k| k.key == key) {
            Some(i) => &mut classes[i],
            None => {
                classes.push(Class {
                    key,
                    variants: Vec::new(),
                    sources: BTreeSet::new(),
                });
                let last = classes.len() - 1;
                &mut classes[last]
            }
        };
        class.sources.extend(c.sources.iter().copied());
        match class.variants.iter_mut().find(|v| v.value == c.value) {
            Some(variant) => {
                variant.sources.extend(c.sources);
                if variant.note.is_empty() || (!c.note.is_empty() && c.note < variant.note) {
                    variant.note = c.note;
                }
            }
            None => class.variants.push(c),
        }
    }
    for class in &mut classes {
        class.variants.sort_by(|a, b| {
            ranks_before(&a.sources, &b.sources).then_with(|| tie_break(&a.value, &b.value))
        });
    }
    classes.sort_by(|a, b| {
        ranks_before(&a.sources, &b.sources)
            .then_with(|| tie_break(&a.variants[0].value, &b.variants[0].value))
    });
    classes
        .into_iter()
        .filter_map(|class| {
            let sources = class.sources;
            class.variants.into_iter().next().map(|best| Alternative {
                value: best.value,
                sources,
                note: best.note,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(text: &str, sources: &[u128]) -> Contribution {
        Contribution {
            value: Value::Text(text.to_owned()),
            sources: sources.iter().map(|&s| Id::from_u128(s)).collect(),
            note: String::new(),
        }
    }

    #[test]
    fn the_value_most_sources_hold_is_kept() {
        let (kept, alternatives) = choose(vec![
            c("Inspect cells", &[1]),
            c("Search cells", &[2]),
            c("search  cells", &[3]),
        ]);
        assert_eq!(kept, Some(Value::Text("Search cells".into())));
        assert_eq!(alternatives.len(), 1);
        assert_eq!(alternatives[0].value, Value::Text("Inspect cells".into()));
    }

    #[test]
    fn a_value_set_aside_is_not_contested_again_and_gains_its_new_sources() {
        let text = |t: &str| Value::Text(t.to_owned());
        // The coordinator kept "Patrol the perimeter fence" for 1, 2 and 3 and
        // set aside CZ's (4) "wall"; CZ's file comes again, and a new partner
        // (5) also writes "wall".
        let (kept, alternatives, set_aside) = settle(
            vec![
                c("Patrol the perimeter fence", &[1, 2, 3, 4]),
                c("Patrol the perimeter wall", &[4]),
                c("patrol the perimeter WALL", &[5]),
            ],
            vec![c("Patrol the perimeter wall", &[4])],
            &[text("Patrol the perimeter fence")],
        );
        assert_eq!(kept, Some(text("Patrol the perimeter fence")));
        assert_eq!(alternatives, []);
        assert_eq!(set_aside.len(), 1);
        assert_eq!(set_aside[0].value, text("Patrol the perimeter wall"));
        let sources: Vec<Id> = set_aside[0].sources.iter().copied().collect();
        assert_eq!(sources, [Id::from_u128(4), Id::from_u128(5)]);

        // A third wording is a new conflict.
        let (_, alternatives, _) = settle(
            vec![
                c("Patrol the perimeter fence", &[1, 2, 3, 4]),
                c("Walk the fence line", &[6]),
            ],
            vec![c("Patrol the perimeter wall", &[4])],
            &[text("Patrol the perimeter fence")],
        );
        assert_eq!(alternatives.len(), 1);
        assert_eq!(alternatives[0].value, text("Walk the fence line"));
    }

    #[test]
    fn two_coordinators_who_decided_differently_are_a_conflict() {
        let text = |t: &str| Value::Text(t.to_owned());
        let (kept, alternatives, set_aside) = settle(
            vec![c("Fence", &[1, 2]), c("Wall", &[3, 4, 5])],
            vec![c("Wall", &[3]), c("Fence", &[4])],
            &[text("Fence"), text("Wall")],
        );
        assert_eq!(kept, Some(text("Wall")));
        assert_eq!(alternatives.len(), 1, "the other decision is open again");
        assert_eq!(alternatives[0].value, text("Fence"));
        assert_eq!(set_aside.len(), 1, "the kept value is not set aside");
        assert_eq!(set_aside[0].value, text("Fence"));
    }

    #[test]
    fn a_tie_goes_to_the_smallest_source_whatever_the_order() {
        let a = choose(vec![c("B", &[2]), c("A", &[1])]);
        let b = choose(vec![c("A", &[1]), c("B", &[2])]);
        assert_eq!(a, b);
        assert_eq!(a.0, Some(Value::Text("A".into())));
    }
}
