//! Drag-and-drop on the board: a task card dropped between two task cards (of its own
//! duty or another) moves there; a duty card dropped above or below a duty row moves
//! the whole duty. While dragging, a bar shows where the card would land.
//!
//! The drop target is found from where the cards were laid out this frame (`Places`),
//! not from widget hover, so gaps between cards and the ends of rows are targets too.

use std::ops::Range;

use egui::{
    CursorIcon, DragAndDrop, FontId, LayerId, Order, Pos2, Rect, Stroke, StrokeKind, Ui, pos2, vec2,
};

use super::look::{GAP, ROW_GAP};
use super::{BoardAction, CardKind, text_of};
use dacum_model::{Chart, Edit, Id};

/// The payload of a drag: which card.
#[derive(Clone, Copy, Debug)]
pub(super) struct Dragged {
    pub id: Id,
    pub kind: CardKind,
}

/// Where the rows and task cards were drawn this frame. The vectors keep their
/// capacity from frame to frame.
#[derive(Default)]
pub(super) struct Places {
    pub rows: Vec<RowPlace>,
    pub tasks: Vec<Rect>,
}

pub(super) struct RowPlace {
    pub rect: Rect,
    pub duty_card: Rect,
    /// This row's task cards in `Places::tasks`.
    pub tasks: Range<usize>,
    pub add_button: Rect,
}

impl Places {
    pub(super) fn clear(&mut self) {
        self.rows.clear();
        self.tasks.clear();
    }

    /// The row under `pointer`, counting half the gap around it as part of it.
    fn row_at(&self, pointer: Pos2) -> Option<(usize, &RowPlace)> {
        self.rows.iter().enumerate().find(|(_, row)| {
            (row.rect.top() - ROW_GAP / 2.0..=row.rect.bottom() + ROW_GAP / 2.0)
                .contains(&pointer.y)
        })
    }
}

/// Where a drop would go: the move, and the bar that shows it.
struct Target {
    edit: Edit,
    bar: [Pos2; 2],
}

/// Shows the dragged card and where it would land; on release, pushes the move.
pub(super) fn drop_ui(ui: &Ui, chart: &Chart, places: &Places, actions: &mut Vec<BoardAction>) {
    let ctx = ui.ctx();
    let Some(dragged) = DragAndDrop::payload::<Dragged>(ctx) else {
        return;
    };
    let Some(pointer) = ctx.pointer_latest_pos() else {
        return;
    };
    ctx.set_cursor_icon(CursorIcon::Grabbing);
    ghost_ui(ui, chart, dragged.id, pointer);
    scroll_near_edges(ui, pointer);

    let target = match dragged.kind {
        CardKind::Task => task_target(chart, places, dragged.id, pointer),
        CardKind::Duty => duty_target(chart, places, dragged.id, pointer),
    };
    if let Some(target) = &target {
        let stroke = Stroke::new(4.0, ui.visuals().selection.stroke.color);
        ui.painter().line_segment(target.bar, stroke);
    }
    if ui.input(|i| i.pointer.any_released()) {
        DragAndDrop::clear_payload(ctx);
        if let Some(target) = target {
            actions.push(BoardAction::Drop(dragged.id, target.edit));
        }
    }
}

/// A task goes before the nearest card (the pointer on its left half) or after it
/// (right half); onto the duty card, first; nearest the "Add task" slot, last. Nearest
/// rather than under, so the gaps between cards are targets too.
fn task_target(chart: &Chart, places: &Places, id: Id, pointer: Pos2) -> Option<Target> {
    let (from_duty, from) = chart.find_task(id)?;
    let (d, row) = places.row_at(pointer)?;
    let tasks = places.tasks.get(row.tasks.clone())?;
    let nearest = tasks
        .iter()
        .enumerate()
        .map(|(t, rect)| (t, rect, rect.distance_sq_to_pos(pointer)))
        .min_by(|a, b| a.2.total_cmp(&b.2));
    let slot = match nearest {
        _ if pointer.x <= row.duty_card.right() => 0,
        Some((_, _, distance)) if row.add_button.distance_sq_to_pos(pointer) < distance => {
            tasks.len()
        }
        Some((t, rect, _)) if pointer.x < rect.center().x => t,
        Some((t, _, _)) => t + 1,
        None => 0,
    };
    let to = if d == from_duty {
        if slot == from || slot == from + 1 {
            return None;
        }
        // The task leaves its place before it is inserted again.
        if slot > from { slot - 1 } else { slot }
    } else {
        slot
    };
    let next = tasks.get(slot).unwrap_or(&row.add_button);
    let x = next.left() - GAP / 2.0;
    Some(Target {
        edit: Edit::MoveTask {
            id,
            duty: chart.duties.get(d)?.id,
            to,
        },
        bar: [pos2(x, next.top()), pos2(x, next.bottom())],
    })
}

/// A duty goes above the row under the pointer (top half) or below it.
fn duty_target(chart: &Chart, places: &Places, id: Id, pointer: Pos2) -> Option<Target> {
    let from = chart.find_duty(id)?;
    let (r, row) = places.row_at(pointer)?;
    let above = pointer.y < row.rect.center().y;
    let slot = if above { r } else { r + 1 };
    if slot == from || slot == from + 1 {
        return None;
    }
    let y = if above {
        row.rect.top() - ROW_GAP / 2.0
    } else {
        row.rect.bottom() + ROW_GAP / 2.0
    };
    Some(Target {
        edit: Edit::MoveDuty {
            id,
            to: if slot > from { slot - 1 } else { slot },
        },
        bar: [pos2(row.rect.left(), y), pos2(row.rect.right(), y)],
    })
}

/// The dragged card's code and text, following the pointer above everything else.
fn ghost_ui(ui: &Ui, chart: &Chart, id: Id, pointer: Pos2) {
    let Some((_, text)) = text_of(chart, id) else {
        return;
    };
    let code = chart.code_of(id).unwrap_or_default();
    let visuals = ui.visuals();
    let layer = LayerId::new(Order::Tooltip, egui::Id::unique("duty_board_drag"));
    let painter = ui.ctx().layer_painter(layer);
    let galley = painter.layout(
        format!("{code}  {text}"),
        FontId::proportional(16.0),
        visuals.strong_text_color(),
        200.0,
    );
    let rect = Rect::from_min_size(pointer + vec2(14.0, 14.0), galley.size() + vec2(16.0, 12.0));
    painter.rect(
        rect,
        6.0,
        visuals.window_fill,
        visuals.window_stroke,
        StrokeKind::Inside,
    );
    painter.galley(
        rect.min + vec2(8.0, 6.0),
        galley,
        visuals.strong_text_color(),
    );
}

/// Scrolls the board while a card is held near its top or bottom edge, so a task can
/// be dragged to a duty that is off screen.
fn scroll_near_edges(ui: &Ui, pointer: Pos2) {
    const EDGE: f32 = 40.0;
    let visible = ui.clip_rect();
    let delta = if pointer.y < visible.top() + EDGE {
        12.0
    } else if pointer.y > visible.bottom() - EDGE {
        -12.0
    } else {
        return;
    };
    ui.scroll_with_delta_animation(vec2(0.0, delta), egui::style::ScrollAnimation::none());
    ui.ctx().request_repaint();
}
