//! The invariants of `Session::apply` (ARCHITECTURE.md) over random sequences of
//! edits of every kind, valid and invalid, on random sessions — plain, with random
//! provenance, and merged from two partners so that conflicts exist:
//!
//! - an edit either applies completely or leaves the session unchanged (a `Batch`
//!   rolls back on error);
//! - applying an edit and then its inverse gives back an equal session, and
//!   applying the edit again gives the edited one (redo);
//! - removing an element removes every reference to it (the inverse, checked
//!   above, puts them back);
//! - ids stay unique.

use std::collections::{BTreeMap, BTreeSet};

use dacum_model::*;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

use crate::edit_kinds::{ALL, Kind, kind_of};
use crate::random_edits::{build, edit_dice};
use dacum_model::strategies;

fn ids_are_unique(session: &Session) -> bool {
    let ids = session.element_ids();
    ids.iter().collect::<BTreeSet<_>>().len() == ids.len()
}

/// Two partners' versions of a session, each with its own wording of the first
/// task, merged: the result has sources, element sources and conflicts.
fn merged() -> impl Strategy<Value = Session> {
    (
        strategies::session().boxed(),
        strategies::text(),
        strategies::text(),
    )
        .prop_map(|(s, ro, cz)| {
            let mut partners = [s.clone(), s];
            for (i, (partner, wording)) in partners.iter_mut().zip([ro, cz]).enumerate() {
                partner.id = Id::from_u128(i as u128 + 1);
                partner.meta.country = ["RO", "CZ"][i].to_owned();
                if let Some(task) = partner
                    .chart
                    .duties
                    .iter_mut()
                    .flat_map(|d| &mut d.tasks)
                    .next()
                {
                    task.statement = wording;
                }
            }
            merge::merge(&partners).session
        })
}

/// A session to edit: plain, with random provenance, or merged. Boxed: the
/// unboxed value trees are large enough to overflow a test thread's stack in a
/// debug build.
fn start() -> BoxedStrategy<Session> {
    prop_oneof![
        strategies::session().boxed(),
        (
            strategies::session().boxed(),
            strategies::provenance().boxed()
        )
            .prop_map(|(s, provenance)| Session { provenance, ..s })
            .boxed(),
        merged().boxed(),
    ]
    .prop_filter("unique ids", ids_are_unique)
    .boxed()
}

/// Every id an element refers to: ratings' tasks and raters, votes' drivers and
/// participants, groups' drivers, the axes' subjects, scenarios' links, the
/// elements translations translate.
fn references(s: &Session) -> BTreeSet<Id> {
    let mut ids = BTreeSet::new();
    for r in &s.verification.ratings {
        ids.extend([r.task, r.rater]);
    }
    for v in &s.pestle.votes {
        ids.extend([v.driver, v.participant]);
    }
    for g in &s.pestle.groups {
        ids.extend(&g.drivers);
    }
    let axes = &s.pestle.axes;
    ids.extend(
        [&axes.horizontal, &axes.vertical]
            .into_iter()
            .flatten()
            .map(|a| a.subject.id()),
    );
    for scenario in &s.pestle.scenarios {
        ids.extend(&scenario.links);
    }
    for (_, slot, _) in s.translations.of_slots(|_| true) {
        ids.extend(slot.element());
    }
    ids
}

/// The elements an edit removes (a duty's tasks with it; an absorbed duplicate).
fn removed_by(before: &Session, edit: &Edit) -> Vec<Id> {
    use Edit::*;
    match edit {
        RemoveDuty(id) => {
            let duty = before.chart.duties.iter().find(|d| d.id == *id);
            let tasks = duty.into_iter().flat_map(|d| d.tasks.iter().map(|t| t.id));
            std::iter::once(*id).chain(tasks).collect()
        }
        RemovePerson(id)
        | RemoveTask(id)
        | RemoveListItem(id)
        | RemoveAcronym(id)
        | RemoveRating(id)
        | RemoveParticipant(id)
        | RemoveDriver(id)
        | RemoveVote(id)
        | RemoveGroup(id)
        | RemoveScenario(id) => vec![*id],
        MergeDuplicate { absorb, .. } => vec![*absorb],
        _ => Vec::new(),
    }
}

/// Applies one edit to `session` and checks every invariant; returns whether it
/// applied.
fn check_edit(session: &mut Session, edit: Edit) -> Result<bool, TestCaseError> {
    let before = session.clone();
    let gone = removed_by(&before, &edit);
    match session.apply(edit.clone()) {
        Err(error) => {
            prop_assert_eq!(
                &*session,
                &before,
                "refused ({}) but changed: {:?}",
                error,
                edit
            );
            Ok(false)
        }
        Ok(inverse) => {
            prop_assert!(ids_are_unique(session), "ids not unique after {:?}", edit);
            let (elements, refs) = (session.element_ids(), references(session));
            for id in gone {
                prop_assert!(
                    !elements.contains(&id),
                    "{} still there after {:?}",
                    id,
                    edit
                );
                prop_assert!(
                    !refs.contains(&id),
                    "{} still referred to after {:?}",
                    id,
                    edit
                );
            }
            let after = session.clone();
            let redo = session.apply(inverse.clone());
            prop_assert!(
                redo.is_ok(),
                "the inverse {:?} of {:?} failed",
                inverse,
                edit
            );
            prop_assert_eq!(
                &*session,
                &before,
                "the inverse of {:?} did not restore",
                edit
            );
            prop_assert!(
                session.apply(edit.clone()).is_ok(),
                "redo of {:?} failed",
                edit
            );
            prop_assert_eq!(&*session, &after, "redo of {:?} differs", edit);
            Ok(true)
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn every_kind_of_edit_keeps_the_invariants(
        original in start(),
        edits in prop::collection::vec(edit_dice(), 1..16),
    ) {
        let mut session = original;
        for (dice, parts) in &edits {
            let edit = build(&session, dice, parts);
            check_edit(&mut session, edit)?;
        }
    }
}

/// The generator makes every kind of edit, and every kind both applies (the
/// valid ones really are) and, where it can fail, is refused.
#[test]
fn every_kind_is_generated_applied_and_refused() {
    let mut runner = TestRunner::deterministic();
    let strategy = (start(), prop::collection::vec(edit_dice(), 1..16));
    let mut applied: BTreeMap<Kind, usize> = BTreeMap::new();
    let mut refused: BTreeMap<Kind, usize> = BTreeMap::new();
    for _ in 0..400 {
        let (mut session, edits) = strategy.new_tree(&mut runner).expect("generates").current();
        for (dice, parts) in &edits {
            let edit = build(&session, dice, parts);
            assert_eq!(kind_of(&edit), dice.kind, "build made the wrong kind");
            let count = match check_edit(&mut session, edit) {
                Ok(true) => &mut applied,
                Ok(false) => &mut refused,
                Err(error) => panic!("{error}"),
            };
            *count.entry(dice.kind).or_default() += 1;
        }
    }
    let never_applied: Vec<&Kind> = ALL.iter().filter(|k| !applied.contains_key(k)).collect();
    assert!(never_applied.is_empty(), "never applied: {never_applied:?}");
    // These always apply: any meta, formula, axes, distinct pair or provenance
    // record is a valid value.
    let always = [
        Kind::SetMeta,
        Kind::SetPriorityFormula,
        Kind::SetAxes,
        Kind::SetDistinct,
        Kind::SetSources,
        Kind::SetMergedInto,
        Kind::SetDecision,
        Kind::SetVariants,
    ];
    let never_refused: Vec<&Kind> = ALL
        .iter()
        .filter(|k| !always.contains(k) && !refused.contains_key(k))
        .collect();
    assert!(never_refused.is_empty(), "never refused: {never_refused:?}");
}
