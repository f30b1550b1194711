//! Keyboard entry into a grid of one-character score cells, shared by the PESTLE
//! votes grid and the verification grid. While a cell has the focus, the grid takes
//! the frame's keystrokes out of the input and applies them one by one, in order:
//! "5431" typed within one frame (a slow frame, a fast facilitator) fills four
//! cells, each in its own cell, instead of piling up in one text field where only
//! the last digit counts. Each grid says what a character means in one of its
//! cells ([`CellInput`]); the cursor's moves are the same in both.

use egui::{Event, FocusDirection, Key};

use dacum_model::Id;

/// A cell: its row (a driver, a task) and the field of that row (0, 1 …).
pub(in crate::ui) type Cell = (Id, usize);

#[derive(Clone, Copy, Debug, PartialEq)]
enum Stroke {
    Char(char),
    Clear,
    Move(Move),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Move {
    Up,
    Down,
    Previous,
    Next,
    /// Enter: the first field of the next row.
    NextRow,
}

/// What a grid does with a keystroke in one of its cells.
pub(in crate::ui) trait CellInput {
    /// A character typed in `cell`: `true` if it set the cell (the cursor then
    /// moves on), `false` if it means nothing there (it is ignored).
    fn put(&mut self, cell: Cell, c: char) -> bool;
    /// Backspace or Delete in `cell`.
    fn clear(&mut self, cell: Cell);
}

/// The shape of a grid: its rows in the order shown, the fields of a row, and the
/// widget id of each cell.
pub(in crate::ui) struct Grid<'a> {
    pub rows: &'a [Id],
    pub fields: usize,
    pub cell_id: fn(Cell) -> egui::Id,
}

impl Grid<'_> {
    /// The cell that has the keyboard focus.
    fn focused(&self, ui: &egui::Ui) -> Option<Cell> {
        let focused = ui.memory(egui::Memory::focused)?;
        self.rows
            .iter()
            .flat_map(|row| (0..self.fields).map(move |field| (*row, field)))
            .find(|cell| (self.cell_id)(*cell) == focused)
    }

    /// Applies the keys typed in the focused cell through `input`, in order, and
    /// gives the focus to the cell the cursor ends in. Returns that cell if the
    /// cursor moved. Keys with Ctrl, Alt or Cmd are left for the app's shortcuts.
    pub fn keystrokes(&self, ui: &egui::Ui, input: &mut impl CellInput) -> Option<Cell> {
        let start = self.focused(ui)?;
        let strokes = take_strokes(ui);
        if strokes.is_empty() {
            return None;
        }
        let mut cell = start;
        for stroke in strokes {
            match stroke {
                Stroke::Char(c) => {
                    if input.put(cell, c) {
                        cell = self.step(cell, Move::Next);
                    }
                }
                Stroke::Clear => input.clear(cell),
                Stroke::Move(direction) => cell = self.step(cell, direction),
            }
        }
        ui.memory_mut(|m| {
            // egui would move the focus on Tab and the arrows as well.
            m.move_focus(FocusDirection::None);
            m.request_focus((self.cell_id)(cell));
        });
        ui.ctx().request_repaint();
        (cell != start).then_some(cell)
    }

    /// Where the cursor goes; it stays put at the ends of the grid.
    fn step(&self, (row, field): Cell, direction: Move) -> Cell {
        let Some(index) = self.rows.iter().position(|r| *r == row) else {
            return (row, field);
        };
        let last = self.fields.saturating_sub(1);
        let current = field;
        let at = |index: Option<usize>, field: usize| match index.and_then(|i| self.rows.get(i)) {
            Some(r) => (*r, field),
            // Past the first or last row: the cursor stays where it is.
            None => (row, current),
        };
        match direction {
            Move::Up => at(index.checked_sub(1), field),
            Move::Down => at(Some(index + 1), field),
            Move::Next if field < last => (row, field + 1),
            Move::Next | Move::NextRow => at(Some(index + 1), 0),
            Move::Previous if field > 0 => (row, field - 1),
            Move::Previous => at(index.checked_sub(1), last),
        }
    }
}

/// Takes this frame's keystrokes out of the input, in the order they were typed.
fn take_strokes(ui: &egui::Ui) -> Vec<Stroke> {
    ui.ctx().input_mut(|input| {
        let mut strokes = Vec::new();
        input.events.retain(|event| match event {
            Event::Text(text) => {
                strokes.extend(text.chars().map(Stroke::Char));
                false
            }
            Event::Key {
                key,
                pressed,
                modifiers,
                ..
            } if !(modifiers.ctrl || modifiers.alt || modifiers.command || modifiers.mac_cmd) => {
                let stroke = match key {
                    Key::Backspace | Key::Delete => Some(Stroke::Clear),
                    Key::ArrowUp => Some(Stroke::Move(Move::Up)),
                    Key::ArrowDown => Some(Stroke::Move(Move::Down)),
                    Key::ArrowLeft => Some(Stroke::Move(Move::Previous)),
                    Key::ArrowRight => Some(Stroke::Move(Move::Next)),
                    Key::Tab if modifiers.shift => Some(Stroke::Move(Move::Previous)),
                    Key::Tab => Some(Stroke::Move(Move::Next)),
                    Key::Enter => Some(Stroke::Move(Move::NextRow)),
                    _ => return true,
                };
                if *pressed {
                    strokes.extend(stroke);
                }
                false
            }
            _ => true,
        });
        strokes
    })
}

/// Draws a cell: a one-line text field that shows `value` and is the cursor. The
/// keys never reach it (see [`Grid::keystrokes`]); what it shows comes from the
/// model. `name` is what screen readers (and tests) call it.
pub(in crate::ui) fn cell_ui(
    ui: &mut egui::Ui,
    id: egui::Id,
    value: &str,
    name: &str,
    size: egui::Vec2,
) -> egui::Response {
    let mut text = value.to_owned();
    let edit = egui::TextEdit::singleline(&mut text)
        .id(id)
        .desired_width(size.x - 8.0)
        .align(egui::Align2::CENTER_CENTER);
    let response = ui.add_sized(size, edit).on_hover_text(name);
    response.widget_info(|| egui::WidgetInfo::text_edit(true, name, value, ""));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_moves_through_the_grid_and_stops_at_its_ends() {
        let (a, b) = (Id::new(), Id::new());
        let rows = [a, b];
        let grid = |fields| Grid {
            rows: &rows,
            fields,
            cell_id: egui::Id::unique,
        };
        let votes = grid(2);
        let cases = [
            ((a, 0), Move::Next, (a, 1)),
            ((a, 1), Move::Next, (b, 0)),
            ((b, 1), Move::Next, (b, 1)),
            ((b, 0), Move::Previous, (a, 1)),
            ((a, 0), Move::Previous, (a, 0)),
            ((a, 1), Move::Down, (b, 1)),
            ((b, 1), Move::Up, (a, 1)),
            ((a, 1), Move::NextRow, (b, 0)),
            ((b, 0), Move::NextRow, (b, 0)),
        ];
        for (from, direction, to) in cases {
            assert_eq!(votes.step(from, direction), to, "{from:?} {direction:?}");
        }
        let ratings = grid(4);
        let cases = [
            ((a, 2), Move::Next, (a, 3)),
            ((a, 3), Move::Next, (b, 0)),
            ((b, 0), Move::Previous, (a, 3)),
            ((a, 2), Move::NextRow, (b, 0)),
        ];
        for (from, direction, to) in cases {
            assert_eq!(ratings.step(from, direction), to, "{from:?} {direction:?}");
        }
    }
}
