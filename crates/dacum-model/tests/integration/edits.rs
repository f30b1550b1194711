//! Random edit sequences through the document: applying then undoing returns the
//! original session, undoing then redoing returns the edited one, and identities
//! stay unique throughout.

use std::collections::BTreeSet;

use dacum_model::*;
use proptest::prelude::*;

use dacum_model::strategies;

/// An edit chosen by numbers, turned into a real edit against the current session
/// (so that most edits refer to elements that exist).
#[derive(Clone, Debug)]
enum Intent {
    AddDuty(String),
    AddTask(u16, u16, String),
    EditTask(u16, String),
    RemoveTask(u16),
    MoveTask(u16, u16, u16),
    RemoveDuty(u16),
    MoveDuty(u16, u16),
    AddListItem(u8, String),
    RemoveListItem(u16),
    RemovePerson(u16),
    Rate(u16, u16, u8),
    Vote(u16, u16, u8),
    RemoveDriver(u16),
    RemoveParticipant(u16),
    SetTitle(String),
    /// Refers to an element that does not exist: must fail and change nothing.
    RemoveMissing,
}

fn intent() -> impl Strategy<Value = Intent> {
    let n = any::<u16>;
    prop_oneof![
        strategies::text().prop_map(Intent::AddDuty),
        (n(), n(), strategies::text()).prop_map(|(a, b, t)| Intent::AddTask(a, b, t)),
        (n(), strategies::text()).prop_map(|(a, t)| Intent::EditTask(a, t)),
        n().prop_map(Intent::RemoveTask),
        (n(), n(), n()).prop_map(|(a, b, c)| Intent::MoveTask(a, b, c)),
        n().prop_map(Intent::RemoveDuty),
        (n(), n()).prop_map(|(a, b)| Intent::MoveDuty(a, b)),
        (0u8..4, strategies::text()).prop_map(|(l, t)| Intent::AddListItem(l, t)),
        n().prop_map(Intent::RemoveListItem),
        n().prop_map(Intent::RemovePerson),
        (n(), n(), 1u8..=5).prop_map(|(a, b, s)| Intent::Rate(a, b, s)),
        (n(), n(), 1u8..=5).prop_map(|(a, b, s)| Intent::Vote(a, b, s)),
        n().prop_map(Intent::RemoveDriver),
        n().prop_map(Intent::RemoveParticipant),
        strategies::text().prop_map(Intent::SetTitle),
        Just(Intent::RemoveMissing),
    ]
}

fn pick<T>(items: &[T], n: u16) -> Option<&T> {
    (!items.is_empty()).then(|| &items[n as usize % items.len()])
}

fn to_edit(session: &Session, intent: Intent) -> Option<Edit> {
    let tasks: Vec<Id> = session.chart.tasks().map(|(_, _, t)| t.id).collect();
    let duties: Vec<Id> = session.chart.duties.iter().map(|d| d.id).collect();
    let pestle = &session.pestle;
    Some(match intent {
        Intent::AddDuty(title) => Edit::InsertDuty {
            index: duties.len(),
            duty: Duty::new(&title),
        },
        Intent::AddTask(d, i, s) => Edit::InsertTask {
            duty: *pick(&duties, d)?,
            index: i as usize % 6,
            task: Task::new(&s),
        },
        Intent::EditTask(t, s) => Edit::SetTaskStatement {
            id: *pick(&tasks, t)?,
            statement: s,
        },
        Intent::RemoveTask(t) => Edit::RemoveTask(*pick(&tasks, t)?),
        Intent::MoveTask(t, d, to) => Edit::MoveTask {
            id: *pick(&tasks, t)?,
            duty: *pick(&duties, d)?,
            to: to as usize % 8,
        },
        Intent::RemoveDuty(d) => Edit::RemoveDuty(*pick(&duties, d)?),
        Intent::MoveDuty(d, to) => Edit::MoveDuty {
            id: *pick(&duties, d)?,
            to: to as usize % 6,
        },
        Intent::AddListItem(l, t) => Edit::InsertListItem {
            list: ListKind::ALL[l as usize],
            index: 0,
            item: ListItem::new(&t),
        },
        Intent::RemoveListItem(i) => {
            let items: Vec<Id> = ListKind::ALL
                .iter()
                .flat_map(|&k| session.chart.list(k).iter().map(|i| i.id))
                .collect();
            Edit::RemoveListItem(*pick(&items, i)?)
        }
        Intent::RemovePerson(p) => Edit::RemovePerson(pick(&session.people, p)?.id),
        Intent::Rate(t, p, s) => {
            let task = *pick(&tasks, t)?;
            let rater = pick(&session.people, p)?.id;
            let existing = session.verification.rating(task, rater).cloned();
            let rating = existing.unwrap_or_else(|| Rating::new(task, rater));
            Edit::PutRating(Rating {
                importance: Some(s),
                ..rating
            })
        }
        Intent::Vote(d, p, s) => {
            let driver = pick(&pestle.drivers, d)?.id;
            let participant = pick(&pestle.participants, p)?.id;
            match pestle.vote(driver, participant) {
                Some(v) => Edit::PutVote(Vote {
                    impact: s,
                    ..v.clone()
                }),
                None => Edit::PutVote(Vote::new(driver, participant, s, s)),
            }
        }
        Intent::RemoveDriver(d) => Edit::RemoveDriver(pick(&pestle.drivers, d)?.id),
        Intent::RemoveParticipant(p) => Edit::RemoveParticipant(pick(&pestle.participants, p)?.id),
        Intent::SetTitle(title) => Edit::SetMeta(Meta {
            title,
            ..session.meta.clone()
        }),
        Intent::RemoveMissing => Edit::RemoveTask(Id::from_u128(u128::MAX)),
    })
}

fn ids_are_unique(session: &Session) -> bool {
    let ids = session.element_ids();
    ids.iter().collect::<BTreeSet<_>>().len() == ids.len()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn undo_returns_the_original_and_redo_the_edited(
        original in strategies::session().prop_filter("unique ids", ids_are_unique),
        intents in proptest::collection::vec(intent(), 1..24),
    ) {
        let mut document = Document::new(original.clone());
        let mut applied = 0;
        for intent in intents {
            let Some(edit) = to_edit(document.session(), intent) else { continue };
            let before = document.session().clone();
            match document.apply(edit) {
                Ok(()) => applied += 1,
                Err(_) => prop_assert_eq!(document.session(), &before, "a failed edit changed the session"),
            }
            prop_assert!(ids_are_unique(document.session()));
        }
        let edited = document.session().clone();
        prop_assert_eq!(document.is_dirty(), applied > 0);
        for _ in 0..applied {
            prop_assert!(document.undo().expect("undo applies").is_some());
        }
        prop_assert_eq!(document.undo().expect("nothing left"), None);
        prop_assert_eq!(document.session(), &original);
        prop_assert!(!document.is_dirty());
        for _ in 0..applied {
            prop_assert!(document.redo().expect("redo applies").is_some());
        }
        prop_assert_eq!(document.session(), &edited);
    }
}

#[test]
fn typing_in_one_field_is_one_undo_step() {
    let mut session = Session::default();
    let duty = Duty::new("Maintain security");
    let task = Task::new("");
    let (duty_id, task_id) = (duty.id, task.id);
    session.chart.duties.push(Duty {
        tasks: vec![task],
        ..duty
    });
    let mut document = Document::new(session.clone());
    for text in ["C", "Co", "Con", "Conduct", "Conduct cell searches"] {
        document
            .apply_typing(Edit::SetTaskStatement {
                id: task_id,
                statement: text.to_owned(),
            })
            .expect("types");
    }
    document.seal_typing();
    document
        .apply_typing(Edit::SetDutyTitle {
            id: duty_id,
            title: "Maintain safety".to_owned(),
        })
        .expect("types");
    document.undo().expect("undo title");
    assert_eq!(
        document.session().chart.duties[0].tasks[0].statement,
        "Conduct cell searches"
    );
    document.undo().expect("undo typing");
    assert_eq!(document.session(), &session);
    assert_eq!(document.undo().expect("nothing left"), None);
}

#[test]
fn the_dirty_flag_follows_the_saved_state() {
    let mut document = Document::new(Session::default());
    assert!(!document.is_dirty());
    document
        .apply(Edit::InsertDuty {
            index: 0,
            duty: Duty::new("Supervise prisoners"),
        })
        .expect("adds");
    assert!(document.is_dirty());
    document.mark_saved(document.state());
    assert!(!document.is_dirty());
    document.undo().expect("undo");
    assert!(
        document.is_dirty(),
        "undoing past the save differs from the file"
    );
    document.redo().expect("redo");
    assert!(!document.is_dirty(), "redo returns to the saved state");
    assert!(Document::unsaved(Session::default()).is_dirty());
}

/// Found by `every_edit`: a new duty was checked against the session's ids but
/// not against its own, so a duty whose task repeated the duty's id (or two
/// tasks sharing one) was accepted and the session had two elements with one id.
#[test]
fn a_new_duty_that_repeats_an_id_inside_itself_is_refused_unchanged() {
    let session = Session::default();
    let id = Id::from_u128(7);
    let twin_tasks = Duty {
        tasks: vec![
            Task {
                id,
                ..Task::new("Search cells")
            },
            Task {
                id,
                ..Task::new("Escort prisoners")
            },
        ],
        ..Duty::new("Maintain security")
    };
    let task_like_duty = Duty {
        id,
        tasks: vec![Task {
            id,
            ..Task::new("Search cells")
        }],
        ..Duty::new("Maintain security")
    };
    for duty in [twin_tasks, task_like_duty] {
        let mut edited = session.clone();
        let result = edited.apply(Edit::InsertDuty { index: 0, duty });
        assert_eq!(result, Err(EditError::DuplicateId(id)));
        assert_eq!(edited, session);
    }
}
