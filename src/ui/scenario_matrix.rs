//! (being written)

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
    ui.label("(being written)");
}
