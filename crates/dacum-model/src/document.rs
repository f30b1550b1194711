//! The open document: a session with its undo/redo history and a dirty flag.
//! Every change by the UI or the CLI goes through [`Document::apply`] (or
//! [`Document::apply_typing`] for keystrokes in a text field).

use std::collections::VecDeque;

use super::edit::{Edit, EditError, TypingTarget};
use super::session::Session;

/// How many steps undo keeps; beyond this the oldest are forgotten.
const MAX_UNDO_STEPS: usize = 10_000;

#[derive(Debug)]
pub struct Document {
    session: Session,
    /// Oldest first; a `VecDeque` so that forgetting the oldest step is cheap.
    undo: VecDeque<Step>,
    redo: VecDeque<Step>,
    /// How many steps `undo` keeps ([`MAX_UNDO_STEPS`]; smaller in tests).
    undo_cap: usize,
    /// The state below the oldest undo step: 0 (as opened) until a step is
    /// forgotten, then the state that step led to. With every step undone the
    /// document is in this state, which is not the file's once a step is gone.
    floor: u64,
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
            undo: VecDeque::new(),
            redo: VecDeque::new(),
            undo_cap: MAX_UNDO_STEPS,
            floor: 0,
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

    /// A document that keeps at most `cap` undo steps (tests of the cap).
    #[cfg(test)]
    fn with_undo_cap(session: Session, cap: usize) -> Self {
        Document {
            undo_cap: cap,
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
            && self.undo.back().is_some_and(|step| step.typing == target);
        if !merges {
            self.push(edit, target)?;
            self.typing_open = target.is_some();
            return Ok(());
        }
        // The step keeps the inverse of the first keystroke, which restores the
        // text as it was before the typing began.
        self.session.apply(edit)?;
        let serial = self.fresh_serial();
        if let Some(step) = self.undo.back_mut() {
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
            self.redo.pop_back();
        }
        Ok(())
    }

    fn push(&mut self, edit: Edit, typing: Option<TypingTarget>) -> Result<(), EditError> {
        let label = edit.label();
        let inverse = self.session.apply(edit)?;
        let serial = self.fresh_serial();
        self.undo.push_back(Step {
            serial,
            label,
            edit: inverse,
            typing,
        });
        while self.undo.len() > self.undo_cap {
            if let Some(forgotten) = self.undo.pop_front() {
                self.floor = forgotten.serial;
            }
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
        self.undo.back().map(|s| s.label)
    }

    pub fn redo_label(&self) -> Option<&'static str> {
        self.redo.back().map(|s| s.label)
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
        self.undo.back().map_or(self.floor, |s| s.serial)
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
    from: &mut VecDeque<Step>,
    to: &mut VecDeque<Step>,
) -> Result<Option<&'static str>, EditError> {
    let Some(step) = from.pop_back() else {
        return Ok(None);
    };
    match session.apply(step.edit.clone()) {
        Ok(inverse) => {
            let label = step.label;
            to.push_back(Step {
                edit: inverse,
                ..step
            });
            Ok(Some(label))
        }
        Err(error) => {
            from.push_back(step);
            Err(error)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Duty;

    /// A document with one duty, and `edits` retitlings of it, each its own step.
    fn edited(document: &mut Document, edits: usize) {
        let id = document.session().chart.duties[0].id;
        for n in 0..edits {
            let title = format!("Title {n}");
            document
                .apply(Edit::SetDutyTitle { id, title })
                .expect("edit applies");
        }
    }

    fn with_duty() -> Session {
        let mut session = Session::default();
        session.chart.duties.push(Duty::new("As in the file"));
        session
    }

    fn undo_all(document: &mut Document) -> usize {
        let mut undone = 0;
        while document.undo().expect("undo applies").is_some() {
            undone += 1;
        }
        undone
    }

    #[test]
    fn undoing_everything_past_the_cap_leaves_the_document_dirty() {
        let file = with_duty();
        let mut document = Document::with_undo_cap(file.clone(), 3);
        edited(&mut document, 4);
        assert_eq!(undo_all(&mut document), 3, "one step was forgotten");
        assert_ne!(document.session(), &file, "the first edit stays");
        assert!(document.is_dirty(), "differs from the file, so it is dirty");
        // Redoing everything and saving, then undoing, is dirty too; redoing
        // back to the saved state is clean.
        while document.redo().expect("redo applies").is_some() {}
        document.mark_saved(document.state());
        undo_all(&mut document);
        assert!(document.is_dirty());
        while document.redo().expect("redo applies").is_some() {}
        assert!(!document.is_dirty());
    }

    #[test]
    fn within_the_cap_undoing_everything_is_clean_again() {
        let file = with_duty();
        let mut document = Document::with_undo_cap(file.clone(), 3);
        edited(&mut document, 3);
        assert_eq!(undo_all(&mut document), 3);
        assert_eq!(document.session(), &file);
        assert!(!document.is_dirty());
    }

    #[test]
    fn the_real_cap_forgets_the_oldest_step_and_stays_dirty() {
        let mut document = Document::new(with_duty());
        edited(&mut document, MAX_UNDO_STEPS + 1);
        assert_eq!(undo_all(&mut document), MAX_UNDO_STEPS);
        assert_eq!(document.session().chart.duties[0].title, "Title 0");
        assert!(document.is_dirty());
    }
}
