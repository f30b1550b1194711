//! (being written)

use super::command::Command;
use crate::model::Session;

#[derive(Default)]
pub struct DutyBoardState {}

pub fn duty_board_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut DutyBoardState,
    commands: &mut Vec<Command>,
) {
    let _ = (session, state, commands);
    ui.label("(being written)");
}
