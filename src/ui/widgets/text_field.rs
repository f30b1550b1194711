//! Text fields that keep the text being typed in them. A view draws from a borrowed
//! session and its edits are applied only after the frame, and a half-typed date
//! cannot be stored at all, so the field being typed in reads from [`Typing`], and
//! each change goes out as a `Command::Type` edit. Every view with text fields but
//! the board uses it; [`FieldName`] says what names a field for screen readers,
//! [`Look`] how wide and how many lines it is.

use std::collections::HashMap;

use egui::{Align, Key, TextEdit};

use crate::ui::command::Command;
use dacum_model::Edit;

/// How a text field was left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::ui) enum Leave {
    Enter,
    Escape,
    Elsewhere,
}

/// What names a text field for screen readers (and for `egui_kittest`).
pub(in crate::ui) enum FieldName<'a> {
    /// A visible label next to the field.
    LabelledBy(egui::Id),
    /// No visible label: e.g. a cell of a table whose column header says what it is.
    Text(&'a str),
}

/// How a field looks: its width and how many lines it takes.
pub(in crate::ui) struct Look<'a> {
    pub width: f32,
    pub hint: &'a str,
    pub lines: Lines,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(in crate::ui) enum Lines {
    /// One line; Enter leaves the field.
    One,
    /// Wraps long text onto more lines; Enter still leaves the field.
    Wrapped,
    /// Notes: Enter starts a new line. The number is the height in rows.
    Paragraph(usize),
}

pub(in crate::ui) struct FieldOutput {
    /// The text the field shows after this frame.
    pub text: String,
    /// Set in the frame the field lost the keyboard focus.
    pub left: Option<Leave>,
}

/// The text of the one field being typed in, and the invalid drafts of fields that
/// were left before their text could be stored (a date like "2025-13-01").
#[derive(Default)]
pub(in crate::ui) struct Typing {
    field: Option<egui::Id>,
    text: String,
    /// What the field showed from the session when its text was last stored; when the
    /// session changes under the field (undo, another view), the field follows it.
    synced: String,
    valid: bool,
    drafts: HashMap<egui::Id, String>,
    /// A field to focus when it is next drawn, with the frames waited so far.
    focus: Option<(egui::Id, u8)>,
}

impl Typing {
    /// Call once per frame: a focus request for a field that never appears expires.
    pub(in crate::ui) fn begin_frame(&mut self) {
        if let Some((id, age)) = self.focus {
            self.focus = (age < 4).then_some((id, age + 1));
        }
    }

    /// Call at the end of a frame: a field waiting for the focus needs one more.
    pub(in crate::ui) fn end_frame(&self, ui: &egui::Ui) {
        if self.focus.is_some() {
            ui.ctx().request_repaint();
        }
    }

    /// Focuses (and scrolls to) a field when it is drawn in a later frame.
    pub(in crate::ui) fn focus(&mut self, id: egui::Id) {
        self.focus = Some((id, 0));
    }

    /// Draws a text field showing `current`, or the text being typed in it. Each
    /// change is passed to `to_edit`, which returns the edit and the text the field
    /// will read from the session once it is applied, or `None` while the text is not
    /// valid (nothing is pushed then). Leaving the field ends (Escape: cancels) typing.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::ui) fn show(
        &mut self,
        ui: &mut egui::Ui,
        id: egui::Id,
        current: &str,
        name: FieldName<'_>,
        look: Look<'_>,
        to_edit: impl FnOnce(&str) -> Option<(Edit, String)>,
        commands: &mut Vec<Command>,
    ) -> FieldOutput {
        // Not in the frame the focus was asked for (the Enter that asked would reach
        // this field too), nor in a grid's invisible sizing pass (which drops it).
        let wants_focus =
            self.focus.is_some_and(|(f, age)| f == id && age > 0) && !ui.is_sizing_pass();
        if wants_focus {
            ui.memory_mut(|m| m.request_focus(id));
            self.focus = None;
        }
        let draft = self.drafts.get(&id).cloned();
        let current = draft.as_deref().unwrap_or(current);
        if self.field == Some(id) && current != self.synced {
            self.text = current.to_owned();
            self.synced = current.to_owned();
        }
        if self.field != Some(id) && ui.memory(|m| m.has_focus(id)) {
            self.start(id, current, draft.is_none(), commands);
        }
        let mut text = if self.field == Some(id) {
            std::mem::take(&mut self.text)
        } else {
            current.to_owned()
        };
        let widget = match look.lines {
            Lines::One => TextEdit::singleline(&mut text),
            Lines::Wrapped => TextEdit::multiline(&mut text)
                .desired_rows(1)
                .return_key(None),
            Lines::Paragraph(rows) => TextEdit::multiline(&mut text).desired_rows(rows),
        };
        let response = widget
            .id(id)
            .hint_text(look.hint.to_owned())
            .desired_width(look.width)
            .min_size(egui::vec2(look.width, 0.0))
            .show(ui)
            .response
            .response;
        let response = match name {
            FieldName::LabelledBy(label) => response.labelled_by(label),
            FieldName::Text(name) => response.accessible_name(name),
        };
        if wants_focus {
            response.scroll_to_me(Some(Align::Center));
        }
        if response.changed() {
            if self.field != Some(id) {
                self.start(id, current, draft.is_none(), commands);
            }
            self.valid = match to_edit(&text) {
                Some((edit, stored)) => {
                    commands.push(Command::Type(edit));
                    self.synced = stored;
                    self.drafts.remove(&id);
                    true
                }
                None => false,
            };
        }
        let mut left = None;
        if self.field == Some(id) {
            let enter = ui.input(|i| i.key_pressed(Key::Enter) && i.modifiers.is_none());
            if look.lines == Lines::Wrapped && enter {
                ui.memory_mut(|m| m.surrender_focus(id));
            }
            if ui.memory(|m| m.has_focus(id)) {
                self.text = text.clone();
            } else {
                left = Some(self.leave(ui, id, &text, commands));
            }
        }
        FieldOutput { text, left }
    }

    fn start(&mut self, id: egui::Id, current: &str, valid: bool, commands: &mut Vec<Command>) {
        // A field that vanished while focused (deleted) never saw itself left.
        if self.field.is_some() {
            commands.push(Command::EndTyping);
        }
        self.field = Some(id);
        self.text = current.to_owned();
        self.synced = current.to_owned();
        self.valid = valid;
    }

    fn leave(
        &mut self,
        ui: &egui::Ui,
        id: egui::Id,
        text: &str,
        commands: &mut Vec<Command>,
    ) -> Leave {
        self.field = None;
        let how = ui.input(|i| {
            if i.key_pressed(Key::Escape) {
                Leave::Escape
            } else if i.key_pressed(Key::Enter) {
                Leave::Enter
            } else {
                Leave::Elsewhere
            }
        });
        if how == Leave::Escape {
            commands.push(Command::CancelTyping);
            self.drafts.remove(&id);
        } else {
            commands.push(Command::EndTyping);
            if self.valid {
                self.drafts.remove(&id);
            } else {
                self.drafts.insert(id, text.to_owned());
            }
        }
        how
    }
}
