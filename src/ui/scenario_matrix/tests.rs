//! The scenario matrix driven as the facilitator would, asserting on the session.

use egui_kittest::kittest::Queryable as _;

use super::*;
use crate::ui::test_harness::{AppHarness, app_harness};
use crate::ui::ui_command::UiCommand;
use dacum_model::{Axes, AxisSubject, Category, Driver, Duty, ListItem, Scenario, Task};

fn harness(session: Session) -> AppHarness {
    app_harness(session, egui::vec2(1300.0, 1100.0), |app| {
        app.apply(Command::Show(crate::ui::view::View::Scenarios));
    })
}

/// Two duties of tasks, a knowledge item, two drivers on the axes with named
/// poles, no scenario yet.
fn session() -> Session {
    let mut session = Session::default();
    let mut security = Duty::new("Maintain dynamic security");
    security.tasks.push(Task::new("Conduct cell searches"));
    security.tasks.push(Task::new("Escort prisoners"));
    let mut rehab = Duty::new("Support rehabilitation");
    rehab.tasks.push(Task::new("Run motivational interviews"));
    session.chart.duties = vec![security, rehab];
    session.chart.knowledge_skills = vec![ListItem::new("Digital literacy")];
    let p = &mut session.pestle;
    p.drivers = vec![
        Driver::new(Category::Political, "Penal policy"),
        Driver::new(Category::Technological, "AI risk tools"),
    ];
    let axis = |driver: &Driver, low: &str, high: &str| Axis {
        subject: AxisSubject::Driver(driver.id),
        low_pole: low.into(),
        high_pole: high.into(),
        rationale: String::new(),
    };
    p.axes = Axes {
        horizontal: Some(axis(&p.drivers[0], "Punitive", "Rehabilitative")),
        vertical: Some(axis(&p.drivers[1], "Analogue", "Digital")),
    };
    session
}

fn scenarios(harness: &AppHarness) -> &[Scenario] {
    &harness.state().document().session().pestle.scenarios
}

fn type_text(harness: &mut AppHarness, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

#[test]
fn quadrants_are_named_from_the_poles_and_a_scenario_is_created_named_and_written() {
    let mut harness = harness(session());
    for name in [
        "Punitive · Digital",
        "Rehabilitative · Digital",
        "Punitive · Analogue",
        "Rehabilitative · Analogue",
    ] {
        assert!(harness.query_by_label(name).is_some(), "quadrant {name}");
    }
    harness
        .get_by_label("Create scenario: Rehabilitative · Digital")
        .click();
    harness.run();
    harness.run();
    assert_eq!(scenarios(&harness).len(), 1);
    assert_eq!(scenarios(&harness)[0].quadrant, Quadrant::TopRight);
    assert!(
        harness
            .query_by_label("Create scenario: Rehabilitative · Digital")
            .is_none(),
        "the quadrant has its scenario"
    );

    // The name field has the focus already: just type.
    harness.event(egui::Event::Text("Smart rehabilitation".into()));
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    type_text(
        &mut harness,
        "Narrative, Rehabilitative · Digital",
        "Caseloads are managed with digital tools.",
    );
    let scenario = &scenarios(&harness)[0];
    assert_eq!(scenario.name, "Smart rehabilitation");
    assert_eq!(
        scenario.narrative,
        "Caseloads are managed with digital tools."
    );

    // Three undo steps: the narrative, the name, the scenario.
    harness.state_mut().apply(UiCommand::Undo);
    assert_eq!(scenarios(&harness)[0].narrative, "");
    assert_eq!(scenarios(&harness)[0].name, "Smart rehabilitation");
    harness.state_mut().apply(UiCommand::Undo);
    assert_eq!(scenarios(&harness)[0].name, "");
    harness.state_mut().apply(UiCommand::Undo);
    assert!(scenarios(&harness).is_empty());
}

#[test]
fn competencies_are_found_by_code_or_words_linked_shown_and_unlinked() {
    let mut session = session();
    session
        .pestle
        .scenarios
        .push(Scenario::new(Quadrant::BottomLeft, "Lockdown"));
    let mut harness = harness(session);
    let search = "Link a competency, Punitive · Analogue";

    // By code, picked with Enter.
    type_text(&mut harness, search, "b-1");
    assert!(
        harness
            .query_by_label("B-1  Run motivational interviews")
            .is_some()
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    // By words, picked with a click; a linked one is not offered again.
    type_text(&mut harness, search, "esc");
    harness.get_by_label("A-2  Escort prisoners").click();
    harness.run();
    type_text(&mut harness, search, "digital");
    harness.get_by_label("KS-1  Digital literacy").click();
    harness.run();
    type_text(&mut harness, search, "interviews");
    assert!(
        harness
            .query_by_label_contains("No task or knowledge item")
            .is_some()
    );

    let chart = &harness.state().document().session().chart;
    let codes: Vec<String> = scenarios(&harness)[0]
        .links
        .iter()
        .filter_map(|&id| chart.competency(id).map(|c| c.code))
        .collect();
    assert_eq!(codes, ["B-1", "A-2", "KS-1"]);
    assert!(
        harness.query_by_label("Escort prisoners").is_some(),
        "shown as a chip"
    );

    harness.get_by_label("Unlink A-2").click();
    harness.run();
    assert_eq!(scenarios(&harness)[0].links.len(), 2);
    harness.state_mut().apply(UiCommand::Undo);
    assert_eq!(scenarios(&harness)[0].links.len(), 3);
}

#[test]
fn without_axes_the_quadrants_are_named_by_side_and_a_scenario_can_be_deleted() {
    let mut session = session();
    session.pestle.axes = Axes::default();
    session
        .pestle
        .scenarios
        .push(Scenario::new(Quadrant::TopLeft, "Austerity"));
    let mut harness = harness(session);
    assert!(
        harness
            .query_by_label_contains("Choose the two axes")
            .is_some()
    );
    assert!(harness.query_by_label("Left · Top").is_some());
    harness.get_by_label("Delete scenario").click();
    harness.run();
    assert!(scenarios(&harness).is_empty());
    harness.state_mut().apply(UiCommand::Undo);
    assert_eq!(scenarios(&harness)[0].name, "Austerity");
}
