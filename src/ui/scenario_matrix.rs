//! Placeholder until the view is built (see the open PESTLE issue).

use super::command::Command;
use crate::model::Session;

#[derive(Default)]
pub struct ScenariosState {}

pub fn scenarios_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut ScenariosState,
    commands: &mut Vec<Command>,
) {
    let _ = (session, state, commands);
    ui.label("This part of the PESTLE workshop is not built yet. The example sessions and CSV import (File menu) already fill it; the matrix and the axes tabs show the result.");
}
