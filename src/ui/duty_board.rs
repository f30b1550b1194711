//! The duty board: the DACUM chart as the panel sees it on the workshop wall. Each
//! duty is a row — a coloured duty card, then its task cards, wrapping like the paper
//! chart — where the facilitator types what the panel dictates, reorders cards (drag
//! or Alt+arrows) and deletes them, with the statement checks shown live on each card.
//!
//! The board never changes the session. It pushes [`Command`]s, which the app applies
//! after drawing, so the session seen next frame reflects them. The text being typed
//! is kept here ([`Editing`]) and sent as a `Command::Type` on every change, so no
//! keystroke depends on the command having been applied yet.
//!
//! This file holds the state and what the keys and clicks do; `rows` lays the cards
//! out, `card` draws one card and `badges` its marks, `highlight` marks the words
//! the checks complain about, `drag` handles drag-and-drop, `findings` caches the
//! statement checks and `shared` the provenance of each card in a merged session.

mod badges;
mod card;
mod drag;
mod findings;
mod highlight;
mod look;
mod rows;
mod shared;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod translated_tests;

use crate::ui::language::{Tr, catalogue};
use egui::{Key, Modifiers};

use super::command::Command;
use super::texts_in;
use dacum_model::{Chart, Duty, Edit, Id, Session, Task, TextSlot};

/// What a card shows: a duty title or a task statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CardKind {
    Duty,
    Task,
}

/// The board's own state, kept by the app between frames. Nothing here is saved.
#[derive(Default)]
pub struct DutyBoardState {
    /// The card last clicked, edited or revealed; keyboard moves and Delete act on it.
    selected: Option<Id>,
    editing: Option<Editing>,
    /// Give the editor keyboard focus when it is next drawn (it is drawn a frame after
    /// the click, or after the insert that created its element has been applied).
    focus_editor: bool,
    /// Give this card keyboard focus when it is next drawn.
    focus_card: Option<Id>,
    /// Scroll this card into view when it is next drawn.
    scroll_to: Option<Id>,
    /// A card to reveal, asked for from outside the board (see [`Self::reveal`]).
    reveal: Option<Id>,
    /// The card deleted last: when undo brings it back, it is selected again.
    deleted: Option<Id>,
    /// Whether the editor was drawn this frame and whether it had focus then; a
    /// drawn editor without focus means the user left the field.
    editor_focus: Option<bool>,
    findings: findings::FindingsCache,
    shared: shared::SharedCache,
    places: drag::Places,
    /// The display language of this frame when it is not the working language:
    /// the cards show their translations and typing edits them.
    language: Option<String>,
}

/// The card being typed in.
struct Editing {
    id: Id,
    kind: CardKind,
    /// The text as typed.
    text: String,
    /// The text the session holds once this frame's commands are applied. When the
    /// session differs from it, something else (undo, redo) changed the element, and
    /// the editor takes the session's text instead of overwriting it.
    sent: String,
    /// Made by Enter, "Add task" or "Add duty": left empty, it is removed again, so
    /// pressing Enter twice leaves no blank card behind.
    is_new: bool,
    /// The language whose translation is typed (a translated display), or `None`
    /// for the source text. Fixed when the edit starts.
    language: Option<String>,
}

/// Something the user did on the board during drawing, carried out after drawing so
/// that every card of a frame is drawn from the same state. (The board's own: it
/// becomes `Command`s, the app's one way back, when it is carried out.)
#[derive(Debug)]
enum BoardAction {
    Edit(Id),
    Select(Id),
    Delete(Id),
    Move(Id, Step),
    AddTask {
        duty: Id,
        index: usize,
    },
    AddDuty {
        index: usize,
    },
    /// A drag-and-drop move, already turned into its edit.
    Drop(Id, Edit),
}

/// A keyboard move of a card (Alt+arrow).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Earlier,
    Later,
    PreviousDuty,
    NextDuty,
}

/// Where a card is in the chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Duty(usize),
    Task(usize, usize),
}

impl DutyBoardState {
    /// Scrolls to a duty or task card, selects it and gives it keyboard focus (the
    /// findings list calls this). An edit in progress on another card is committed.
    pub fn reveal(&mut self, id: Id) {
        self.reveal = Some(id);
    }

    /// The selected card (for the tests of views that reveal one).
    #[cfg(test)]
    pub(in crate::ui) fn selected(&self) -> Option<Id> {
        self.selected
    }

    /// Brings the state in line with the session at the start of a frame: the
    /// session may have changed since the last frame (undo, redo, another view).
    fn sync(&mut self, session: &Session, commands: &mut Vec<Command>) {
        let chart = &session.chart;
        if let Some(id) = self.reveal.take()
            && locate(chart, id).is_some()
        {
            if self.editing.as_ref().is_some_and(|e| e.id == id) {
                self.focus_editor = true;
            } else {
                self.commit(session, commands);
                self.focus_card = Some(id);
            }
            self.selected = Some(id);
            self.scroll_to = Some(id);
        }
        if let Some(id) = self.deleted
            && locate(chart, id).is_some()
        {
            // Undo restored the deleted card: it is what the user works on.
            self.deleted = None;
            if self.editing.is_none() {
                self.selected = Some(id);
                self.focus_card = Some(id);
                self.scroll_to = Some(id);
            }
        }
        if let Some(editing) = &mut self.editing {
            match edited_text(session, editing.id, editing.language.as_deref()) {
                None => self.editing = None,
                Some((_, text)) if text != editing.sent => {
                    text.clone_into(&mut editing.text);
                    text.clone_into(&mut editing.sent);
                }
                Some(_) => {}
            }
        }
        // A request for a card that is gone (an insert that failed, an undo) would
        // otherwise stay pending, and keep asking for frames, forever.
        for card in [
            &mut self.selected,
            &mut self.focus_card,
            &mut self.scroll_to,
        ] {
            if card.is_some_and(|id| locate(chart, id).is_none()) {
                *card = None;
            }
        }
        if self.editing.is_none() {
            self.focus_editor = false;
        }
    }

    /// Starts typing in an existing card.
    fn start_edit(&mut self, session: &Session, id: Id) {
        let Some((kind, text)) = edited_text(session, id, self.language.as_deref()) else {
            return;
        };
        self.editing = Some(Editing {
            id,
            kind,
            text: text.to_owned(),
            sent: text.to_owned(),
            is_new: false,
            language: self.language.clone(),
        });
        self.selected = Some(id);
        self.focus_editor = true;
        self.scroll_to = Some(id);
    }

    /// Starts typing in a card whose insert was pushed this frame.
    fn start_new(&mut self, id: Id, kind: CardKind) {
        self.editing = Some(Editing {
            id,
            kind,
            text: String::new(),
            sent: String::new(),
            is_new: true,
            language: self.language.clone(),
        });
        self.selected = Some(id);
        self.focus_editor = true;
        self.scroll_to = Some(id);
    }

    /// Ends the edit in progress: trims the text, seals the typing into one undo step,
    /// and removes a new card left empty. Returns the id of a card it removed.
    fn commit(&mut self, session: &Session, commands: &mut Vec<Command>) -> Option<Id> {
        let chart = &session.chart;
        let editing = self.editing.take()?;
        let trimmed = editing.text.trim();
        if editing.is_new && trimmed.is_empty() {
            commands.push(Command::EndTyping);
            commands.push(Command::Edit(remove_edit(editing.kind, editing.id)));
            if self.selected == Some(editing.id) {
                self.selected = neighbour(chart, editing.id, false);
            }
            return Some(editing.id);
        }
        if trimmed.len() != editing.text.len() {
            // Merged into the typing run, so the trim is not an undo step of its own.
            let source = text_of(chart, editing.id).map_or("", |(_, text)| text);
            let edit = typed_edit(&editing, source, trimmed.to_owned());
            commands.push(Command::Type(edit));
        }
        commands.push(Command::EndTyping);
        None
    }

    /// Escape: the typing since the field was entered is undone, and a new card goes.
    fn cancel(&mut self, session: &Session, commands: &mut Vec<Command>) {
        let chart = &session.chart;
        let Some(editing) = self.editing.take() else {
            return;
        };
        commands.push(Command::CancelTyping);
        if editing.is_new {
            commands.push(Command::Edit(remove_edit(editing.kind, editing.id)));
            self.selected = neighbour(chart, editing.id, false);
        }
        self.focus_card = self.selected;
    }

    /// Enter: commits, then opens a new task after this one (or first in this duty).
    fn enter(&mut self, session: &Session, commands: &mut Vec<Command>) {
        let chart = &session.chart;
        let Some(id) = self.editing.as_ref().map(|e| e.id) else {
            return;
        };
        if self.commit(session, commands).is_some() {
            // An empty new card and a second Enter: the run of typing tasks is over.
            self.focus_card = self.selected;
            return;
        }
        match locate(chart, id) {
            Some(Place::Task(d, t)) => self.insert_task(chart.duties[d].id, t + 1, commands),
            Some(Place::Duty(d)) => self.insert_task(chart.duties[d].id, 0, commands),
            None => {}
        }
    }

    /// Tab / Shift+Tab: commits and edits the next / previous card in chart order.
    fn step_edit(&mut self, session: &Session, forward: bool, commands: &mut Vec<Command>) {
        let chart = &session.chart;
        let Some(id) = self.editing.as_ref().map(|e| e.id) else {
            return;
        };
        let next = neighbour(chart, id, forward);
        let removed = self.commit(session, commands);
        match next {
            Some(next) => self.start_edit(session, next),
            None if removed.is_none() => self.focus_card = Some(id),
            None => self.focus_card = self.selected,
        }
    }

    fn insert_task(&mut self, duty: Id, index: usize, commands: &mut Vec<Command>) {
        let task = Task::new("");
        let id = task.id;
        commands.push(Command::Edit(Edit::InsertTask { duty, index, task }));
        self.start_new(id, CardKind::Task);
    }

    fn add_duty(&mut self, session: &Session, index: usize, commands: &mut Vec<Command>) {
        self.commit(session, commands);
        let duty = Duty::new("");
        let id = duty.id;
        commands.push(Command::Edit(Edit::InsertDuty { index, duty }));
        self.start_new(id, CardKind::Duty);
    }

    /// Where Ctrl+D puts a new duty: after the selected duty (or the duty of the
    /// selected task), else at the end.
    fn new_duty_index(&self, session: &Session) -> usize {
        let chart = &session.chart;
        match self.selected.and_then(|id| locate(chart, id)) {
            Some(Place::Duty(d) | Place::Task(d, _)) => d + 1,
            None => chart.duties.len(),
        }
    }

    fn move_card(&mut self, session: &Session, id: Id, step: Step, commands: &mut Vec<Command>) {
        let chart = &session.chart;
        let Some(edit) = move_edit(chart, id, step) else {
            return;
        };
        if self.editing.is_some() {
            commands.push(Command::EndTyping);
        }
        commands.push(Command::Edit(edit));
        self.selected = Some(id);
        self.scroll_to = Some(id);
    }

    fn delete(&mut self, session: &Session, id: Id, commands: &mut Vec<Command>) {
        let chart = &session.chart;
        let Some(place) = locate(chart, id) else {
            return;
        };
        if self.editing.as_ref().is_some_and(|e| e.id == id) {
            self.editing = None;
            commands.push(Command::EndTyping);
        } else {
            self.commit(session, commands);
        }
        let (kind, next) = match place {
            Place::Task(d, t) => {
                let tasks = &chart.duties[d].tasks;
                let next = tasks
                    .get(t + 1)
                    .or(t.checked_sub(1).and_then(|p| tasks.get(p)));
                (
                    CardKind::Task,
                    Some(next.map_or(chart.duties[d].id, |t| t.id)),
                )
            }
            Place::Duty(d) => {
                let duties = &chart.duties;
                let next = duties
                    .get(d + 1)
                    .or(d.checked_sub(1).and_then(|p| duties.get(p)));
                (CardKind::Duty, next.map(|d| d.id))
            }
        };
        commands.push(Command::Edit(remove_edit(kind, id)));
        self.deleted = Some(id);
        self.selected = next;
        self.focus_card = next;
    }

    /// Carries out what was clicked or dropped during drawing.
    fn act(&mut self, session: &Session, action: BoardAction, commands: &mut Vec<Command>) {
        match action {
            BoardAction::Edit(id) => {
                if self.editing.as_ref().is_some_and(|e| e.id == id) {
                    self.focus_editor = true;
                } else if self.commit(session, commands) != Some(id) {
                    self.start_edit(session, id);
                }
            }
            BoardAction::Select(id) => {
                if self.editing.as_ref().is_some_and(|e| e.id != id) {
                    self.commit(session, commands);
                }
                self.selected = Some(id);
            }
            BoardAction::Delete(id) => self.delete(session, id, commands),
            BoardAction::Move(id, step) => self.move_card(session, id, step, commands),
            BoardAction::AddTask { duty, index } => {
                self.commit(session, commands);
                self.insert_task(duty, index, commands);
            }
            BoardAction::AddDuty { index } => self.add_duty(session, index, commands),
            BoardAction::Drop(id, edit) => {
                if self.editing.is_some() {
                    commands.push(Command::EndTyping);
                }
                commands.push(Command::Edit(edit));
                self.selected = Some(id);
            }
        }
    }

    /// The keys of the board, handled before anything is drawn so that the text field
    /// never sees the Enter, Tab and Escape that belong to the board.
    fn keys(&mut self, ui: &egui::Ui, session: &Session, commands: &mut Vec<Command>) {
        if ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::D)) {
            let index = self.new_duty_index(session);
            self.add_duty(session, index, commands);
            return;
        }
        let focused = ui.memory(egui::Memory::focused);
        if let Some(id) = self.editing.as_ref().map(|e| e.id) {
            if focused.is_some() && focused != Some(editor_id(id)) {
                return;
            }
            // Shift+Tab before Tab: `consume_key` ignores an extra Shift.
            let key = ui.input_mut(|i| {
                if i.consume_key(Modifiers::NONE, Key::Escape) {
                    Some(EditKey::Cancel)
                } else if i.consume_key(Modifiers::SHIFT, Key::Tab) {
                    Some(EditKey::Tab { forward: false })
                } else if i.consume_key(Modifiers::NONE, Key::Tab) {
                    Some(EditKey::Tab { forward: true })
                } else if i.consume_key(Modifiers::NONE, Key::Enter) {
                    Some(EditKey::Enter)
                } else {
                    consume_move_key(i).map(EditKey::Move)
                }
            });
            match key {
                Some(EditKey::Cancel) => self.cancel(session, commands),
                Some(EditKey::Tab { forward }) => self.step_edit(session, forward, commands),
                Some(EditKey::Enter) => self.enter(session, commands),
                Some(EditKey::Move(step)) => self.move_card(session, id, step, commands),
                None => {}
            }
            return;
        }
        let Some(id) = self.selected else {
            return;
        };
        // Only when the board has the keyboard: Delete in another view's field must
        // never delete a card.
        if focused.is_some() && focused != Some(card_id(id)) {
            return;
        }
        let (delete, rename, deselect, step) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::Delete),
                i.consume_key(Modifiers::NONE, Key::F2),
                i.key_pressed(Key::Escape),
                consume_move_key(i),
            )
        });
        if delete {
            self.delete(session, id, commands);
        } else if rename {
            self.start_edit(session, id);
        } else if let Some(step) = step {
            self.move_card(session, id, step, commands);
            self.focus_card = Some(id);
        } else if deselect {
            self.selected = None;
        }
    }

    /// After drawing: a drawn editor that lost focus (the user clicked elsewhere)
    /// ends its edit.
    fn check_editor_left(&mut self, session: &Session, commands: &mut Vec<Command>) {
        if self.editor_focus.take() == Some(false) && !self.focus_editor {
            self.commit(session, commands);
        }
    }
}

enum EditKey {
    Cancel,
    Tab { forward: bool },
    Enter,
    Move(Step),
}

fn consume_move_key(input: &mut egui::InputState) -> Option<Step> {
    [
        (Key::ArrowLeft, Step::Earlier),
        (Key::ArrowRight, Step::Later),
        (Key::ArrowUp, Step::PreviousDuty),
        (Key::ArrowDown, Step::NextDuty),
    ]
    .into_iter()
    .find(|(key, _)| input.consume_key(Modifiers::ALT, *key))
    .map(|(_, step)| step)
}

/// Draws the board and pushes what the user did as commands.
pub fn duty_board_ui(
    ui: &mut egui::Ui,
    session: &Session,
    texts_in: Option<&str>,
    state: &mut DutyBoardState,
    commands: &mut Vec<Command>,
) {
    let chart = &session.chart;
    let pushed_before = commands.len();
    let language = texts_in::translated(session, texts_in);
    if state.language.as_deref() != language {
        state.language = language.map(str::to_owned);
    }
    if let Some(language) = state.language.as_deref() {
        ui.weak(ui.tr_args("board-translating", &[("language", language.into())]));
    }
    state.sync(session, commands);
    state.findings.update(chart, session.statement_rules());
    state.shared.update(session, &catalogue(ui.ctx()));
    state.keys(ui, session, commands);

    let mut actions = Vec::new();
    egui::ScrollArea::vertical()
        .id_salt("duty_board")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            rows::board_ui(ui, session, state, commands, &mut actions);
            drag::drop_ui(ui, chart, &state.places, &mut actions);
        });

    state.check_editor_left(session, commands);
    let acted = !actions.is_empty();
    for action in actions {
        state.act(session, action, commands);
    }
    // The next frame must come even without input: it draws the new editor, takes
    // focus, or shows the session with the commands applied.
    let pending = state.focus_editor || state.focus_card.is_some() || state.scroll_to.is_some();
    if acted || pending || commands.len() > pushed_before {
        ui.ctx().request_repaint();
    }
}

/// The widget id of a card (its clickable face).
fn card_id(id: Id) -> egui::Id {
    egui::Id::unique(("duty_board_card", id))
}

/// The widget id of the text field that edits a card.
fn editor_id(id: Id) -> egui::Id {
    egui::Id::unique(("duty_board_editor", id))
}

fn locate(chart: &Chart, id: Id) -> Option<Place> {
    if let Some(d) = chart.find_duty(id) {
        return Some(Place::Duty(d));
    }
    chart.find_task(id).map(|(d, t)| Place::Task(d, t))
}

fn text_of(chart: &Chart, id: Id) -> Option<(CardKind, &str)> {
    match locate(chart, id)? {
        Place::Duty(d) => Some((CardKind::Duty, chart.duties[d].title.as_str())),
        Place::Task(d, t) => Some((CardKind::Task, chart.duties[d].tasks[t].statement.as_str())),
    }
}

/// The card after (or before) `id` in chart order: a duty, its tasks, the next duty …
fn neighbour(chart: &Chart, id: Id, forward: bool) -> Option<Id> {
    let mut previous = None;
    let mut found = false;
    for duty in &chart.duties {
        for card in std::iter::once(duty.id).chain(duty.tasks.iter().map(|t| t.id)) {
            if found {
                return Some(card);
            }
            if card == id {
                if !forward {
                    return previous;
                }
                found = true;
            }
            previous = Some(card);
        }
    }
    None
}

/// The edit that moves a card one step, or `None` where it cannot go further.
fn move_edit(chart: &Chart, id: Id, step: Step) -> Option<Edit> {
    match locate(chart, id)? {
        Place::Task(d, t) => {
            let (duty, to) = match step {
                Step::Earlier => (d, t.checked_sub(1)?),
                Step::Later if t + 1 < chart.duties[d].tasks.len() => (d, t + 1),
                Step::PreviousDuty => {
                    let target = d.checked_sub(1)?;
                    (target, t.min(chart.duties[target].tasks.len()))
                }
                Step::NextDuty if d + 1 < chart.duties.len() => {
                    (d + 1, t.min(chart.duties[d + 1].tasks.len()))
                }
                Step::Later | Step::NextDuty => return None,
            };
            let duty = chart.duties[duty].id;
            Some(Edit::MoveTask { id, duty, to })
        }
        Place::Duty(d) => {
            let to = match step {
                Step::PreviousDuty => d.checked_sub(1)?,
                Step::NextDuty if d + 1 < chart.duties.len() => d + 1,
                _ => return None,
            };
            Some(Edit::MoveDuty { id, to })
        }
    }
}

fn remove_edit(kind: CardKind, id: Id) -> Edit {
    match kind {
        CardKind::Duty => Edit::RemoveDuty(id),
        CardKind::Task => Edit::RemoveTask(id),
    }
}

/// The text a card's editor edits: its source text, or with a `language` its
/// translation into it (empty while there is none).
fn edited_text<'a>(
    session: &'a Session,
    id: Id,
    language: Option<&str>,
) -> Option<(CardKind, &'a str)> {
    let (kind, source) = text_of(&session.chart, id)?;
    Some(match language {
        Some(language) => (
            kind,
            texts_in::translation_text(session, language, slot_of(kind, id)),
        ),
        None => (kind, source),
    })
}

fn slot_of(kind: CardKind, id: Id) -> TextSlot {
    match kind {
        CardKind::Duty => TextSlot::DutyTitle(id),
        CardKind::Task => TextSlot::TaskStatement(id),
    }
}

/// The edit of a keystroke in the card being edited: its source text, or its
/// translation (a draft against `source`, the text as it reads now). Never the
/// source from a translated display.
fn typed_edit(editing: &Editing, source: &str, text: String) -> Edit {
    match &editing.language {
        Some(language) => {
            let slot = slot_of(editing.kind, editing.id);
            texts_in::translation_edit(language, slot, source, &text)
        }
        None => set_text_edit(editing.kind, editing.id, text),
    }
}

fn set_text_edit(kind: CardKind, id: Id, text: String) -> Edit {
    match kind {
        CardKind::Duty => Edit::SetDutyTitle { id, title: text },
        CardKind::Task => Edit::SetTaskStatement {
            id,
            statement: text,
        },
    }
}
