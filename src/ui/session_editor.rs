//! (being written)

use super::command::Command;
use crate::model::Session;

#[derive(Default)]
pub struct SessionEditorState {}

pub fn session_editor_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut SessionEditorState,
    commands: &mut Vec<Command>,
) {
    let _ = (session, state, commands);
    ui.label("(being written)");
}
