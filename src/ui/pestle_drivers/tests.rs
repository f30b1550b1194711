//! The drivers view driven by keyboard and clicks, asserting on the session.

use egui_kittest::kittest::Queryable as _;

use super::*;
use crate::ui::test_harness::{AppHarness, app_harness};
use crate::ui::ui_command::UiCommand;
use crate::ui::widgets::keystrokes::burst;
use dacum_model::{Participant, Pestle, Vote};

fn pestle(harness: &AppHarness) -> &Pestle {
    &harness.state().document().session().pestle
}

fn titles(harness: &AppHarness) -> Vec<(Category, String)> {
    pestle(harness)
        .drivers
        .iter()
        .map(|d| (d.category, d.title.clone()))
        .collect()
}

fn type_into(harness: &mut AppHarness, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Alt+digit, then the title typed where the cursor is, then Enter.
fn add(harness: &mut AppHarness, alt_digit: Key, title: &str) {
    harness.key_press_modifiers(Modifiers::ALT, alt_digit);
    harness.run();
    harness.event(egui::Event::Text(title.to_owned()));
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    harness.run();
}

/// Two Technological drivers, one Legal one, two participants; the first driver
/// has both participants' votes.
fn session() -> Session {
    let mut session = Session::default();
    let p = &mut session.pestle;
    p.drivers = vec![
        Driver::new(Category::Technological, "AI tools"),
        Driver::new(Category::Legal, "New penal code"),
        Driver::new(Category::Technological, "Digital records"),
    ];
    p.participants = vec![Participant::new("Ana"), Participant::new("Ben")];
    let (d, a, b) = (p.drivers[0].id, p.participants[0].id, p.participants[1].id);
    p.votes = vec![Vote::new(d, a, 4, 5), Vote::new(d, b, 2, 3)];
    session
}

fn harness(session: Session) -> AppHarness {
    app_harness(session, egui::vec2(1400.0, 1000.0), |app| {
        app.show_pestle(crate::ui::view::PestleTab::Drivers);
    })
}

#[test]
fn drivers_are_added_by_keyboard_in_the_chosen_category() {
    let mut harness = harness(Session::default());
    harness.get_by_label("New driver title").focus();
    harness.run();
    // The field keeps the cursor after Enter: no mouse between drivers.
    add(&mut harness, Key::Num1, "Penal policy direction");
    add(&mut harness, Key::Num6, "Heat stress in old prisons");
    add(&mut harness, Key::Num4, "AI-based risk assessment");
    assert_eq!(
        titles(&harness),
        [
            (Category::Political, "Penal policy direction".to_owned()),
            (
                Category::Environmental,
                "Heat stress in old prisons".to_owned()
            ),
            (
                Category::Technological,
                "AI-based risk assessment".to_owned()
            ),
        ]
    );
    assert!(harness.query_by_label("Political (1)").is_some());
    assert!(harness.query_by_label("Economic (0)").is_some());
    harness.state_mut().apply(UiCommand::Undo);
    assert_eq!(
        pestle(&harness).drivers.len(),
        2,
        "one undo step per driver"
    );
}

#[test]
fn marking_two_drivers_as_related_creates_a_group() {
    let mut harness = harness(session());
    harness.get_by_label("Select AI tools").click();
    harness.get_by_label("Select Digital records").click();
    harness.run();
    harness.get_by_label("Mark selected as related").click();
    harness.run();
    let groups = &pestle(&harness).groups;
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].name, "Related: AI tools + Digital records");
    let (first, third) = (
        pestle(&harness).drivers[0].id,
        pestle(&harness).drivers[2].id,
    );
    assert_eq!(groups[0].drivers, [first, third]);
    harness.run();
    assert!(
        harness
            .query_by_label("— AI tools, Digital records")
            .is_some()
    );
    assert_eq!(
        harness.query_all_by_label("related").count(),
        2,
        "grouped drivers are marked in the list"
    );
    harness.get_by_label("Rename").click();
    harness.run();
    harness.run();
    let field = "Name of group Related: AI tools + Digital records";
    harness.get_by_label(field).type_text(" (digital)");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        pestle(&harness).groups[0].name,
        "Related: AI tools + Digital records (digital)"
    );
    harness.get_by_label("Ungroup").click();
    harness.run();
    assert!(pestle(&harness).groups.is_empty());
}

#[test]
fn deleting_a_driver_and_undo_restores_it_with_its_votes() {
    let mut session = session();
    let (a, c) = (session.pestle.drivers[0].id, session.pestle.drivers[2].id);
    session.pestle.groups.push(dacum_model::DriverGroup {
        id: Id::new(),
        name: "Digital".to_owned(),
        drivers: vec![a, c],
    });
    let mut harness = harness(session.clone());
    // Categories in order: Technological comes before Legal; "AI tools" is first.
    harness
        .get_all_by_label("Delete")
        .next()
        .expect("a delete button")
        .click();
    harness.run();
    assert_eq!(pestle(&harness).drivers.len(), 2);
    assert!(pestle(&harness).votes.is_empty(), "its votes go with it");
    assert_eq!(pestle(&harness).groups[0].drivers, [c]);
    harness.state_mut().apply(UiCommand::Undo);
    assert_eq!(harness.state().document().session(), &session);
}

#[test]
fn titles_and_descriptions_are_edited_in_place_as_one_undo_step() {
    let mut harness = harness(session());
    type_into(
        &mut harness,
        "Title of Technological driver 1",
        " in risk assessment",
    );
    type_into(
        &mut harness,
        "Description of Legal driver 1",
        "Adopted in 2026",
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(
        pestle(&harness).drivers[0].title,
        "AI tools in risk assessment"
    );
    assert_eq!(
        pestle(&harness).drivers[1].description,
        "",
        "Escape cancels"
    );
    type_into(&mut harness, "Description of Legal driver 1", "Adopted");
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(pestle(&harness).drivers[1].description, "Adopted");
    harness.state_mut().apply(UiCommand::Undo);
    harness.state_mut().apply(UiCommand::Undo);
    assert_eq!(pestle(&harness).drivers[0].title, "AI tools");
}

#[test]
fn drivers_move_within_their_category() {
    let mut harness = harness(session());
    harness
        .get_by_label("Title of Technological driver 1")
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    harness.run();
    let order: Vec<String> = titles(&harness).into_iter().map(|(_, t)| t).collect();
    assert_eq!(order, ["New penal code", "Digital records", "AI tools"]);
    // The Up button of the (now) second Technological driver moves it back.
    // Move up buttons in order: Technological 1 (disabled), Technological 2, Legal 1,
    // then the participants'.
    let ups: Vec<_> = harness.get_all_by_label("Move up").collect();
    ups[1].click();
    harness.run();
    let order: Vec<String> = titles(&harness).into_iter().map(|(_, t)| t).collect();
    assert_eq!(order, ["New penal code", "AI tools", "Digital records"]);
}

#[test]
fn participants_are_added_by_keyboard_and_deleted() {
    let mut harness = harness(Session::default());
    type_into(&mut harness, "New participant name", "Ioana Mărgineanu");
    harness.key_press(Key::Tab);
    harness.run();
    harness.event(egui::Event::Text("ANP".to_owned()));
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
    harness.event(egui::Event::Text("RO".to_owned()));
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    harness.run();
    // The cursor is back in the name field for the next one.
    harness.event(egui::Event::Text("Jiří".to_owned()));
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let people: Vec<(String, String, String)> = pestle(&harness)
        .participants
        .iter()
        .map(|p| (p.name.clone(), p.organisation.clone(), p.country.clone()))
        .collect();
    assert_eq!(
        people,
        [
            (
                "Ioana Mărgineanu".to_owned(),
                "ANP".to_owned(),
                "RO".to_owned()
            ),
            ("Jiří".to_owned(), String::new(), String::new()),
        ]
    );
    type_into(&mut harness, "Country of participant 2", "CZ");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(pestle(&harness).participants[1].country, "CZ");
    harness
        .get_all_by_label("Delete")
        .next()
        .expect("delete")
        .click();
    harness.run();
    assert_eq!(pestle(&harness).participants.len(), 1);
}

/// Alt+4 as the keyboard sends it on Linux: the key, the text "4", the release.
fn alt_digit(key: Key, digit: &str) -> Vec<egui::Event> {
    let mut events = burst::key_with(Modifiers::ALT, key);
    events.insert(1, egui::Event::Text(digit.to_owned()));
    events
}

#[test]
fn alt_digit_in_the_title_field_picks_the_category_and_types_no_digit() {
    let mut harness = harness(Session::default());
    harness.get_by_label("New driver title").focus();
    harness.run();
    let events = [
        alt_digit(Key::Num4, "4"),
        burst::text("Body scanners at gates"),
        burst::key(Key::Enter),
        alt_digit(Key::Num1, "1"),
        burst::text("Penal policy"),
        burst::key(Key::Enter),
    ]
    .concat();
    burst::run(&mut harness, events);
    assert_eq!(
        titles(&harness),
        [
            (Category::Technological, "Body scanners at gates".to_owned()),
            (Category::Political, "Penal policy".to_owned()),
        ]
    );
}
