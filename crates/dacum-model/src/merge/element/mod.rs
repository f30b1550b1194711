//! What a merge needs to know about each kind of element: its comparable fields
//! (read and written as [`Value`]s), the normalised text that makes two of them
//! the same ([`Element::key`]), and the id lists that are united rather than
//! compared (scenario links, the drivers of a group).

use dacum_i18n::Text;
use serde::{Deserialize, Serialize};

mod pestle;

use crate::chart::{Acronym, Duty, ListItem, ListKind, Task};
use crate::id::{HasId, Id};
use crate::person::Person;
use crate::provenance::{Field, Value};
use crate::text::same_text_key;
use crate::verification::Rating;

/// The kinds of element a merge handles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Kind {
    Person,
    Duty,
    Task,
    ListItem,
    Acronym,
    Rating,
    Participant,
    Driver,
    Vote,
    Group,
    Scenario,
}

impl Kind {
    /// The key the catalogues select on ("list-item").
    pub fn key(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Duty => "duty",
            Kind::Task => "task",
            Kind::ListItem => "list-item",
            Kind::Acronym => "acronym",
            Kind::Rating => "rating",
            Kind::Participant => "participant",
            Kind::Driver => "driver",
            Kind::Vote => "vote",
            Kind::Group => "driver-group",
            Kind::Scenario => "scenario",
        }
    }

    /// The kind's name ("list item"), as a message.
    pub fn label(self) -> Text {
        Text::new(match self {
            Kind::Person => "kind-person",
            Kind::Duty => "kind-duty",
            Kind::Task => "kind-task",
            Kind::ListItem => "kind-list-item",
            Kind::Acronym => "kind-acronym",
            Kind::Rating => "kind-rating",
            Kind::Participant => "kind-participant",
            Kind::Driver => "kind-driver",
            Kind::Vote => "kind-vote",
            Kind::Group => "kind-driver-group",
            Kind::Scenario => "kind-scenario",
        })
    }
}

pub(crate) trait Element: Clone + PartialEq + HasId {
    const KIND: Kind;
    /// Whether elements of this kind can be the same by text ([`Element::key`]).
    const KEYED: bool = false;
    /// The compared fields with their values.
    fn fields(&self) -> Vec<(Field, Value)>;
    /// Sets a field; a value of the wrong type for the field is ignored.
    fn set(&mut self, field: Field, value: Value);
    fn set_id(&mut self, id: Id);
    /// The normalised text that makes two elements of different inputs the same;
    /// `None` when only the identity does (people, votes, ratings …).
    fn key(&self) -> Option<String> {
        None
    }
    /// Renames references held in id lists.
    fn remap_lists(&mut self, _map: &dyn Fn(Id) -> Id) {}
    /// Renames the references held in fields (a task's duty, a vote's driver).
    fn remap_refs(&mut self, _map: &dyn Fn(Id) -> Id) {}
    /// Adds the ids of `other`'s lists that this element lacks.
    fn unite(&mut self, _other: &Self) {}
    /// The id list merged as a set (scenario links, a group's drivers).
    fn id_list(&self) -> &[Id] {
        &[]
    }
    fn set_id_list(&mut self, _ids: Vec<Id>) {}
}

/// A key from normalised text; blank text makes no key (two blank cards are not
/// the same card).
pub(super) fn text_key(prefix: &str, text: &str) -> Option<String> {
    let normal = same_text_key(text);
    (!normal.is_empty()).then(|| format!("{prefix}{normal}"))
}

pub(super) fn text(value: &str) -> Value {
    Value::Text(value.to_owned())
}

pub(super) fn set_text(target: &mut String, value: Value) {
    if let Value::Text(text) = value {
        *target = text;
    }
}

pub(super) fn set_ref(target: &mut Id, value: Value) {
    if let Value::Element(id) = value {
        *target = id;
    }
}

pub(super) fn set_score(target: &mut Option<u8>, value: Value) {
    if let Value::Number(n) = value {
        *target = n.and_then(|n| u8::try_from(n).ok());
    }
}

pub(super) fn score(value: Option<u8>) -> Value {
    Value::Number(value.map(u32::from))
}

pub(super) fn unite_ids(target: &mut Vec<Id>, other: &[Id]) {
    for &id in other {
        if !target.contains(&id) {
            target.push(id);
        }
    }
}

pub(super) fn remap_ids(ids: &mut Vec<Id>, map: &dyn Fn(Id) -> Id) {
    let mut seen = Vec::with_capacity(ids.len());
    for id in ids.drain(..).map(map) {
        if !seen.contains(&id) {
            seen.push(id);
        }
    }
    *ids = seen;
}

/// A task with the duty it sits in: the duty is one of its fields.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PlacedTask {
    pub task: Task,
    pub duty: Id,
}

/// A supporting-list item with the list it is in.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PlacedItem {
    pub item: ListItem,
    pub list: ListKind,
}

macro_rules! has_id {
    ($($t:ty => $($path:ident).+;)*) => {$(
        impl HasId for $t {
            fn id(&self) -> Id {
                self.$($path).+
            }
        }
    )*};
}
has_id! {
    PlacedTask => task.id;
    PlacedItem => item.id;
}

impl Element for Person {
    const KIND: Kind = Kind::Person;
    fn fields(&self) -> Vec<(Field, Value)> {
        vec![
            (Field::PersonRole, Value::Role(self.role)),
            (Field::PersonName, text(&self.name)),
            (Field::PersonJobTitle, text(&self.job_title)),
            (Field::PersonOrganisation, text(&self.organisation)),
            (Field::PersonCountry, text(&self.country)),
            (Field::PersonYears, Value::Number(self.years_experience)),
        ]
    }
    fn set(&mut self, field: Field, value: Value) {
        match (field, value) {
            (Field::PersonRole, Value::Role(role)) => self.role = role,
            (Field::PersonName, v) => set_text(&mut self.name, v),
            (Field::PersonJobTitle, v) => set_text(&mut self.job_title, v),
            (Field::PersonOrganisation, v) => set_text(&mut self.organisation, v),
            (Field::PersonCountry, v) => set_text(&mut self.country, v),
            (Field::PersonYears, Value::Number(n)) => self.years_experience = n,
            _ => {}
        }
    }
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
}

impl Element for Duty {
    const KIND: Kind = Kind::Duty;
    const KEYED: bool = true;
    fn fields(&self) -> Vec<(Field, Value)> {
        vec![(Field::DutyTitle, text(&self.title))]
    }
    fn set(&mut self, field: Field, value: Value) {
        if field == Field::DutyTitle {
            set_text(&mut self.title, value);
        }
    }
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
    fn key(&self) -> Option<String> {
        text_key("", &self.title)
    }
}

impl Element for PlacedTask {
    const KIND: Kind = Kind::Task;
    const KEYED: bool = true;
    fn fields(&self) -> Vec<(Field, Value)> {
        vec![
            (Field::TaskStatement, text(&self.task.statement)),
            (Field::TaskDuty, Value::Element(self.duty)),
        ]
    }
    fn set(&mut self, field: Field, value: Value) {
        match field {
            Field::TaskStatement => set_text(&mut self.task.statement, value),
            Field::TaskDuty => set_ref(&mut self.duty, value),
            _ => {}
        }
    }
    fn set_id(&mut self, id: Id) {
        self.task.id = id;
    }
    fn remap_refs(&mut self, map: &dyn Fn(Id) -> Id) {
        self.duty = map(self.duty);
    }
    fn key(&self) -> Option<String> {
        text_key("", &self.task.statement)
    }
}

impl Element for PlacedItem {
    const KIND: Kind = Kind::ListItem;
    const KEYED: bool = true;
    fn fields(&self) -> Vec<(Field, Value)> {
        vec![
            (Field::ListItemText, text(&self.item.text)),
            (Field::ListItemList, Value::List(self.list)),
        ]
    }
    fn set(&mut self, field: Field, value: Value) {
        match (field, value) {
            (Field::ListItemText, v) => set_text(&mut self.item.text, v),
            (Field::ListItemList, Value::List(list)) => self.list = list,
            _ => {}
        }
    }
    fn set_id(&mut self, id: Id) {
        self.item.id = id;
    }
    fn key(&self) -> Option<String> {
        text_key(&format!("{:?}\u{1}", self.list), &self.item.text)
    }
}

impl Element for Acronym {
    const KIND: Kind = Kind::Acronym;
    const KEYED: bool = true;
    fn fields(&self) -> Vec<(Field, Value)> {
        vec![
            (Field::AcronymTerm, text(&self.term)),
            (Field::AcronymMeaning, text(&self.meaning)),
        ]
    }
    fn set(&mut self, field: Field, value: Value) {
        match field {
            Field::AcronymTerm => set_text(&mut self.term, value),
            Field::AcronymMeaning => set_text(&mut self.meaning, value),
            _ => {}
        }
    }
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
    fn key(&self) -> Option<String> {
        let term = same_text_key(&self.term);
        text_key(&format!("{term}\u{1}"), &self.meaning).filter(|_| !term.is_empty())
    }
}

impl Element for Rating {
    const KIND: Kind = Kind::Rating;
    fn fields(&self) -> Vec<(Field, Value)> {
        vec![
            (Field::RatingTask, Value::Element(self.task)),
            (Field::RatingRater, Value::Element(self.rater)),
            (Field::RatingImportance, score(self.importance)),
            (Field::RatingFrequency, score(self.frequency)),
            (Field::RatingDifficulty, score(self.difficulty)),
            (Field::RatingTrain, Value::Flag(self.train)),
        ]
    }
    fn set(&mut self, field: Field, value: Value) {
        match (field, value) {
            (Field::RatingTask, v) => set_ref(&mut self.task, v),
            (Field::RatingRater, v) => set_ref(&mut self.rater, v),
            (Field::RatingImportance, v) => set_score(&mut self.importance, v),
            (Field::RatingFrequency, v) => set_score(&mut self.frequency, v),
            (Field::RatingDifficulty, v) => set_score(&mut self.difficulty, v),
            (Field::RatingTrain, Value::Flag(flag)) => self.train = flag,
            _ => {}
        }
    }
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
    fn remap_refs(&mut self, map: &dyn Fn(Id) -> Id) {
        self.task = map(self.task);
        self.rater = map(self.rater);
    }
}
