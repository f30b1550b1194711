//! (being written)

use super::command::Command;
use crate::model::Session;

#[derive(Default)]
pub struct DriversState {}

pub fn drivers_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut DriversState,
    commands: &mut Vec<Command>,
) {
    let _ = (session, state, commands);
    ui.label("(being written)");
}
