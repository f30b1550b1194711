//! The PESTLE drivers: add them fast (pick a category with a click or Alt+1…6,
//! type the title, Enter, and the field is ready for the next one), see them
//! grouped by category in the colours used everywhere, edit title, description
//! and category in place, reorder with Up/Down or Alt+Up/Alt+Down, delete without
//! asking (undo brings a driver back with its votes), mark drivers as related, and
//! keep the list of participants who vote.

mod participants;
mod related;

use super::language::{catalogue, category_name};
use egui::{Color32, Key, Modifiers, RichText};

use super::command::Command;
use super::texts_in::{Fields, translation_edit};
use super::voting_grid::{chip_ui, colour};
use super::widgets::keystrokes::consume_shortcut;
use crate::ui::widgets::{FieldName, Lines, Look, RowButton, Typing, alt_arrow, em, row_buttons};
use dacum_model::{Category, Driver, Edit, Id, Session, TextSlot};

pub struct DriversState {
    typing: Typing,
    /// The category the next driver is added to.
    category: Category,
    new_title: String,
    /// Name, organisation and country of the participant being added.
    new_participant: [String; 3],
    /// Drivers ticked to be marked as related.
    selected: Vec<Id>,
    /// The group whose name is being edited.
    renaming: Option<Id>,
    /// Alt+1…6 was pressed: the title field takes the cursor.
    focus_title: bool,
}

impl Default for DriversState {
    fn default() -> Self {
        DriversState {
            typing: Typing::default(),
            category: Category::Political,
            new_title: String::new(),
            new_participant: Default::default(),
            selected: Vec::new(),
            renaming: None,
            focus_title: false,
        }
    }
}

const CATEGORY_KEYS: [Key; 6] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
];

/// Black or white, whichever reads better on the category's colour.
fn text_on(category: Category) -> Color32 {
    let [r, g, b] = category.rgb();
    let luma = 0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b);
    if luma > 150.0 {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

pub fn drivers_ui(
    ui: &mut egui::Ui,
    session: &Session,
    texts_in: Option<&str>,
    state: &mut DriversState,
    commands: &mut Vec<Command>,
) {
    let fields = Fields::new(session, texts_in);
    state.typing.begin_frame();
    let pestle = &session.pestle;
    state.selected.retain(|id| pestle.driver(*id).is_some());
    if state
        .renaming
        .is_some_and(|g| pestle.groups.iter().all(|x| x.id != g))
    {
        state.renaming = None;
    }
    for (key, category) in CATEGORY_KEYS.into_iter().zip(Category::ALL) {
        // With the digit the key typed (Alt+4 also sends "4" to the focused field).
        if ui.input_mut(|i| consume_shortcut(i, Modifiers::ALT, key)) {
            state.category = category;
            state.focus_title = true;
        }
    }
    add_row_ui(ui, session, state, commands);
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("drivers")
        .auto_shrink(false)
        .show(ui, |ui| {
            for category in Category::ALL {
                category_ui(ui, &fields, category, state, commands);
            }
            ui.separator();
            related::related_ui(ui, session, state, commands);
            ui.separator();
            participants::participants_ui(ui, session, state, commands);
        });
    state.typing.end_frame(ui);
}

/// The category buttons and the "New driver title" field.
fn add_row_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut DriversState,
    commands: &mut Vec<Command>,
) {
    let texts = catalogue(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        ui.label(texts.tr("drivers-category"));
        for (n, category) in Category::ALL.into_iter().enumerate() {
            let chosen = state.category == category;
            let text = RichText::new(category_name(&texts, category))
                .color(text_on(category))
                .strong();
            let stroke = if chosen {
                egui::Stroke::new(3.0, ui.visuals().strong_text_color())
            } else {
                egui::Stroke::NONE
            };
            let button = egui::Button::new(text)
                .fill(colour(category))
                .stroke(stroke)
                .selected(chosen);
            if ui
                .add(button)
                .on_hover_text(format!("Alt+{}", n + 1))
                .clicked()
            {
                state.category = category;
            }
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(texts.tr("drivers-new-title"));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut state.new_title)
                    .desired_width(30.0 * em(ui))
                    .hint_text(texts.tr_args(
                        "drivers-new-hint",
                        &[("category", category_name(&texts, state.category).into())],
                    )),
            )
            .labelled_by(label.id);
        // Alt+1…6 picks the category and puts the cursor here, ready for the title.
        if std::mem::take(&mut state.focus_title) {
            field.request_focus();
        }
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        let clicked = ui.button(texts.tr("drivers-add")).clicked();
        if (clicked || entered) && !state.new_title.trim().is_empty() {
            let driver = Driver::new(state.category, state.new_title.trim());
            commands.push(Command::Edit(Edit::InsertDriver {
                index: session.pestle.drivers.len(),
                driver,
            }));
            state.new_title.clear();
        }
        // Ready for the next driver at once, also after a click on "Add driver".
        if entered || clicked {
            field.request_focus();
        }
    });
}

/// One category: its heading with the count, then its drivers.
fn category_ui(
    ui: &mut egui::Ui,
    fields: &Fields<'_>,
    category: Category,
    state: &mut DriversState,
    commands: &mut Vec<Command>,
) {
    let drivers = &fields.session.pestle.drivers;
    // Positions in the whole list, so a move within the category is one MoveDriver.
    let members: Vec<usize> = (0..drivers.len())
        .filter(|&i| drivers[i].category == category)
        .collect();
    let texts = catalogue(ui.ctx());
    let name = category_name(&texts, category);
    ui.horizontal(|ui| {
        chip_ui(ui, category);
        ui.label(
            RichText::new(format!("{name} ({})", members.len()))
                .color(colour(category))
                .strong()
                .size(1.25 * em(ui)),
        );
    });
    if members.is_empty() {
        let key = format!("{category:?}").to_lowercase();
        ui.weak(texts.tr_args("drivers-none", &[("category", key.into())]));
    }
    for (k, &index) in members.iter().enumerate() {
        let neighbours = (
            k.checked_sub(1).map(|p| members[p]),
            members.get(k + 1).copied(),
        );
        driver_row_ui(ui, fields, &drivers[index], k, neighbours, state, commands);
    }
    ui.add_space(0.5 * em(ui));
}

fn field_ids(driver: Id) -> [egui::Id; 2] {
    [
        egui::Id::unique(("driver-title", driver)),
        egui::Id::unique(("driver-description", driver)),
    ]
}

/// One driver: selection box, chip, title, description, category, group and the
/// move and delete buttons. `neighbours` are the list positions of the drivers
/// before and after it in its category.
fn driver_row_ui(
    ui: &mut egui::Ui,
    shown: &Fields<'_>,
    driver: &Driver,
    position: usize,
    neighbours: (Option<usize>, Option<usize>),
    state: &mut DriversState,
    commands: &mut Vec<Command>,
) {
    let ids = field_ids(driver.id);
    let mut step = alt_arrow(ui, &ids);
    let texts = catalogue(ui.ctx());
    let what = texts.tr_args(
        "drivers-row",
        &[
            ("category", category_name(&texts, driver.category).into()),
            ("number", (position + 1).into()),
        ],
    );
    let em = em(ui);
    ui.horizontal_wrapped(|ui| {
        let mut ticked = state.selected.contains(&driver.id);
        let tick = ui
            .checkbox(&mut ticked, "")
            .on_hover_text(texts.tr("drivers-select-tip"));
        tick.widget_info(|| {
            egui::WidgetInfo::selected(
                egui::Role::CheckBox,
                true,
                ticked,
                texts.tr_args("drivers-select", &[("title", driver.title.as_str().into())]),
            )
        });
        if tick.changed() {
            if ticked {
                state.selected.push(driver.id);
            } else {
                state.selected.retain(|d| *d != driver.id);
            }
        }
        chip_ui(ui, driver.category);
        let fields = [
            (
                "drivers-title",
                TextSlot::DriverTitle(driver.id),
                &driver.title,
                18.0,
                "drivers-title",
                Lines::One,
            ),
            (
                "drivers-description",
                TextSlot::DriverDescription(driver.id),
                &driver.description,
                24.0,
                "drivers-description-hint",
                Lines::Paragraph(1),
            ),
        ];
        for (k, (noun, slot, source, width, hint, lines)) in fields.into_iter().enumerate() {
            let name = texts.tr_args(
                "drivers-field",
                &[
                    ("field", texts.tr(noun).into()),
                    ("what", what.as_str().into()),
                ],
            );
            let hint = texts.tr(hint);
            let (current, hint, mark) = shown.field(slot, source, &hint);
            let look = Look {
                width: width * em,
                hint,
                lines,
            };
            state.typing.show(
                ui,
                ids[k],
                current,
                FieldName::Text(&name),
                look,
                |text| {
                    if let Some(language) = shown.language {
                        // A translation in a translated display, never the source.
                        let text = if k == 0 {
                            text.replace(['\r', '\n'], " ")
                        } else {
                            text.to_owned()
                        };
                        let edit = translation_edit(language, slot, source, &text);
                        return Some((edit, text));
                    }
                    let mut updated = driver.clone();
                    if k == 0 {
                        updated.title = text.replace(['\r', '\n'], " ");
                    } else {
                        updated.description = text.to_owned();
                    }
                    let stored = if k == 0 {
                        updated.title.clone()
                    } else {
                        updated.description.clone()
                    };
                    Some((Edit::UpdateDriver(updated), stored))
                },
                commands,
            );
            shown.tag_ui(ui, mark);
        }
        let mut category = driver.category;
        egui::ComboBox::from_id_salt(("driver-category", driver.id))
            .selected_text(category_name(&texts, category))
            .show_ui(ui, |ui| {
                for option in Category::ALL {
                    ui.selectable_value(&mut category, option, category_name(&texts, option));
                }
            })
            .response
            .accessible_name(
                texts.tr_args("drivers-category-of", &[("what", what.as_str().into())]),
            );
        if category != driver.category {
            commands.push(Command::Edit(Edit::UpdateDriver(Driver {
                category,
                ..driver.clone()
            })));
        }
        let can = (neighbours.0.is_some(), neighbours.1.is_some());
        match row_buttons(ui, can, &driver.title) {
            Some(RowButton::Up) => step = Some(-1),
            Some(RowButton::Down) => step = Some(1),
            Some(RowButton::Delete) => {
                step = None;
                commands.push(Command::Edit(Edit::RemoveDriver(driver.id)));
            }
            None => {}
        }
        // A short mark, last in the row, so a long group name never pushes the
        // buttons onto a line of their own; the name is in the hover text.
        if let Some(group) = shown.session.pestle.group_of(driver.id) {
            ui.label(RichText::new(texts.tr("drivers-related")).italics())
                .on_hover_text(texts.tr_args(
                    "drivers-related-tip",
                    &[("group", group.name.as_str().into())],
                ));
        }
    });
    let to = match step {
        Some(-1) => neighbours.0,
        Some(1) => neighbours.1,
        _ => None,
    };
    if let Some(to) = to {
        commands.push(Command::Edit(Edit::MoveDriver { id: driver.id, to }));
    }
}

#[cfg(test)]
mod tests;
