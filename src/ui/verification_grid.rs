//! (being written)

use super::command::Command;
use crate::model::Session;

#[derive(Default)]
pub struct VerificationGridState {}

pub fn verification_grid_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut VerificationGridState,
    commands: &mut Vec<Command>,
) {
    let _ = (session, state, commands);
    ui.label("(being written)");
}
