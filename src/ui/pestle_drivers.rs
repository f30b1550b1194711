//! The PESTLE drivers: add them fast (pick a category with a click or Alt+1…6,
//! type the title, Enter), see them grouped by category in the colours used
//! everywhere, edit titles in place, delete without asking (undo brings a driver
//! back with its votes), mark drivers as related, and list the participants.

use egui::{Color32, Key, Modifiers, RichText};

use super::command::Command;
use crate::model::{Category, Driver, DriverGroup, Edit, Id, Participant, Session};

pub struct DriversState {
    category: Category,
    new_title: String,
    new_participant: String,
    /// Drivers ticked to be marked as related.
    selected: Vec<Id>,
    /// The driver whose title is being typed, with the text so far.
    editing: Option<(Id, String)>,
}

impl Default for DriversState {
    fn default() -> Self {
        DriversState {
            category: Category::Political,
            new_title: String::new(),
            new_participant: String::new(),
            selected: Vec::new(),
            editing: None,
        }
    }
}

fn colour(category: Category) -> Color32 {
    let [r, g, b] = category.rgb();
    Color32::from_rgb(r, g, b)
}

const CATEGORY_KEYS: [Key; 6] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
];

pub fn drivers_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut DriversState,
    commands: &mut Vec<Command>,
) {
    let pestle = &session.pestle;
    for (key, category) in CATEGORY_KEYS.into_iter().zip(Category::ALL) {
        if ui.input_mut(|i| i.consume_key(Modifiers::ALT, key)) {
            state.category = category;
        }
    }
    ui.horizontal_wrapped(|ui| {
        ui.label("Category (Alt+1…6):");
        for category in Category::ALL {
            let text = RichText::new(category.name())
                .color(colour(category))
                .strong();
            if ui
                .selectable_label(state.category == category, text)
                .clicked()
            {
                state.category = category;
            }
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("New driver title");
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut state.new_title)
                    .desired_width(420.0)
                    .hint_text("e.g. Prison overcrowding"),
            )
            .labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if (ui.button("Add driver").clicked() || entered) && !state.new_title.trim().is_empty() {
            let driver = Driver::new(state.category, state.new_title.trim());
            commands.push(Command::Edit(Edit::InsertDriver {
                index: pestle.drivers.len(),
                driver,
            }));
            state.new_title.clear();
            field.request_focus();
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("drivers")
        .show(ui, |ui| {
            for category in Category::ALL {
                let drivers: Vec<&Driver> = pestle
                    .drivers
                    .iter()
                    .filter(|d| d.category == category)
                    .collect();
                ui.label(
                    RichText::new(format!("{} ({})", category.name(), drivers.len()))
                        .color(colour(category))
                        .strong()
                        .size(18.0),
                );
                for driver in drivers {
                    driver_row_ui(ui, session, driver, state, commands);
                }
                ui.add_space(6.0);
            }
            related_ui(ui, session, state, commands);
            ui.separator();
            participants_ui(ui, session, state, commands);
        });
}

fn driver_row_ui(
    ui: &mut egui::Ui,
    session: &Session,
    driver: &Driver,
    state: &mut DriversState,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        let mut ticked = state.selected.contains(&driver.id);
        let tick = ui
            .checkbox(&mut ticked, "")
            .on_hover_text("Select to mark as related");
        tick.widget_info(|| {
            egui::WidgetInfo::selected(
                egui::Role::CheckBox,
                true,
                ticked,
                format!("Select {}", driver.title),
            )
        });
        if tick.changed() {
            if ticked {
                state.selected.push(driver.id)
            } else {
                state.selected.retain(|d| *d != driver.id)
            }
        }
        let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
        ui.painter().rect_filled(rect, 2.0, colour(driver.category));
        let mut text = match &state.editing {
            Some((id, text)) if *id == driver.id => text.clone(),
            _ => driver.title.clone(),
        };
        let label = ui.label("Title");
        let field = ui
            .add(egui::TextEdit::singleline(&mut text).desired_width(360.0))
            .labelled_by(label.id);
        if field.changed() {
            state.editing = Some((driver.id, text.clone()));
            commands.push(Command::Type(Edit::UpdateDriver(Driver {
                title: text,
                ..driver.clone()
            })));
        }
        if field.lost_focus() {
            state.editing = None;
            commands.push(Command::EndTyping);
        }
        if let Some(group) = session.pestle.group_of(driver.id) {
            ui.label(RichText::new(format!("related: {}", group.name)).italics());
        }
        if ui
            .button("Delete")
            .on_hover_text(format!("Delete {}", driver.title))
            .clicked()
        {
            commands.push(Command::Edit(Edit::RemoveDriver(driver.id)));
        }
    });
}

fn related_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut DriversState,
    commands: &mut Vec<Command>,
) {
    let pestle = &session.pestle;
    state.selected.retain(|id| pestle.driver(*id).is_some());
    let ready = state.selected.len() >= 2;
    if ui
        .add_enabled(ready, egui::Button::new("Mark selected as related"))
        .clicked()
    {
        let titles: Vec<&str> = state
            .selected
            .iter()
            .filter_map(|id| pestle.driver(*id))
            .map(|d| d.title.as_str())
            .collect();
        let group = DriverGroup {
            id: Id::new(),
            name: titles.join(" + "),
            drivers: std::mem::take(&mut state.selected),
        };
        commands.push(Command::Edit(Edit::InsertGroup {
            index: pestle.groups.len(),
            group,
        }));
    }
    for group in &pestle.groups {
        ui.horizontal(|ui| {
            let titles: Vec<&str> = group
                .drivers
                .iter()
                .filter_map(|id| pestle.driver(*id))
                .map(|d| d.title.as_str())
                .collect();
            ui.label(format!("Related ({}): {}", group.name, titles.join(", ")));
            if ui.button("Ungroup").clicked() {
                commands.push(Command::Edit(Edit::RemoveGroup(group.id)));
            }
        });
    }
}

fn participants_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut DriversState,
    commands: &mut Vec<Command>,
) {
    let pestle = &session.pestle;
    ui.label(
        RichText::new(format!("Participants ({})", pestle.participants.len()))
            .strong()
            .size(18.0),
    );
    for participant in &pestle.participants {
        ui.horizontal(|ui| {
            ui.label(&participant.name);
            if ui
                .button("Delete")
                .on_hover_text(format!("Delete participant {}", participant.name))
                .clicked()
            {
                commands.push(Command::Edit(Edit::RemoveParticipant(participant.id)));
            }
        });
    }
    ui.horizontal(|ui| {
        let label = ui.label("New participant");
        let field = ui
            .add(egui::TextEdit::singleline(&mut state.new_participant).desired_width(280.0))
            .labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if (ui.button("Add participant").clicked() || entered)
            && !state.new_participant.trim().is_empty()
        {
            let participant = Participant::new(state.new_participant.trim());
            commands.push(Command::Edit(Edit::InsertParticipant {
                index: pestle.participants.len(),
                participant,
            }));
            state.new_participant.clear();
            field.request_focus();
        }
    });
}

#[cfg(test)]
mod tests {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;

    use super::*;
    use crate::model::Document;

    fn harness() -> Harness<'static, (Document, DriversState)> {
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1100.0, 900.0))
            .build_ui_state(
                |ui, (document, state): &mut (Document, DriversState)| {
                    let mut commands = Vec::new();
                    drivers_ui(ui, document.session(), state, &mut commands);
                    for command in commands {
                        match command {
                            Command::Edit(edit) => document.apply(edit).expect("applies"),
                            Command::Type(edit) => document.apply_typing(edit).expect("applies"),
                            Command::EndTyping => document.seal_typing(),
                            Command::CancelTyping => document.cancel_typing().expect("applies"),
                            Command::Reveal(_) => {}
                        }
                    }
                },
                (Document::new(Session::default()), DriversState::default()),
            );
        harness.run();
        harness
    }

    fn add(harness: &mut Harness<'static, (Document, DriversState)>, alt_digit: Key, title: &str) {
        harness.key_press_modifiers(Modifiers::ALT, alt_digit);
        harness.run();
        harness.get_by_label("New driver title").focus();
        harness.run();
        harness.get_by_label("New driver title").type_text(title);
        harness.run();
        harness.key_press(Key::Enter);
        harness.run();
    }

    #[test]
    fn drivers_are_added_by_keyboard_in_the_chosen_category() {
        let mut harness = harness();
        add(&mut harness, Key::Num1, "Penal policy direction");
        add(&mut harness, Key::Num6, "Heat stress in old prisons");
        add(&mut harness, Key::Num4, "AI-based risk assessment");
        let drivers: Vec<(Category, String)> = harness
            .state()
            .0
            .session()
            .pestle
            .drivers
            .iter()
            .map(|d| (d.category, d.title.clone()))
            .collect();
        assert_eq!(
            drivers,
            [
                (Category::Political, "Penal policy direction".to_owned()),
                (
                    Category::Environmental,
                    "Heat stress in old prisons".to_owned()
                ),
                (
                    Category::Technological,
                    "AI-based risk assessment".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn related_drivers_form_a_group_and_delete_is_undone() {
        let mut harness = harness();
        add(&mut harness, Key::Num4, "AI tools");
        add(&mut harness, Key::Num4, "Digital records");
        harness.get_by_label("Select AI tools").click();
        harness.get_by_label("Select Digital records").click();
        harness.run();
        harness.get_by_label("Mark selected as related").click();
        harness.run();
        let groups = &harness.state().0.session().pestle.groups;
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].drivers.len(), 2);
        let before = harness.state().0.session().clone();
        harness
            .get_all_by_label("Delete")
            .next()
            .expect("a delete button")
            .click();
        harness.run();
        assert_eq!(harness.state().0.session().pestle.drivers.len(), 1);
        harness.state_mut().0.undo().expect("undo");
        assert_eq!(harness.state().0.session(), &before);
    }
}
