//! (being written)

use super::command::Command;
use crate::model::Session;

#[derive(Default)]
pub struct AxesState {}

pub fn axes_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut AxesState,
    commands: &mut Vec<Command>,
) {
    let _ = (session, state, commands);
    ui.label("(being written)");
}
