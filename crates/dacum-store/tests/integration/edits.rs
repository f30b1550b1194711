//! Edits on the shipped example session: removing an element takes every
//! reference to it and undo brings them back; edits that would break the
//! session are refused unchanged. (In the store's tests because the example is
//! read from its file.)

use dacum_model::*;

#[test]
fn removing_a_task_takes_its_ratings_and_links_and_undo_brings_them_back() {
    let session = crate::helpers::prison_officer();
    let linked = session
        .pestle
        .scenarios
        .iter()
        .flat_map(|s| s.links.iter())
        .copied()
        .find(|&id| {
            session.chart.find_task(id).is_some()
                && session.verification.ratings.iter().any(|r| r.task == id)
        });
    let task = linked.expect("the example links a rated task from a scenario");
    let mut document = Document::new(session.clone());
    document.apply(Edit::RemoveTask(task)).expect("removes");
    let after = document.session();
    assert!(after.chart.find_task(task).is_none());
    assert!(after.verification.ratings.iter().all(|r| r.task != task));
    assert!(
        after
            .pestle
            .scenarios
            .iter()
            .all(|s| !s.links.contains(&task))
    );
    assert_eq!(document.undo_label(), Some("edit-delete-task"));
    document.undo().expect("undo");
    assert_eq!(document.session(), &session);
}

#[test]
fn edits_that_would_break_the_session_are_refused_unchanged() {
    let session = crate::helpers::prison_officer();
    let mut document = Document::new(session.clone());
    let existing = session.chart.duties[0].id;
    let refused = [
        Edit::InsertDuty {
            index: 0,
            duty: Duty {
                id: existing,
                ..Duty::new("Copy")
            },
        },
        Edit::RemoveDuty(Id::from_u128(1)),
        Edit::PutVote(Vote::new(
            session.pestle.drivers[0].id,
            session.pestle.participants[0].id,
            6,
            3,
        )),
        Edit::Batch(vec![
            Edit::InsertDuty {
                index: 0,
                duty: Duty::new("Fine"),
            },
            Edit::RemoveTask(Id::from_u128(2)),
        ]),
    ];
    for edit in refused {
        assert!(
            document.apply(edit.clone()).is_err(),
            "{edit:?} was accepted"
        );
        assert_eq!(document.session(), &session, "{edit:?} changed the session");
    }
    assert!(!document.is_dirty());
}
