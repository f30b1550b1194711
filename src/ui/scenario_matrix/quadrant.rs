//! One quadrant of the scenario matrix: its name from the poles, then its
//! scenario — name, narrative, linked competencies and the search that links more —
//! or a button that creates one.

use egui::{Key, RichText, Stroke};

use super::ScenariosState;
use crate::ui::command::Command;
use crate::ui::widgets::{FieldName, Lines, Look, em};
use dacum_model::{Edit, Id, Quadrant, Scenario, Session};

/// How many search results a quadrant lists at once.
const RESULTS_SHOWN: usize = 8;

pub(super) fn quadrant_ui(
    ui: &mut egui::Ui,
    session: &Session,
    quadrant: Quadrant,
    state: &mut ScenariosState,
    commands: &mut Vec<Command>,
) {
    let pestle = &session.pestle;
    let name = pestle.axes.quadrant_name(quadrant);
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .stroke(Stroke::new(1.0, ui.visuals().weak_text_color()))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // Not justified as the columns are: a long quadrant name would stretch.
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                quadrant_body(ui, session, quadrant, &name, state, commands);
            });
        });
}

fn quadrant_body(
    ui: &mut egui::Ui,
    session: &Session,
    quadrant: Quadrant,
    name: &str,
    state: &mut ScenariosState,
    commands: &mut Vec<Command>,
) {
    let pestle = &session.pestle;
    ui.label(RichText::new(name).weak().size(1.1 * em(ui)));
    let scenarios: Vec<&Scenario> = pestle
        .scenarios
        .iter()
        .filter(|s| s.quadrant == quadrant)
        .collect();
    if scenarios.len() > 1 {
        ui.label(
            RichText::new("More than one scenario in this quadrant: merge or delete one.")
                .color(ui.visuals().warn_fg_color),
        );
    }
    for scenario in scenarios.iter().copied() {
        ui.push_id(scenario.id, |ui| {
            scenario_ui(ui, session, name, scenario, state, commands);
        });
    }
    if scenarios.is_empty() {
        let button = ui
            .button("Create scenario")
            .accessible_name(format!("Create scenario: {name}"));
        if button.clicked() {
            let scenario = Scenario::new(quadrant, "");
            state.typing.focus(name_field(scenario.id));
            commands.push(Command::Edit(Edit::InsertScenario {
                index: pestle.scenarios.len(),
                scenario,
            }));
        }
    }
}

fn name_field(scenario: Id) -> egui::Id {
    egui::Id::unique(("scenario-name", scenario))
}

fn scenario_ui(
    ui: &mut egui::Ui,
    session: &Session,
    quadrant_name: &str,
    scenario: &Scenario,
    state: &mut ScenariosState,
    commands: &mut Vec<Command>,
) {
    let width = ui.available_width();
    let accessible = format!("Scenario name, {quadrant_name}");
    state.typing.show(
        ui,
        name_field(scenario.id),
        &scenario.name,
        FieldName::Text(&accessible),
        Look {
            width,
            hint: "Name this future, e.g. \"The relational prison\"",
            lines: Lines::One,
        },
        |text| {
            let updated = Scenario {
                name: text.to_owned(),
                ..scenario.clone()
            };
            Some((Edit::UpdateScenario(updated), text.to_owned()))
        },
        commands,
    );
    let accessible = format!("Narrative, {quadrant_name}");
    state.typing.show(
        ui,
        egui::Id::unique(("scenario-narrative", scenario.id)),
        &scenario.narrative,
        FieldName::Text(&accessible),
        Look {
            width,
            hint: "What this future is like for staff and prisoners",
            lines: Lines::Paragraph(4),
        },
        |text| {
            let updated = Scenario {
                narrative: text.to_owned(),
                ..scenario.clone()
            };
            Some((Edit::UpdateScenario(updated), text.to_owned()))
        },
        commands,
    );
    ui.add_space(0.3 * em(ui));
    ui.strong("Competencies this future needs");
    links_ui(ui, session, scenario, commands);
    search_ui(ui, session, quadrant_name, scenario, state, commands);
    ui.add_space(0.3 * em(ui));
    let title = if scenario.name.trim().is_empty() {
        "this scenario"
    } else {
        scenario.name.as_str()
    };
    if ui
        .button("Delete scenario")
        .on_hover_text(format!("Delete {title} (Undo brings it back)"))
        .clicked()
    {
        commands.push(Command::Edit(Edit::RemoveScenario(scenario.id)));
    }
}

/// The linked competencies, one a line, each with a button that unlinks it.
fn links_ui(
    ui: &mut egui::Ui,
    session: &Session,
    scenario: &Scenario,
    commands: &mut Vec<Command>,
) {
    if scenario.links.is_empty() {
        ui.weak("None linked yet.");
        return;
    }
    for &link in &scenario.links {
        let (code, text) = session
            .chart
            .competency(link)
            .map_or(("?".to_owned(), "a deleted task or item"), |c| {
                (c.code, c.text)
            });
        ui.horizontal_top(|ui| {
            let remove = ui
                .small_button("×")
                .on_hover_text("Unlink")
                .accessible_name(format!("Unlink {code}"));
            if remove.clicked() {
                let mut updated = scenario.clone();
                updated.links.retain(|&l| l != link);
                commands.push(Command::Edit(Edit::UpdateScenario(updated)));
            }
            ui.label(RichText::new(&code).strong());
            ui.add(egui::Label::new(text).wrap());
        });
    }
}

/// The field that finds tasks and knowledge items by code or text; a click on a
/// result, or Enter for the first one, links it.
fn search_ui(
    ui: &mut egui::Ui,
    session: &Session,
    quadrant_name: &str,
    scenario: &Scenario,
    state: &mut ScenariosState,
    commands: &mut Vec<Command>,
) {
    let query = state.searches.entry(scenario.id).or_default();
    let field = ui.add(
        egui::TextEdit::singleline(query)
            .desired_width(ui.available_width())
            .hint_text("Link a task or knowledge item: type a code (B-4, KS-2) or words"),
    );
    let field = field.accessible_name(format!("Link a competency, {quadrant_name}"));
    let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    if query.trim().is_empty() {
        return;
    }
    let results: Vec<_> = session
        .chart
        .competencies()
        .filter(|c| !scenario.links.contains(&c.id) && c.matches(query))
        .take(RESULTS_SHOWN + 1)
        .collect();
    if results.is_empty() {
        ui.weak("No task or knowledge item matches.");
        return;
    }
    let mut picked = entered.then(|| results[0].id);
    for competency in results.iter().take(RESULTS_SHOWN) {
        let text = format!("{}  {}", competency.code, competency.text);
        if ui
            .selectable_label(false, text)
            .on_hover_text("Link to this scenario")
            .clicked()
        {
            picked = Some(competency.id);
        }
    }
    if results.len() > RESULTS_SHOWN {
        ui.weak("More match: type more to narrow the list.");
    }
    if let Some(id) = picked {
        let mut updated = scenario.clone();
        updated.links.push(id);
        commands.push(Command::Edit(Edit::UpdateScenario(updated)));
        query.clear();
        if entered {
            field.request_focus();
        }
    }
}
