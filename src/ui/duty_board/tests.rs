//! The board driven through the app (the shared `test_harness`): clicks, keys and
//! drags reach the document as a user's do; the tests assert on the session.

use egui::{Key, Modifiers, Pos2};
use egui_kittest::kittest::Queryable as _;

use super::Command;
use crate::ui::test_harness::{AppHarness, app_harness};
use crate::ui::ui_command::UiCommand;
use crate::ui::view::View;
use dacum_model::{Duty, Session, Task};

fn harness(session: Session) -> AppHarness {
    app_harness(session, egui::vec2(1200.0, 900.0), |app| {
        app.apply(Command::Show(View::Chart));
    })
}

/// A session with the given duties and tasks (English, so every rule runs).
fn session(duties: &[(&str, &[&str])]) -> Session {
    let mut session = Session::default();
    session.meta.language = "en".to_owned();
    for (title, tasks) in duties {
        let mut duty = Duty::new(title);
        duty.tasks = tasks.iter().map(|t| Task::new(t)).collect();
        session.chart.duties.push(duty);
    }
    session
}

fn statements(harness: &AppHarness, duty: usize) -> Vec<String> {
    harness.state().document().session().chart.duties[duty]
        .tasks
        .iter()
        .map(|t| t.statement.clone())
        .collect()
}

fn titles(harness: &AppHarness) -> Vec<String> {
    let chart = &harness.state().document().session().chart;
    chart.duties.iter().map(|d| d.title.clone()).collect()
}

/// Types into the field with this accessible name, focusing it first as a user would.
fn type_in(harness: &mut AppHarness, field: &str, text: &str) {
    harness.get_by_label(field).focus();
    harness.run();
    harness.get_by_label(field).type_text(text);
    harness.run();
}

fn press(harness: &mut AppHarness, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn press_with(harness: &mut AppHarness, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

fn click(harness: &mut AppHarness, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Selects a card without editing it: click (which edits), then Escape.
fn select(harness: &mut AppHarness, label: &str) {
    click(harness, label);
    press(harness, Key::Escape);
}

#[test]
fn add_duty_then_type_its_title() {
    let mut harness = harness(Session::default());
    click(&mut harness, "Add duty");
    type_in(
        &mut harness,
        "Title of duty A",
        "Maintain security of the facility",
    );
    assert_eq!(titles(&harness), ["Maintain security of the facility"]);
    // All the keystrokes are one undo step.
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-edit-duty")
    );
}

#[test]
fn enter_after_each_task_numbers_them_in_order() {
    let mut harness = harness(Session::default());
    click(&mut harness, "Add duty");
    type_in(
        &mut harness,
        "Title of duty A",
        "Maintain security of the facility",
    );
    press(&mut harness, Key::Enter);
    let tasks = [
        "Conduct cell searches",
        "Search visitors' belongings",
        "Escort prisoners",
    ];
    for (i, task) in tasks.iter().enumerate() {
        type_in(
            &mut harness,
            &format!("Statement of task A-{}", i + 1),
            task,
        );
        press(&mut harness, Key::Enter);
    }
    // The last Enter opened a fourth, empty task; a second Enter removes it again.
    assert_eq!(statements(&harness, 0).len(), 4);
    press(&mut harness, Key::Enter);
    assert_eq!(statements(&harness, 0), tasks);
    let chart = &harness.state().document().session().chart;
    let codes: Vec<String> = chart.duties[0]
        .tasks
        .iter()
        .filter_map(|t| chart.code_of(t.id))
        .collect();
    assert_eq!(codes, ["A-1", "A-2", "A-3"]);
    assert!(harness.query_by_label("Statement of task A-4").is_none());
}

#[test]
fn enter_on_a_duty_opens_a_task_at_the_start_of_it() {
    let mut harness = harness(session(&[("Supervise prisoners", &["Escort prisoners"])]));
    click(&mut harness, "Duty A: Supervise prisoners");
    press(&mut harness, Key::Enter);
    type_in(&mut harness, "Statement of task A-1", "Count prisoners");
    press(&mut harness, Key::Tab);
    assert_eq!(
        statements(&harness, 0),
        ["Count prisoners", "Escort prisoners"]
    );
}

#[test]
fn escape_cancels_the_edit() {
    let mut harness = harness(session(&[(
        "Maintain security",
        &["Conduct cell searches"],
    )]));
    click(&mut harness, "Task A-1: Conduct cell searches");
    type_in(&mut harness, "Statement of task A-1", " daily");
    assert_eq!(statements(&harness, 0), ["Conduct cell searches daily"]);
    press(&mut harness, Key::Escape);
    assert_eq!(statements(&harness, 0), ["Conduct cell searches"]);
    assert!(harness.query_by_label("Statement of task A-1").is_none());
    assert_eq!(harness.state().document().undo_label(), None);
}

#[test]
fn escape_on_a_new_task_removes_it() {
    let mut harness = harness(session(&[(
        "Maintain security",
        &["Conduct cell searches"],
    )]));
    click(&mut harness, "Add task to A");
    assert_eq!(statements(&harness, 0).len(), 2);
    type_in(&mut harness, "Statement of task A-2", "Patrol");
    press(&mut harness, Key::Escape);
    assert_eq!(statements(&harness, 0), ["Conduct cell searches"]);
}

#[test]
fn add_task_button_appends_a_task() {
    let mut harness = harness(session(&[(
        "Maintain security",
        &["Conduct cell searches"],
    )]));
    click(&mut harness, "Add task to A");
    type_in(
        &mut harness,
        "Statement of task A-2",
        "Patrol the perimeter",
    );
    press(&mut harness, Key::Tab);
    assert_eq!(
        statements(&harness, 0),
        ["Conduct cell searches", "Patrol the perimeter"]
    );
}

#[test]
fn tab_and_shift_tab_walk_the_cards_in_chart_order() {
    let mut harness = harness(session(&[
        ("Maintain security", &["Conduct cell searches"]),
        ("Supervise prisoners", &[]),
    ]));
    click(&mut harness, "Duty A: Maintain security");
    press(&mut harness, Key::Tab);
    assert!(harness.get_by_label("Statement of task A-1").is_focused());
    press(&mut harness, Key::Tab);
    type_in(&mut harness, "Title of duty B", " on the wing");
    press_with(&mut harness, Modifiers::SHIFT, Key::Tab);
    assert!(harness.get_by_label("Statement of task A-1").is_focused());
    assert_eq!(
        titles(&harness),
        ["Maintain security", "Supervise prisoners on the wing"]
    );
}

#[test]
fn alt_arrows_move_tasks_and_duties() {
    let mut harness = harness(session(&[
        (
            "Maintain security",
            &["Search cells", "Check locks", "Patrol yards"],
        ),
        ("Supervise prisoners", &["Escort prisoners"]),
    ]));
    select(&mut harness, "Task A-1: Search cells");
    press_with(&mut harness, Modifiers::ALT, Key::ArrowRight);
    assert_eq!(
        statements(&harness, 0),
        ["Check locks", "Search cells", "Patrol yards"]
    );
    press_with(&mut harness, Modifiers::ALT, Key::ArrowDown);
    assert_eq!(statements(&harness, 0), ["Check locks", "Patrol yards"]);
    assert_eq!(
        statements(&harness, 1),
        ["Escort prisoners", "Search cells"]
    );
    press_with(&mut harness, Modifiers::ALT, Key::ArrowLeft);
    assert_eq!(
        statements(&harness, 1),
        ["Search cells", "Escort prisoners"]
    );
    press_with(&mut harness, Modifiers::ALT, Key::ArrowUp);
    assert_eq!(
        statements(&harness, 0),
        ["Search cells", "Check locks", "Patrol yards"]
    );

    // While typing, too.
    click(&mut harness, "Task A-2: Check locks");
    press_with(&mut harness, Modifiers::ALT, Key::ArrowRight);
    assert_eq!(
        statements(&harness, 0),
        ["Search cells", "Patrol yards", "Check locks"]
    );

    select(&mut harness, "Duty A: Maintain security");
    press_with(&mut harness, Modifiers::ALT, Key::ArrowDown);
    assert_eq!(
        titles(&harness),
        ["Supervise prisoners", "Maintain security"]
    );
}

#[test]
fn delete_key_removes_the_selected_task_and_undo_restores_it() {
    let mut harness = harness(session(&[(
        "Maintain security",
        &["Search cells", "Check locks"],
    )]));
    select(&mut harness, "Task A-1: Search cells");
    press(&mut harness, Key::Delete);
    assert_eq!(statements(&harness, 0), ["Check locks"]);
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-delete-task")
    );
    assert_eq!(
        harness.state().board.selected,
        Some(harness.state().document().session().chart.duties[0].tasks[0].id),
        "the next task is selected after the delete"
    );
    harness.state_mut().apply(UiCommand::Undo);
    harness.run();
    assert_eq!(statements(&harness, 0), ["Search cells", "Check locks"]);
    let restored = harness.state().document().session().chart.duties[0].tasks[0].id;
    assert_eq!(
        harness.state().board.selected,
        Some(restored),
        "the restored card is selected"
    );
    assert!(harness.get_by_label("Task A-1: Search cells").is_focused());
    // Delete again at once, with the keyboard: the card that came back goes.
    press(&mut harness, Key::Delete);
    assert_eq!(statements(&harness, 0), ["Check locks"]);
}

#[test]
fn delete_button_removes_a_duty() {
    let mut harness = harness(session(&[
        ("Maintain security", &["Search cells"]),
        ("Escort", &[]),
    ]));
    select(&mut harness, "Duty B: Escort");
    click(&mut harness, "Delete duty");
    assert_eq!(titles(&harness), ["Maintain security"]);
}

#[test]
fn a_selected_task_shows_its_findings_in_plain_words() {
    let mut harness = harness(session(&[(
        "Maintain security",
        &["Understand prison rules"],
    )]));
    assert!(
        harness
            .query_by_label_contains("cannot be observed")
            .is_none()
    );
    select(&mut harness, "Task A-1: Understand prison rules");
    assert!(
        harness
            .query_by_label_contains("“Understand” cannot be observed")
            .is_some()
    );
}

#[test]
fn the_findings_show_while_editing_and_follow_the_text() {
    let mut harness = harness(session(&[(
        "Maintain security",
        &["Understand prison rules"],
    )]));
    click(&mut harness, "Task A-1: Understand prison rules");
    assert!(
        harness
            .query_by_label_contains("cannot be observed")
            .is_some()
    );
    type_in(
        &mut harness,
        "Statement of task A-1",
        " and escort visitors",
    );
    // The checks run on what was typed: now two actions are joined.
    let found = harness.query_all_by_label_contains("• ").count();
    assert!(found >= 2, "{found} findings shown");
}

#[test]
fn hovering_a_card_shows_its_findings() {
    let mut harness = harness(session(&[(
        "Maintain security",
        &["Understand prison rules"],
    )]));
    harness
        .get_by_label("Task A-1: Understand prison rules")
        .hover();
    // Tooltips wait a moment before they open.
    for _ in 0..60 {
        harness.step();
    }
    assert!(
        harness
            .query_by_label_contains("cannot be observed")
            .is_some()
    );
}

/// What a screen reader reads after a card's name.
fn description(harness: &AppHarness, card: &str) -> Option<String> {
    use egui_kittest::kittest::NodeT as _;
    harness.get_by_label(card).accesskit_node().description()
}

#[test]
fn in_a_merged_session_each_card_says_who_shares_it_and_marks_conflicts() {
    let merged = dacum_model::merge::merge(&crate::ui::merge_view::tests::partners());
    let mut harness = harness(merged.session);
    let shared = description(&harness, "Task A-1: Conduct cell searches").expect("described");
    assert!(
        shared.starts_with("Shared by 3 of 3 partner sessions: CZ (Czech workshop)"),
        "{shared}"
    );
    let local = description(&harness, "Task A-3: Inspect visitors' vehicles at the gate")
        .expect("described");
    assert!(
        local.contains("Shared by 1 of 3") && local.contains("Not in: DE (German workshop), RO"),
        "{local}"
    );
    let disputed = description(&harness, "Task A-2: Escort prisoners to court").expect("described");
    assert!(
        disputed.contains("Partners disagree on the task statement"),
        "{disputed}"
    );
    assert!(!shared.contains("disagree"), "{shared}");

    // A task added after the merge says so.
    click(&mut harness, "Add task to A");
    type_in(
        &mut harness,
        "Statement of task A-5",
        "Search visitors' belongings",
    );
    press(&mut harness, Key::Tab);
    let added = description(&harness, "Task A-5: Search visitors' belongings").expect("described");
    assert!(added.starts_with("Added after the merge"), "{added}");
}

#[test]
fn a_cards_conflict_names_its_field_in_the_interface_language() {
    use dacum_i18n::{Catalogue, Language};
    let merged = dacum_model::merge::merge(&crate::ui::merge_view::tests::partners());
    let harness = app_harness(merged.session, egui::vec2(1200.0, 900.0), |app| {
        app.use_language(Language::Czech);
        app.apply(Command::Show(View::Chart));
    });
    let texts = Catalogue::new(Language::Czech);
    let card = texts.tr_args(
        "board-task-label",
        &[
            ("code", "A-2".into()),
            ("text", "Escort prisoners to court".into()),
        ],
    );
    let field = texts.text(&dacum_model::Field::TaskStatement.label());
    assert_ne!(field, "task statement");
    let note = texts.tr_args("board-conflict", &[("fields", field.into())]);
    let disputed = description(&harness, &card).expect("described");
    assert!(disputed.contains(&note), "{disputed}");
}

#[test]
fn a_session_never_merged_has_no_provenance_on_its_cards() {
    let harness = harness(session(&[(
        "Maintain security",
        &["Conduct cell searches"],
    )]));
    assert_eq!(
        description(&harness, "Task A-1: Conduct cell searches"),
        None
    );
}

#[test]
fn unicode_typed_arrives_intact() {
    let mut harness = harness(Session::default());
    click(&mut harness, "Add duty");
    let text = "Asigură ș ț ř ü ė ğ α";
    type_in(&mut harness, "Title of duty A", text);
    press(&mut harness, Key::Enter);
    type_in(&mut harness, "Statement of task A-1", text);
    press(&mut harness, Key::Tab);
    assert_eq!(titles(&harness), [text]);
    assert_eq!(statements(&harness, 0), [text]);
}

#[test]
fn ctrl_d_adds_a_duty_after_the_selected_one() {
    let mut harness = harness(session(&[
        ("Maintain security", &[]),
        ("Supervise prisoners", &[]),
    ]));
    select(&mut harness, "Duty A: Maintain security");
    press_with(&mut harness, Modifiers::COMMAND, Key::D);
    type_in(&mut harness, "Title of duty B", "Escort prisoners");
    press(&mut harness, Key::Tab);
    assert_eq!(
        titles(&harness),
        [
            "Maintain security",
            "Escort prisoners",
            "Supervise prisoners"
        ]
    );
}

#[test]
fn clicking_another_card_commits_the_edit() {
    let mut harness = harness(session(&[(
        "Maintain security",
        &["Search cells", "Check locks"],
    )]));
    click(&mut harness, "Task A-1: Search cells");
    type_in(&mut harness, "Statement of task A-1", " daily");
    click(&mut harness, "Task A-2: Check locks");
    assert!(harness.get_by_label("Statement of task A-2").is_focused());
    assert_eq!(
        statements(&harness, 0),
        ["Search cells daily", "Check locks"]
    );
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-edit-task")
    );
}

#[test]
fn reveal_selects_and_focuses_a_card() {
    let session = session(&[
        ("Maintain security", &[]),
        ("Supervise prisoners", &["Escort"]),
    ]);
    let task = session.chart.duties[1].tasks[0].id;
    let mut harness = harness(session);
    harness.state_mut().apply(Command::Reveal(task));
    harness.run();
    assert!(harness.get_by_label("Task B-1: Escort").is_focused());
    assert_eq!(harness.state().board.selected, Some(task));
}

#[test]
fn dragging_a_task_onto_another_duty_moves_it() {
    let mut harness = harness(session(&[
        ("Maintain security", &["Search cells", "Check locks"]),
        ("Supervise prisoners", &["Escort prisoners"]),
    ]));
    let from = harness
        .get_by_label("Task A-1: Search cells")
        .rect()
        .center();
    let onto = harness.get_by_label("Task B-1: Escort prisoners").rect();
    // The left half of a card means "before it".
    let to = Pos2::new(onto.left() + 10.0, onto.center().y);
    drag(&mut harness, from, to);
    assert_eq!(statements(&harness, 0), ["Check locks"]);
    assert_eq!(
        statements(&harness, 1),
        ["Search cells", "Escort prisoners"]
    );
}

#[test]
fn dragging_a_duty_below_another_moves_it() {
    let mut harness = harness(session(&[
        ("Maintain security", &[]),
        ("Supervise prisoners", &[]),
    ]));
    let from = harness
        .get_by_label("Duty A: Maintain security")
        .rect()
        .center();
    let below = harness.get_by_label("Duty B: Supervise prisoners").rect();
    drag(
        &mut harness,
        from,
        Pos2::new(below.center().x, below.bottom() - 3.0),
    );
    assert_eq!(
        titles(&harness),
        ["Supervise prisoners", "Maintain security"]
    );
}

fn drag(harness: &mut AppHarness, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.drag_at(from);
    harness.run();
    for step in 1..=10 {
        harness.hover_at(from + (to - from) * (step as f32 / 10.0));
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
}
