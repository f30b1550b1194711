//! The 2×2 scenario matrix: the four futures the two axes of uncertainty make,
//! each quadrant named from its poles. In each quadrant the facilitator creates a
//! scenario, names it, writes its narrative and links the competencies staff will
//! need in that future — DACUM tasks and general knowledge items, found by text or
//! code. Every change is an undoable edit.

mod quadrant;
#[cfg(test)]
mod tests;

use super::language::{Tr, catalogue};
use std::collections::HashMap;

use egui::{Align, Layout, RichText};

use super::axes_panel::subject_name;
use super::command::Command;
use super::texts_in::Fields;
use crate::ui::widgets::{Typing, em};
use dacum_model::{Axes, Axis, Id, Quadrant, Session};

#[derive(Default)]
pub struct ScenariosState {
    typing: Typing,
    /// What is typed in each scenario's "link a competency" search field.
    searches: HashMap<Id, String>,
}

pub fn scenarios_ui(
    ui: &mut egui::Ui,
    session: &Session,
    texts_in: Option<&str>,
    state: &mut ScenariosState,
    commands: &mut Vec<Command>,
) {
    state.typing.begin_frame();
    let pestle = &session.pestle;
    // Poles, names and narratives in the display language (View › Texts in).
    let fields = Fields::new(session, texts_in);
    let axes = fields.axes();
    let axes = &*axes;
    state
        .searches
        .retain(|id, _| pestle.scenarios.iter().any(|s| s.id == *id));
    egui::ScrollArea::vertical()
        .id_salt("scenarios")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(ui.tr("view-scenarios"));
            axes_summary(ui, &fields, axes);
            ui.add_space(0.5 * em(ui));
            let pole = |axis: &Option<Axis>, high: bool| {
                axis.as_ref()
                    .map(|a| a.pole(high).trim())
                    .filter(|p| !p.is_empty())
                    .map(str::to_owned)
            };
            let end_pole = |ui: &mut egui::Ui, high: bool| {
                if let Some(text) = pole(&axes.vertical, high) {
                    ui.vertical_centered(|ui| ui.label(RichText::new(text).strong()));
                }
            };
            end_pole(ui, true);
            quadrant_row(
                ui,
                (&fields, axes),
                [Quadrant::TopLeft, Quadrant::TopRight],
                state,
                commands,
            );
            ui.horizontal(|ui| {
                if let Some(left) = pole(&axes.horizontal, false) {
                    ui.label(RichText::new(left).strong());
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if let Some(right) = pole(&axes.horizontal, true) {
                        ui.label(RichText::new(right).strong());
                    }
                });
            });
            quadrant_row(
                ui,
                (&fields, axes),
                [Quadrant::BottomLeft, Quadrant::BottomRight],
                state,
                commands,
            );
            end_pole(ui, false);
        });
    state.typing.end_frame(ui);
}

/// One line on what the axes are, or where to choose them.
fn axes_summary(ui: &mut egui::Ui, fields: &Fields<'_>, axes: &Axes) {
    let texts = catalogue(ui.ctx());
    let or_unnamed = |pole: &str| {
        if pole.trim().is_empty() {
            texts.tr("scenario-pole-not-named")
        } else {
            pole.to_owned()
        }
    };
    let describe = |side: &str, axis: &Option<Axis>| match axis {
        Some(axis) => texts.tr_args(
            "scenario-axis",
            &[
                ("side", side.into()),
                ("subject", subject_name(&texts, fields, axis.subject).into()),
                ("low", or_unnamed(&axis.low_pole).into()),
                ("high", or_unnamed(&axis.high_pole).into()),
            ],
        ),
        None => texts.tr_args("scenario-axis-not-chosen", &[("side", side.into())]),
    };
    if axes.horizontal.is_none() || axes.vertical.is_none() {
        ui.label(texts.tr("scenario-choose-axes"));
    }
    ui.label(format!(
        "{} {}",
        describe("horizontal", &axes.horizontal),
        describe("vertical", &axes.vertical)
    ));
}

fn quadrant_row(
    ui: &mut egui::Ui,
    shown: (&Fields<'_>, &Axes),
    quadrants: [Quadrant; 2],
    state: &mut ScenariosState,
    commands: &mut Vec<Command>,
) {
    ui.columns(2, |columns| {
        for (ui, quadrant) in columns.iter_mut().zip(quadrants) {
            quadrant::quadrant_ui(ui, shown, quadrant, state, commands);
        }
    });
}
