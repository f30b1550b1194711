//! One card of the board: its code, its text with the words the checks complain
//! about underlined, a warning badge, in a merged session how many partners share
//! it and a conflict mark, and — when it is selected — the findings in plain words
//! and a Delete button; when it is being edited, a text field in place of the text.
//!
//! Cards that are only shown are painted directly (no child `Ui`, no label widgets):
//! a large chart has some 250 of them and the board must draw in a millisecond or two.

use std::sync::Arc;

use egui::{
    CornerRadius, EventFilter, Frame, Galley, Margin, Pos2, Rect, RichText, Sense, Shape, Stroke,
    StrokeKind, TextEdit, Ui, UiBuilder, Vec2, WidgetInfo, pos2, vec2,
};

use super::badges;
use super::look::{CARD_WIDTH, Look};
use super::shared::Shared;
use super::{
    BoardAction, CardKind, Command, DutyBoardState, Step, card_id, editor_id, highlight, move_edit,
};
use crate::ui::language::{Tr, catalogue};
use crate::ui::texts_in::Mark;
use dacum_i18n::Catalogue;
use dacum_model::statement_rules::Finding;
use dacum_model::{Chart, Id};

const PADDING: f32 = 10.0;
/// The coloured edge that ties a task card to its duty.
const STRIPE: f32 = 5.0;
const NOTE_SIZE: f32 = 15.0;

/// What every card of a frame shares.
pub(super) struct Board<'a> {
    pub look: Look,
    pub chart: &'a Chart,
    /// The session's working language, the tag of a text not translated yet.
    pub working: &'a str,
}

/// What one card shows.
pub(super) struct Card<'a> {
    pub id: Id,
    pub kind: CardKind,
    pub duty_index: usize,
    pub code: &'a str,
    /// The text shown: the source, or its translation in a translated display.
    pub text: &'a str,
    /// The working-language text (what a translation typed here translates).
    pub source: &'a str,
    /// How the shown text is marked: a fallback to the source, a stale translation.
    pub mark: Mark,
    pub findings: &'a [Finding],
    /// In a merged session: the partners that share the card, its conflicts.
    pub shared: Option<&'a Shared>,
}

/// Draws a card with its top-left corner at `pos`; returns the rect it takes.
pub(super) fn card_ui(
    ui: &mut Ui,
    board: &Board<'_>,
    card: &Card<'_>,
    pos: Pos2,
    state: &mut DutyBoardState,
    commands: &mut Vec<Command>,
    actions: &mut Vec<BoardAction>,
) -> Rect {
    let look = &board.look;
    // Placeholders, filled once the card's height is known, keep the background
    // under the text painted after them.
    let background = ui.painter().add(Shape::Noop);
    let stripe_slot = (card.kind == CardKind::Task).then(|| ui.painter().add(Shape::Noop));
    let is_selected = state.selected == Some(card.id);
    let is_editing = state.editing.as_ref().is_some_and(|e| e.id == card.id);
    let stripe = if card.kind == CardKind::Task {
        STRIPE
    } else {
        0.0
    };
    let left = pos.x + PADDING + stripe;
    let width = CARD_WIDTH - 2.0 * PADDING - stripe;

    let code = ui
        .painter()
        .layout_no_wrap(card.code.to_owned(), look.code_font.clone(), look.text);
    let code_width = code.size().x;
    ui.painter()
        .galley(pos2(left, pos.y + PADDING), code, look.text);
    if card.mark != Mark::Plain {
        mark_tag(
            ui,
            look,
            board,
            card.mark,
            pos2(left + code_width + 8.0, pos.y + PADDING),
        );
    }
    let mut right_top = pos2(pos.x + CARD_WIDTH - PADDING, pos.y + PADDING);
    if !card.findings.is_empty() {
        let badge = badges::findings_badge(ui, look, card.findings.len(), right_top);
        right_top.x = badge.left() - 4.0;
    }
    if card.shared.is_some_and(|s| !s.conflicts.is_empty()) {
        badges::conflict_mark(ui, look, right_top);
    }
    let text_top = pos.y + PADDING + look.code_height + 4.0;

    let text_bottom = if is_editing {
        editor_ui(ui, look, card, pos2(left, text_top), width, state, commands)
    } else {
        let empty = ui.tr("board-empty-card");
        let mut job = highlight::statement_job(card.text, card.findings, look, width, Some(&empty));
        if card.mark == Mark::Fallback {
            // The source shown for a missing translation: in a marked style.
            for section in &mut job.sections {
                section.format.italics = true;
                section.format.color = look.weak;
            }
        }
        let galley = ui.painter().layout_job(job);
        let bottom = text_top + galley.size().y;
        ui.painter().galley(pos2(left, text_top), galley, look.text);
        bottom
    };
    let mut content_bottom = text_bottom.max(text_top + look.min_text_height);
    if let Some(shared) = card.shared {
        let top_left = pos2(left, content_bottom + 6.0);
        content_bottom = badges::shared_line(ui, look, shared, top_left, width);
    }
    let face = Rect::from_min_max(pos, pos2(pos.x + CARD_WIDTH, content_bottom + PADDING));
    if !is_editing {
        face_interaction(ui, board, card, face, is_selected, state, actions);
    }

    let mut bottom = face.bottom();
    if is_selected {
        bottom = details_ui(
            ui,
            (look, board.working),
            card,
            pos2(left, face.bottom() - 4.0),
            width,
            actions,
        ) + PADDING;
    }
    let rect = Rect::from_min_max(pos, pos2(pos.x + CARD_WIDTH, bottom));

    let (fill, stroke) = match (is_editing, card.kind) {
        (true, _) => (look.edit_fill, look.selection),
        (false, CardKind::Duty) => (
            look.duty_fill(card.duty_index),
            Stroke::new(1.0, Look::hue(card.duty_index)),
        ),
        (false, CardKind::Task) => (
            look.task_fill(card.duty_index),
            Stroke::new(1.0, Look::hue(card.duty_index).gamma_multiply(0.6)),
        ),
    };
    let stroke = if is_selected { look.selection } else { stroke };
    let radius = CornerRadius::same(6);
    let shape = egui::epaint::RectShape::new(rect, radius, fill, stroke, StrokeKind::Inside);
    ui.painter().set(background, shape);
    if let Some(slot) = stripe_slot {
        let bar = Rect::from_min_max(rect.min, pos2(rect.min.x + stripe, rect.max.y));
        let bar_radius = CornerRadius {
            nw: 6,
            sw: 6,
            ne: 0,
            se: 0,
        };
        let bar = Shape::rect_filled(bar, bar_radius, Look::hue(card.duty_index));
        ui.painter().set(slot, bar);
    }
    rect
}

/// Clicking, focusing, dragging, the context menu and the findings tooltip of a card
/// that is not being edited.
fn face_interaction(
    ui: &Ui,
    board: &Board<'_>,
    card: &Card<'_>,
    face: Rect,
    is_selected: bool,
    state: &mut DutyBoardState,
    actions: &mut Vec<BoardAction>,
) {
    let look = &board.look;
    let texts = catalogue(ui.ctx());
    let response = ui.interact(face, card_id(card.id), Sense::click_and_drag());
    response.widget_info(|| {
        let mut info = WidgetInfo::labeled(egui::Role::Button, true, card_label(&texts, card));
        info.selected = Some(is_selected);
        info
    });
    if !card.findings.is_empty() || card.shared.is_some() || card.mark != Mark::Plain {
        // Screen readers read the description after the name: the badges in words.
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_description(description(&texts, board.working, card));
        });
    }
    if response.clicked() {
        actions.push(BoardAction::Edit(card.id));
    } else if response.secondary_clicked() || (response.gained_focus() && !is_selected) {
        actions.push(BoardAction::Select(card.id));
    }
    response.dnd_set_drag_payload(super::drag::Dragged {
        id: card.id,
        kind: card.kind,
    });
    if response.dragged() {
        ui.painter()
            .rect_filled(face, CornerRadius::same(6), look.panel.gamma_multiply(0.6));
    }
    if state.focus_card == Some(card.id) {
        response.request_focus();
        state.focus_card = None;
    }
    if state.scroll_to == Some(card.id) {
        response.scroll_to_me(None);
        state.scroll_to = None;
    }
    response.context_menu(|ui| menu_ui(ui, board.chart, card, actions));
    let has_notes = !card.findings.is_empty() || card.shared.is_some() || card.mark != Mark::Plain;
    if has_notes && !is_selected && !response.dragged() {
        response.on_hover_ui(|ui| {
            ui.set_max_width(320.0);
            notes_ui(ui, look, board.working, card);
        });
    }
}

/// The findings and, in a merged session, the card's provenance, in words: the
/// tooltip of a card, and the details of the selected card.
fn notes_ui(ui: &mut Ui, look: &Look, working: &str, card: &Card<'_>) {
    if let Some(note) = mark_note(&catalogue(ui.ctx()), working, card.mark) {
        ui.label(RichText::new(note).size(NOTE_SIZE).color(look.text));
    }
    for finding in card.findings {
        ui.label(
            RichText::new(format!("• {}", ui.text(&finding.message)))
                .size(NOTE_SIZE)
                .color(look.text),
        );
    }
    if let Some(shared) = card.shared {
        ui.label(RichText::new(&shared.full).size(NOTE_SIZE).color(look.text));
        if !shared.conflicts.is_empty() {
            ui.label(
                RichText::new(conflict_sentence(&catalogue(ui.ctx()), shared))
                    .size(NOTE_SIZE)
                    .color(look.text),
            );
        }
    }
}

fn conflict_sentence(texts: &Catalogue, shared: &Shared) -> String {
    texts.tr_args(
        "board-conflict",
        &[(
            "fields",
            shared
                .conflicts
                .join(&texts.tr("board-conflict-and"))
                .into(),
        )],
    )
}

/// The badges in words, for screen readers.
fn description(texts: &Catalogue, working: &str, card: &Card<'_>) -> String {
    let mut parts: Vec<String> = mark_note(texts, working, card.mark).into_iter().collect();
    if !card.findings.is_empty() {
        parts.push(findings_sentence(texts, card.findings));
    }
    if let Some(shared) = card.shared {
        parts.push(shared.full.clone());
        if !shared.conflicts.is_empty() {
            parts.push(conflict_sentence(texts, shared));
        }
    }
    parts.join(" ")
}

fn card_label(texts: &Catalogue, card: &Card<'_>) -> String {
    let id = match card.kind {
        CardKind::Duty => "board-duty-label",
        CardKind::Task => "board-task-label",
    };
    let text = if card.text.trim().is_empty() {
        texts.tr("board-empty-card")
    } else {
        card.text.to_owned()
    };
    texts.tr_args(id, &[("code", card.code.into()), ("text", text.into())])
}

fn findings_sentence(texts: &Catalogue, findings: &[Finding]) -> String {
    let messages: Vec<String> = findings.iter().map(|f| texts.text(&f.message)).collect();
    texts.tr_args(
        "board-warnings",
        &[
            ("count", findings.len().into()),
            ("messages", messages.join("; ").into()),
        ],
    )
}

fn menu_ui(ui: &mut Ui, chart: &Chart, card: &Card<'_>, actions: &mut Vec<BoardAction>) {
    let mut chosen = None;
    let texts = catalogue(ui.ctx());
    if ui.button(texts.tr("board-edit")).clicked() {
        chosen = Some(BoardAction::Edit(card.id));
    }
    let moves: &[(Step, &str)] = match card.kind {
        CardKind::Task => &[
            (Step::Earlier, "board-move-earlier"),
            (Step::Later, "board-move-later"),
            (Step::PreviousDuty, "board-move-previous-duty"),
            (Step::NextDuty, "board-move-next-duty"),
        ],
        CardKind::Duty => &[
            (Step::PreviousDuty, "board-move-duty-up"),
            (Step::NextDuty, "board-move-duty-down"),
        ],
    };
    for &(step, label) in moves {
        let possible = move_edit(chart, card.id, step).is_some();
        if ui
            .add_enabled(possible, egui::Button::new(texts.tr(label)))
            .clicked()
        {
            chosen = Some(BoardAction::Move(card.id, step));
        }
    }
    ui.separator();
    if ui.button(texts.tr(delete_label(card.kind))).clicked() {
        chosen = Some(BoardAction::Delete(card.id));
    }
    if let Some(action) = chosen {
        actions.push(action);
        ui.close();
    }
}

/// What a mark on a card's text means, in words.
fn mark_note(texts: &Catalogue, working: &str, mark: Mark) -> Option<String> {
    match mark {
        Mark::Plain => None,
        Mark::Fallback => {
            Some(texts.tr_args("texts-in-fallback-tip", &[("language", working.into())]))
        }
        Mark::Stale => Some(texts.tr("texts-in-stale-tip")),
    }
}

/// The small tag after a card's code: the working language on a text not
/// translated yet ("en"), "stale" on a translation of an older source.
fn mark_tag(ui: &Ui, look: &Look, board: &Board<'_>, mark: Mark, at: Pos2) {
    let text = match mark {
        Mark::Plain => return,
        Mark::Fallback => board.working.to_owned(),
        Mark::Stale => ui.tr("texts-in-stale"),
    };
    let font = egui::FontId::proportional(look.code_font.size * 0.85);
    let galley = ui.painter().layout_no_wrap(text, font, look.weak);
    let rect = Rect::from_min_size(at, galley.size()).expand2(vec2(4.0, 1.0));
    ui.painter().rect_stroke(
        rect,
        CornerRadius::same(3),
        Stroke::new(1.0, look.weak),
        StrokeKind::Inside,
    );
    ui.painter().galley(at, galley, look.weak);
}

/// The message id of the Delete button of a card of `kind`.
fn delete_label(kind: CardKind) -> &'static str {
    match kind {
        CardKind::Duty => "board-delete-duty",
        CardKind::Task => "board-delete-task",
    }
}

/// Under the text of the selected card: each finding in plain words, and Delete.
/// Returns the bottom of what it drew.
fn details_ui(
    ui: &mut Ui,
    (look, working): (&Look, &str),
    card: &Card<'_>,
    top_left: Pos2,
    width: f32,
    actions: &mut Vec<BoardAction>,
) -> f32 {
    let rect = Rect::from_min_size(top_left, vec2(width, f32::INFINITY));
    let mut child = ui.new_child(
        UiBuilder::new()
            .max_rect(rect)
            .id_salt(("details", card.id)),
    );
    child.spacing_mut().item_spacing.y = 4.0;
    notes_ui(&mut child, look, working, card);
    let delete = egui::Button::new(child.tr(delete_label(card.kind))).small();
    if child
        .add(delete)
        .on_hover_text(child.tr("board-delete-tip"))
        .clicked()
    {
        actions.push(BoardAction::Delete(card.id));
    }
    child.min_rect().bottom()
}

/// The text field of the card being edited, sized and styled like the card's text so
/// the card keeps its shape. Returns the bottom of the field.
fn editor_ui(
    ui: &mut Ui,
    look: &Look,
    card: &Card<'_>,
    top_left: Pos2,
    width: f32,
    state: &mut DutyBoardState,
    commands: &mut Vec<Command>,
) -> f32 {
    let Some(editing) = state.editing.as_mut() else {
        return top_left.y;
    };
    let id = editor_id(card.id);
    if state.focus_editor {
        ui.memory_mut(|m| m.request_focus(id));
        state.focus_editor = false;
    }
    let findings = card.findings;
    let mut layouter = |ui: &Ui, text: &dyn egui::TextBuffer, wrap_width: f32| -> Arc<Galley> {
        ui.painter().layout_job(highlight::statement_job(
            text.as_str(),
            findings,
            look,
            wrap_width,
            None,
        ))
    };
    let rect = Rect::from_min_size(top_left, vec2(width, f32::INFINITY));
    let mut child = ui.new_child(UiBuilder::new().max_rect(rect).id_salt(("editor", card.id)));
    // The board, not the field, acts on Tab, Escape and the arrows with Alt; the
    // plain arrows move the cursor as in any text field.
    let filter = EventFilter {
        tab: true,
        escape: true,
        horizontal_arrows: true,
        vertical_arrows: true,
    };
    // Typing a translation: the source text is the hint.
    let hint = if editing.language.is_some() && !card.source.trim().is_empty() {
        card.source.to_owned()
    } else {
        child.tr(match card.kind {
            CardKind::Duty => "board-type-duty",
            CardKind::Task => "board-type-task",
        })
    };
    let output = TextEdit::multiline(&mut editing.text)
        .id(id)
        .font(look.text_font.clone())
        .text_color(look.text)
        .desired_width(width)
        .desired_rows(1)
        .frame(Frame::NONE)
        .margin(Margin::ZERO)
        .hint_text(hint)
        .event_filter(filter)
        .layouter(&mut layouter)
        .show(&mut child);
    let response = output.response.response;
    let name = child.tr_args(
        match card.kind {
            CardKind::Duty => "board-duty-field",
            CardKind::Task => "board-task-field",
        },
        &[("code", card.code.into())],
    );
    let response = response.accessible_name(name);
    if response.changed() {
        // A statement is one line: pasted line breaks become spaces.
        if editing.text.contains(['\n', '\r']) {
            editing.text = editing.text.replace(['\r', '\n'], " ");
        }
        if editing.text != editing.sent {
            editing.sent.clone_from(&editing.text);
            let edit = super::typed_edit(editing, card.source, editing.text.clone());
            commands.push(Command::Type(edit));
        }
    }
    if state.scroll_to == Some(card.id) {
        response.scroll_to_me(None);
        state.scroll_to = None;
    }
    state.editor_focus = Some(response.has_focus());
    response.rect.bottom()
}

/// The size of the "Add task" button, a slot in the task grid.
pub(super) fn add_button_size() -> Vec2 {
    vec2(CARD_WIDTH, 44.0)
}
