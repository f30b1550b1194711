//! The supporting lists of the DACUM chart: general knowledge and skills, worker
//! behaviours, tools and materials, future trends and concerns, and acronyms.
//!
//! The flow is the board's: type an item, press Enter, and the next empty item is
//! ready; Enter or Escape on an empty new item removes it again. Items move with
//! Alt+Up/Alt+Down or the Up/Down buttons. The typing machinery ([`Typing`]) is
//! the session editor's.
//!
//! In a translated display (View › Texts in) an item's field holds its
//! translation, with the source as the hint of an empty one and a tag saying it
//! is not translated yet; typing edits the translation (`ui::texts_in`).

use super::language::Tr;
use egui::CollapsingHeader;

use super::command::Command;
use super::texts_in::Fields as Texts;
use crate::ui::widgets::{
    FieldName, Leave, Lines, Look, RowButton, Typing, alt_arrow, em, row_buttons,
};
use dacum_model::{Acronym, Edit, Id, ListItem, ListKind, Session, TextSlot};

/// What the supporting lists keep between frames.
#[derive(Default)]
pub struct SupportingListsState {
    typing: Typing,
    /// An item or acronym just added that has not been given any text yet.
    fresh: Option<Id>,
    reveal: Option<Id>,
    /// How wide the Up, Down and Delete buttons of a row were last drawn, so the
    /// text fields can take the rest of the row without pushing them out.
    buttons_width: f32,
}

impl SupportingListsState {
    /// Opens the list holding a list item or acronym, scrolls to it and focuses it.
    pub fn reveal(&mut self, id: Id) {
        self.reveal = Some(id);
    }
}

pub fn supporting_lists_ui(
    ui: &mut egui::Ui,
    session: &Session,
    texts_in: Option<&str>,
    state: &mut SupportingListsState,
    commands: &mut Vec<Command>,
) {
    let texts = Texts::new(session, texts_in);
    let session = &texts;
    state.typing.begin_frame();
    egui::ScrollArea::vertical()
        .id_salt("supporting_lists")
        .auto_shrink(false)
        .show(ui, |ui| {
            // Two columns once a column can still hold a readable line of text.
            if ui.available_width() >= 60.0 * em(ui) {
                ui.columns(2, |columns| {
                    let [left, right] = columns else { return };
                    list_ui(left, session, ListKind::KnowledgeSkills, state, commands);
                    list_ui(left, session, ListKind::Behaviours, state, commands);
                    list_ui(right, session, ListKind::Tools, state, commands);
                    list_ui(right, session, ListKind::Trends, state, commands);
                    acronyms_ui(right, session, state, commands);
                });
            } else {
                for kind in ListKind::ALL {
                    list_ui(ui, session, kind, state, commands);
                }
                acronyms_ui(ui, session, state, commands);
            }
        });
    state.reveal = None;
    state.typing.end_frame(ui);
}

/// A list's message `id` with its kind and `number` (`ListKind::key`, on
/// which the catalogues' selectors name each item the way their language
/// does: "Add knowledge or skill").
fn list_text(ui: &egui::Ui, id: &str, kind: ListKind, number: usize) -> String {
    ui.tr_args(
        id,
        &[("kind", kind.key().into()), ("number", number.into())],
    )
}

fn item_field_id(item: Id) -> egui::Id {
    egui::Id::unique(("supporting_list_item", item))
}

fn acronym_field_ids(acronym: Id) -> [egui::Id; 2] {
    [
        egui::Id::unique(("acronym_term", acronym)),
        egui::Id::unique(("acronym_meaning", acronym)),
    ]
}

/// List items are one line of text: a pasted line break becomes a space.
fn one_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

/// The row's number, in a column of its own so that the fields line up past 9.
fn number_ui(ui: &mut egui::Ui, index: usize) {
    let em = em(ui);
    let number = egui::Label::new(format!("{}.", index + 1));
    ui.add_sized([2.0 * em, em], number);
}

/// The width left in a row of `row_width` for its widest field, after the number,
/// `fixed` (other fields), the buttons and `widgets` − 1 gaps between the widgets.
fn stretch_width(
    ui: &egui::Ui,
    state: &SupportingListsState,
    row_width: f32,
    fixed: f32,
    widgets: usize,
) -> f32 {
    let em = em(ui);
    let buttons = if state.buttons_width > 0.0 {
        state.buttons_width
    } else {
        12.0 * em
    };
    let gaps = ui.spacing().item_spacing.x * widgets.saturating_sub(1) as f32;
    (row_width - 2.0 * em - fixed - buttons - gaps - 2.0).max(8.0 * em)
}

/// Draws a row's buttons and remembers how wide they were.
fn buttons_ui(
    ui: &mut egui::Ui,
    state: &mut SupportingListsState,
    can: (bool, bool),
    what: &str,
) -> Option<RowButton> {
    let buttons = ui.scope(|ui| row_buttons(ui, can, what));
    state.buttons_width = buttons.response.rect.width();
    buttons.inner
}

/// Where a row lands when moved one step, if it can move.
fn step_to(index: usize, step: isize, len: usize) -> Option<usize> {
    index
        .checked_add_signed(step)
        .filter(|to| *to < len && *to != index)
}

fn list_ui(
    ui: &mut egui::Ui,
    texts: &Texts<'_>,
    kind: ListKind,
    state: &mut SupportingListsState,
    commands: &mut Vec<Command>,
) {
    let items = texts.session.chart.list(kind);
    let revealed = state
        .reveal
        .is_some_and(|id| items.iter().any(|i| i.id == id));
    CollapsingHeader::new(list_text(ui, "list-title", kind, items.len()))
        .id_salt(("supporting_list", kind))
        .default_open(true)
        .open(revealed.then_some(true))
        .show(ui, |ui| {
            if items.is_empty() {
                ui.weak(list_text(ui, "list-none", kind, 0));
            }
            let row_width = ui.available_width();
            for index in 0..items.len() {
                item_row(ui, (texts, kind), items, index, row_width, state, commands);
            }
            if ui.button(list_text(ui, "list-add", kind, 0)).clicked() {
                add_item(kind, items.len(), state, commands);
            }
        });
    ui.add_space(0.5 * em(ui));
}

fn add_item(
    list: ListKind,
    index: usize,
    state: &mut SupportingListsState,
    commands: &mut Vec<Command>,
) {
    let item = ListItem::new("");
    state.fresh = Some(item.id);
    state.typing.focus(item_field_id(item.id));
    commands.push(Command::Edit(Edit::InsertListItem { list, index, item }));
}

/// One item: its number, its text, and the move and delete buttons.
fn item_row(
    ui: &mut egui::Ui,
    (texts, kind): (&Texts<'_>, ListKind),
    items: &[ListItem],
    index: usize,
    row_width: f32,
    state: &mut SupportingListsState,
    commands: &mut Vec<Command>,
) {
    let item = &items[index];
    let field = item_field_id(item.id);
    if state.reveal == Some(item.id) {
        state.typing.focus(field);
    }
    let mut moved = alt_arrow(ui, &[field]);
    let mut removed = false;
    ui.horizontal_top(|ui| {
        number_ui(ui, index);
        let name = list_text(ui, "list-item", kind, index + 1);
        let slot = TextSlot::ListItem(item.id);
        let (current, hint, mark) = texts.field(slot, &item.text, "");
        // Room for the tag of an untranslated or stale item in a translated display.
        let (tag, widgets) = match texts.language {
            Some(_) => (texts.tag_width(ui), 4),
            None => (0.0, 3),
        };
        let look = Look {
            width: stretch_width(ui, state, row_width, tag, widgets),
            hint,
            lines: Lines::Wrapped,
        };
        let output = state.typing.show(
            ui,
            field,
            current,
            FieldName::Text(&name),
            look,
            |text| {
                let text = one_line(text);
                let edit = texts.edit(slot, &item.text, &text, || Edit::SetListItemText {
                    id: item.id,
                    text: text.clone(),
                });
                Some((edit, text))
            },
            commands,
        );
        texts.tag_ui(ui, mark);
        if let Some(left) = output.left {
            let fresh = state.fresh == Some(item.id);
            if fresh {
                state.fresh = None;
            }
            if fresh && (left == Leave::Escape || output.text.trim().is_empty()) {
                removed = true;
                commands.push(Command::Edit(Edit::RemoveListItem(item.id)));
            } else if left == Leave::Enter {
                add_item(kind, index + 1, state, commands);
            }
        }
        let can = (index > 0, index + 1 < items.len());
        let what = list_text(ui, "list-row", kind, index + 1);
        match buttons_ui(ui, state, can, &what) {
            Some(RowButton::Up) => moved = Some(-1),
            Some(RowButton::Down) => moved = Some(1),
            Some(RowButton::Delete) if !removed => {
                removed = true;
                commands.push(Command::Edit(Edit::RemoveListItem(item.id)));
            }
            _ => {}
        }
    });
    let to = moved.and_then(|step| step_to(index, step, items.len()));
    if let Some(to) = to.filter(|_| !removed) {
        commands.push(Command::Edit(Edit::MoveListItem { id: item.id, to }));
    }
}

fn acronyms_ui(
    ui: &mut egui::Ui,
    texts: &Texts<'_>,
    state: &mut SupportingListsState,
    commands: &mut Vec<Command>,
) {
    let acronyms = &texts.session.chart.acronyms;
    let revealed = state
        .reveal
        .is_some_and(|id| acronyms.iter().any(|a| a.id == id));
    CollapsingHeader::new(ui.tr_args("acronyms-title", &[("count", acronyms.len().into())]))
        .id_salt("supporting_list_acronyms")
        .default_open(true)
        .open(revealed.then_some(true))
        .show(ui, |ui| {
            if acronyms.is_empty() {
                ui.weak(ui.tr("acronyms-none"));
            }
            let row_width = ui.available_width();
            for index in 0..acronyms.len() {
                acronym_row(ui, (texts, acronyms), index, row_width, state, commands);
            }
            if ui.button(ui.tr("acronyms-add")).clicked() {
                add_acronym(acronyms.len(), state, commands);
            }
        });
}

fn add_acronym(index: usize, state: &mut SupportingListsState, commands: &mut Vec<Command>) {
    let acronym = Acronym::new("", "");
    state.fresh = Some(acronym.id);
    state.typing.focus(acronym_field_ids(acronym.id)[0]);
    commands.push(Command::Edit(Edit::InsertAcronym { index, acronym }));
}

/// One acronym: the term, then its meaning (Tab or Enter moves from one to the
/// other), then the move and delete buttons. Enter in the meaning adds the next.
fn acronym_row(
    ui: &mut egui::Ui,
    (texts, acronyms): (&Texts<'_>, &[Acronym]),
    index: usize,
    row_width: f32,
    state: &mut SupportingListsState,
    commands: &mut Vec<Command>,
) {
    let acronym = &acronyms[index];
    let ids = acronym_field_ids(acronym.id);
    if state.reveal == Some(acronym.id) {
        state.typing.focus(ids[0]);
    }
    let mut moved = alt_arrow(ui, &ids);
    let mut removed = false;
    ui.horizontal_top(|ui| {
        number_ui(ui, index);
        let em = em(ui);
        let slot = TextSlot::AcronymMeaning(acronym.id);
        let (meaning, source_hint, mark) = texts.field(slot, &acronym.meaning, "");
        let mut shown = [acronym.term.clone(), meaning.to_owned()];
        for (k, id) in ids.into_iter().enumerate() {
            let number = &[("number", (index + 1).into())];
            let (name, hint) = if k == 0 {
                (
                    ui.tr_args("acronym-term", number),
                    ui.tr("acronym-term-hint"),
                )
            } else if texts.language.is_some() && !source_hint.trim().is_empty() {
                (
                    ui.tr_args("acronym-meaning", number),
                    source_hint.to_owned(),
                )
            } else {
                (
                    ui.tr_args("acronym-meaning", number),
                    ui.tr("acronym-meaning-hint"),
                )
            };
            let look = if k == 0 {
                Look {
                    width: 6.0 * em,
                    hint: &hint,
                    lines: Lines::One,
                }
            } else {
                Look {
                    width: match texts.language {
                        Some(_) => {
                            let fixed = 6.0 * em + texts.tag_width(ui);
                            stretch_width(ui, state, row_width, fixed, 5)
                        }
                        None => stretch_width(ui, state, row_width, 6.0 * em, 4),
                    },
                    hint: &hint,
                    lines: Lines::Wrapped,
                }
            };
            let output = state.typing.show(
                ui,
                id,
                &shown[k],
                FieldName::Text(&name),
                look,
                |text| {
                    let text = one_line(text);
                    let mut edited = acronym.clone();
                    if k == 0 {
                        edited.term.clone_from(&text);
                        return Some((Edit::UpdateAcronym(edited), text));
                    }
                    let edit = texts.edit(slot, &acronym.meaning, &text, || {
                        edited.meaning.clone_from(&text);
                        Edit::UpdateAcronym(edited)
                    });
                    Some((edit, text))
                },
                commands,
            );
            if k == 1 {
                texts.tag_ui(ui, mark);
            }
            shown[k] = output.text;
            let Some(left) = output.left else { continue };
            let fresh = state.fresh == Some(acronym.id);
            let empty = shown.iter().all(|t| t.trim().is_empty());
            if fresh && (left == Leave::Escape || (left == Leave::Enter && empty)) {
                state.fresh = None;
                removed = true;
                commands.push(Command::Edit(Edit::RemoveAcronym(acronym.id)));
            } else if left == Leave::Enter && k == 0 {
                state.typing.focus(ids[1]);
            } else if left == Leave::Enter {
                add_acronym(index + 1, state, commands);
            }
            if fresh && !shown[k].trim().is_empty() && left != Leave::Escape {
                state.fresh = None;
            }
        }
        let can = (index > 0, index + 1 < acronyms.len());
        let what = ui.tr_args("acronym-row", &[("number", (index + 1).into())]);
        match buttons_ui(ui, state, can, &what) {
            Some(RowButton::Up) => moved = Some(-1),
            Some(RowButton::Down) => moved = Some(1),
            Some(RowButton::Delete) if !removed => {
                removed = true;
                commands.push(Command::Edit(Edit::RemoveAcronym(acronym.id)));
            }
            _ => {}
        }
    });
    let to = moved.and_then(|step| step_to(index, step, acronyms.len()));
    if let Some(to) = to.filter(|_| !removed) {
        let id = acronym.id;
        commands.push(Command::Edit(Edit::MoveAcronym { id, to }));
    }
}

#[cfg(test)]
mod tests;
