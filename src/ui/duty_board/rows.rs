//! The layout of the board, as on the paper wall chart: a column of duty cards on the
//! left, each followed on its row by its task cards, which wrap onto further lines
//! under the first task; an "Add task" slot after the last task; "Add duty" below.
//!
//! Cards are placed by hand rather than by nested layouts: a line of cards is as tall
//! as its tallest card, which is only known once the line is drawn.

use crate::ui::language::Tr;
use egui::{Button, Rect, RichText, Ui, pos2, vec2};

use super::card::{self, Board, Card};
use super::drag::RowPlace;
use super::look::{CARD_WIDTH, GAP, Look, ROW_GAP};
use super::{BoardAction, CardKind, Command, DutyBoardState};
use crate::ui::texts_in::{self, Mark, ShownText};
use dacum_model::statement_rules::Finding;
use dacum_model::{Duty, Session, TextSlot, duty_code};

pub(super) fn board_ui(
    ui: &mut Ui,
    session: &Session,
    state: &mut DutyBoardState,
    commands: &mut Vec<Command>,
    actions: &mut Vec<BoardAction>,
) {
    let chart = &session.chart;
    let working = session.working_language();
    let board = Board {
        look: Look::new(ui),
        chart,
        working: &working,
    };
    // In a translated display each card shows its translation (or its source,
    // marked), and no findings: they are about the working language's texts.
    let language = state.language.take();
    let shown = |slot, source| shown_text(session, language.as_deref(), slot, source);
    let no_findings: &[Finding] = &[];
    // Taken out for the frame: the cards borrow their findings while they change the
    // rest of the state.
    let findings = std::mem::take(&mut state.findings);
    let shared = std::mem::take(&mut state.shared);
    state.places.clear();
    let origin = ui.cursor().min;
    let right = origin.x + ui.available_width();
    let tasks_left = origin.x + CARD_WIDTH + ROW_GAP;
    let columns = (((right - tasks_left + GAP) / (CARD_WIDTH + GAP)).floor() as usize).max(1);
    let column_x = |column: usize| tasks_left + column as f32 * (CARD_WIDTH + GAP);

    let mut y = origin.y;
    if chart.duties.is_empty() {
        let hint = ui.tr("board-empty-hint");
        let rect = Rect::from_min_size(origin, vec2((right - origin.x).max(CARD_WIDTH), 60.0));
        let response = ui.put(
            rect,
            egui::Label::new(RichText::new(hint).size(18.0)).wrap(),
        );
        y = response.rect.bottom() + ROW_GAP;
    }
    let mut task_code = String::new();
    for (d, duty) in chart.duties.iter().enumerate() {
        let row_top = y;
        let code = duty_code(d);
        let title = shown(TextSlot::DutyTitle(duty.id), &duty.title);
        let duty_card = Card {
            id: duty.id,
            kind: CardKind::Duty,
            duty_index: d,
            code: &code,
            text: title.text,
            source: &duty.title,
            mark: title.mark,
            findings: if language.is_some() {
                no_findings
            } else {
                findings.of(duty.id)
            },
            shared: shared.of(duty.id),
        };
        let duty_rect = card::card_ui(
            ui,
            &board,
            &duty_card,
            pos2(origin.x, y),
            state,
            commands,
            actions,
        );

        let first_task = state.places.tasks.len();
        let (mut column, mut line_top, mut line_height) = (0, y, 0.0_f32);
        let next_slot = |column: &mut usize, line_top: &mut f32, line_height: &mut f32| {
            if *column == columns {
                *column = 0;
                *line_top += *line_height + GAP;
                *line_height = 0.0;
            }
            let pos = pos2(column_x(*column), *line_top);
            *column += 1;
            pos
        };
        for (t, task) in duty.tasks.iter().enumerate() {
            use std::fmt::Write as _;
            task_code.clear();
            // Writing to a String cannot fail.
            let _ = write!(task_code, "{code}-{}", t + 1);
            let pos = next_slot(&mut column, &mut line_top, &mut line_height);
            let statement = shown(TextSlot::TaskStatement(task.id), &task.statement);
            let task_card = Card {
                id: task.id,
                kind: CardKind::Task,
                duty_index: d,
                code: &task_code,
                text: statement.text,
                source: &task.statement,
                mark: statement.mark,
                findings: if language.is_some() {
                    no_findings
                } else {
                    findings.of(task.id)
                },
                shared: shared.of(task.id),
            };
            let rect = card::card_ui(ui, &board, &task_card, pos, state, commands, actions);
            state.places.tasks.push(rect);
            line_height = line_height.max(rect.height());
        }
        let pos = next_slot(&mut column, &mut line_top, &mut line_height);
        let add_rect = Rect::from_min_size(pos, card::add_button_size());
        add_task_button(ui, (d, duty), &code, add_rect, actions);
        line_height = line_height.max(add_rect.height());

        let row_bottom = duty_rect.bottom().max(line_top + line_height);
        let row = Rect::from_min_max(pos2(origin.x, row_top), pos2(right, row_bottom));
        state.places.rows.push(RowPlace {
            rect: row,
            duty_card: duty_rect,
            tasks: first_task..state.places.tasks.len(),
            add_button: add_rect,
        });
        let rule_y = row_bottom + ROW_GAP / 2.0;
        let rule = ui.visuals().widgets.noninteractive.bg_stroke;
        ui.painter().hline(origin.x..=right, rule_y, rule);
        y = row_bottom + ROW_GAP;
    }

    let add_duty = Rect::from_min_size(pos2(origin.x, y), vec2(CARD_WIDTH, 44.0));
    let response = ui
        .put(
            add_duty,
            Button::new(RichText::new(ui.tr("board-add-duty")).size(18.0)),
        )
        .on_hover_text(ui.tr("board-add-duty-tip"));
    if response.clicked() {
        actions.push(BoardAction::AddDuty {
            index: chart.duties.len(),
        });
    }
    ui.advance_cursor_after_rect(Rect::from_min_max(
        origin,
        pos2(right, add_duty.bottom() + GAP),
    ));
    state.findings = findings;
    state.shared = shared;
    state.language = language;
}

/// The "+ Add task" slot after a duty's last task.
fn add_task_button(
    ui: &mut Ui,
    (duty_index, duty): (usize, &Duty),
    code: &str,
    rect: Rect,
    actions: &mut Vec<BoardAction>,
) {
    let text = RichText::new(ui.tr("board-add-task")).size(16.0);
    let button = Button::new(text).stroke(egui::Stroke::new(1.0, Look::hue(duty_index)));
    let response = ui
        .put(rect, button)
        .on_hover_text(ui.tr_args("board-add-task-tip", &[("code", code.into())]))
        .accessible_name(ui.tr_args("board-add-task-to", &[("code", code.into())]));
    if response.clicked() {
        actions.push(BoardAction::AddTask {
            duty: duty.id,
            index: duty.tasks.len(),
        });
    }
}

/// A card's text in the display language (`None`: the working language).
fn shown_text<'a>(
    session: &'a Session,
    language: Option<&str>,
    slot: TextSlot,
    source: &'a str,
) -> ShownText<'a> {
    match language {
        Some(language) => texts_in::shown(session, language, slot, source),
        None => ShownText {
            text: source,
            mark: Mark::Plain,
        },
    }
}
