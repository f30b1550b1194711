//! (being written)

use super::command::Command;
use crate::model::Session;

#[derive(Default)]
pub struct DriverMatrixState {}

pub fn driver_matrix_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut DriverMatrixState,
    commands: &mut Vec<Command>,
) {
    let _ = (session, state, commands);
    ui.label("(being written)");
}
