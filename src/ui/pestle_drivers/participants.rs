//! The participants who vote on the drivers: name, organisation and country,
//! edited in place; a row at the end adds the next one (Enter adds it and keeps
//! the cursor in the name field).

use crate::ui::language::Tr;
use egui::{Key, RichText};

use super::DriversState;
use crate::ui::command::Command;
use crate::ui::widgets::{FieldName, Lines, Look, RowButton, alt_arrow, em, row_buttons};
use dacum_model::{Edit, Id, Participant, Session};

/// The fields of a participant: the message id of its name, and its width in em.
const FIELDS: [(&str, f32); 3] = [
    ("person-name", 14.0),
    ("session-organisation", 16.0),
    ("session-country", 6.0),
];

/// The labels of the next participant's fields (message ids), in the order of
/// `FIELDS`.
const NEW_FIELDS: [&str; 3] = [
    "participants-new-name",
    "participants-new-organisation",
    "participants-new-country",
];

fn field_ids(participant: Id) -> [egui::Id; 3] {
    [0, 1, 2].map(|k| egui::Id::unique(("participant-field", participant, k)))
}

pub(super) fn participants_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut DriversState,
    commands: &mut Vec<Command>,
) {
    let participants = &session.pestle.participants;
    ui.label(
        RichText::new(ui.tr_args(
            "participants-title",
            &[("count", participants.len().into())],
        ))
        .strong()
        .size(1.25 * em(ui)),
    );
    if participants.is_empty() {
        ui.weak(ui.tr("participants-none"));
    }
    for (index, participant) in participants.iter().enumerate() {
        participant_row_ui(ui, participants.len(), index, participant, state, commands);
    }
    new_participant_ui(ui, participants.len(), state, commands);
}

fn participant_row_ui(
    ui: &mut egui::Ui,
    count: usize,
    index: usize,
    participant: &Participant,
    state: &mut DriversState,
    commands: &mut Vec<Command>,
) {
    let ids = field_ids(participant.id);
    let mut step = alt_arrow(ui, &ids);
    let em = em(ui);
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("{}.", index + 1));
        let values = [
            &participant.name,
            &participant.organisation,
            &participant.country,
        ];
        for (k, ((noun, width), current)) in FIELDS.into_iter().zip(values).enumerate() {
            let noun = ui.tr(noun);
            let name = ui.tr_args(
                "participants-field",
                &[
                    ("field", noun.as_str().into()),
                    ("number", (index + 1).into()),
                ],
            );
            let look = Look {
                width: width * em,
                hint: &noun,
                lines: Lines::One,
            };
            state.typing.show(
                ui,
                ids[k],
                current,
                FieldName::Text(&name),
                look,
                |text| {
                    let text = text.replace(['\r', '\n'], " ");
                    let mut updated = participant.clone();
                    match k {
                        0 => updated.name = text.clone(),
                        1 => updated.organisation = text.clone(),
                        _ => updated.country = text.clone(),
                    }
                    Some((Edit::UpdateParticipant(updated), text))
                },
                commands,
            );
        }
        let what = ui.tr_args(
            "participants-row",
            &[("name", participant.name.as_str().into())],
        );
        match row_buttons(ui, (index > 0, index + 1 < count), &what) {
            Some(RowButton::Up) => step = Some(-1),
            Some(RowButton::Down) => step = Some(1),
            Some(RowButton::Delete) => {
                step = None;
                commands.push(Command::Edit(Edit::RemoveParticipant(participant.id)));
            }
            None => {}
        }
    });
    let to = step
        .and_then(|s| index.checked_add_signed(s))
        .filter(|to| *to < count);
    if let Some(to) = to {
        commands.push(Command::Edit(Edit::MoveParticipant {
            id: participant.id,
            to,
        }));
    }
}

/// The fields of the next participant and "Add participant".
fn new_participant_ui(
    ui: &mut egui::Ui,
    count: usize,
    state: &mut DriversState,
    commands: &mut Vec<Command>,
) {
    let em = em(ui);
    ui.horizontal_wrapped(|ui| {
        let mut entered = false;
        let mut name_field = None;
        for (k, (_, width)) in FIELDS.into_iter().enumerate() {
            let label = ui.label(ui.tr(NEW_FIELDS[k]));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut state.new_participant[k])
                        // A fixed id: the rows added above must not change it, or
                        // the field loses the cursor Enter left in it.
                        .id(egui::Id::unique(("new-participant", k)))
                        .desired_width(width * em),
                )
                .labelled_by(label.id);
            entered |= field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            if k == 0 {
                name_field = Some(field);
            }
        }
        let clicked = ui.button(ui.tr("participants-add")).clicked();
        let [name, organisation, country] = &mut state.new_participant;
        if (clicked || entered) && !name.trim().is_empty() {
            let participant = Participant {
                organisation: organisation.trim().to_owned(),
                country: country.trim().to_owned(),
                ..Participant::new(name.trim())
            };
            commands.push(Command::Edit(Edit::InsertParticipant {
                index: count,
                participant,
            }));
            state.new_participant = Default::default();
            if let Some(field) = name_field {
                field.request_focus();
            }
        }
    });
}
