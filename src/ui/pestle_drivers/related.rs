//! Related drivers: tick drivers and mark them as related, so they count as one
//! force when the axes are chosen; rename or ungroup a group.

use crate::ui::language::catalogue;
use egui::RichText;

use super::DriversState;
use crate::ui::command::Command;
use crate::ui::widgets::{FieldName, Lines, Look, em};
use dacum_model::{DriverGroup, Edit, Id, Session};

fn name_field(group: Id) -> egui::Id {
    egui::Id::unique(("driver-group-name", group))
}

pub(super) fn related_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut DriversState,
    commands: &mut Vec<Command>,
) {
    let pestle = &session.pestle;
    let texts = catalogue(ui.ctx());
    ui.label(
        RichText::new(texts.tr_args("related-title", &[("count", pestle.groups.len().into())]))
            .strong()
            .size(1.25 * em(ui)),
    );
    ui.horizontal_wrapped(|ui| {
        let ready = state.selected.len() >= 2;
        let button = ui
            .add_enabled(ready, egui::Button::new(texts.tr("related-mark")))
            .on_disabled_hover_text(texts.tr("related-mark-disabled"));
        if button.clicked() {
            let titles: Vec<&str> = state
                .selected
                .iter()
                .filter_map(|id| pestle.driver(*id))
                .map(|d| d.title.as_str())
                .collect();
            let group = DriverGroup {
                id: Id::new(),
                name: texts.tr_args("related-name", &[("titles", titles.join(" + ").into())]),
                drivers: std::mem::take(&mut state.selected),
            };
            commands.push(Command::Edit(Edit::InsertGroup {
                index: pestle.groups.len(),
                group,
            }));
        }
        ui.weak(texts.tr_args(
            "related-selected",
            &[("count", state.selected.len().into())],
        ));
    });
    for group in &pestle.groups {
        ui.horizontal_wrapped(|ui| {
            let titles: Vec<&str> = group
                .drivers
                .iter()
                .filter_map(|id| pestle.driver(*id))
                .map(|d| d.title.as_str())
                .collect();
            if state.renaming == Some(group.id) {
                let name = texts.tr_args(
                    "related-group-field",
                    &[("name", group.name.as_str().into())],
                );
                let hint = texts.tr("related-group-hint");
                let look = Look {
                    width: 24.0 * em(ui),
                    hint: &hint,
                    lines: Lines::One,
                };
                let output = state.typing.show(
                    ui,
                    name_field(group.id),
                    &group.name,
                    FieldName::Text(&name),
                    look,
                    |text| {
                        let updated = DriverGroup {
                            name: text.replace(['\r', '\n'], " "),
                            ..group.clone()
                        };
                        let stored = updated.name.clone();
                        Some((Edit::UpdateGroup(updated), stored))
                    },
                    commands,
                );
                if output.left.is_some() {
                    state.renaming = None;
                }
            } else {
                ui.label(RichText::new(group.name.as_str()).strong());
            }
            ui.label(format!("— {}", titles.join(", ")));
            if ui
                .button(texts.tr("related-rename"))
                .on_hover_text(texts.tr_args(
                    "related-rename-tip",
                    &[("name", group.name.as_str().into())],
                ))
                .clicked()
            {
                state.renaming = Some(group.id);
                state.typing.focus(name_field(group.id));
            }
            if ui
                .button(texts.tr("related-ungroup"))
                .on_hover_text(texts.tr_args(
                    "related-ungroup-tip",
                    &[("name", group.name.as_str().into())],
                ))
                .clicked()
            {
                commands.push(Command::Edit(Edit::RemoveGroup(group.id)));
            }
        });
    }
}
