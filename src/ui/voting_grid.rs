//! (being written)

use super::command::Command;
use crate::model::Session;

#[derive(Default)]
pub struct VotingGridState {}

pub fn voting_grid_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut VotingGridState,
    commands: &mut Vec<Command>,
) {
    let _ = (session, state, commands);
    ui.label("(being written)");
}
