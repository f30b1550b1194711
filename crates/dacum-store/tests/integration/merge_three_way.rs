//! The three-way merge on the Prison officer example: each case changes the base
//! on our side and on their side and checks the result and the conflicts recorded.

use dacum_model::merge::{self, merge3};
use dacum_model::*;

use crate::helpers::prison_officer;

type Change = fn(&mut Session);

/// The base with `ours` and `theirs` applied to two copies, merged.
fn three_way(ours: Change, theirs: Change) -> (Session, merge::ThreeWay) {
    let base = prison_officer();
    let (mut o, mut t) = (base.clone(), base.clone());
    ours(&mut o);
    theirs(&mut t);
    (base.clone(), merge3(&base, &o, &t))
}

fn task(s: &Session, d: usize, t: usize) -> Id {
    s.chart.duties[d].tasks[t].id
}

fn statement(s: &Session, id: Id) -> Option<String> {
    let (d, t) = s.chart.find_task(id)?;
    Some(s.chart.duties[d].tasks[t].statement.clone())
}

fn apply(s: &mut Session, edit: Edit) {
    s.apply(edit).expect("the edit applies");
}

#[test]
fn changes_on_different_fields_and_elements_combine() {
    let (base, merged) = three_way(
        |s| {
            let id = task(s, 0, 0);
            apply(
                s,
                Edit::SetTaskStatement {
                    id,
                    statement: "Ours".into(),
                },
            );
            s.meta.title = "Our title".into();
        },
        |s| {
            let id = task(s, 0, 1);
            apply(
                s,
                Edit::SetTaskStatement {
                    id,
                    statement: "Theirs".into(),
                },
            );
            s.meta.notes = "Their notes".into();
            apply(
                s,
                Edit::MoveDuty {
                    id: s.chart.duties[0].id,
                    to: 2,
                },
            );
        },
    );
    let s = &merged.session;
    assert_eq!(merged.conflicts, 0, "{:#?}", s.provenance.conflicts);
    assert_eq!(statement(s, task(&base, 0, 0)).as_deref(), Some("Ours"));
    assert_eq!(statement(s, task(&base, 0, 1)).as_deref(), Some("Theirs"));
    assert_eq!(
        (s.meta.title.as_str(), s.meta.notes.as_str()),
        ("Our title", "Their notes")
    );
    assert_eq!(
        s.chart.duties[2].id, base.chart.duties[0].id,
        "their reordering is kept"
    );
    assert_eq!(s.id, base.id);
}

#[test]
fn the_same_change_on_both_sides_is_no_conflict() {
    let change: Change = |s| {
        let id = task(s, 1, 0);
        apply(
            s,
            Edit::SetTaskStatement {
                id,
                statement: "Same".into(),
            },
        );
    };
    let (base, merged) = three_way(change, change);
    assert_eq!(merged.conflicts, 0);
    assert_eq!(
        statement(&merged.session, task(&base, 1, 0)).as_deref(),
        Some("Same")
    );
}

#[test]
fn different_changes_to_one_field_keep_ours_and_record_theirs() {
    let (base, merged) = three_way(
        |s| {
            apply(
                s,
                Edit::SetTaskStatement {
                    id: task(s, 0, 0),
                    statement: "Ours".into(),
                },
            );
        },
        |s| {
            apply(
                s,
                Edit::SetTaskStatement {
                    id: task(s, 0, 0),
                    statement: "Theirs".into(),
                },
            );
        },
    );
    let id = task(&base, 0, 0);
    assert_eq!(merged.conflicts, 1);
    assert_eq!(statement(&merged.session, id).as_deref(), Some("Ours"));
    let conflict = merged
        .session
        .provenance
        .conflict(id, Field::TaskStatement)
        .expect("recorded");
    assert_eq!(conflict.alternatives[0].value, Value::Text("Theirs".into()));
    // Resolving takes their value and drops the record, undoably.
    let mut document = Document::new(merged.session.clone());
    document
        .apply(Edit::ResolveConflict {
            element: id,
            field: Field::TaskStatement,
            value: Value::Text("Theirs".into()),
        })
        .expect("resolves");
    assert_eq!(statement(document.session(), id).as_deref(), Some("Theirs"));
    assert!(document.session().provenance.conflicts.is_empty());
    document.undo().expect("undo");
    assert_eq!(document.session(), &merged.session);
}

#[test]
fn a_removal_wins_over_no_change_but_not_over_a_change() {
    let (base, merged) = three_way(
        |s| apply(s, Edit::RemoveTask(task(s, 2, 0))),
        |s| {
            let id = task(s, 3, 0);
            apply(
                s,
                Edit::SetTaskStatement {
                    id,
                    statement: "Changed".into(),
                },
            );
        },
    );
    assert_eq!(merged.conflicts, 0);
    assert_eq!(
        statement(&merged.session, task(&base, 2, 0)),
        None,
        "removed"
    );

    let (base, merged) = three_way(
        |s| apply(s, Edit::RemoveTask(task(s, 3, 0))),
        |s| {
            let id = task(s, 3, 0);
            apply(
                s,
                Edit::SetTaskStatement {
                    id,
                    statement: "Changed".into(),
                },
            );
        },
    );
    let id = task(&base, 3, 0);
    assert_eq!(merged.conflicts, 1);
    assert_eq!(statement(&merged.session, id).as_deref(), Some("Changed"));
    let conflict = merged
        .session
        .provenance
        .conflict(id, Field::Presence)
        .expect("recorded");
    assert_eq!(conflict.alternatives[0].value, Value::Removed);
    // Choosing "removed" removes it.
    let mut session = merged.session.clone();
    session
        .apply(Edit::ResolveConflict {
            element: id,
            field: Field::Presence,
            value: Value::Removed,
        })
        .expect("resolves");
    assert_eq!(statement(&session, id), None);
}

#[test]
fn a_removed_task_that_the_other_side_rated_is_kept() {
    let (base, merged) = three_way(
        |s| apply(s, Edit::RemoveTask(task(s, 4, 0))),
        |s| {
            let rating = Rating {
                importance: Some(5),
                ..Rating::new(task(s, 4, 0), s.people[0].id)
            };
            let existing = s.verification.rating(rating.task, rating.rater).cloned();
            apply(
                s,
                Edit::PutRating(existing.map_or(rating.clone(), |e| Rating {
                    importance: Some(1),
                    ..e
                })),
            );
        },
    );
    let id = task(&base, 4, 0);
    assert!(
        statement(&merged.session, id).is_some(),
        "still rated, so kept"
    );
    assert!(
        merged
            .session
            .provenance
            .conflict(id, Field::Presence)
            .is_some()
    );
    let problems = integrity::check_session(&merged.session);
    assert!(
        problems
            .iter()
            .all(|p| p.severity != integrity::Severity::Error),
        "{problems:#?}"
    );
}

#[test]
fn scenario_links_merge_as_sets() {
    let base = prison_officer();
    let Some(scenario) = base.pestle.scenarios.iter().find(|s| s.links.len() >= 2) else {
        panic!("the example has a scenario with two links");
    };
    let (removed, added) = (scenario.links[0], base.chart.duties[0].tasks[5].id);
    let mut ours = base.clone();
    let mut s = scenario.clone();
    s.links.retain(|l| *l != removed);
    apply(&mut ours, Edit::UpdateScenario(s));
    let mut theirs = base.clone();
    let mut s = scenario.clone();
    s.links.push(added);
    apply(&mut theirs, Edit::UpdateScenario(s));
    let merged = merge3(&base, &ours, &theirs);
    let links = &merged
        .session
        .pestle
        .scenarios
        .iter()
        .find(|s| s.id == scenario.id)
        .expect("kept")
        .links;
    assert!(
        !links.contains(&removed) && links.contains(&added),
        "{links:?}"
    );
    assert_eq!(merged.conflicts, 0);
}
