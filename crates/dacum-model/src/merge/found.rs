//! Finding any element of a session by id, reading one of its fields, and the
//! edits that set a field to a value — what resolving a conflict needs.

use super::element::{Element, Kind, PlacedItem, PlacedTask};
use super::id_map::IdMap;
use crate::chart::ListKind;
use crate::edit::{Edit, EditError};
use crate::id::Id;
use crate::provenance::{Field, Value};
use crate::session::Session;

/// Where an element is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Found {
    Person(usize),
    Duty(usize),
    Task(usize, usize),
    Item(ListKind, usize),
    Acronym(usize),
    Rating(usize),
    Participant(usize),
    Driver(usize),
    Vote(usize),
    Group(usize),
    Scenario(usize),
}

impl Found {
    pub(crate) fn kind(self) -> Kind {
        match self {
            Found::Person(_) => Kind::Person,
            Found::Duty(_) => Kind::Duty,
            Found::Task(..) => Kind::Task,
            Found::Item(..) => Kind::ListItem,
            Found::Acronym(_) => Kind::Acronym,
            Found::Rating(_) => Kind::Rating,
            Found::Participant(_) => Kind::Participant,
            Found::Driver(_) => Kind::Driver,
            Found::Vote(_) => Kind::Vote,
            Found::Group(_) => Kind::Group,
            Found::Scenario(_) => Kind::Scenario,
        }
    }
}

fn position<T: crate::HasId>(list: &[T], id: Id) -> Option<usize> {
    list.iter().position(|x| x.id() == id)
}

pub(crate) fn find(session: &Session, id: Id) -> Option<Found> {
    let chart = &session.chart;
    let pestle = &session.pestle;
    position(&session.people, id)
        .map(Found::Person)
        .or_else(|| chart.find_duty(id).map(Found::Duty))
        .or_else(|| chart.find_task(id).map(|(d, t)| Found::Task(d, t)))
        .or_else(|| chart.find_list_item(id).map(|(k, i)| Found::Item(k, i)))
        .or_else(|| position(&chart.acronyms, id).map(Found::Acronym))
        .or_else(|| position(&session.verification.ratings, id).map(Found::Rating))
        .or_else(|| position(&pestle.participants, id).map(Found::Participant))
        .or_else(|| position(&pestle.drivers, id).map(Found::Driver))
        .or_else(|| position(&pestle.votes, id).map(Found::Vote))
        .or_else(|| position(&pestle.groups, id).map(Found::Group))
        .or_else(|| position(&pestle.scenarios, id).map(Found::Scenario))
}

/// Where every element of a session is, found once: for the views and reports
/// that look up many elements (searching the whole session for each made the
/// Merge tab quadratic in the size of the session).
pub struct Places<'s> {
    session: &'s Session,
    at: IdMap<Found>,
}

impl<'s> Places<'s> {
    pub fn of(session: &'s Session) -> Self {
        let chart = &session.chart;
        let pestle = &session.pestle;
        let mut at: IdMap<Found> = IdMap::default();
        // In the order `find` looks, the first of two equal ids winning as there.
        let mut put = |id: Id, found: Found| {
            at.entry(id).or_insert(found);
        };
        for (i, p) in session.people.iter().enumerate() {
            put(p.id, Found::Person(i));
        }
        for (d, duty) in chart.duties.iter().enumerate() {
            put(duty.id, Found::Duty(d));
        }
        for (d, duty) in chart.duties.iter().enumerate() {
            for (t, task) in duty.tasks.iter().enumerate() {
                put(task.id, Found::Task(d, t));
            }
        }
        for list in ListKind::ALL {
            for (i, item) in chart.list(list).iter().enumerate() {
                put(item.id, Found::Item(list, i));
            }
        }
        for (i, a) in chart.acronyms.iter().enumerate() {
            put(a.id, Found::Acronym(i));
        }
        for (i, r) in session.verification.ratings.iter().enumerate() {
            put(r.id, Found::Rating(i));
        }
        for (i, p) in pestle.participants.iter().enumerate() {
            put(p.id, Found::Participant(i));
        }
        for (i, d) in pestle.drivers.iter().enumerate() {
            put(d.id, Found::Driver(i));
        }
        for (i, v) in pestle.votes.iter().enumerate() {
            put(v.id, Found::Vote(i));
        }
        for (i, g) in pestle.groups.iter().enumerate() {
            put(g.id, Found::Group(i));
        }
        for (i, s) in pestle.scenarios.iter().enumerate() {
            put(s.id, Found::Scenario(i));
        }
        Places { session, at }
    }

    pub(crate) fn find(&self, id: Id) -> Option<Found> {
        self.at.get(&id).copied()
    }

    /// Where a task is: (duty index, task index).
    pub fn task(&self, id: Id) -> Option<(usize, usize)> {
        match self.find(id)? {
            Found::Task(d, t) => Some((d, t)),
            _ => None,
        }
    }

    /// Where a duty is.
    pub fn duty(&self, id: Id) -> Option<usize> {
        match self.find(id)? {
            Found::Duty(d) => Some(d),
            _ => None,
        }
    }

    /// Where a supporting-list item is.
    pub fn list_item(&self, id: Id) -> Option<(ListKind, usize)> {
        match self.find(id)? {
            Found::Item(list, i) => Some((list, i)),
            _ => None,
        }
    }

    /// As [`field_value`](super::field_value), without searching the session.
    pub fn field_value(&self, element: Id, field: Field) -> Option<Value> {
        field_value_with(self.session, element, field, &|id| self.find(id))
    }

    /// The session whose elements these are.
    pub(super) fn session(&self) -> &'s Session {
        self.session
    }
}

/// The fields of the element at `found`.
pub(crate) fn fields(session: &Session, found: Found) -> Vec<(Field, Value)> {
    let chart = &session.chart;
    let pestle = &session.pestle;
    match found {
        Found::Person(i) => session.people[i].fields(),
        Found::Duty(i) => chart.duties[i].fields(),
        Found::Task(d, t) => placed_task(session, d, t).fields(),
        Found::Item(list, i) => PlacedItem {
            item: chart.list(list)[i].clone(),
            list,
        }
        .fields(),
        Found::Acronym(i) => chart.acronyms[i].fields(),
        Found::Rating(i) => session.verification.ratings[i].fields(),
        Found::Participant(i) => pestle.participants[i].fields(),
        Found::Driver(i) => pestle.drivers[i].fields(),
        Found::Vote(i) => pestle.votes[i].fields(),
        Found::Group(i) => pestle.groups[i].fields(),
        Found::Scenario(i) => pestle.scenarios[i].fields(),
    }
}

fn placed_task(session: &Session, d: usize, t: usize) -> PlacedTask {
    let duty = &session.chart.duties[d];
    PlacedTask {
        task: duty.tasks[t].clone(),
        duty: duty.id,
    }
}

/// The value an element (or, for the session's id, the session) holds for a field.
pub(crate) fn field_value(session: &Session, element: Id, field: Field) -> Option<Value> {
    field_value_with(session, element, field, &|id| find(session, id))
}

fn field_value_with(
    session: &Session,
    element: Id,
    field: Field,
    find: &dyn Fn(Id) -> Option<Found>,
) -> Option<Value> {
    if element == session.id {
        return session_fields(session)
            .into_iter()
            .find(|(f, _)| *f == field)
            .map(|(_, v)| v);
    }
    let found = find(element)?;
    if field == Field::Presence {
        return Some(Value::Present);
    }
    fields(session, found)
        .into_iter()
        .find(|(f, _)| *f == field)
        .map(|(_, v)| v)
}

/// The session-level fields: the details, the priority formula and the axes.
pub(crate) fn session_fields(session: &Session) -> Vec<(Field, Value)> {
    let m = &session.meta;
    let text = |t: &String| Value::Text(t.clone());
    vec![
        (Field::MetaTitle, text(&m.title)),
        (Field::MetaOccupation, text(&m.occupation)),
        (Field::MetaOrganisation, text(&m.organisation)),
        (Field::MetaSponsor, text(&m.sponsor)),
        (Field::MetaVenue, text(&m.venue)),
        (Field::MetaCountry, text(&m.country)),
        (Field::MetaLanguage, text(&m.language)),
        (Field::MetaStart, Value::Date(m.start)),
        (Field::MetaEnd, Value::Date(m.end)),
        (Field::MetaNotes, text(&m.notes)),
        (
            Field::PriorityFormula,
            Value::Formula(session.verification.priority),
        ),
        (
            Field::Axes,
            Value::Axes(Box::new(session.pestle.axes.clone())),
        ),
    ]
}

/// Sets a session-level field on a copy of the session's parts; false when the
/// value does not fit the field.
pub(crate) fn set_session_field(session: &mut Session, field: Field, value: Value) -> bool {
    let m = &mut session.meta;
    match (field, value) {
        (Field::MetaTitle, Value::Text(t)) => m.title = t,
        (Field::MetaOccupation, Value::Text(t)) => m.occupation = t,
        (Field::MetaOrganisation, Value::Text(t)) => m.organisation = t,
        (Field::MetaSponsor, Value::Text(t)) => m.sponsor = t,
        (Field::MetaVenue, Value::Text(t)) => m.venue = t,
        (Field::MetaCountry, Value::Text(t)) => m.country = t,
        (Field::MetaLanguage, Value::Text(t)) => m.language = t,
        (Field::MetaStart, Value::Date(d)) => m.start = d,
        (Field::MetaEnd, Value::Date(d)) => m.end = d,
        (Field::MetaNotes, Value::Text(t)) => m.notes = t,
        (Field::PriorityFormula, Value::Formula(f)) => session.verification.priority = f,
        (Field::Axes, Value::Axes(a)) => session.pestle.axes = *a,
        _ => return false,
    }
    true
}

/// The edits that give a field of an element (or of the session) a value.
pub(crate) fn set_field_edits(
    session: &Session,
    element: Id,
    field: Field,
    value: Value,
) -> Result<Vec<Edit>, EditError> {
    let wrong = EditError::WrongValue { field };
    if element == session.id {
        let mut copy = Session {
            meta: session.meta.clone(),
            verification: crate::Verification {
                priority: session.verification.priority,
                ratings: Vec::new(),
            },
            pestle: crate::Pestle {
                axes: session.pestle.axes.clone(),
                ..Default::default()
            },
            ..Session::default()
        };
        if !set_session_field(&mut copy, field, value) {
            return Err(wrong);
        }
        return Ok(match field {
            Field::PriorityFormula => vec![Edit::SetPriorityFormula(copy.verification.priority)],
            Field::Axes => vec![Edit::SetAxes(copy.pestle.axes)],
            _ => vec![Edit::SetMeta(copy.meta)],
        });
    }
    let found = find(session, element).ok_or(EditError::NotFound {
        what: "element",
        id: element,
    })?;
    if field == Field::Presence {
        return match value {
            Value::Present => Ok(Vec::new()),
            Value::Removed => Ok(vec![remove_edit(found, element)]),
            _ => Err(wrong),
        };
    }
    let fits = |fields: Vec<(Field, Value)>| fields.iter().any(|(f, v)| *f == field && *v == value);
    let chart = &session.chart;
    let pestle = &session.pestle;
    macro_rules! update {
        ($item:expr, $edit:path) => {{
            let mut item = $item.clone();
            item.set(field, value.clone());
            if !fits(item.fields()) {
                return Err(wrong);
            }
            vec![$edit(item)]
        }};
    }
    let edits = match found {
        Found::Person(i) => update!(session.people[i], Edit::UpdatePerson),
        Found::Acronym(i) => update!(chart.acronyms[i], Edit::UpdateAcronym),
        Found::Participant(i) => update!(pestle.participants[i], Edit::UpdateParticipant),
        Found::Driver(i) => update!(pestle.drivers[i], Edit::UpdateDriver),
        Found::Group(i) => update!(pestle.groups[i], Edit::UpdateGroup),
        Found::Scenario(i) => update!(pestle.scenarios[i], Edit::UpdateScenario),
        Found::Duty(_) => match value {
            Value::Text(title) if field == Field::DutyTitle => {
                vec![Edit::SetDutyTitle { id: element, title }]
            }
            _ => return Err(wrong),
        },
        Found::Task(..) => match (field, value) {
            (Field::TaskStatement, Value::Text(statement)) => vec![Edit::SetTaskStatement {
                id: element,
                statement,
            }],
            (Field::TaskDuty, Value::Element(duty)) => vec![Edit::MoveTask {
                id: element,
                duty,
                to: usize::MAX,
            }],
            _ => return Err(wrong),
        },
        Found::Item(list, index) => match (field, value) {
            (Field::ListItemText, Value::Text(text)) => {
                vec![Edit::SetListItemText { id: element, text }]
            }
            (Field::ListItemList, Value::List(to)) if to == list => Vec::new(),
            (Field::ListItemList, Value::List(to)) => {
                // Moving between lists: remove (which drops scenario links), add to
                // the other list, and put the links back.
                let mut edits = vec![
                    Edit::RemoveListItem(element),
                    Edit::InsertListItem {
                        list: to,
                        index: usize::MAX,
                        item: chart.list(list)[index].clone(),
                    },
                ];
                edits.extend(
                    pestle
                        .scenarios
                        .iter()
                        .filter(|s| s.links.contains(&element))
                        .map(|s| Edit::UpdateScenario(s.clone())),
                );
                edits
            }
            _ => return Err(wrong),
        },
        Found::Rating(index) => {
            let mut rating = session.verification.ratings[index].clone();
            rating.set(field, value.clone());
            if !fits(rating.fields()) {
                return Err(wrong);
            }
            vec![
                Edit::RemoveRating(element),
                Edit::InsertRating { index, rating },
            ]
        }
        Found::Vote(index) => {
            let mut vote = pestle.votes[index].clone();
            vote.set(field, value.clone());
            if !fits(vote.fields()) {
                return Err(wrong);
            }
            vec![Edit::RemoveVote(element), Edit::InsertVote { index, vote }]
        }
    };
    Ok(edits)
}

/// The edit that removes the element at `found`.
pub(crate) fn remove_edit(found: Found, id: Id) -> Edit {
    match found {
        Found::Person(_) => Edit::RemovePerson(id),
        Found::Duty(_) => Edit::RemoveDuty(id),
        Found::Task(..) => Edit::RemoveTask(id),
        Found::Item(..) => Edit::RemoveListItem(id),
        Found::Acronym(_) => Edit::RemoveAcronym(id),
        Found::Rating(_) => Edit::RemoveRating(id),
        Found::Participant(_) => Edit::RemoveParticipant(id),
        Found::Driver(_) => Edit::RemoveDriver(id),
        Found::Vote(_) => Edit::RemoveVote(id),
        Found::Group(_) => Edit::RemoveGroup(id),
        Found::Scenario(_) => Edit::RemoveScenario(id),
    }
}
