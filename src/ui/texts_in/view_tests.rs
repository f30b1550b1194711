//! The supporting lists and the PESTLE views in a translated display, driven
//! through the app: their fields hold the translations, an untranslated one is
//! empty with the source as its hint, and typing writes the translation.

use std::path::Path;

use egui::Key;
use egui_kittest::kittest::Queryable as _;

use crate::ui::command::Command;
use crate::ui::test_harness::{AppHarness, app_harness};
use crate::ui::ui_command::UiCommand;
use crate::ui::view::{PestleTab, View};
use crate::ui::widgets::keystrokes::burst;
use dacum_model::{AxisSide, Category, Session, Status, TextSlot};

fn prison_officer() -> Session {
    let bytes = include_bytes!("../../../sessions/prison-officer.ron");
    match dacum_store::parse_session(bytes, Path::new("prison-officer.ron")) {
        Ok(session) => session,
        Err(error) => panic!("the example loads: {error}"),
    }
}

/// The app on `session`, opened by `open`, showing its texts in Czech.
fn in_czech(session: Session, open: impl FnOnce(&mut crate::ui::DacumApp)) -> AppHarness {
    app_harness(session, egui::vec2(1400.0, 1200.0), |app| {
        open(app);
        app.apply(Command::ShowTextsIn(Some("cs".to_owned())));
    })
}

fn value(harness: &AppHarness, label: &str) -> String {
    harness.get_by_label(label).value().unwrap_or_default()
}

fn czech(session: &Session, slot: TextSlot) -> String {
    match session.text_in("cs", slot) {
        Some(shown) if !shown.fallback => shown.text.to_owned(),
        _ => panic!("the example translates {slot:?} into Czech"),
    }
}

#[test]
fn list_items_show_their_czech_translation_and_typing_writes_it() {
    let mut example = prison_officer();
    let first = TextSlot::ListItem(example.chart.knowledge_skills[0].id);
    let second = TextSlot::ListItem(example.chart.knowledge_skills[1].id);
    let source = example.chart.knowledge_skills[1].text.clone();
    let first_cs = czech(&example, first);
    if let Some(texts) = example.translations.0.get_mut("cs") {
        texts.remove(&second);
    }
    let mut harness = in_czech(example, |app| app.apply(Command::Show(View::Lists)));
    assert_eq!(value(&harness, "Knowledge or skill 1"), first_cs);
    assert_eq!(
        value(&harness, "Knowledge or skill 2"),
        "",
        "no translation yet"
    );

    harness.get_by_label("Knowledge or skill 2").focus();
    harness.run();
    let mut events = burst::text("Znalost řádu věznice");
    events.extend(burst::key(Key::Tab));
    burst::run(&mut harness, events);
    harness.run();
    let session = harness.state().document().session();
    assert_eq!(
        session.chart.knowledge_skills[1].text, source,
        "the source stays"
    );
    let typed = session.translations.get("cs", second);
    assert_eq!(
        typed.map(|t| (t.text.as_str(), t.status)),
        Some(("Znalost řádu věznice", Status::Draft))
    );
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-edit-translation")
    );
    harness.state_mut().apply(Command::Ui(UiCommand::Undo));
    harness.run();
    let session = harness.state().document().session();
    assert_eq!(session.translations.get("cs", second), None);
}

#[test]
fn drivers_axes_and_scenarios_show_their_czech_translations() {
    let example = prison_officer();
    let Some(driver) = example
        .pestle
        .drivers
        .iter()
        .find(|d| d.category == Category::Political)
    else {
        panic!("the example has a political driver");
    };
    let title_cs = czech(&example, TextSlot::DriverTitle(driver.id));
    let harness = in_czech(example.clone(), |app| app.show_pestle(PestleTab::Drivers));
    assert_eq!(value(&harness, "Title of Political driver 1"), title_cs);

    let pole_cs = czech(&example, TextSlot::AxisLowPole(AxisSide::Horizontal));
    let harness = in_czech(example.clone(), |app| app.show_pestle(PestleTab::Axes));
    assert_eq!(value(&harness, "Left pole"), pole_cs);
    assert!(harness.query_by_label("Texts in cs").is_some());

    let Some(scenario) = example.pestle.scenarios.first() else {
        panic!("the example has scenarios");
    };
    let name_cs = czech(&example, TextSlot::ScenarioName(scenario.id));
    let harness = in_czech(example.clone(), |app| {
        app.apply(Command::Show(View::Scenarios));
    });
    let shown = harness.query_all_by_role(egui::accesskit::Role::TextInput);
    let names: Vec<String> = shown.filter_map(|node| node.value()).collect();
    assert!(names.contains(&name_cs), "{name_cs} in {names:?}");
    assert!(
        !names.contains(&scenario.name),
        "the English name is not shown"
    );
}

/// The verification grid's tasks and the votes grid's drivers follow the display
/// language too; a task not translated yet shows its English statement.
#[test]
fn the_verification_and_votes_grids_show_their_czech_texts() {
    let mut example = prison_officer();
    let first = example.chart.duties[0].tasks[0].id;
    let second = example.chart.duties[0].tasks[1].id;
    let first_cs = czech(&example, TextSlot::TaskStatement(first));
    // The second task loses its Czech translation: its source shows, marked.
    example
        .translations
        .0
        .entry("cs".to_owned())
        .or_default()
        .remove(&TextSlot::TaskStatement(second));
    let second_en = example.chart.duties[0].tasks[1].statement.clone();
    let harness = in_czech(example.clone(), |app| {
        app.apply(Command::Show(View::Verification));
    });
    assert!(harness.query_by_label(&first_cs).is_some(), "{first_cs}");
    let english = &example.chart.duties[0].tasks[0].statement;
    assert!(
        harness.query_by_label(english).is_none(),
        "{english} is not shown"
    );
    assert!(harness.query_by_label(&second_en).is_some(), "{second_en}");

    let driver = &example.pestle.drivers[0];
    let title_cs = czech(&example, TextSlot::DriverTitle(driver.id));
    let harness = in_czech(example.clone(), |app| app.show_pestle(PestleTab::Votes));
    assert!(harness.query_by_label(&title_cs).is_some(), "{title_cs}");
    assert!(harness.query_by_label(&driver.title).is_none());
}
