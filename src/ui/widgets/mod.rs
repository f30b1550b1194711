//! Pieces of UI behaviour that several views share and that are not a view of
//! their own: the text field that keeps the text being typed ([`text_field`]), a
//! row's move and delete buttons ([`rows`]), the order in which a frame's
//! keystrokes reach the fields ([`keystrokes`]), and keyboard entry into a grid of
//! score cells ([`grid_entry`]).

pub(in crate::ui) mod grid_entry;
pub(in crate::ui) mod keystrokes;
pub(in crate::ui) mod rows;
pub(in crate::ui) mod text_field;

pub(in crate::ui) use rows::{RowButton, alt_arrow, row_buttons};
pub(in crate::ui) use text_field::{FieldName, Leave, Lines, Look, Typing};

/// The body text height, the unit the views size their fields in, so that they
/// grow with the text style the app sets for the projector.
pub(in crate::ui) fn em(ui: &egui::Ui) -> f32 {
    ui.text_style_height(&egui::TextStyle::Body)
}
