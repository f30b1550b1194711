//! The Session view driven through the app (the shared `test_harness`), asserting
//! on the session.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

use super::people::people_summary;
use super::*;
use crate::ui::test_harness::{AppHarness, app_harness};
use crate::ui::ui_command::UiCommand;
use crate::ui::view::View;
use dacum_model::Person;

fn harness(session: Session) -> AppHarness {
    app_harness(session, egui::vec2(1500.0, 1100.0), |app| {
        app.apply(Command::Show(View::Session));
    })
}

fn session(harness: &AppHarness) -> &Session {
    harness.state().document().session()
}

fn type_into(harness: &mut AppHarness, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn press(harness: &mut AppHarness, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn panel(names: &[(&str, &str)]) -> Session {
    let mut session = Session::default();
    for (name, country) in names {
        let mut person = Person::new(Role::Panel, name);
        person.country = (*country).to_owned();
        session.people.push(person);
    }
    session
}

fn names(session: &Session) -> Vec<&str> {
    session.people.iter().map(|p| p.name.as_str()).collect()
}

#[test]
fn typing_a_title_stores_it_as_one_undo_step() {
    let mut harness = harness(Session::default());
    type_into(&mut harness, "Title", "Prison officer");
    harness.get_by_label("Title").type_text(" — national DACUM");
    harness.run();
    press(&mut harness, Key::Enter);
    assert_eq!(
        session(&harness).meta.title,
        "Prison officer — national DACUM"
    );

    harness.state_mut().apply(UiCommand::Undo);
    harness.run();
    assert_eq!(session(&harness).meta.title, "");
    assert_eq!(harness.state().document().undo_label(), None);
}

#[test]
fn escape_cancels_the_typing_in_a_field() {
    let mut harness = harness(Session::default());
    type_into(&mut harness, "Occupation", "Prison officer");
    press(&mut harness, Key::Enter);
    type_into(&mut harness, "Venue", "Bucharest");
    press(&mut harness, Key::Escape);
    let meta = &session(&harness).meta;
    assert_eq!(
        (meta.occupation.as_str(), meta.venue.as_str()),
        ("Prison officer", "")
    );
    assert_eq!(harness.get_by_label("Venue").value().as_deref(), Some(""));
}

#[test]
fn an_invalid_date_shows_an_error_and_stores_nothing() {
    let mut harness = harness(Session::default());
    type_into(&mut harness, "Start date", "2025-02-30");
    assert!(
        harness
            .query_by_label_contains("not a day of the calendar")
            .is_some()
    );
    press(&mut harness, Key::Enter);
    // The text stays, with its error, until it is corrected.
    assert!(
        harness
            .query_by_label_contains("not a day of the calendar")
            .is_some()
    );
    assert_eq!(session(&harness).meta.start, None);
    assert_eq!(harness.state().document().undo_label(), None);

    type_into(&mut harness, "End date", "11.03.2025");
    assert!(harness.query_by_label_contains("YYYY-MM-DD").is_some());
    assert_eq!(session(&harness).meta.end, None);
}

#[test]
fn a_valid_date_is_stored() {
    let mut harness = harness(Session::default());
    type_into(&mut harness, "Start date", "2025-03-11");
    press(&mut harness, Key::Enter);
    let expected = "2025-03-11".parse::<Date>().ok();
    assert_eq!(session(&harness).meta.start, expected);
    assert!(harness.query_by_label_contains("YYYY-MM-DD").is_none());
}

#[test]
fn adding_panel_members_keeps_unicode_names_and_enter_adds_the_next() {
    let mut harness = harness(Session::default());
    harness.get_by_label("Add panel member").click();
    harness.run();
    let name = harness.get_by_label("Name, panel member 1");
    assert!(name.is_focused(), "a new person's name field has the focus");
    name.type_text("Ioana Mărgineanu");
    harness.run();
    press(&mut harness, Key::Enter);
    assert!(
        harness
            .get_by_label("Job title, panel member 1")
            .is_focused()
    );
    type_into(&mut harness, "Country, panel member 1", "ro");
    type_into(&mut harness, "Years of experience, panel member 1", "12");
    press(&mut harness, Key::Enter);
    harness
        .get_by_label("Name, panel member 2")
        .type_text("Jiří Řezníček");
    harness.run();

    let people = &session(&harness).people;
    assert_eq!(
        names(session(&harness)),
        ["Ioana Mărgineanu", "Jiří Řezníček"]
    );
    assert_eq!(people[0].country, "RO");
    assert_eq!(people[0].years_experience, Some(12));
    assert!(people.iter().all(|p| p.role == Role::Panel));
    assert!(
        harness
            .query_by_label_contains("2 panel members from 1 country")
            .is_some()
    );
}

#[test]
fn escape_on_a_new_empty_person_removes_them() {
    let mut harness = harness(Session::default());
    harness.get_by_label("Add facilitator").click();
    harness.run();
    assert_eq!(session(&harness).people.len(), 1);
    press(&mut harness, Key::Escape);
    assert!(session(&harness).people.is_empty());
}

#[test]
fn an_invalid_number_of_years_is_not_stored() {
    let mut harness = harness(panel(&[("Ana", "RO")]));
    type_into(
        &mut harness,
        "Years of experience, panel member 1",
        "twelve",
    );
    assert!(harness.query_by_label_contains("a whole number").is_some());
    assert_eq!(session(&harness).people[0].years_experience, None);
}

#[test]
fn deleting_a_person_removes_them_and_undo_restores() {
    let mut harness = harness(panel(&[("Ana", "RO"), ("Jan", "CZ")]));
    harness.get_all_by_label("Delete").next().unwrap().click();
    harness.run();
    assert_eq!(names(session(&harness)), ["Jan"]);
    harness.state_mut().apply(UiCommand::Undo);
    harness.run();
    assert_eq!(names(session(&harness)), ["Ana", "Jan"]);
}

#[test]
fn people_move_with_buttons_and_alt_arrows_within_their_role() {
    let mut session = panel(&[("Ana", "RO"), ("Jan", "CZ")]);
    session
        .people
        .insert(1, Person::new(Role::Facilitator, "Fay"));
    let mut harness = harness(session);
    harness
        .get_all_by_label("Move down")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(
        names(super::tests::session(&harness)),
        ["Fay", "Jan", "Ana"]
    );

    harness.get_by_label("Name, panel member 2").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run();
    assert_eq!(
        names(super::tests::session(&harness)),
        ["Fay", "Ana", "Jan"]
    );
    assert!(harness.get_by_label("Name, panel member 1").is_focused());
}

#[test]
fn reveal_focuses_the_person() {
    let mut harness = harness(panel(&[("Ana", "RO"), ("Jan", "CZ")]));
    let jan = session(&harness).people[1].id;
    harness.state_mut().apply(Command::Reveal(jan));
    harness.run();
    assert!(harness.get_by_label("Name, panel member 2").is_focused());
}

#[test]
fn the_summary_counts_people_and_countries() {
    let mut session = panel(&[("Ana", "RO"), ("Ion", "ro"), ("Jan", "CZ"), ("Eve", "")]);
    session.people[0].years_experience = Some(10);
    session.people[2].years_experience = Some(5);
    session.people.push(Person::new(Role::Facilitator, "Fay"));
    assert_eq!(
        people_summary(&english(), &session.people),
        "4 panel members from 2 countries · 15 years of combined experience · 1 facilitator"
    );
    assert_eq!(people_summary(&english(), &[]), "0 panel members");
}

#[test]
fn dates_must_be_written_as_iso_calendar_days() {
    let day = |s: &str| s.parse::<Date>().ok();
    let cases = [
        ("", Some(None)),
        ("  ", Some(None)),
        ("2025-03-11", Some(day("2025-03-11"))),
        ("2024-02-29", Some(day("2024-02-29"))),
        ("2025-02-29", None),
        ("2025-3-11", None),
        ("11/03/2025", None),
        ("2025-03-11T10:00", None),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_date(text).ok(), expected, "{text:?}");
    }
}

/// Beside the language, the view says which statement rules apply, as it is typed,
/// so a language without word rules never loses them silently.
#[test]
fn the_language_field_says_which_statement_rules_apply() {
    let mut romanian = Session::default();
    romanian.meta.language = "ro-RO".to_owned();
    let harness = harness(romanian);
    assert!(
        harness
            .query_by_label_contains("Statement rules for Romanian: action verb")
            .is_some()
    );

    let mut unset = Session::default();
    unset.meta.language = String::new();
    let mut harness = self::harness(unset);
    assert!(
        harness
            .query_by_label_contains("No statement language set")
            .is_some()
    );
    type_into(&mut harness, "Language", "lt");
    assert!(
        harness
            .query_by_label_contains("No verb rules for Lithuanian yet")
            .is_some()
    );
    press(&mut harness, Key::Enter);
    assert_eq!(session(&harness).meta.language, "lt");
}

fn english() -> dacum_i18n::Catalogue {
    dacum_i18n::Catalogue::new(dacum_i18n::Language::English)
}
