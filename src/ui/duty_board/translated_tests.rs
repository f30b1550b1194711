//! The board in a translated display (View › Texts in), driven through the app:
//! the cards show the chosen language, a text without a translation shows its
//! source marked, and typing on a card edits the translation, never the source.

use std::path::Path;

use egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::Command;
use crate::ui::test_harness::{AppHarness, app_harness};
use crate::ui::view::View;
use crate::ui::widgets::keystrokes::burst;
use dacum_model::translation::State;
use dacum_model::{Session, Status, TextSlot};

/// The shipped example, with reviewed Czech and German translations of its chart.
fn prison_officer() -> Session {
    let bytes = include_bytes!("../../../sessions/prison-officer.ron");
    match dacum_store::parse_session(bytes, Path::new("prison-officer.ron")) {
        Ok(session) => session,
        Err(error) => panic!("the example loads: {error}"),
    }
}

fn harness(session: Session) -> AppHarness {
    app_harness(session, egui::vec2(1280.0, 900.0), |app| {
        app.apply(Command::Show(View::Chart));
    })
}

fn click(harness: &mut AppHarness, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// View › Texts in › `language` (the entry's label), through the menu.
fn show_texts_in(harness: &mut AppHarness, entry: &str) {
    click(harness, "View");
    click(harness, "Texts in");
    click(harness, entry);
}

fn session(harness: &AppHarness) -> &Session {
    harness.state().document().session()
}

/// A-1, the first task of the example, and its text in `language`.
fn first_task(session: &Session) -> TextSlot {
    TextSlot::TaskStatement(session.chart.duties[0].tasks[0].id)
}

fn description(harness: &AppHarness, card: &str) -> String {
    harness
        .get_by_label(card)
        .accesskit_node()
        .description()
        .unwrap_or_default()
}

#[test]
fn texts_in_czech_shows_the_czech_cards_and_the_working_language_comes_back() {
    let example = prison_officer();
    let duty = TextSlot::DutyTitle(example.chart.duties[0].id);
    let czech = |slot| example.text_in("cs", slot).map(|s| s.text.to_owned());
    let (Some(duty_cs), Some(task_cs)) = (czech(duty), czech(first_task(&example))) else {
        panic!("the example translates A and A-1 into Czech");
    };
    let mut harness = harness(example.clone());
    assert!(
        harness
            .query_by_label("Duty A: Maintain security of the facility")
            .is_some()
    );

    show_texts_in(&mut harness, "cs · Čeština");
    assert!(
        harness
            .query_by_label(&format!("Duty A: {duty_cs}"))
            .is_some()
    );
    assert!(
        harness
            .query_by_label(&format!("Task A-1: {task_cs}"))
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Duty A: Maintain security of the facility")
            .is_none()
    );
    assert!(
        harness.query_by_label("Texts in cs").is_some(),
        "the status bar says so"
    );
    // Reviewed translations carry no mark.
    assert!(!description(&harness, &format!("Task A-1: {task_cs}")).contains("Not translated"));

    show_texts_in(&mut harness, "de · Deutsch");
    let german = example.text_in("de", duty).map(|s| s.text.to_owned());
    assert!(
        harness
            .query_by_label(&format!("Duty A: {}", german.unwrap_or_default()))
            .is_some()
    );

    show_texts_in(&mut harness, "en · English (working language)");
    assert!(
        harness
            .query_by_label("Duty A: Maintain security of the facility")
            .is_some()
    );
    assert!(harness.query_by_label("Texts in de").is_none());
    assert!(
        !harness.state().document().is_dirty(),
        "showing changes nothing"
    );
}

#[test]
fn a_card_without_a_translation_shows_its_source_marked() {
    let mut example = prison_officer();
    let slot = first_task(&example);
    if let Some(czech) = example.translations.0.get_mut("cs") {
        czech.remove(&slot);
    }
    let mut harness = harness(example);
    harness
        .state_mut()
        .apply(Command::ShowTextsIn(Some("cs".to_owned())));
    harness.run();
    let card = "Task A-1: Conduct cell searches";
    assert!(
        harness.query_by_label(card).is_some(),
        "the source is shown"
    );
    let said = description(&harness, card);
    assert!(said.contains("Not translated yet"), "{said}");
    assert!(said.contains("en"), "{said}");
}

#[test]
fn typing_on_a_card_in_czech_writes_its_translation_and_never_the_source() {
    let mut example = prison_officer();
    let slot = first_task(&example);
    if let Some(czech) = example.translations.0.get_mut("cs") {
        czech.remove(&slot);
    }
    let mut harness = harness(example);
    harness
        .state_mut()
        .apply(Command::ShowTextsIn(Some("cs".to_owned())));
    harness.run();
    click(&mut harness, "Task A-1: Conduct cell searches");
    harness.get_by_label("Statement of task A-1").focus();
    harness.run();
    // One frame: the words, then Tab to the next card, as a fast typist sends them.
    let mut events = burst::text("Provádět prohlídky cel");
    events.extend(burst::key(Key::Tab));
    burst::run(&mut harness, events);
    harness.run();

    let now = session(&harness);
    assert_eq!(
        now.chart.duties[0].tasks[0].statement,
        "Conduct cell searches"
    );
    let translation = now.translations.get("cs", slot).cloned();
    assert_eq!(
        translation.as_ref().map(|t| (t.text.as_str(), t.status)),
        Some(("Provádět prohlídky cel", Status::Draft))
    );
    assert_eq!(now.translation_state("cs", slot), State::Draft);
    assert!(
        harness
            .query_by_label("Task A-1: Provádět prohlídky cel")
            .is_some()
    );
    // The burst is one undo step, and undoing it leaves the source as it was.
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-edit-translation")
    );
    harness
        .state_mut()
        .apply(Command::Ui(crate::ui::ui_command::UiCommand::Undo));
    harness.run();
    let now = session(&harness);
    assert_eq!(now.translations.get("cs", slot), None);
    assert_eq!(
        now.chart.duties[0].tasks[0].statement,
        "Conduct cell searches"
    );
}

#[test]
fn editing_a_translated_card_starts_from_its_translation_and_structure_still_works() {
    let example = prison_officer();
    let slot = first_task(&example);
    let Some(task_cs) = example.text_in("cs", slot).map(|s| s.text.to_owned()) else {
        panic!("A-1 is translated");
    };
    let tasks = example.chart.duties[0].tasks.len();
    let second = TextSlot::TaskStatement(example.chart.duties[0].tasks[1].id);
    let second_cs = example.text_in("cs", second).map(|s| s.text.to_owned());
    let mut harness = harness(example);
    harness
        .state_mut()
        .apply(Command::ShowTextsIn(Some("cs".to_owned())));
    harness.run();
    click(&mut harness, &format!("Task A-1: {task_cs}"));
    harness.get_by_label("Statement of task A-1").focus();
    harness.run();
    let mut events = burst::text(" ve všech křídlech");
    events.extend(burst::key(Key::Tab));
    burst::run(&mut harness, events);
    harness.run();
    let now = session(&harness);
    let typed = now.translations.get("cs", slot).map(|t| t.text.clone());
    assert_eq!(typed, Some(format!("{task_cs} ve všech křídlech")));
    assert_eq!(
        now.chart.duties[0].tasks[0].statement,
        "Conduct cell searches"
    );

    // Delete works on the element, in any display language.
    harness.key_press(Key::Escape);
    harness.run();
    click(
        &mut harness,
        &format!("Task A-2: {}", second_cs.unwrap_or_default()),
    );
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    assert_eq!(session(&harness).chart.duties[0].tasks.len(), tasks - 1);
}

#[test]
fn another_document_opens_in_its_working_language() {
    let mut harness = harness(prison_officer());
    harness
        .state_mut()
        .apply(Command::ShowTextsIn(Some("cs".to_owned())));
    harness.run();
    assert!(harness.query_by_label("Texts in cs").is_some());
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/prison-officer.ron");
    harness.state_mut().apply(Command::OpenPath(path));
    harness.run();
    assert!(harness.query_by_label("Texts in cs").is_none());
    assert!(
        harness
            .query_by_label("Duty A: Maintain security of the facility")
            .is_some()
    );
}
