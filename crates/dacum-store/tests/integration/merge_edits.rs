//! The merge view's edits on a merged session — accept a proposed duplicate (or
//! merge any two elements of a kind), reject one, resolve a conflict — in random
//! sequences: a refused edit changes nothing, ids stay unique, undoing every step
//! gives the merged session back and redoing gives the edited one.

use std::collections::BTreeSet;

use dacum_model::merge::{self, Proposal, proposals};
use dacum_model::*;
use proptest::prelude::*;

use crate::merge::partners;

#[derive(Clone, Debug)]
enum Intent {
    Accept(u16),
    /// Merge two tasks, duties, list items or drivers (0–3), proposed or not.
    MergeAny(u8, u16, u16),
    Reject(u16, u16),
    /// Resolve a conflict with one of its alternatives, or the kept value.
    Resolve(u16, u16),
    /// Reopen a decision.
    Reopen(u16),
}

fn intent() -> impl Strategy<Value = Intent> {
    let n = any::<u16>;
    prop_oneof![
        1 => n().prop_map(Intent::Accept),
        1 => (0u8..4, n(), n()).prop_map(|(k, a, b)| Intent::MergeAny(k, a, b)),
        1 => (n(), n()).prop_map(|(a, b)| Intent::Reject(a, b)),
        2 => (n(), n()).prop_map(|(a, b)| Intent::Resolve(a, b)),
        1 => n().prop_map(Intent::Reopen),
    ]
}

fn pick<T: Copy>(items: &[T], n: u16) -> Option<T> {
    (!items.is_empty()).then(|| items[n as usize % items.len()])
}

fn ids_of_kind(session: &Session, kind: u8) -> Vec<Id> {
    let chart = &session.chart;
    match kind {
        0 => chart.tasks().map(|(_, _, t)| t.id).collect(),
        1 => chart.duties.iter().map(|d| d.id).collect(),
        2 => chart.knowledge_skills.iter().map(|i| i.id).collect(),
        _ => session.pestle.drivers.iter().map(|d| d.id).collect(),
    }
}

fn to_edit(session: &Session, intent: Intent) -> Option<Edit> {
    Some(match intent {
        Intent::Accept(n) => {
            let found: Vec<Proposal> = proposals(session);
            let p = found.get(n as usize % found.len().max(1))?;
            Edit::MergeDuplicate {
                keep: p.keep,
                absorb: p.absorb,
            }
        }
        Intent::MergeAny(kind, a, b) => {
            let ids = ids_of_kind(session, kind);
            Edit::MergeDuplicate {
                keep: pick(&ids, a)?,
                absorb: pick(&ids, b)?,
            }
        }
        Intent::Reject(a, b) => {
            let ids = ids_of_kind(session, 0);
            Edit::SetDistinct {
                a: pick(&ids, a)?,
                b: pick(&ids, b)?,
                distinct: true,
            }
        }
        Intent::Resolve(c, a) => {
            let conflicts = &session.provenance.conflicts;
            let conflict = conflicts.get(c as usize % conflicts.len().max(1))?;
            let value = match conflict
                .alternatives
                .get(a as usize % (conflict.alternatives.len() + 1))
            {
                Some(alternative) => alternative.value.clone(),
                None => merge::field_value(session, conflict.element, conflict.field)?,
            };
            Edit::ResolveConflict {
                element: conflict.element,
                field: conflict.field,
                value,
            }
        }
        Intent::Reopen(d) => {
            let decisions = &session.provenance.decisions;
            let decision = decisions.get(d as usize % decisions.len().max(1))?;
            Edit::ReopenDecision {
                element: decision.element,
                field: decision.field,
            }
        }
    })
}

/// Values a merge counts as one: texts equal after normalising, others exactly.
fn alike(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Text(a), Value::Text(b)) => {
            dacum_model::text::same_text_key(a) == dacum_model::text::same_text_key(b)
        }
        _ => a == b,
    }
}

fn ids_are_unique(session: &Session) -> bool {
    let ids = session.element_ids();
    ids.iter().collect::<BTreeSet<_>>().len() == ids.len()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn merge_edits_undo_and_redo_exactly(
        inputs in partners(),
        intents in proptest::collection::vec(intent(), 1..12),
    ) {
        let merged = merge::merge(&inputs).session;
        prop_assume!(ids_are_unique(&merged));
        let mut document = Document::new(merged.clone());
        let mut applied = 0;
        for intent in intents {
            let Some(edit) = to_edit(document.session(), intent) else { continue };
            let before = document.session().clone();
            let resolving = matches!(edit, Edit::ResolveConflict { .. } | Edit::ReopenDecision { .. });
            match document.apply(edit.clone()) {
                Ok(()) => {
                    applied += 1;
                    if let Edit::ResolveConflict { element, field, value } = &edit {
                        let session = document.session();
                        prop_assert!(session.provenance.conflict(*element, *field).is_none());
                        // An element merged since stands for the one it was merged into.
                        let chosen = match value {
                            Value::Element(id) => Value::Element(session.provenance.current_id(*id)),
                            other => other.clone(),
                        };
                        prop_assert_eq!(merge::field_value(session, *element, *field), Some(chosen));
                        // Every value of the conflict is kept or set aside with its
                        // sources; the chosen one is not set aside.
                        let decision = session.provenance.decision(*element, *field);
                        prop_assert!(decision.is_some_and(|d| d.set_aside.iter().all(|a| !alike(&a.value, value))));
                        if let Some(conflict) = before.provenance.conflict(*element, *field) {
                            for alternative in &conflict.alternatives {
                                let aside = decision.is_some_and(|d| d.set_aside.iter().any(|a| {
                                    alike(&a.value, &alternative.value) && a.sources.is_superset(&alternative.sources)
                                }));
                                prop_assert!(alike(&alternative.value, value) || aside, "{:?} was lost", alternative.value);
                            }
                        }
                    }
                    if let Edit::ReopenDecision { element, field } = &edit {
                        let session = document.session();
                        let decision = before.provenance.decision(*element, *field);
                        prop_assert!(session.provenance.decision(*element, *field).is_none());
                        // Every value set aside is an alternative again, unless the
                        // field holds it now.
                        let now = merge::field_value(session, *element, *field);
                        let conflict = session.provenance.conflict(*element, *field);
                        for a in decision.map(|d| d.set_aside.as_slice()).unwrap_or_default() {
                            let open = conflict.is_some_and(|c| c.alternatives.iter().any(|x| {
                                alike(&x.value, &a.value) && x.sources.is_superset(&a.sources)
                            }));
                            prop_assert!(open || now.as_ref().is_some_and(|n| alike(n, &a.value)));
                        }
                        prop_assert_eq!(
                            merge::field_value(session, *element, *field),
                            merge::field_value(&before, *element, *field)
                        );
                    }
                    if let Edit::MergeDuplicate { keep, absorb } = edit {
                        let session = document.session();
                        prop_assert!(merge::element_fields(session, absorb).is_none());
                        prop_assert_eq!(session.provenance.current_id(absorb), keep);
                        prop_assert!(!session.verification.ratings.iter().any(|r| r.task == absorb));
                        prop_assert!(!session.pestle.votes.iter().any(|v| v.driver == absorb));
                        // No wording of the absorbed element is lost: each is the
                        // kept value, an alternative, set aside, or another
                        // wording of the kept element.
                        let p = &session.provenance;
                        let texts = merge::element_fields(&before, absorb).map(|(_, f)| f);
                        for (field, value) in texts.unwrap_or_default() {
                            if !matches!(value, Value::Text(_)) {
                                continue;
                            }
                            let old = &before.provenance;
                            let variants = old.variants_of(absorb, field).iter();
                            let alternatives = old.conflict(absorb, field).into_iter().flat_map(|c| &c.alternatives);
                            let wordings = std::iter::once(value).chain(variants.chain(alternatives).map(|a| a.value.clone()));
                            for wording in wordings {
                                let kept = merge::field_value(session, keep, field).as_ref() == Some(&wording);
                                let has = |list: &[Alternative]| list.iter().any(|a| a.value == wording);
                                let alternative = p.conflict(keep, field).is_some_and(|c| has(&c.alternatives));
                                let aside = p.decision(keep, field).is_some_and(|d| has(&d.set_aside));
                                let variant = has(p.variants_of(keep, field));
                                prop_assert!(kept || alternative || aside || variant, "{:?} of {:?} was lost", wording, field);
                            }
                        }
                    }
                }
                Err(error) => {
                    prop_assert!(!resolving, "resolving a recorded conflict failed: {} {:?} duties {:?} merged {:?} applied {}", error, edit, before.chart.duties.iter().map(|d| d.id.to_string()).collect::<Vec<_>>(), before.provenance.merged.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect::<Vec<_>>(), applied);
                    prop_assert_eq!(document.session(), &before, "a refused edit changed the session");
                }
            }
            prop_assert!(ids_are_unique(document.session()));
        }
        let edited = document.session().clone();
        for _ in 0..applied {
            prop_assert!(document.undo().expect("undo applies").is_some());
        }
        prop_assert_eq!(document.session(), &merged);
        for _ in 0..applied {
            prop_assert!(document.redo().expect("redo applies").is_some());
        }
        prop_assert_eq!(document.session(), &edited);
    }
}

#[test]
fn accepting_a_proposal_moves_ratings_and_keeps_the_other_wording() {
    let mut ro = crate::helpers::prison_officer();
    ro.id = Id::from_u128(1);
    ro.meta.country = "RO".to_owned();
    let mut cz = ro.clone();
    cz.id = Id::from_u128(2);
    cz.meta.country = "CZ".to_owned();
    let duty = ro.chart.duties[0].id;
    let rater = ro.people[0].id;
    let (a, b) = (
        Task::new("Inspect visitors' vehicles at the gate"),
        Task::new("Inspect visitor vehicles at the gate"),
    );
    let (a_id, b_id) = (a.id, b.id);
    ro.apply(Edit::InsertTask {
        duty,
        index: 0,
        task: a,
    })
    .expect("adds");
    cz.apply(Edit::InsertTask {
        duty,
        index: 0,
        task: b,
    })
    .expect("adds");
    let rating = Rating {
        importance: Some(4),
        ..Rating::new(b_id, rater)
    };
    cz.apply(Edit::PutRating(rating.clone())).expect("rates");

    let merged = merge::merge(&[ro, cz]).session;
    let found = proposals(&merged);
    let proposal = found
        .iter()
        .find(|p| p.absorb == b_id || p.keep == b_id)
        .expect("proposed");
    assert_eq!([proposal.keep, proposal.absorb], [a_id, b_id]);
    let mut document = Document::new(merged.clone());
    document
        .apply(Edit::MergeDuplicate {
            keep: a_id,
            absorb: b_id,
        })
        .expect("accepts");
    let session = document.session();
    assert_eq!(document.undo_label(), Some("edit-merge-duplicates"));
    assert_eq!(session.provenance.shared_by(a_id), (2, 2));
    assert!(
        session
            .verification
            .ratings
            .iter()
            .any(|r| r.id == rating.id && r.task == a_id)
    );
    let wording = session
        .provenance
        .conflict(a_id, Field::TaskStatement)
        .expect("kept as an alternative");
    assert_eq!(
        wording.alternatives[0].value,
        Value::Text("Inspect visitor vehicles at the gate".into())
    );
    assert!(
        proposals(session)
            .iter()
            .all(|p| p.absorb != b_id && p.keep != b_id)
    );

    // Rejecting instead: never proposed again, even after merging again.
    let mut document = Document::new(merged.clone());
    document
        .apply(Edit::SetDistinct {
            a: a_id,
            b: b_id,
            distinct: true,
        })
        .expect("rejects");
    assert!(
        proposals(document.session())
            .iter()
            .all(|p| p.absorb != b_id && p.keep != b_id)
    );
    let again = merge::merge(std::slice::from_ref(document.session())).session;
    assert!(again.provenance.is_distinct(a_id, b_id));
    document.undo().expect("undo");
    assert_eq!(document.session(), &merged);
}
