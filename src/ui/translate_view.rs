//! The Translate view: the session's texts in its working language beside their
//! translations into one other language, one row per text in chart order. Type
//! a translation and press Enter for the next row; a row can be marked reviewed
//! (which also settles a stale one against its new source). Filters show only
//! the missing, stale or draft rows; the progress line counts the tasks and all
//! texts. Every change is an edit, so it can be undone.

use dacum_model::translation::{
    SlotKind, State, canonical_language, is_language_tag, same_language,
};
use dacum_model::{Edit, Session, Status, TextSlot, Translation};

use super::command::Command;
use crate::ui::widgets::{FieldName, Leave, Lines, Look, Typing, em};

/// Which rows the view shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    #[default]
    All,
    Missing,
    Stale,
    Draft,
}

impl Filter {
    const ALL: [Filter; 4] = [Filter::All, Filter::Missing, Filter::Stale, Filter::Draft];

    fn label(self) -> &'static str {
        match self {
            Filter::All => "All",
            Filter::Missing => "Missing",
            Filter::Stale => "Stale",
            Filter::Draft => "Draft",
        }
    }

    fn shows(self, state: State) -> bool {
        match self {
            Filter::All => true,
            Filter::Missing => state == State::Missing,
            Filter::Stale => state == State::Stale,
            Filter::Draft => state == State::Draft,
        }
    }
}

/// What the Translate view keeps between frames.
#[derive(Default)]
pub struct TranslateState {
    typing: Typing,
    /// The language translated into; empty until one is chosen.
    language: String,
    /// A language being typed into "Add language".
    new_language: String,
    filter: Filter,
}

impl TranslateState {
    /// The language shown, defaulting to the first the session holds.
    fn language_for(&mut self, session: &Session) -> Option<String> {
        let held: Vec<String> = session.display_languages().into_iter().skip(1).collect();
        if self.language.is_empty() || same_language(&self.language, &session.meta.language) {
            self.language = held.first().cloned().unwrap_or_default();
        }
        (!self.language.is_empty()).then(|| self.language.clone())
    }
}

fn field_id(slot: TextSlot) -> egui::Id {
    egui::Id::unique(("translation", slot))
}

pub fn translate_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut TranslateState,
    commands: &mut Vec<Command>,
) {
    state.typing.begin_frame();
    let language = state.language_for(session);
    languages_ui(ui, session, state, language.as_deref());
    let Some(language) = language else {
        ui.label(
            "Choose a language to translate into: type its code (cs, de, ro, de-AT …) and press Add.",
        );
        state.typing.end_frame(ui);
        return;
    };
    ui.horizontal(|ui| {
        ui.label("Show:");
        for filter in Filter::ALL {
            if ui
                .selectable_label(state.filter == filter, filter.label())
                .clicked()
            {
                state.filter = filter;
            }
        }
    });
    ui.label(progress(session, &language));
    ui.separator();
    rows_ui(ui, session, state, &language, commands);
    state.typing.end_frame(ui);
}

fn languages_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut TranslateState,
    language: Option<&str>,
) {
    ui.horizontal(|ui| {
        let label = ui.label(format!("From {} into", session.working_language()));
        let held: Vec<String> = session.display_languages().into_iter().skip(1).collect();
        egui::ComboBox::from_id_salt("translate_language")
            .selected_text(language.unwrap_or("—"))
            .show_ui(ui, |ui| {
                for held in &held {
                    if ui
                        .selectable_label(language == Some(held.as_str()), held)
                        .clicked()
                    {
                        state.language.clone_from(held);
                    }
                }
                if state.language != language.unwrap_or_default()
                    && !state.language.is_empty()
                    && !held.contains(&state.language)
                {
                    ui.label(format!("{} (no translations yet)", state.language));
                }
            })
            .response
            .labelled_by(label.id);
        ui.separator();
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut state.new_language)
                    .hint_text("add: cs, de-AT …")
                    .desired_width(8.0 * em(ui)),
            )
            .accessible_name("New language code");
        let typed = canonical_language(&state.new_language);
        let valid = is_language_tag(&typed) && !same_language(&typed, &session.meta.language);
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let add = ui
            .add_enabled(valid, egui::Button::new("Add language"))
            .clicked();
        if valid && (add || enter) {
            state.language = typed;
            state.new_language.clear();
        }
        if !state.new_language.trim().is_empty() && !valid {
            ui.weak("a language code such as cs or de-AT, not the working language");
        }
    });
}

/// "57 of 74 tasks in cs · 150 of 174 texts · 3 stale · 12 drafts".
fn progress(session: &Session, language: &str) -> String {
    let slots = session.text_slots();
    let states: Vec<(SlotKind, State)> = slots
        .iter()
        .map(|s| (s.kind, session.translation_state(language, s.slot)))
        .collect();
    let done = |state: &State| *state != State::Missing;
    let tasks = states.iter().filter(|(k, _)| *k == SlotKind::Task).count();
    let tasks_done = states
        .iter()
        .filter(|(k, s)| *k == SlotKind::Task && done(s))
        .count();
    let texts_done = states.iter().filter(|(_, s)| done(s)).count();
    let stale = states.iter().filter(|(_, s)| *s == State::Stale).count();
    let drafts = states.iter().filter(|(_, s)| *s == State::Draft).count();
    format!(
        "{tasks_done} of {tasks} tasks in {language} · {texts_done} of {} texts · {stale} stale · {drafts} {}",
        states.len(),
        if drafts == 1 { "draft" } else { "drafts" }
    )
}

fn rows_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut TranslateState,
    language: &str,
    commands: &mut Vec<Command>,
) {
    let slots: Vec<_> = session
        .text_slots()
        .into_iter()
        .filter(|s| {
            state
                .filter
                .shows(session.translation_state(language, s.slot))
        })
        .collect();
    if slots.is_empty() {
        ui.label(match state.filter {
            Filter::All => "This session has no texts yet.",
            _ => "No text is in this state.",
        });
        return;
    }
    let column = ((ui.available_width() - 20.0 * em(ui)) / 2.0).max(10.0 * em(ui));
    egui::ScrollArea::vertical()
        .id_salt("translate_rows")
        .auto_shrink(false)
        .show(ui, |ui| {
            egui::Grid::new("translate_grid")
                .num_columns(4)
                .striped(true)
                .spacing([0.8 * em(ui), 0.4 * em(ui)])
                .show(ui, |ui| {
                    ui.strong("Code");
                    ui.strong(format!("Source ({})", session.working_language()));
                    ui.strong(format!("Translation ({language})"));
                    ui.strong("State");
                    ui.end_row();
                    for (i, slot) in slots.iter().enumerate() {
                        let next = slots.get(i + 1).map(|s| field_id(s.slot));
                        row_ui(ui, session, state, language, slot, next, column, commands);
                        ui.end_row();
                    }
                });
        });
}

#[allow(clippy::too_many_arguments)]
fn row_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut TranslateState,
    language: &str,
    slot: &dacum_model::translation::Slot,
    next: Option<egui::Id>,
    column: f32,
    commands: &mut Vec<Command>,
) {
    let source = session.source_text(slot.slot).unwrap_or_default();
    let translation = session.translations.get(language, slot.slot);
    let current = translation.map_or("", |t| t.text.as_str());
    let row_state = session.translation_state(language, slot.slot);
    ui.label(egui::RichText::new(&slot.code).monospace());
    ui.vertical(|ui| {
        ui.set_width(column);
        ui.add(egui::Label::new(source).wrap())
            .on_hover_text(kind_name(slot.kind));
    });
    ui.vertical(|ui| {
        ui.set_width(column);
        let id = field_id(slot.slot);
        let name = format!("Translation of {}", slot_name(slot));
        let look = Look {
            width: column,
            hint: "",
            lines: Lines::Wrapped,
        };
        let language = language.to_owned();
        let target = slot.slot;
        let output = state.typing.show(
            ui,
            id,
            current,
            FieldName::Text(&name),
            look,
            |text| {
                let text = text.replace(['\n', '\r'], " ");
                let translation = (!text.trim().is_empty())
                    .then(|| Translation::of(source, text.clone(), Status::Draft));
                let edit = Edit::SetTranslation {
                    language,
                    slot: target,
                    translation,
                };
                Some((edit, text))
            },
            commands,
        );
        if output.left == Some(Leave::Enter)
            && let Some(next) = next
        {
            state.typing.focus(next);
        }
    });
    ui.horizontal(|ui| {
        let (text, colour) = match row_state {
            State::Missing => ("missing", ui.visuals().weak_text_color()),
            State::Stale => ("stale", ui.visuals().warn_fg_color),
            State::Draft => ("draft", ui.visuals().text_color()),
            State::Reviewed => ("reviewed", egui::Color32::from_rgb(0x2e, 0x7d, 0x32)),
        };
        ui.colored_label(colour, text).on_hover_text(match row_state {
            State::Stale => "The source text changed after this was translated: check it, then mark it reviewed.",
            State::Draft => "Translated, not yet checked.",
            State::Reviewed => "Translated and checked against the source as it reads now.",
            State::Missing => "Not translated yet: reports show the source text, marked.",
        });
        if let Some(translation) = translation
            && row_state != State::Reviewed
            && ui
                .small_button("Mark reviewed")
                .on_hover_text("The translation is right for the source as it reads now.")
                .clicked()
        {
            commands.push(Command::Edit(Edit::SetTranslation {
                language: language.to_owned(),
                slot: slot.slot,
                translation: Some(Translation::of(
                    source,
                    translation.text.clone(),
                    Status::Reviewed,
                )),
            }));
        }
    });
}

fn kind_name(kind: SlotKind) -> &'static str {
    match kind {
        SlotKind::Duty => "Duty",
        SlotKind::Task => "Task",
        SlotKind::ListItem(list) => list.title(),
        SlotKind::Acronym => "Acronym meaning",
        SlotKind::DriverTitle => "Driver",
        SlotKind::DriverDescription => "Driver description",
        SlotKind::Pole => "Pole of an axis",
        SlotKind::Rationale => "Rationale of an axis",
        SlotKind::ScenarioName => "Scenario name",
        SlotKind::ScenarioNarrative => "Scenario narrative",
    }
}

/// "task A-1", "driver description P" — what names a row's field.
fn slot_name(slot: &dacum_model::translation::Slot) -> String {
    let kind = kind_name(slot.kind).to_lowercase();
    if slot.code.is_empty() {
        kind
    } else {
        format!("{kind} {}", slot.code)
    }
}

#[cfg(test)]
mod tests;
