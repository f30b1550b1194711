//! A whole PESTLE session driven through the real app with `egui_kittest`: drivers
//! added by keyboard, votes read out and typed, the suggested axes taken and their
//! poles named, a scenario created, named and linked to a task — then undone, step
//! by step, back to where the session started, and redone.

use dacum_model::{AxisSubject, Category, Document, Pestle, Quadrant, Session};
use dacum_studio::ui::{DacumApp, PestleTab};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::helpers::prison_officer;
use crate::ui_app::app_harness;

type H = Harness<'static, DacumApp>;

fn session(harness: &H) -> &Session {
    harness.state().document().session()
}

fn pestle(harness: &H) -> &Pestle {
    &session(harness).pestle
}

fn type_into(harness: &mut H, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn press(harness: &mut H, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

fn text(harness: &mut H, text: &str) {
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
}

/// The scores of a driver's votes, in participant order.
fn votes_of(harness: &H, title: &str) -> Vec<(u8, u8)> {
    let pestle = pestle(harness);
    let Some(driver) = pestle.drivers.iter().find(|d| d.title == title) else {
        return Vec::new();
    };
    pestle
        .participants
        .iter()
        .filter_map(|p| pestle.vote(driver.id, p.id))
        .map(|v| (v.uncertainty, v.impact))
        .collect()
}

#[test]
fn a_pestle_session_from_drivers_to_a_linked_scenario_is_undone_and_redone() {
    // The prison officer chart to link to; the PESTLE map starts empty.
    let mut start = prison_officer();
    start.pestle = Pestle::default();
    // Nor do the translations of the PESTLE map it no longer has.
    start.translations = dacum_model::Translations::default();
    let mut harness = app_harness(Document::new(start.clone()), None);

    // Participants and drivers, by keyboard: Alt+1 Political, Alt+3 Social,
    // Alt+4 Technological.
    harness.state_mut().show_pestle(PestleTab::Drivers);
    harness.run();
    for name in ["Ana", "Ben"] {
        type_into(&mut harness, "New participant name", name);
        press(&mut harness, Modifiers::NONE, Key::Enter);
    }
    // Alt+digit also puts the cursor in the title field (it was in the
    // participant's name field).
    for (digit, title) in [
        (Key::Num1, "Penal policy"),
        (Key::Num4, "AI risk tools"),
        (Key::Num3, "Public trust"),
    ] {
        press(&mut harness, Modifiers::ALT, digit);
        text(&mut harness, title);
        press(&mut harness, Modifiers::NONE, Key::Enter);
        harness.run();
    }
    let drivers: Vec<(Category, &str)> = pestle(&harness)
        .drivers
        .iter()
        .map(|d| (d.category, d.title.as_str()))
        .collect();
    assert_eq!(
        drivers,
        [
            (Category::Political, "Penal policy"),
            (Category::Technological, "AI risk tools"),
            (Category::Social, "Public trust"),
        ]
    );
    assert_eq!(pestle(&harness).participants.len(), 2);

    // Votes as they are read out: digits only, the cursor moves on by itself
    // through the drivers in category order (Political, Social, Technological).
    harness.state_mut().show_pestle(PestleTab::Votes);
    harness.run();
    type_into(&mut harness, "Uncertainty of Penal policy by Ana", "5");
    text(&mut harness, "5");
    text(&mut harness, "2");
    text(&mut harness, "2");
    text(&mut harness, "5");
    text(&mut harness, "4");
    harness.get_by_label("Next participant").click();
    harness.run();
    harness.run();
    for digit in ["4", "5", "1", "3", "4", "4"] {
        text(&mut harness, digit);
    }
    assert_eq!(votes_of(&harness, "Penal policy"), [(5, 5), (4, 5)]);
    assert_eq!(votes_of(&harness, "Public trust"), [(2, 2), (1, 3)]);
    assert_eq!(votes_of(&harness, "AI risk tools"), [(5, 4), (4, 4)]);

    // The suggested axes: the two critical uncertainties, strongest first.
    harness.state_mut().show_pestle(PestleTab::Axes);
    harness.run();
    harness.get_by_label("Use suggested axes").click();
    harness.run();
    let id_of = |harness: &H, title: &str| {
        pestle(harness)
            .drivers
            .iter()
            .find(|d| d.title == title)
            .map(|d| AxisSubject::Driver(d.id))
    };
    let axes = pestle(&harness).axes.clone();
    assert_eq!(
        axes.horizontal.map(|a| a.subject),
        id_of(&harness, "Penal policy")
    );
    assert_eq!(
        axes.vertical.map(|a| a.subject),
        id_of(&harness, "AI risk tools")
    );
    for (field, pole) in [
        ("Left pole", "Punitive"),
        ("Right pole", "Rehabilitative"),
        ("Bottom pole", "Analogue"),
        ("Top pole", "Digital"),
    ] {
        type_into(&mut harness, field, pole);
    }
    press(&mut harness, Modifiers::NONE, Key::Tab);

    // A scenario in the top right, named and linked to task A-1 by its code.
    harness.get_by_label("Scenarios").click();
    harness.run();
    harness
        .get_by_label("Create scenario: Rehabilitative · Digital")
        .click();
    harness.run();
    harness.run();
    text(&mut harness, "Smart rehabilitation");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    type_into(
        &mut harness,
        "Link a competency, Rehabilitative · Digital",
        "A-1",
    );
    press(&mut harness, Modifiers::NONE, Key::Enter);

    let task = start.chart.duties[0].tasks[0].id;
    let scenarios = &pestle(&harness).scenarios;
    assert_eq!(scenarios.len(), 1);
    assert_eq!(scenarios[0].quadrant, Quadrant::TopRight);
    assert_eq!(scenarios[0].name, "Smart rehabilitation");
    assert_eq!(scenarios[0].links, [task]);
    let statement = &start.chart.duties[0].tasks[0].statement;
    assert!(
        harness.query_by_label(statement).is_some(),
        "the linked task shows in its quadrant"
    );
    let finished = session(&harness).clone();

    // Undo all of it with Ctrl+Z: back to the session the app opened.
    let mut steps = 0;
    while harness.state().document().is_dirty() && steps < 100 {
        press(&mut harness, Modifiers::COMMAND, Key::Z);
        steps += 1;
    }
    assert_eq!(session(&harness), &start);
    // 2 participants, 3 drivers, 6 votes, the axes, 4 poles, the scenario, its
    // name and its link.
    assert_eq!(steps, 19, "one undo step per action");
    for _ in 0..steps {
        press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    }
    assert_eq!(session(&harness), &finished);
}
