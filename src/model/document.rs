//! The open document: a session with its undo/redo history and a dirty flag.
//! Every change by the UI or the CLI goes through [`Document::apply`] (or
//! [`Document::apply_typing`] for keystrokes in a text field).

use super::edit::{Edit, EditError, TypingTarget};
use super::session::Session;

/// How many steps undo keeps; beyond this the oldest are forgotten.
const MAX_UNDO_STEPS: usize = 10_000;

#[derive(Debug)]
pub struct Document {
    session: Session,
    undo: Vec<Step>,
    redo: Vec<Step>,
    next_serial: u64,
    /// The state (see [`Document::state`]) that matches the file on disk.
    saved_state: u64,
    /// Whether the top undo step may still absorb more typing.
    typing_open: bool,
}

/// One undoable step: the edit that moves the session to the other side of it.
#[derive(Debug)]
struct Step {
    /// Names the state after this step; 0 is the state when the document was opened.
    serial: u64,
    label: &'static str,
    edit: Edit,
    typing: Option<TypingTarget>,
}

/// A state that matches no file: a recovered or never-saved document.
const UNSAVED: u64 = u64::MAX;

impl Document {
    /// A document for a session as it is on disk (clean).
    pub fn new(session: Session) -> Self {
        Document {
            session,
            undo: Vec::new(),
            redo: Vec::new(),
            next_serial: 1,
            saved_state: 0,
            typing_open: false,
        }
    }

    /// A document whose contents are not on disk yet (a new session, a recovered
    /// autosave, a merge result): dirty from the start.
    pub fn unsaved(session: Session) -> Self {
        Document {
            saved_state: UNSAVED,
            ..Document::new(session)
        }
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Applies an edit as its own undo step.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        self.typing_open = false;
        self.push(edit, None)
    }

    /// Applies a keystroke-level edit: consecutive typing in the same field is one
    /// undo step until [`Document::seal_typing`] is called (focus moved, Enter).
    pub fn apply_typing(&mut self, edit: Edit) -> Result<(), EditError> {
        let target = edit.typing_target();
        let merges = self.typing_open
            && target.is_some()
            && self.undo.last().is_some_and(|step| step.typing == target);
        if !merges {
            self.push(edit, target)?;
            self.typing_open = target.is_some();
            return Ok(());
        }
        // The step keeps the inverse of the first keystroke, which restores the
        // text as it was before the typing began.
        self.session.apply(edit)?;
        let serial = self.fresh_serial();
        if let Some(step) = self.undo.last_mut() {
            step.serial = serial;
        }
        Ok(())
    }

    /// Ends the current run of typing: the next keystroke starts a new undo step.
    pub fn seal_typing(&mut self) {
        self.typing_open = false;
    }

    /// Undoes the typing of the current run (Escape in a field) as if it never
    /// happened: nothing is left to redo. Does nothing when no typing is open.
    pub fn cancel_typing(&mut self) -> Result<(), EditError> {
        if !self.typing_open {
            return Ok(());
        }
        self.typing_open = false;
        if move_step(&mut self.session, &mut self.undo, &mut self.redo)?.is_some() {
            self.redo.pop();
        }
        Ok(())
    }

    fn push(&mut self, edit: Edit, typing: Option<TypingTarget>) -> Result<(), EditError> {
        let label = edit.label();
        let inverse = self.session.apply(edit)?;
        let serial = self.fresh_serial();
        self.undo.push(Step {
            serial,
            label,
            edit: inverse,
            typing,
        });
        if self.undo.len() > MAX_UNDO_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(())
    }

    fn fresh_serial(&mut self) -> u64 {
        let serial = self.next_serial;
        self.next_serial += 1;
        serial
    }

    /// What Undo would undo, for the menu ("Undo delete task").
    pub fn undo_label(&self) -> Option<&'static str> {
        self.undo.last().map(|s| s.label)
    }

    pub fn redo_label(&self) -> Option<&'static str> {
        self.redo.last().map(|s| s.label)
    }

    /// Undoes the last step; returns its label, or `None` when there is nothing to undo.
    pub fn undo(&mut self) -> Result<Option<&'static str>, EditError> {
        self.typing_open = false;
        move_step(&mut self.session, &mut self.undo, &mut self.redo)
    }

    pub fn redo(&mut self) -> Result<Option<&'static str>, EditError> {
        self.typing_open = false;
        move_step(&mut self.session, &mut self.redo, &mut self.undo)
    }

    /// Names the current contents: equal states mean equal sessions.
    pub fn state(&self) -> u64 {
        self.undo.last().map_or(0, |s| s.serial)
    }

    /// Whether there are changes that are not in the file.
    pub fn is_dirty(&self) -> bool {
        self.state() != self.saved_state
    }

    /// Records that the given state was written to the file. Pass the state taken
    /// when the save began, so edits made while saving still count as unsaved.
    pub fn mark_saved(&mut self, state: u64) {
        self.typing_open = false;
        self.saved_state = state;
    }
}

/// Applies the top step of `from` and pushes its inverse onto `to`.
fn move_step(
    session: &mut Session,
    from: &mut Vec<Step>,
    to: &mut Vec<Step>,
) -> Result<Option<&'static str>, EditError> {
    let Some(step) = from.pop() else {
        return Ok(None);
    };
    match session.apply(step.edit.clone()) {
        Ok(inverse) => {
            let label = step.label;
            to.push(Step {
                edit: inverse,
                ..step
            });
            Ok(Some(label))
        }
        Err(error) => {
            from.push(step);
            Err(error)
        }
    }
}
