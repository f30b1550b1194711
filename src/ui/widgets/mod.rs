//! Pieces of UI behaviour that several views share and that are not a view of
//! their own: the order in which a frame's keystrokes reach the fields
//! ([`keystrokes`]), and keyboard entry into a grid of score cells ([`grid_entry`]).

pub(in crate::ui) mod grid_entry;
pub(in crate::ui) mod keystrokes;
