//! The Translate view driven as a user drives it: a burst of typing and Enter
//! queued into one frame lands row after row, Mark reviewed settles a stale
//! row, the filters and the progress line follow, and undo takes a change back.

use egui::Key;
use egui_kittest::kittest::Queryable as _;

use crate::ui::command::Command;
use crate::ui::test_harness::{AppHarness, app_harness};
use crate::ui::ui_command::UiCommand;
use crate::ui::view::View;
use crate::ui::widgets::keystrokes::burst;
use dacum_model::translation::State;
use dacum_model::{Chart, Duty, Session, Status, Task, TextSlot, Translation};

fn session() -> Session {
    let mut duty = Duty::new("Maintain security");
    duty.tasks.push(Task::new("Search cells"));
    duty.tasks.push(Task::new("Escort prisoners"));
    Session {
        chart: Chart {
            duties: vec![duty],
            ..Chart::default()
        },
        ..Session::default()
    }
}

fn harness(session: Session) -> AppHarness {
    app_harness(session, egui::vec2(1400.0, 900.0), |app| {
        app.apply(Command::Show(View::Translate));
    })
}

fn slots(s: &Session) -> [TextSlot; 3] {
    let duty = &s.chart.duties[0];
    [
        TextSlot::DutyTitle(duty.id),
        TextSlot::TaskStatement(duty.tasks[0].id),
        TextSlot::TaskStatement(duty.tasks[1].id),
    ]
}

#[test]
fn a_burst_of_rows_typed_with_enter_reaches_every_row() {
    let session = session();
    let [duty, first, second] = slots(&session);
    let mut harness = harness(session);
    assert!(
        harness
            .query_by_label_contains("Choose a language")
            .is_some()
    );
    harness.get_by_label("New language code").focus();
    harness.run();
    harness.get_by_label("New language code").type_text("cs");
    harness.key_press(Key::Enter);
    harness.run();
    harness.run();
    harness.get_by_label("Translation of duty A").focus();
    harness.run();
    let texts = [
        "Zajišťovat bezpečnost",
        "Provádět prohlídky cel",
        "Doprovázet vězně",
    ];
    burst::run(&mut harness, burst::entries(&texts, Key::Enter));
    let s = harness.state().document().session();
    for (slot, text) in [duty, first, second].into_iter().zip(texts) {
        assert_eq!(s.text_in("cs", slot).map(|t| t.text), Some(text));
        assert_eq!(s.translation_state("cs", slot), State::Draft);
    }
    assert!(
        harness
            .query_by_label("2 of 2 tasks in cs · 3 of 3 texts · 0 stale · 3 drafts")
            .is_some()
    );
    // One undo takes back the last row's typing, nothing else.
    harness.state_mut().apply(Command::Ui(UiCommand::Undo));
    harness.run();
    let s = harness.state().document().session();
    assert_eq!(s.translation_state("cs", second), State::Missing);
    assert_eq!(s.translation_state("cs", first), State::Draft);
}

#[test]
fn a_stale_row_is_found_by_its_filter_and_settled_by_mark_reviewed() {
    let mut session = session();
    let [_, first, second] = slots(&session);
    let put = |s: &mut Session, slot, source: &str, text: &str| {
        s.translations
            .0
            .entry("de".to_owned())
            .or_default()
            .insert(slot, Translation::of(source, text, Status::Reviewed));
    };
    // Translated when the first task still read "Search the cells".
    put(
        &mut session,
        first,
        "Search the cells",
        "Zellen durchsuchen",
    );
    put(
        &mut session,
        second,
        "Escort prisoners",
        "Gefangene begleiten",
    );
    let mut harness = harness(session);
    assert!(
        harness
            .query_by_label("2 of 2 tasks in de · 2 of 3 texts · 1 stale · 0 drafts")
            .is_some()
    );
    harness.get_by_label("Stale").click();
    harness.run();
    assert!(harness.query_by_label("Translation of task A-2").is_none());
    harness.get_by_label("Mark reviewed").click();
    harness.run();
    let s = harness.state().document().session();
    assert_eq!(s.translation_state("de", first), State::Reviewed);
    assert!(
        harness
            .query_by_label("No text is in this state.")
            .is_some()
    );
}
