//! The buttons and keys that move or delete a row of a list (the panel, the
//! participants, the drivers, the supporting lists): "Up", "Down" and "Delete" with
//! their tooltips, and Alt+Up / Alt+Down in a row's fields.

use crate::ui::language::Tr;
use egui::{Key, Modifiers};

/// Alt+Up / Alt+Down while one of `fields` has the focus: -1 (up) or +1 (down).
/// The keys are consumed so the text field does not move its cursor as well.
pub(in crate::ui) fn alt_arrow(ui: &mut egui::Ui, fields: &[egui::Id]) -> Option<isize> {
    let focused = ui.memory(egui::Memory::focused)?;
    if !fields.contains(&focused) {
        return None;
    }
    ui.input_mut(|i| {
        if i.consume_key(Modifiers::ALT, Key::ArrowUp) {
            Some(-1)
        } else if i.consume_key(Modifiers::ALT, Key::ArrowDown) {
            Some(1)
        } else {
            None
        }
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::ui) enum RowButton {
    Up,
    Down,
    Delete,
}

/// The move up, move down and "Delete" buttons of a row; `can` says whether it
/// can move (up, down); `what` names the row in the tooltips.
pub(in crate::ui) fn row_buttons(
    ui: &mut egui::Ui,
    can: (bool, bool),
    what: &str,
) -> Option<RowButton> {
    let mut pressed = None;
    let up = ui.add_enabled(can.0, egui::Button::new(ui.tr("row-up")));
    if up
        .on_hover_text(ui.tr("row-up-tip"))
        .accessible_name(ui.tr("row-move-up"))
        .clicked()
    {
        pressed = Some(RowButton::Up);
    }
    let down = ui.add_enabled(can.1, egui::Button::new(ui.tr("row-down")));
    if down
        .on_hover_text(ui.tr("row-down-tip"))
        .accessible_name(ui.tr("row-move-down"))
        .clicked()
    {
        pressed = Some(RowButton::Down);
    }
    let delete = ui.button(ui.tr("row-delete"));
    if delete
        .on_hover_text(ui.tr_args("row-delete-tip", &[("what", what.into())]))
        .clicked()
    {
        pressed = Some(RowButton::Delete);
    }
    pressed
}
