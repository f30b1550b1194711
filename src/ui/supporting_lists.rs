//! (being written)

use super::command::Command;
use crate::model::Session;

#[derive(Default)]
pub struct SupportingListsState {}

pub fn supporting_lists_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut SupportingListsState,
    commands: &mut Vec<Command>,
) {
    let _ = (session, state, commands);
    ui.label("(being written)");
}
