//! What views ask the app to do. Views draw from a borrowed `&Session` and push
//! commands; the app applies them after drawing, through the document, so undo,
//! redo, autosave and the dirty flag all follow from one path.

use dacum_model::{Edit, Id};

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A change that is its own undo step (add, delete, move …).
    Edit(Edit),
    /// A keystroke-level change of a text field. Consecutive typing in the same
    /// field is merged into one undo step until `EndTyping`.
    Type(Edit),
    /// The field being typed in was left (Enter, Tab, focus moved): the next
    /// keystroke starts a new undo step.
    EndTyping,
    /// Escape in a field: undo the typing since the field was entered.
    CancelTyping,
    /// Show an element: switch to its view and scroll to it (from the findings list).
    Reveal(Id),
}

/// Applies a frame's commands to a document as the app does (for the view tests).
#[cfg(test)]
pub(in crate::ui) fn apply_commands(document: &mut dacum_model::Document, commands: Vec<Command>) {
    for command in commands {
        match command {
            Command::Edit(edit) => document.apply(edit).expect("edit applies"),
            Command::Type(edit) => document.apply_typing(edit).expect("typing applies"),
            Command::EndTyping => document.seal_typing(),
            Command::CancelTyping => document.cancel_typing().expect("cancel applies"),
            Command::Reveal(_) => {}
        }
    }
}
