//! Choosing a field's value among the values the sources give it, and keeping the
//! others as alternatives. The rule depends only on the values and the sets of
//! sources that hold them — never on the order of the inputs.

use std::collections::BTreeSet;

use super::wording::{Plainness, plainness};
use crate::id::Id;
use crate::provenance::{Alternative, Value};
use crate::text::same_text_key;

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

/// Values that count as equal: texts with equal [`same_text_key`]s, others exactly.
#[derive(PartialEq)]
enum ClassKey {
    Text(String),
    Exact(Value),
}

fn class_key(value: &Value) -> ClassKey {
    match value {
        Value::Text(text) => ClassKey::Text(same_text_key(text)),
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

/// What a field becomes: the value kept, the other values still in conflict,
/// the values set aside by a decision, and the other wordings of any of them
/// (the same after normalisation, written differently).
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Settled {
    pub kept: Option<Value>,
    pub alternatives: Vec<Alternative>,
    pub set_aside: Vec<Alternative>,
    pub variants: Vec<Alternative>,
}

/// The kept value, the alternatives and the variants.
///
/// Values equal after normalisation form one class. The kept class is the one
/// held by the most sources; a tie goes to the class whose sorted source ids
/// come first. Within a class the plainest wording stands for it (see
/// [`wording`](super::wording)), then the one held by the most sources, then
/// by source ids, then by the text itself; the class's other wordings are its
/// variants, each with the sources that wrote it. Every other class becomes one
/// alternative, with all the sources of the class. `None` when there is no
/// contribution.
pub(crate) fn choose(contributions: Vec<Contribution>) -> Settled {
    // The usual case — every source says the same — needs no ranking.
    if let Some(first) = contributions.first()
        && contributions.iter().all(|c| c.value == first.value)
    {
        return Settled {
            kept: Some(first.value.clone()),
            ..Settled::default()
        };
    }
    let mut variants = Vec::new();
    let mut ranked = ranked(contributions, &mut variants).into_iter();
    let kept = ranked.next().map(|class| class.value);
    let mut settled = Settled {
        kept,
        alternatives: ranked.collect(),
        ..Settled::default()
    };
    settled.variants = tidy_variants(variants, &settled);
    settled
}

/// A field some input had settled ([`Decision`](crate::Decision)s):
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
) -> Settled {
    if set_aside.is_empty() {
        return choose(contributions);
    }
    let aside: Vec<ClassKey> = set_aside.iter().map(|c| class_key(&c.value)).collect();
    let decided: Vec<ClassKey> = decided.iter().map(class_key).collect();
    let (absorbed, contested): (Vec<_>, Vec<_>) = contributions.into_iter().partition(|c| {
        let key = class_key(&c.value);
        aside.contains(&key) && !decided.contains(&key)
    });
    let mut settled = choose(contested);
    let kept_key = settled.kept.as_ref().map(class_key);
    let mut variants = std::mem::take(&mut settled.variants);
    for class in ranked(
        set_aside.into_iter().chain(absorbed).collect(),
        &mut variants,
    ) {
        if Some(class_key(&class.value)) != kept_key {
            settled.set_aside.push(class);
        } else if settled.kept.as_ref() != Some(&class.value) {
            // Set aside once, kept now in another wording: a variant.
            variants.push(class);
        }
    }
    settled.variants = tidy_variants(variants, &settled);
    settled
}

/// Variants without repeats (one per wording, sources united) and without the
/// wordings that stand for a class, in a fixed order.
fn tidy_variants(variants: Vec<Alternative>, settled: &Settled) -> Vec<Alternative> {
    let shown: Vec<&Value> = settled
        .kept
        .iter()
        .chain(settled.alternatives.iter().map(|a| &a.value))
        .chain(settled.set_aside.iter().map(|a| &a.value))
        .collect();
    let mut out: Vec<Alternative> = Vec::with_capacity(variants.len());
    for variant in variants {
        if shown.contains(&&variant.value) {
            continue;
        }
        match out.iter_mut().find(|v| v.value == variant.value) {
            Some(v) => {
                v.sources.extend(variant.sources);
                if v.note.is_empty() || (!variant.note.is_empty() && variant.note < v.note) {
                    v.note = variant.note;
                }
            }
            None => out.push(variant),
        }
    }
    out.sort_by(|a, b| tie_break(&a.value, &b.value));
    out
}

/// The values a choice of `chosen` sets aside: every class of the
/// contributions but `chosen`'s, best first, with all its sources.
pub(crate) fn set_aside_except(
    contributions: Vec<Contribution>,
    chosen: &Value,
) -> Vec<Alternative> {
    let chosen = class_key(chosen);
    ranked(contributions, &mut Vec::new())
        .into_iter()
        .filter(|class| class_key(&class.value) != chosen)
        .collect()
}

/// Every class of values, best first (see [`choose`]): the wording that stands
/// for it, with all the sources of the class. The class's other wordings go to
/// `variants`, each with its own sources.
fn ranked(contributions: Vec<Contribution>, variants: &mut Vec<Alternative>) -> Vec<Alternative> {
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
            plainness_of(&a.value)
                .cmp(&plainness_of(&b.value))
                .then_with(|| ranks_before(&a.sources, &b.sources))
                .then_with(|| tie_break(&a.value, &b.value))
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
            let mut wordings = class.variants.into_iter();
            let best = wordings.next()?;
            variants.extend(wordings.map(|v| Alternative {
                value: v.value,
                sources: v.sources,
                note: v.note,
            }));
            Some(Alternative {
                value: best.value,
                sources,
                note: best.note,
            })
        })
        .collect()
}

/// How plain a value's wording is (every value that is not text is plain).
fn plainness_of(value: &Value) -> Option<Plainness> {
    match value {
        Value::Text(text) => Some(plainness(text)),
        _ => None,
    }
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
        let Settled {
            kept,
            alternatives,
            variants,
            ..
        } = choose(vec![
            c("Inspect cells", &[1]),
            c("Search cells", &[2]),
            c("search  cells", &[3]),
        ]);
        assert_eq!(kept, Some(Value::Text("Search cells".into())));
        assert_eq!(alternatives.len(), 1);
        assert_eq!(alternatives[0].value, Value::Text("Inspect cells".into()));
        assert_eq!(variants, [alt("search  cells", &[3])], "also written as");
    }

    fn alt(text: &str, sources: &[u128]) -> Alternative {
        let c = c(text, sources);
        Alternative {
            value: c.value,
            sources: c.sources,
            note: c.note,
        }
    }

    /// (wordings equal after normalisation, the one kept). Each is tried in
    /// every order and with every assignment of the sources, the plain wording
    /// held by the fewest.
    const KEPT_WORDING: &[(&[&str], &str)] = &[
        (
            &["CONDUCT CELL SEARCHES", "Conduct cell searches"],
            "Conduct cell searches",
        ),
        (
            &["Efectueaza perchezitii", "Efectuează percheziții"],
            "Efectuează percheziții",
        ),
        (
            &["Conduct\u{200B} cell searches", "Conduct cell searches"],
            "Conduct cell searches",
        ),
        (
            &["\u{202E}Conduct cell searches", "Conduct cell searches"],
            "Conduct cell searches",
        ),
        (
            &["Conduct cell searches \u{1F50D}", "conduct cell searches"],
            "conduct cell searches",
        ),
        (
            &[
                "EFECTUEAZĂ PERCHEZIȚII",
                "Efectueaza perchezitii",
                "Efectuează\u{200D} percheziții",
                "Efectuează percheziții",
            ],
            "Efectuează percheziții",
        ),
    ];

    #[test]
    fn the_plain_wording_is_kept_and_the_others_are_variants_in_any_order() {
        for &(wordings, plain) in KEPT_WORDING {
            let n = wordings.len();
            // Every rotation of the order, forwards and backwards; the plain
            // wording always held by one source, the others by two or more.
            for rotation in 0..n {
                for reverse in [false, true] {
                    let mut order: Vec<&str> = wordings.to_vec();
                    order.rotate_left(rotation);
                    if reverse {
                        order.reverse();
                    }
                    let contributions: Vec<Contribution> = order
                        .iter()
                        .enumerate()
                        .map(|(i, w)| {
                            let i = i as u128 * 10;
                            if *w == plain {
                                c(w, &[100])
                            } else {
                                c(w, &[i + 1, i + 2])
                            }
                        })
                        .collect();
                    let settled = choose(contributions);
                    assert_eq!(
                        settled.kept,
                        Some(Value::Text(plain.to_owned())),
                        "{order:?}"
                    );
                    assert_eq!(settled.alternatives, [], "{order:?}");
                    let mut variants: Vec<&str> = settled
                        .variants
                        .iter()
                        .filter_map(|v| match &v.value {
                            Value::Text(t) => Some(t.as_str()),
                            _ => None,
                        })
                        .collect();
                    variants.sort_unstable();
                    let mut expected: Vec<&str> =
                        wordings.iter().copied().filter(|w| *w != plain).collect();
                    expected.sort_unstable();
                    assert_eq!(variants, expected, "{order:?}");
                    assert!(settled.variants.iter().all(|v| v.sources.len() == 2));
                }
            }
        }
    }

    #[test]
    fn a_value_set_aside_is_not_contested_again_and_gains_its_new_sources() {
        let text = |t: &str| Value::Text(t.to_owned());
        // The coordinator kept "Patrol the perimeter fence" for 1, 2 and 3 and
        // set aside CZ's (4) "wall"; CZ's file comes again, and a new partner
        // (5) also writes "wall".
        let Settled {
            kept,
            alternatives,
            set_aside,
            variants,
        } = settle(
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
        assert_eq!(variants, [alt("patrol the perimeter WALL", &[5])]);

        // A third wording is a new conflict.
        let Settled { alternatives, .. } = settle(
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
        let Settled {
            kept,
            alternatives,
            set_aside,
            ..
        } = settle(
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
        assert_eq!(a.kept, Some(Value::Text("A".into())));
    }
}
