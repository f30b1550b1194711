//! The axes tab driven as the facilitator would, asserting on the session.

use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::*;
use crate::ui::test_harness::{AppHarness, app_harness};
use crate::ui::ui_command::UiCommand;
use dacum_model::{Category, Driver, DriverGroup, Id, Participant, Vote};

/// Four drivers voted by one participant; "AI risk tools" and "Digital records"
/// are related, "Overcrowding" is a predetermined element.
fn session() -> Session {
    let mut session = Session::default();
    let p = &mut session.pestle;
    p.participants = vec![Participant::new("Ana")];
    for (title, u, i) in [
        ("Penal policy", 5, 5),
        ("AI risk tools", 5, 4),
        ("Digital records", 4, 5),
        ("Overcrowding", 2, 5),
    ] {
        let driver = Driver::new(Category::Political, title);
        p.votes
            .push(Vote::new(driver.id, p.participants[0].id, u, i));
        p.drivers.push(driver);
    }
    p.groups.push(DriverGroup {
        id: Id::new(),
        name: "Digitalisation".into(),
        drivers: vec![p.drivers[1].id, p.drivers[2].id],
    });
    session
}

fn axes(harness: &AppHarness) -> &Axes {
    &harness.state().document().session().pestle.axes
}

fn type_into(harness: &mut AppHarness, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn subject(harness: &AppHarness, title: &str) -> AxisSubject {
    let pestle = &harness.state().document().session().pestle;
    let driver = pestle
        .drivers
        .iter()
        .find(|d| d.title == title)
        .map(|d| d.id);
    let driver = driver.unwrap_or_else(|| panic!("no driver {title}"));
    pestle
        .group_of(driver)
        .map_or(AxisSubject::Driver(driver), |g| AxisSubject::Group(g.id))
}

fn harness(session: Session) -> AppHarness {
    app_harness(session, egui::vec2(1300.0, 1000.0), |app| {
        app.show_pestle(crate::ui::view::PestleTab::Axes);
    })
}

#[test]
fn the_suggestion_is_explained_and_can_be_taken_and_undone() {
    let mut harness = harness(session());
    assert!(
        harness
            .query_by_label("same related group as Digital records")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("not a critical uncertainty: predetermined elements")
            .is_some()
    );
    harness.get_by_label("Use suggested axes").click();
    harness.run();
    let expected = harness.state().document().session().pestle.suggest_axes();
    let chosen = axes(&harness);
    assert_eq!(
        chosen.horizontal.as_ref().map(|a| a.subject),
        Some(expected.axes[0].subject)
    );
    assert_eq!(
        chosen.vertical.as_ref().map(|a| a.subject),
        Some(expected.axes[1].subject)
    );
    harness.state_mut().apply(UiCommand::Undo);
    assert_eq!(axes(&harness), &Axes::default());
}

#[test]
fn poles_and_rationale_are_typed_each_field_one_undo_step() {
    let mut harness = harness(session());
    assert!(
        harness.query_by_label("Left pole").is_none(),
        "no pole to name before an axis is chosen"
    );
    harness.get_by_label("Use suggested axes").click();
    harness.run();
    type_into(&mut harness, "Left pole", "Punitive");
    type_into(&mut harness, "Right pole", "Rehabilitative");
    type_into(&mut harness, "Top pole", "Digital");
    type_into(
        &mut harness,
        "Why the vertical axis",
        "Split votes on ICT budgets.",
    );
    harness.key_press(egui::Key::Tab);
    harness.run();

    let horizontal = axes(&harness).horizontal.clone().expect("chosen");
    assert_eq!(
        (horizontal.low_pole.as_str(), horizontal.high_pole.as_str()),
        ("Punitive", "Rehabilitative")
    );
    let vertical = axes(&harness).vertical.clone().expect("chosen");
    assert_eq!(vertical.high_pole, "Digital");
    assert_eq!(vertical.rationale, "Split votes on ICT budgets.");

    harness.state_mut().apply(UiCommand::Undo);
    let vertical = axes(&harness).vertical.clone().expect("chosen");
    assert_eq!(
        (vertical.high_pole.as_str(), vertical.rationale.as_str()),
        ("Digital", "")
    );
    for _ in 0..3 {
        harness.state_mut().apply(UiCommand::Undo);
    }
    let horizontal = axes(&harness).horizontal.clone().expect("still chosen");
    assert_eq!(horizontal.low_pole, "");
    harness.run();
    assert_eq!(
        harness.get_by_label("Left pole").value().as_deref(),
        Some(""),
        "the field follows undo"
    );
}

#[test]
fn another_force_is_picked_for_an_axis_and_one_force_on_both_is_warned_about() {
    let mut harness = harness(session());
    harness.get_by_label("Use suggested axes").click();
    harness.run();
    assert!(harness.query_by_label_contains("same force").is_none());

    harness.get_by_label("Vertical axis").click();
    harness.run();
    harness.get_by_label_contains("Overcrowding: 7.00").click();
    harness.run();
    assert_eq!(
        axes(&harness).vertical.as_ref().map(|a| a.subject),
        Some(subject(&harness, "Overcrowding"))
    );
    assert!(
        harness
            .query_by_label_contains("Not a critical uncertainty (predetermined elements)")
            .is_some()
    );

    // The related group on both axes: one force.
    for axis in ["Horizontal axis", "Vertical axis"] {
        harness.get_by_label(axis).click();
        harness.run();
        harness
            .get_by_label_contains("Digitalisation (related drivers): 9.00")
            .click();
        harness.run();
    }
    let group = subject(&harness, "AI risk tools");
    assert_eq!(
        axes(&harness).horizontal.as_ref().map(|a| a.subject),
        Some(group)
    );
    assert_eq!(
        axes(&harness).vertical.as_ref().map(|a| a.subject),
        Some(group)
    );
    assert!(
        harness.query_by_label_contains("same force").is_some(),
        "the warning shows"
    );

    harness.get_by_label("Horizontal axis").click();
    harness.run();
    harness.get_by_label("Not chosen").click();
    harness.run();
    assert_eq!(axes(&harness).horizontal, None);
}

#[test]
fn choosing_a_force_again_keeps_the_words_written_for_it() {
    let session = session();
    let suggestion = session.pestle.suggest_axes();
    let written = Axis {
        subject: suggestion.axes[0].subject,
        low_pole: "Punitive".into(),
        high_pole: "Rehabilitative".into(),
        rationale: "Split votes.".into(),
    };
    // The facilitator put it on the other axis.
    let current = Axes {
        horizontal: None,
        vertical: Some(written.clone()),
    };
    assert_eq!(axis_for(&current, suggestion.axes[0].subject), written);
    assert_eq!(axis_for(&current, suggestion.axes[1].subject).low_pole, "");
}

#[test]
fn the_suggested_forces_the_other_way_round_count_as_taken() {
    let mut session = session();
    let suggestion = session.pestle.suggest_axes();
    let axis = |candidate: &Candidate| axis_for(&Axes::default(), candidate.subject);
    session.pestle.axes = Axes {
        horizontal: Some(axis(&suggestion.axes[1])),
        vertical: Some(axis(&suggestion.axes[0])),
    };
    session.pestle.scenarios.push(dacum_model::Scenario::new(
        dacum_model::Quadrant::TopLeft,
        "Austerity",
    ));
    let harness = harness(session);
    let button = harness.get_by_label("Use suggested axes");
    assert!(button.accesskit_node().is_disabled(), "nothing to take");
    assert!(
        harness
            .query_by_label_contains("rename their quadrants")
            .is_none()
    );
}

#[test]
fn the_suggestion_is_explained_in_the_interface_language() {
    use dacum_i18n::{Catalogue, Language};
    let session = session();
    let summary = session.pestle.suggest_axes().summary();
    let harness = app_harness(session, egui::vec2(1300.0, 1000.0), |app| {
        app.use_language(Language::Greek);
        app.show_pestle(crate::ui::view::PestleTab::Axes);
    });
    let words = Catalogue::new(Language::Greek).text(&summary);
    assert_ne!(words, summary.to_string());
    harness.get_by_label(&words);
}
