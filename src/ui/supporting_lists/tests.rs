//! Tests of the supporting lists view, run inside the whole app.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

use super::*;
use crate::ui::test_harness::{AppHarness, app_harness};
use crate::ui::ui_command::UiCommand;
use crate::ui::view::View;

fn harness_sized(session: Session, width: f32) -> AppHarness {
    app_harness(session, egui::vec2(width, 1400.0), |app| {
        app.apply(Command::Show(View::Lists));
    })
}

fn harness(session: Session) -> AppHarness {
    harness_sized(session, 1400.0)
}

fn with_knowledge(items: &[&str]) -> Session {
    let mut session = Session::default();
    session.chart.knowledge_skills = items.iter().map(|t| ListItem::new(t)).collect();
    session
}

fn knowledge(harness: &AppHarness) -> Vec<String> {
    let list = &harness.state().document().session().chart.knowledge_skills;
    list.iter().map(|i| i.text.clone()).collect()
}

fn press(harness: &mut AppHarness, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// Types into the field that has the focus now.
fn type_here(harness: &mut AppHarness, label: &str, text: &str) {
    let field = harness.get_by_label(label);
    assert!(field.is_focused(), "{label} has the focus");
    field.type_text(text);
    harness.run();
}

#[test]
fn enter_commits_an_item_and_opens_the_next() {
    let mut harness = harness(Session::default());
    harness.get_by_label("Add knowledge or skill").click();
    harness.run();
    type_here(
        &mut harness,
        "Knowledge or skill 1",
        "Conflict de-escalation",
    );
    press(&mut harness, Key::Enter);
    type_here(
        &mut harness,
        "Knowledge or skill 2",
        "Prison law and prisoners' rights",
    );
    press(&mut harness, Key::Enter);
    type_here(&mut harness, "Knowledge or skill 3", "First aid");
    press(&mut harness, Key::Enter);
    assert_eq!(knowledge(&harness).len(), 4, "an empty fourth item waits");
    // Enter on the empty new item removes it again.
    press(&mut harness, Key::Enter);
    let expected = [
        "Conflict de-escalation",
        "Prison law and prisoners' rights",
        "First aid",
    ];
    assert_eq!(knowledge(&harness), expected);
    assert!(
        harness
            .query_by_label("General knowledge and skills (3)")
            .is_some()
    );
}

#[test]
fn unicode_text_arrives_intact_in_every_list() {
    let mut harness = harness(Session::default());
    harness.get_by_label("Add trend or concern").click();
    harness.run();
    type_here(
        &mut harness,
        "Trend or concern 1",
        "Îngrijorări: supraaglomerarea țărilor",
    );
    press(&mut harness, Key::Enter);
    let trends = &harness.state().document().session().chart.trends;
    assert_eq!(trends[0].text, "Îngrijorări: supraaglomerarea țărilor");
}

#[test]
fn escape_cancels_typing_and_removes_a_new_item() {
    let mut harness = harness(with_knowledge(&["Searches"]));
    harness.get_by_label("Knowledge or skill 1").focus();
    harness.run();
    type_here(&mut harness, "Knowledge or skill 1", " of cells");
    assert_eq!(knowledge(&harness), ["Searches of cells"]);
    press(&mut harness, Key::Escape);
    assert_eq!(knowledge(&harness), ["Searches"]);

    harness.get_by_label("Add knowledge or skill").click();
    harness.run();
    type_here(&mut harness, "Knowledge or skill 2", "Half a thought");
    press(&mut harness, Key::Escape);
    assert_eq!(knowledge(&harness), ["Searches"]);
}

#[test]
fn typing_in_one_item_is_one_undo_step() {
    let mut harness = harness(with_knowledge(&["Searches"]));
    harness.get_by_label("Knowledge or skill 1").focus();
    harness.run();
    type_here(&mut harness, "Knowledge or skill 1", " of");
    type_here(&mut harness, "Knowledge or skill 1", " cells");
    press(&mut harness, Key::Enter);
    assert_eq!(knowledge(&harness)[0], "Searches of cells");
    harness.state_mut().apply(UiCommand::Undo); // the empty item Enter opened
    harness.state_mut().apply(UiCommand::Undo); // all the typing
    harness.run();
    assert_eq!(knowledge(&harness), ["Searches"]);
}

#[test]
fn items_move_with_alt_arrows_and_buttons() {
    let mut harness = harness(with_knowledge(&["A", "B", "C"]));
    harness.get_by_label("Knowledge or skill 1").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    harness.run();
    assert_eq!(knowledge(&harness), ["B", "A", "C"]);
    assert!(harness.get_by_label("Knowledge or skill 2").is_focused());

    harness.get_all_by_label("Move up").nth(2).unwrap().click();
    harness.run();
    assert_eq!(knowledge(&harness), ["B", "C", "A"]);
}

#[test]
fn delete_removes_an_item() {
    let mut harness = harness(with_knowledge(&["A", "B"]));
    harness.get_all_by_label("Delete").next().unwrap().click();
    harness.run();
    assert_eq!(knowledge(&harness), ["B"]);
}

#[test]
fn an_acronym_takes_term_then_meaning() {
    let mut harness = harness(Session::default());
    harness.get_by_label("Add acronym").click();
    harness.run();
    type_here(&mut harness, "Acronym 1", "CPT");
    press(&mut harness, Key::Tab);
    let meaning = "European Committee for the Prevention of Torture";
    type_here(&mut harness, "Meaning of acronym 1", meaning);
    press(&mut harness, Key::Enter);
    type_here(&mut harness, "Acronym 2", "ESCO");
    press(&mut harness, Key::Enter);
    let skills = "European Skills, Competences, Qualifications and Occupations";
    type_here(&mut harness, "Meaning of acronym 2", skills);
    press(&mut harness, Key::Enter);
    // The third, left empty, goes away again.
    press(&mut harness, Key::Escape);
    let acronyms = &harness.state().document().session().chart.acronyms;
    let pairs: Vec<(&str, &str)> = acronyms
        .iter()
        .map(|a| (a.term.as_str(), a.meaning.as_str()))
        .collect();
    assert_eq!(pairs, [("CPT", meaning), ("ESCO", skills)]);
}

#[test]
fn reveal_opens_the_list_and_focuses_the_item() {
    let mut session = with_knowledge(&["A"]);
    session.chart.tools = vec![ListItem::new("Radio"), ListItem::new("Keys")];
    let keys = session.chart.tools[1].id;
    let mut harness = harness_sized(session, 600.0);
    harness
        .get_by_label("Tools, equipment, supplies and materials (2)")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label("Tool, equipment or material 2")
            .is_none()
    );
    harness.state_mut().apply(Command::Reveal(keys));
    harness.run();
    assert!(
        harness
            .get_by_label("Tool, equipment or material 2")
            .is_focused()
    );
}
