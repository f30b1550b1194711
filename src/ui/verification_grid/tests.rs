//! The verification grid driven by keyboard, asserting on the session.

use egui_kittest::kittest::Queryable as _;

use super::*;
use crate::ui::test_harness::{AppHarness, app_harness};
use crate::ui::ui_command::UiCommand;
use crate::ui::widgets::keystrokes::burst;
use dacum_model::{Duty, Person, Task};

fn session() -> Session {
    let mut session = Session::default();
    for (title, tasks) in [
        (
            "Maintain security",
            ["Conduct cell searches", "Patrol the fence"],
        ),
        (
            "Supervise prisoners",
            ["Count prisoners", "Escort prisoners"],
        ),
    ] {
        let mut duty = Duty::new(title);
        duty.tasks = tasks.iter().map(|t| Task::new(t)).collect();
        session.chart.duties.push(duty);
    }
    session.people = vec![
        Person::new(Role::Panel, "Ioana Mărgineanu"),
        Person::new(Role::Panel, "Jiří Řezníček"),
    ];
    session
}

fn type_into(harness: &mut AppHarness, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn harness(session: Session) -> AppHarness {
    app_harness(session, egui::vec2(1400.0, 600.0), |app| {
        app.apply(Command::Show(crate::ui::view::View::Verification));
    })
}

#[test]
fn digits_fill_a_rating_and_move_on() {
    let mut harness = harness(session());
    type_into(&mut harness, "Importance of A-1 by Ioana Mărgineanu", "4");
    // The cursor moved on: type the rest without touching the mouse.
    for key in ["3", "2", "y", "5"] {
        harness.event(egui::Event::Text(key.to_owned()));
        harness.run();
    }
    let session = harness.state().document().session();
    let task = session.chart.duties[0].tasks[0].id;
    let rater = session.people[0].id;
    let rating = session.verification.rating(task, rater).expect("rated");
    assert_eq!(
        (
            rating.importance,
            rating.frequency,
            rating.difficulty,
            rating.train
        ),
        (Some(4), Some(3), Some(2), Some(true))
    );
    let next = session
        .verification
        .rating(session.chart.duties[0].tasks[1].id, rater)
        .expect("next task");
    assert_eq!(next.importance, Some(5));
}

#[test]
fn a_second_entry_updates_the_same_rating_and_undo_restores() {
    let mut harness = harness(session());
    type_into(&mut harness, "Importance of A-1 by Ioana Mărgineanu", "4");
    type_into(&mut harness, "Importance of A-1 by Ioana Mărgineanu", "2");
    assert_eq!(
        harness
            .state()
            .document()
            .session()
            .verification
            .ratings
            .len(),
        1
    );
    assert_eq!(
        harness.state().document().session().verification.ratings[0].importance,
        Some(2)
    );
    harness.state_mut().apply(UiCommand::Undo);
    assert_eq!(
        harness.state().document().session().verification.ratings[0].importance,
        Some(4)
    );
}

#[test]
fn letters_and_out_of_range_digits_are_ignored() {
    let cases = [
        (0, '7', None),
        (0, 'x', None),
        (1, '5', Some(Entry::Score(5))),
        (3, 'n', Some(Entry::Train(false))),
        (3, 'J', Some(Entry::Train(true))),
        (3, '1', Some(Entry::Train(true))),
        (2, ' ', None),
    ];
    for (field, typed, expected) in cases {
        assert_eq!(entry_of(field, typed), expected, "{field} {typed:?}");
    }
}

#[test]
fn statistics_and_priority_follow_the_model_and_sorting_changes_no_data() {
    let mut session = session();
    let (a1, b2) = (
        session.chart.duties[0].tasks[0].id,
        session.chart.duties[1].tasks[1].id,
    );
    let (p1, p2) = (session.people[0].id, session.people[1].id);
    for (task, rater, i, f) in [
        (a1, p1, 2, 2),
        (a1, p2, 2, 3),
        (b2, p1, 5, 5),
        (b2, p2, 4, 5),
    ] {
        session.verification.ratings.push(Rating {
            importance: Some(i),
            frequency: Some(f),
            ..Rating::new(task, rater)
        });
    }
    let mut harness = harness(session.clone());
    let priority = session
        .verification
        .task_stats(b2)
        .priority
        .expect("priority");
    assert!(
        harness.query_by_label(&format!("{priority:.1}")).is_some(),
        "priority {priority:.1} shown"
    );
    harness.get_by_label("Sort by priority").click();
    harness.run();
    let top = |code: &str| harness.get_by_label(code).rect().min.y;
    let order = if top("B-2") < top("A-1") {
        ["B-2", "A-1"]
    } else {
        ["A-1", "B-2"]
    };
    assert_eq!(order, ["B-2", "A-1"], "highest priority first");
    assert_eq!(
        harness.state().document().session(),
        &session,
        "sorting is not an edit"
    );
}

#[test]
fn without_raters_the_grid_says_what_to_do() {
    let mut session = session();
    session.people.clear();
    let harness = harness(session);
    assert!(
        harness
            .query_by_label_contains("add panel members or survey respondents")
            .is_some()
    );
}

/// (importance, frequency, difficulty, train) of a rating.
type Scores = (Option<u8>, Option<u8>, Option<u8>, Option<bool>);

/// The scores of a task's rating by the first rater.
fn rating_of(harness: &AppHarness, duty: usize, task: usize) -> Option<Scores> {
    let session = harness.state().document().session();
    let task = session.chart.duties[duty].tasks[task].id;
    let r = session.verification.rating(task, session.people[0].id)?;
    Some((r.importance, r.frequency, r.difficulty, r.train))
}

#[test]
fn a_burst_typed_in_one_frame_fills_the_fields_in_order() {
    let mut harness = harness(session());
    harness
        .get_by_label("Importance of A-1 by Ioana Mărgineanu")
        .focus();
    harness.run();
    // Two raters' speed: "5431" for A-1, then "3 2 1 y" (spaces typed too) for A-2,
    // then Enter past B-1 to B-2: "2", Backspace (the frequency is empty: nothing
    // to clear), "4".
    let events = [
        burst::text("5431"),
        burst::text("3 2 1 y"),
        burst::key(egui::Key::Enter),
        burst::text("2"),
        burst::key(egui::Key::Backspace),
        burst::text("4"),
    ]
    .concat();
    burst::run(&mut harness, events);
    assert_eq!(
        rating_of(&harness, 0, 0),
        Some((Some(5), Some(4), Some(3), Some(true)))
    );
    assert_eq!(
        rating_of(&harness, 0, 1),
        Some((Some(3), Some(2), Some(1), Some(true)))
    );
    assert_eq!(rating_of(&harness, 1, 0), None, "Enter skipped B-1");
    assert_eq!(
        rating_of(&harness, 1, 1),
        Some((Some(2), Some(4), None, None))
    );
}

#[test]
fn the_priority_formula_is_explained_in_the_interface_language() {
    use dacum_i18n::{Catalogue, Language};
    let harness = app_harness(session(), egui::vec2(1400.0, 600.0), |app| {
        app.use_language(Language::German);
        app.apply(Command::Show(crate::ui::view::View::Verification));
    });
    let formula = session().verification.priority.describe();
    let words = Catalogue::new(Language::German).text(&formula);
    assert_ne!(words, formula.to_string());
    harness.get_by_label(&format!("= {words}"));
}
