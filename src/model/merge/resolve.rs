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
    let mut classes = classes.into_iter();
    let Some(kept) = classes.next() else {
        return (None, Vec::new());
    };
    let alternatives = classes
        .filter_map(|class| {
            let sources = class.sources;
            class.variants.into_iter().next().map(|best| Alternative {
                value: best.value,
                sources,
                note: best.note,
            })
        })
        .collect();
    (
        kept.variants.into_iter().next().map(|v| v.value),
        alternatives,
    )
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
    fn a_tie_goes_to_the_smallest_source_whatever_the_order() {
        let a = choose(vec![c("B", &[2]), c("A", &[1])]);
        let b = choose(vec![c("A", &[1]), c("B", &[2])]);
        assert_eq!(a, b);
        assert_eq!(a.0, Some(Value::Text("A".into())));
    }
}
