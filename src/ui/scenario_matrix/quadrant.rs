//! One quadrant of the scenario matrix: its name from the poles, then its
//! scenario — name, narrative, linked competencies and the search that links more —
//! or a button that creates one.

use crate::ui::language::{Tr, catalogue};
use egui::{Key, RichText, Stroke};

use super::ScenariosState;
use crate::ui::command::Command;
use crate::ui::texts_in::{Fields, mark_ui};
use crate::ui::widgets::{FieldName, Lines, Look, em};
use dacum_model::{Axes, Edit, Id, Quadrant, Scenario, Session, TextSlot};

/// How many search results a quadrant lists at once.
const RESULTS_SHOWN: usize = 8;

pub(super) fn quadrant_ui(
    ui: &mut egui::Ui,
    (fields, axes): (&Fields<'_>, &Axes),
    quadrant: Quadrant,
    state: &mut ScenariosState,
    commands: &mut Vec<Command>,
) {
    let name = axes.quadrant_name(quadrant);
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .stroke(Stroke::new(1.0, ui.visuals().weak_text_color()))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // Not justified as the columns are: a long quadrant name would stretch.
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                quadrant_body(ui, fields, quadrant, &name, state, commands);
            });
        });
}

fn quadrant_body(
    ui: &mut egui::Ui,
    fields: &Fields<'_>,
    quadrant: Quadrant,
    name: &str,
    state: &mut ScenariosState,
    commands: &mut Vec<Command>,
) {
    let pestle = &fields.session.pestle;
    ui.label(RichText::new(name).weak().size(1.1 * em(ui)));
    let scenarios: Vec<&Scenario> = pestle
        .scenarios
        .iter()
        .filter(|s| s.quadrant == quadrant)
        .collect();
    if scenarios.len() > 1 {
        ui.label(RichText::new(ui.tr("scenario-several")).color(ui.visuals().warn_fg_color));
    }
    for scenario in scenarios.iter().copied() {
        ui.push_id(scenario.id, |ui| {
            scenario_ui(ui, fields, name, scenario, state, commands);
        });
    }
    if scenarios.is_empty() {
        let button = ui
            .button(ui.tr("scenario-create"))
            .accessible_name(ui.tr_args("scenario-create-in", &[("quadrant", name.into())]));
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
    fields: &Fields<'_>,
    quadrant_name: &str,
    scenario: &Scenario,
    state: &mut ScenariosState,
    commands: &mut Vec<Command>,
) {
    let session = fields.session;
    let width = ui.available_width();
    let texts = catalogue(ui.ctx());
    let quadrant = &[("quadrant", quadrant_name.into())];
    let accessible = texts.tr_args("scenario-name", quadrant);
    let hint = texts.tr("scenario-name-hint");
    let slot = TextSlot::ScenarioName(scenario.id);
    let (current, hint, mark) = fields.field(slot, &scenario.name, &hint);
    state.typing.show(
        ui,
        name_field(scenario.id),
        current,
        FieldName::Text(&accessible),
        Look {
            width,
            hint,
            lines: Lines::One,
        },
        |text| {
            let edit = fields.edit(slot, &scenario.name, text, || {
                Edit::UpdateScenario(Scenario {
                    name: text.to_owned(),
                    ..scenario.clone()
                })
            });
            Some((edit, text.to_owned()))
        },
        commands,
    );
    mark_ui(ui, mark, &fields.working);
    let accessible = texts.tr_args("scenario-narrative", quadrant);
    let hint = texts.tr("scenario-narrative-hint");
    let slot = TextSlot::ScenarioNarrative(scenario.id);
    let (current, hint, mark) = fields.field(slot, &scenario.narrative, &hint);
    state.typing.show(
        ui,
        egui::Id::unique(("scenario-narrative", scenario.id)),
        current,
        FieldName::Text(&accessible),
        Look {
            width,
            hint,
            lines: Lines::Paragraph(4),
        },
        |text| {
            let edit = fields.edit(slot, &scenario.narrative, text, || {
                Edit::UpdateScenario(Scenario {
                    narrative: text.to_owned(),
                    ..scenario.clone()
                })
            });
            Some((edit, text.to_owned()))
        },
        commands,
    );
    mark_ui(ui, mark, &fields.working);
    ui.add_space(0.3 * em(ui));
    ui.strong(texts.tr("scenario-competencies"));
    links_ui(ui, fields, scenario, commands);
    search_ui(ui, session, quadrant_name, scenario, state, commands);
    ui.add_space(0.3 * em(ui));
    let title = if scenario.name.trim().is_empty() {
        texts.tr("scenario-this")
    } else {
        scenario.name.clone()
    };
    if ui
        .button(texts.tr("scenario-delete"))
        .on_hover_text(texts.tr_args("row-delete-tip", &[("what", title.into())]))
        .clicked()
    {
        commands.push(Command::Edit(Edit::RemoveScenario(scenario.id)));
    }
}

/// The linked competencies, one a line, each with a button that unlinks it.
fn links_ui(
    ui: &mut egui::Ui,
    fields: &Fields<'_>,
    scenario: &Scenario,
    commands: &mut Vec<Command>,
) {
    if scenario.links.is_empty() {
        ui.weak(ui.tr("scenario-none-linked"));
        return;
    }
    let deleted = ui.tr("scenario-deleted-link");
    let chart = &fields.session.chart;
    for &link in &scenario.links {
        let (code, text) = chart
            .competency(link)
            .map_or(("?".to_owned(), deleted.as_str()), |c| (c.code, c.text));
        // A task or a knowledge item, in the display language.
        let slot = if chart.find_task(link).is_some() {
            TextSlot::TaskStatement(link)
        } else {
            TextSlot::ListItem(link)
        };
        let text = fields.text(slot, text).text;
        ui.horizontal_top(|ui| {
            let remove = ui
                .small_button("×")
                .on_hover_text(ui.tr("scenario-unlink"))
                .accessible_name(
                    ui.tr_args("scenario-unlink-code", &[("code", code.as_str().into())]),
                );
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
            .hint_text(ui.tr("scenario-search-hint")),
    );
    let field =
        field.accessible_name(ui.tr_args("scenario-search", &[("quadrant", quadrant_name.into())]));
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
        ui.weak(ui.tr("scenario-no-match"));
        return;
    }
    let mut picked = entered.then(|| results[0].id);
    for competency in results.iter().take(RESULTS_SHOWN) {
        let text = format!("{}  {}", competency.code, competency.text);
        if ui
            .selectable_label(false, text)
            .on_hover_text(ui.tr("scenario-link-tip"))
            .clicked()
        {
            picked = Some(competency.id);
        }
    }
    if results.len() > RESULTS_SHOWN {
        ui.weak(ui.tr("scenario-more"));
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
