//! The people of the session: a table per role (panel members, facilitators,
//! observers, survey respondents), with add, delete and move, and a summary line.

use std::collections::BTreeSet;

use egui::RichText;

use super::{SessionEditorState, country_warning};
use crate::ui::command::Command;
use crate::ui::language::{Tr, catalogue};
use crate::ui::widgets::{FieldName, Leave, Lines, Look, RowButton, alt_arrow, em, row_buttons};
use dacum_i18n::Catalogue;
use dacum_model::{Edit, Id, Person, Role, Session};

/// "7 panel members from 6 countries · 2 facilitators", with the panel's combined
/// experience, which DACUM charts usually state.
pub(super) fn people_summary(texts: &Catalogue, people: &[Person]) -> String {
    let mut parts = Vec::new();
    for role in Role::ALL {
        let members: Vec<&Person> = people.iter().filter(|p| p.role == role).collect();
        if members.is_empty() && role != Role::Panel {
            continue;
        }
        let n = members.len();
        let counted = texts.tr_args(role_id(role, "count"), &[("count", n.into())]);
        let countries: BTreeSet<String> = members
            .iter()
            .map(|p| p.country.trim().to_uppercase())
            .filter(|c| !c.is_empty())
            .collect();
        parts.push(match countries.len() {
            0 => counted,
            c => texts.tr_args(
                "people-from-countries",
                &[("people", counted.into()), ("count", c.into())],
            ),
        });
        let years: u32 = members.iter().filter_map(|p| p.years_experience).sum();
        if role == Role::Panel && years > 0 {
            parts.push(texts.tr_args("people-experience", &[("count", years.into())]));
        }
    }
    parts.join(" · ")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum PersonField {
    Name,
    JobTitle,
    Organisation,
    Country,
    Years,
}

impl PersonField {
    const ALL: [PersonField; 5] = [
        PersonField::Name,
        PersonField::JobTitle,
        PersonField::Organisation,
        PersonField::Country,
        PersonField::Years,
    ];

    /// The message id of the field's label.
    fn label(self) -> &'static str {
        match self {
            PersonField::Name => "person-name",
            PersonField::JobTitle => "person-job-title",
            PersonField::Organisation => "session-organisation",
            PersonField::Country => "session-country",
            PersonField::Years => "person-years",
        }
    }

    /// The message id of the column header: shorter than the label where the
    /// column is narrow.
    fn header(self) -> &'static str {
        match self {
            PersonField::Years => "person-years-short",
            other => other.label(),
        }
    }

    fn width_em(self) -> f32 {
        match self {
            PersonField::Name => 12.0,
            PersonField::JobTitle | PersonField::Organisation => 12.0,
            PersonField::Country | PersonField::Years => 3.0,
        }
    }

    fn text(self, person: &Person) -> String {
        match self {
            PersonField::Name => person.name.clone(),
            PersonField::JobTitle => person.job_title.clone(),
            PersonField::Organisation => person.organisation.clone(),
            PersonField::Country => person.country.clone(),
            PersonField::Years => person
                .years_experience
                .map(|y| y.to_string())
                .unwrap_or_default(),
        }
    }

    /// The person with this field set to `text`, and the text it is stored as;
    /// `Err` says why the text cannot be stored yet (a message id).
    fn set(self, person: &Person, text: &str) -> Result<(Person, String), &'static str> {
        let mut person = person.clone();
        match self {
            PersonField::Name => text.clone_into(&mut person.name),
            PersonField::JobTitle => text.clone_into(&mut person.job_title),
            PersonField::Organisation => text.clone_into(&mut person.organisation),
            PersonField::Country => person.country = text.to_uppercase(),
            PersonField::Years => person.years_experience = parse_years(text)?,
        }
        let text = self.text(&person);
        Ok((person, text))
    }

    fn widget_id(self, person: Id) -> egui::Id {
        egui::Id::unique(("session_person", person, self))
    }
}

/// The table of one role and its "Add …" button.
pub(super) fn role_ui(
    ui: &mut egui::Ui,
    session: &Session,
    role: Role,
    state: &mut SessionEditorState,
    commands: &mut Vec<Command>,
) {
    let rows: Vec<usize> = (0..session.people.len())
        .filter(|&i| session.people[i].role == role)
        .collect();
    ui.add_space(0.5 * em(ui));
    let title = ui.tr_args(role_id(role, "heading"), &[("count", rows.len().into())]);
    ui.label(RichText::new(title).strong().size(1.15 * em(ui)));
    if !rows.is_empty() {
        egui::Grid::new(("session_people", role))
            .num_columns(8)
            .striped(true)
            .show(ui, |ui| {
                ui.weak("#");
                for field in PersonField::ALL {
                    ui.weak(ui.tr(field.header()));
                }
                ui.end_row();
                for (r, &index) in rows.iter().enumerate() {
                    person_row(ui, session, &rows, r, index, state, commands);
                    ui.end_row();
                }
            });
    }
    let add = ui.tr(role_id(role, "add"));
    if ui.button(add).clicked() {
        let index = rows.last().map_or(session.people.len(), |last| last + 1);
        add_person(role, index, state, commands);
    }
}

fn add_person(
    role: Role,
    index: usize,
    state: &mut SessionEditorState,
    commands: &mut Vec<Command>,
) {
    let person = Person::new(role, "");
    state.fresh = Some(person.id);
    state.typing.focus(PersonField::Name.widget_id(person.id));
    commands.push(Command::Edit(Edit::InsertPerson { index, person }));
}

/// One person: five fields, then move and delete buttons, then any problem.
#[allow(clippy::too_many_arguments)]
fn person_row(
    ui: &mut egui::Ui,
    session: &Session,
    rows: &[usize],
    r: usize,
    index: usize,
    state: &mut SessionEditorState,
    commands: &mut Vec<Command>,
) {
    let person = &session.people[index];
    let texts = catalogue(ui.ctx());
    let who = texts.tr_args(role_id(person.role, "row"), &[("number", (r + 1).into())]);
    let ids = PersonField::ALL.map(|f| f.widget_id(person.id));
    if state.reveal == Some(person.id) {
        state.typing.focus(ids[0]);
    }
    // Moving to a neighbour of the same role: `to` is where the person lands
    // in the whole list once taken out of it.
    let move_to = |step: isize| match step {
        -1 if r > 0 => Some(rows[r - 1]),
        1 if r + 1 < rows.len() => Some(rows[r + 1]),
        _ => None,
    };
    let mut moved = alt_arrow(ui, &ids).and_then(move_to);
    ui.label((r + 1).to_string());
    let mut problem = None;
    let mut removed = false;
    for (k, field) in PersonField::ALL.into_iter().enumerate() {
        let name = texts.tr_args(
            "person-field",
            &[
                ("field", texts.tr(field.label()).into()),
                ("who", who.as_str().into()),
            ],
        );
        let look = Look {
            width: field.width_em() * em(ui),
            hint: "",
            lines: Lines::One,
        };
        let output = state.typing.show(
            ui,
            ids[k],
            &field.text(person),
            FieldName::Text(&name),
            look,
            |text| {
                let (person, stored) = field.set(person, text).ok()?;
                Some((Edit::UpdatePerson(person), stored))
            },
            commands,
        );
        if let Err(error) = field.set(person, &output.text) {
            problem = Some((ui.visuals().error_fg_color, texts.tr(error)));
        } else if field == PersonField::Country
            && let Some(warning) = country_warning(&texts, &output.text)
        {
            problem = Some((ui.visuals().warn_fg_color, warning));
        }
        let Some(left) = output.left else { continue };
        let fresh = state.fresh == Some(person.id);
        let empty = PersonField::ALL.iter().all(|f| {
            if *f == field {
                output.text.is_empty()
            } else {
                f.text(person).is_empty()
            }
        });
        match left {
            Leave::Escape | Leave::Enter if fresh && (empty || left == Leave::Escape) => {
                state.fresh = None;
                removed = true;
                commands.push(Command::Edit(Edit::RemovePerson(person.id)));
            }
            Leave::Enter if k + 1 < ids.len() => state.typing.focus(ids[k + 1]),
            Leave::Enter => add_person(person.role, index + 1, state, commands),
            _ => {}
        }
        if fresh && !output.text.is_empty() && left != Leave::Escape {
            state.fresh = None;
        }
    }
    let can = (r > 0, r + 1 < rows.len());
    match ui.horizontal(|ui| row_buttons(ui, can, &who)).inner {
        Some(RowButton::Up) => moved = move_to(-1),
        Some(RowButton::Down) => moved = move_to(1),
        Some(RowButton::Delete) if !removed => {
            removed = true;
            commands.push(Command::Edit(Edit::RemovePerson(person.id)));
        }
        _ => {}
    }
    if let Some(to) = moved.filter(|_| !removed) {
        commands.push(Command::Edit(Edit::MovePerson { id: person.id, to }));
    }
    match problem {
        Some((color, text)) => ui.colored_label(color, text),
        None => ui.label(""),
    };
}

/// Years of experience as typed; `Err` is a message id.
fn parse_years(text: &str) -> Result<Option<u32>, &'static str> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u32>() {
        Ok(years) if years <= 70 => Ok(Some(years)),
        _ => Err("person-years-error"),
    }
}

/// The message id of one of a role's texts: `people-panel-count` ("3 panel
/// members"), `-heading` ("Panel members (3)"), `-add` ("Add panel member"),
/// `-row` ("panel member 2").
fn role_id(role: Role, what: &str) -> &'static str {
    match (role, what) {
        (Role::Panel, "count") => "people-panel-count",
        (Role::Panel, "heading") => "people-panel-heading",
        (Role::Panel, "add") => "people-panel-add",
        (Role::Panel, _) => "people-panel-row",
        (Role::Facilitator, "count") => "people-facilitator-count",
        (Role::Facilitator, "heading") => "people-facilitator-heading",
        (Role::Facilitator, "add") => "people-facilitator-add",
        (Role::Facilitator, _) => "people-facilitator-row",
        (Role::Observer, "count") => "people-observer-count",
        (Role::Observer, "heading") => "people-observer-heading",
        (Role::Observer, "add") => "people-observer-add",
        (Role::Observer, _) => "people-observer-row",
        (Role::Respondent, "count") => "people-respondent-count",
        (Role::Respondent, "heading") => "people-respondent-heading",
        (Role::Respondent, "add") => "people-respondent-add",
        (Role::Respondent, _) => "people-respondent-row",
    }
}
