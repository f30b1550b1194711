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
use super::language::Tr;
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
            Filter::All => "translate-filter-all",
            Filter::Missing => "translate-filter-missing",
            Filter::Stale => "translate-filter-stale",
            Filter::Draft => "translate-filter-draft",
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
    /// The rows as of the last document state and language shown.
    rows: Option<Rows>,
}

/// Every text and where it stands in the language shown, worked out once per
/// document state and language instead of every frame.
struct Rows {
    /// The session, the document's state and the language they were made for.
    key: (dacum_model::Id, u64, String),
    rows: Vec<Row>,
}

struct Row {
    slot: dacum_model::translation::Slot,
    source: String,
    state: State,
}

impl Rows {
    fn of(session: &Session, key: (dacum_model::Id, u64, String)) -> Rows {
        let language = key.2.as_str();
        let rows = session
            .text_slots()
            .into_iter()
            .map(|slot| Row {
                source: session
                    .source_text(slot.slot)
                    .unwrap_or_default()
                    .to_owned(),
                state: session.translation_state(language, slot.slot),
                slot,
            })
            .collect();
        Rows { key, rows }
    }
}

impl TranslateState {
    /// The language the view translates into, if one is chosen.
    pub fn language(&self) -> Option<String> {
        (!self.language.is_empty()).then(|| self.language.clone())
    }

    /// Forgets the rows worked out (another document was opened: its states
    /// start again from the same numbers).
    pub fn reset(&mut self) {
        self.rows = None;
    }

    /// Shows the translations into `language`, all of them.
    pub fn show_language(&mut self, language: &str) {
        self.language = canonical_language(language);
        self.filter = Filter::All;
    }

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

/// `document_state` names the session's contents (`Document::state`): the
/// rows are worked out again only when it or the language changes.
pub fn translate_ui(
    ui: &mut egui::Ui,
    session: &Session,
    document_state: u64,
    state: &mut TranslateState,
    commands: &mut Vec<Command>,
) {
    state.typing.begin_frame();
    let language = state.language_for(session);
    languages_ui(ui, session, state, language.as_deref());
    let Some(language) = language else {
        ui.label(ui.tr("translate-choose"));
        state.typing.end_frame(ui);
        return;
    };
    ui.horizontal(|ui| {
        ui.label(ui.tr("translate-show"));
        for filter in Filter::ALL {
            if ui
                .selectable_label(state.filter == filter, ui.tr(filter.label()))
                .clicked()
            {
                state.filter = filter;
            }
        }
    });
    let key = (session.id, document_state, language.clone());
    let rows = match state.rows.take() {
        Some(rows) if rows.key == key => rows,
        _ => Rows::of(session, key),
    };
    let line = progress(ui, &rows.rows, &language);
    ui.label(line);
    ui.separator();
    rows_ui(ui, session, state, &rows.rows, &language, commands);
    state.rows = Some(rows);
    state.typing.end_frame(ui);
}

fn languages_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut TranslateState,
    language: Option<&str>,
) {
    ui.horizontal(|ui| {
        let working = session.working_language();
        let from = ui.tr_args("translate-from", &[("language", working.as_str().into())]);
        let label = ui.label(from);
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
                    let language = state.language.as_str();
                    let text = ui.tr_args(
                        "translate-no-translations-yet",
                        &[("language", language.into())],
                    );
                    ui.label(text);
                }
            })
            .response
            .labelled_by(label.id);
        ui.separator();
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut state.new_language)
                    .hint_text(ui.tr("translate-add-hint"))
                    .desired_width(8.0 * em(ui)),
            )
            .accessible_name(ui.tr("translate-new-language"));
        let typed = canonical_language(&state.new_language);
        let valid = is_language_tag(&typed) && !same_language(&typed, &session.meta.language);
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let add = ui
            .add_enabled(valid, egui::Button::new(ui.tr("translate-add")))
            .clicked();
        if valid && (add || enter) {
            state.language = typed;
            state.new_language.clear();
        }
        if !state.new_language.trim().is_empty() && !valid {
            ui.weak(ui.tr("translate-add-invalid"));
        }
    });
}

/// "57 of 74 tasks in cs · 150 of 174 texts · 3 stale · 12 drafts".
fn progress(ui: &egui::Ui, rows: &[Row], language: &str) -> String {
    let states: Vec<(SlotKind, State)> = rows.iter().map(|r| (r.slot.kind, r.state)).collect();
    let done = |state: &State| *state != State::Missing;
    let tasks = states.iter().filter(|(k, _)| *k == SlotKind::Task).count();
    let tasks_done = states
        .iter()
        .filter(|(k, s)| *k == SlotKind::Task && done(s))
        .count();
    let texts_done = states.iter().filter(|(_, s)| done(s)).count();
    let stale = states.iter().filter(|(_, s)| *s == State::Stale).count();
    let drafts = states.iter().filter(|(_, s)| *s == State::Draft).count();
    ui.tr_args(
        "translate-progress",
        &[
            ("done", tasks_done.into()),
            ("tasks", tasks.into()),
            ("language", language.into()),
            ("texts-done", texts_done.into()),
            ("texts", states.len().into()),
            ("stale", stale.into()),
            ("drafts", drafts.into()),
        ],
    )
}

fn rows_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut TranslateState,
    rows: &[Row],
    language: &str,
    commands: &mut Vec<Command>,
) {
    let slots: Vec<&Row> = rows
        .iter()
        .filter(|r| state.filter.shows(r.state))
        .collect();
    if slots.is_empty() {
        ui.label(ui.tr(match state.filter {
            Filter::All => "translate-no-texts",
            _ => "translate-none-in-state",
        }));
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
                    let working = session.working_language();
                    let source =
                        ui.tr_args("translate-source", &[("language", working.as_str().into())]);
                    let target = ui.tr_args("translate-target", &[("language", language.into())]);
                    ui.strong(ui.tr("translate-code"));
                    ui.strong(source);
                    ui.strong(target);
                    ui.strong(ui.tr("translate-state"));
                    ui.end_row();
                    for (i, slot) in slots.iter().enumerate() {
                        let next = slots.get(i + 1).map(|s| field_id(s.slot.slot));
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
    row: &Row,
    next: Option<egui::Id>,
    column: f32,
    commands: &mut Vec<Command>,
) {
    let (slot, source, row_state) = (&row.slot, row.source.as_str(), row.state);
    let translation = session.translations.get(language, slot.slot);
    let current = translation.map_or("", |t| t.text.as_str());
    ui.label(egui::RichText::new(&slot.code).monospace());
    ui.vertical(|ui| {
        ui.set_width(column);
        let kind = ui.tr(kind_name(slot.kind));
        ui.add(egui::Label::new(source).wrap()).on_hover_text(kind);
    });
    ui.vertical(|ui| {
        ui.set_width(column);
        let id = field_id(slot.slot);
        let name = ui.tr_args("translate-field", &[("what", slot_name(ui, slot).into())]);
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
            State::Missing => ("translate-state-missing", ui.visuals().weak_text_color()),
            State::Stale => ("translate-state-stale", ui.visuals().warn_fg_color),
            State::Draft => ("translate-state-draft", ui.visuals().text_color()),
            State::Reviewed => (
                "translate-state-reviewed",
                egui::Color32::from_rgb(0x2e, 0x7d, 0x32),
            ),
        };
        let tip = ui.tr(&format!("{text}-tip"));
        ui.colored_label(colour, ui.tr(text)).on_hover_text(tip);
        if let Some(translation) = translation
            && row_state != State::Reviewed
            && ui
                .small_button(ui.tr("translate-mark-reviewed"))
                .on_hover_text(ui.tr("translate-mark-reviewed-tip"))
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

/// The message naming a kind of text.
fn kind_name(kind: SlotKind) -> &'static str {
    match kind {
        SlotKind::Duty => "translate-kind-duty",
        SlotKind::Task => "translate-kind-task",
        SlotKind::ListItem(_) => "translate-kind-list-item",
        SlotKind::Acronym => "translate-kind-acronym",
        SlotKind::DriverTitle => "translate-kind-driver",
        SlotKind::DriverDescription => "translate-kind-driver-description",
        SlotKind::Pole => "translate-kind-pole",
        SlotKind::Rationale => "translate-kind-rationale",
        SlotKind::ScenarioName => "translate-kind-scenario-name",
        SlotKind::ScenarioNarrative => "translate-kind-scenario-narrative",
    }
}

/// "task A-1", "driver description P" — what names a row's field.
fn slot_name(ui: &egui::Ui, slot: &dacum_model::translation::Slot) -> String {
    let kind = ui.tr(kind_name(slot.kind)).to_lowercase();
    if slot.code.is_empty() {
        kind
    } else {
        format!("{kind} {}", slot.code)
    }
}

#[cfg(test)]
mod tests;
