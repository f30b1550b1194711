//! Provenance of a consolidated session: which partner sessions contributed each
//! element, which elements were merged into which, the conflicts a merge found
//! (every value that was not kept, with the sessions that hold it), and the pairs
//! of elements the coordinator declared distinct. Stored in the session file, so
//! all of it survives saving; a session that was never merged has none of it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use dacum_i18n::Text;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::chart::ListKind;
use super::id::Id;
use super::person::Role;
use super::pestle::{Axes, Category, Quadrant};
use super::text::same_text_key;
use super::verification::PriorityFormula;

/// Where the elements of a consolidated session came from. Empty for a session
/// that was never merged.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// The sessions that were merged into this one, ordered by id.
    pub sources: Vec<SourceSession>,
    /// For each element, the ids of the sources that contributed it.
    pub elements: BTreeMap<Id, BTreeSet<Id>>,
    /// Elements merged into another one: the absorbed id → the id that was kept.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub merged: BTreeMap<Id, Id>,
    /// Fields on which the sources disagree, with every value that was not kept.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// Pairs of elements the coordinator said are not duplicates (smaller id
    /// first): never proposed or merged automatically again.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub distinct: BTreeSet<(Id, Id)>,
    /// Conflicts the coordinator settled, with the values set aside, ordered by
    /// element and field. A later merge does not raise them again.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// Wordings that are the same as a value of a field after normalisation
    /// but written differently ("also written as …"), with the sources that
    /// wrote them, ordered by element and field: a merge keeps the plainest
    /// wording and records the others here, so none is lost.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variants>,
}

impl Provenance {
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
            && self.elements.is_empty()
            && self.merged.is_empty()
            && self.conflicts.is_empty()
            && self.distinct.is_empty()
            && self.decisions.is_empty()
            && self.variants.is_empty()
    }

    /// Puts the decisions and the variants in the order their lookups rely on
    /// (by element, then field) and joins two records of one field into one,
    /// each value kept once. A merge writes them so; a file edited by hand or by
    /// another tool may not, and would otherwise make a lookup miss a record.
    /// Nothing is dropped.
    pub fn put_in_order(&mut self) {
        self.decisions = joined_by_field(
            std::mem::take(&mut self.decisions),
            |d| (d.element, d.field),
            |d| &mut d.set_aside,
        );
        self.variants = joined_by_field(
            std::mem::take(&mut self.variants),
            |v| (v.element, v.field),
            |v| &mut v.variants,
        );
    }

    /// The other wordings recorded for a field of an element (any of its
    /// values: kept, alternative or set aside).
    pub fn variants_of(&self, element: Id, field: Field) -> &[Alternative] {
        let at = self
            .variants
            .binary_search_by_key(&(element, field), |v| (v.element, v.field));
        match at {
            Ok(i) => &self.variants[i].variants,
            Err(_) => &[],
        }
    }

    /// The other wordings of one value of a field: those equal to it after
    /// [`same_text_key`] ("also written as …").
    pub fn also_written(&self, element: Id, field: Field, value: &Value) -> Vec<&Alternative> {
        let Value::Text(text) = value else {
            return Vec::new();
        };
        let key = same_text_key(text);
        self.variants_of(element, field)
            .iter()
            .filter(|v| matches!(&v.value, Value::Text(t) if same_text_key(t) == key))
            .collect()
    }

    /// The sources that contributed an element (empty when not recorded).
    pub fn sources_of(&self, element: Id) -> impl Iterator<Item = &SourceSession> {
        let ids = self.elements.get(&element);
        self.sources
            .iter()
            .filter(move |s| ids.is_some_and(|ids| ids.contains(&s.id)))
    }

    /// "Shared by k of n": how many of the merged sessions hold an element, and how
    /// many sessions were merged.
    pub fn shared_by(&self, element: Id) -> (usize, usize) {
        (self.sources_of(element).count(), self.sources.len())
    }

    /// The country codes of the sources that hold an element, sorted, without
    /// repeats or blanks ("CZ", "RO").
    pub fn countries_of(&self, element: Id) -> Vec<&str> {
        let countries: BTreeSet<&str> = self
            .sources_of(element)
            .map(|s| s.country.as_str())
            .filter(|c| !c.is_empty())
            .collect();
        countries.into_iter().collect()
    }

    /// The id an element has now: itself, or the element it was merged into
    /// (following chains of merges).
    pub fn current_id(&self, mut id: Id) -> Id {
        // A chain is never longer than the map; the bound guards against a cycle
        // in a hand-edited file.
        for _ in 0..=self.merged.len() {
            match self.merged.get(&id) {
                Some(&next) if next != id => id = next,
                _ => break,
            }
        }
        id
    }

    /// The conflict recorded for a field of an element, if any.
    pub fn conflict(&self, element: Id, field: Field) -> Option<&Conflict> {
        self.conflicts
            .iter()
            .find(|c| c.element == element && c.field == field)
    }

    /// The decision recorded for a field of an element, if any.
    pub fn decision(&self, element: Id, field: Field) -> Option<&Decision> {
        self.decisions
            .iter()
            .find(|d| d.element == element && d.field == field)
    }

    pub fn is_distinct(&self, a: Id, b: Id) -> bool {
        self.distinct.contains(&ordered(a, b))
    }

    /// A short label for each source, in `sources` order, that tells the sources
    /// apart: the country code ("RO"); numbered when several sources share a
    /// country ("RO 1", "RO 2", in source order); "#3" for the third source when
    /// it has no country.
    pub fn source_labels(&self) -> Vec<String> {
        let mut per_country: BTreeMap<&str, usize> = BTreeMap::new();
        for source in &self.sources {
            *per_country.entry(source.country.trim()).or_default() += 1;
        }
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        self.sources
            .iter()
            .enumerate()
            .map(|(index, source)| {
                let country = source.country.trim();
                if country.is_empty() {
                    return format!("#{}", index + 1);
                }
                let nth = seen.entry(country).or_default();
                *nth += 1;
                if per_country.get(country).copied().unwrap_or(0) > 1 {
                    format!("{country} {nth}")
                } else {
                    country.to_owned()
                }
            })
            .collect()
    }

    /// The labels ([`source_labels`](Self::source_labels)) of the sources that hold
    /// an element, sorted.
    pub fn labels_of(&self, element: Id, labels: &[String]) -> Vec<String> {
        let Some(ids) = self.elements.get(&element) else {
            return Vec::new();
        };
        let mut held: Vec<String> = self
            .sources
            .iter()
            .zip(labels)
            .filter(|(source, _)| ids.contains(&source.id))
            .map(|(_, label)| label.clone())
            .collect();
        held.sort();
        held
    }
}

/// A pair with the smaller id first, as `Provenance::distinct` stores it.
pub fn ordered(a: Id, b: Id) -> (Id, Id) {
    if a <= b { (a, b) } else { (b, a) }
}

/// One session that was merged in: every detail of its [`Meta`](super::Meta), so
/// that the consolidated session still says who held each workshop, for whom
/// and where ("shared by RO, CZ and LT", the "Merged sessions" of the reports).
/// The fields added after the first version default to blank, so older
/// consolidated files still load.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceSession {
    /// The source session's own id.
    pub id: Id,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub language: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub occupation: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::date_field::option"
    )]
    pub start: Option<Date>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::date_field::option"
    )]
    pub end: Option<Date>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sponsor: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub venue: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl SourceSession {
    /// The source's organisation, sponsor, venue and notes in words, the blank
    /// ones left out: "Organisation: ANP · Sponsor: EU · Venue: Bucharest ·
    /// Notes: …". Empty when the source had none of them.
    pub fn details(&self) -> String {
        let parts: Vec<String> = [
            ("Organisation", &self.organisation),
            ("Sponsor", &self.sponsor),
            ("Venue", &self.venue),
            ("Notes", &self.notes),
        ]
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(name, value)| format!("{name}: {}", value.trim()))
        .collect();
        parts.join(" · ")
    }
}

/// A field on which the sources disagree. The element holds the kept value; the
/// alternatives are the others.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The element, or the session's own id for a session-level field (details,
    /// axes, priority formula).
    pub element: Id,
    pub field: Field,
    pub alternatives: Vec<Alternative>,
}

/// A conflict the coordinator settled: the element holds the value chosen, and
/// the values set aside are kept here with the sources that hold them, so no
/// partner's wording is lost and merging a partner's file again does not
/// reopen the question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The element, or the session's own id for a session-level field.
    pub element: Id,
    pub field: Field,
    pub set_aside: Vec<Alternative>,
}

/// The other wordings of a field's values (see [`Provenance::variants`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variants {
    /// The element, or the session's own id for a session-level field.
    pub element: Id,
    pub field: Field,
    /// Each wording with the sources that wrote it.
    pub variants: Vec<Alternative>,
}

/// A value that was not kept, and the sources that hold it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    pub value: Value,
    pub sources: BTreeSet<Id>,
    /// Where the value came from when it is not a source session (e.g. "their
    /// branch" in a git merge).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A field of an element (or of the session) that a merge compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Field {
    MetaTitle,
    MetaOccupation,
    MetaOrganisation,
    MetaSponsor,
    MetaVenue,
    MetaCountry,
    MetaLanguage,
    MetaStart,
    MetaEnd,
    MetaNotes,
    PriorityFormula,
    Axes,
    PersonRole,
    PersonName,
    PersonJobTitle,
    PersonOrganisation,
    PersonCountry,
    PersonYears,
    DutyTitle,
    TaskStatement,
    /// The duty a task sits in.
    TaskDuty,
    ListItemText,
    /// The supporting list an item is in.
    ListItemList,
    AcronymTerm,
    AcronymMeaning,
    RatingTask,
    RatingRater,
    RatingImportance,
    RatingFrequency,
    RatingDifficulty,
    RatingTrain,
    ParticipantName,
    ParticipantOrganisation,
    ParticipantCountry,
    DriverCategory,
    DriverTitle,
    DriverDescription,
    VoteDriver,
    VoteParticipant,
    VoteUncertainty,
    VoteImpact,
    GroupName,
    ScenarioQuadrant,
    ScenarioName,
    ScenarioNarrative,
    /// Whether the element exists at all (one side of a three-way merge removed it
    /// while the other changed it).
    Presence,
}

impl Field {
    /// The field's name ("task statement"), as a message for a list of
    /// conflicts: worded where it is shown, in the reader's language.
    pub fn label(self) -> Text {
        Text::new(self.message_id())
    }

    fn message_id(self) -> &'static str {
        use Field::{
            AcronymMeaning, AcronymTerm, Axes, DriverCategory, DriverDescription, DriverTitle,
            DutyTitle, GroupName, ListItemList, ListItemText, MetaCountry, MetaEnd, MetaLanguage,
            MetaNotes, MetaOccupation, MetaOrganisation, MetaSponsor, MetaStart, MetaTitle,
            MetaVenue, ParticipantCountry, ParticipantName, ParticipantOrganisation, PersonCountry,
            PersonJobTitle, PersonName, PersonOrganisation, PersonRole, PersonYears, Presence,
            PriorityFormula, RatingDifficulty, RatingFrequency, RatingImportance, RatingRater,
            RatingTask, RatingTrain, ScenarioName, ScenarioNarrative, ScenarioQuadrant, TaskDuty,
            TaskStatement, VoteDriver, VoteImpact, VoteParticipant, VoteUncertainty,
        };
        match self {
            MetaTitle => "field-meta-title",
            MetaOccupation => "field-meta-occupation",
            MetaOrganisation => "field-meta-organisation",
            MetaSponsor => "field-meta-sponsor",
            MetaVenue => "field-meta-venue",
            MetaCountry => "field-meta-country",
            MetaLanguage => "field-meta-language",
            MetaStart => "field-meta-start",
            MetaEnd => "field-meta-end",
            MetaNotes => "field-meta-notes",
            PriorityFormula => "field-priority-formula",
            Axes => "field-axes",
            PersonRole => "field-person-role",
            PersonName => "field-person-name",
            PersonJobTitle => "field-person-job-title",
            PersonOrganisation => "field-person-organisation",
            PersonCountry => "field-person-country",
            PersonYears => "field-person-years",
            DutyTitle => "field-duty-title",
            TaskStatement => "field-task-statement",
            TaskDuty => "field-task-duty",
            ListItemText => "field-list-item-text",
            ListItemList => "field-list-item-list",
            AcronymTerm => "field-acronym-term",
            AcronymMeaning => "field-acronym-meaning",
            RatingTask => "field-rating-task",
            RatingRater => "field-rating-rater",
            RatingImportance => "field-rating-importance",
            RatingFrequency => "field-rating-frequency",
            RatingDifficulty => "field-rating-difficulty",
            RatingTrain => "field-rating-train",
            ParticipantName => "field-participant-name",
            ParticipantOrganisation => "field-participant-organisation",
            ParticipantCountry => "field-participant-country",
            DriverCategory => "field-driver-category",
            DriverTitle => "field-driver-title",
            DriverDescription => "field-driver-description",
            VoteDriver => "field-vote-driver",
            VoteParticipant => "field-vote-participant",
            VoteUncertainty => "field-vote-uncertainty",
            VoteImpact => "field-vote-impact",
            GroupName => "field-group-name",
            ScenarioQuadrant => "field-scenario-quadrant",
            ScenarioName => "field-scenario-name",
            ScenarioNarrative => "field-scenario-narrative",
            Presence => "field-presence",
        }
    }
}

/// The value of a [`Field`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Value {
    Text(String),
    Number(Option<u32>),
    Flag(Option<bool>),
    Date(#[serde(deserialize_with = "super::date_field::option")] Option<Date>),
    Role(Role),
    Category(Category),
    Quadrant(Quadrant),
    List(ListKind),
    /// A reference to another element (a task's duty, a vote's driver).
    Element(Id),
    Formula(PriorityFormula),
    Axes(Box<Axes>),
    /// The element is there (for [`Field::Presence`]).
    Present,
    /// The element was removed (for [`Field::Presence`]).
    Removed,
}

impl Value {
    /// The same value with element references passed through `map` (after a
    /// merge renames merged elements).
    pub(crate) fn remapped(self, map: &impl Fn(Id) -> Id) -> Value {
        match self {
            Value::Element(id) => Value::Element(map(id)),
            Value::Axes(mut axes) => {
                for axis in [&mut axes.horizontal, &mut axes.vertical]
                    .into_iter()
                    .flatten()
                {
                    axis.subject = match axis.subject {
                        super::AxisSubject::Driver(id) => super::AxisSubject::Driver(map(id)),
                        super::AxisSubject::Group(id) => super::AxisSubject::Group(map(id)),
                    };
                }
                Value::Axes(axes)
            }
            other => other,
        }
    }
}

impl Value {
    /// The value in words, as a message ("yes", "Panel member", "mean
    /// importance × mean frequency (1–25)"); an element it refers to is named
    /// by its id (`merge::describe_value` names it by its code or text).
    pub fn words(&self) -> Text {
        match self {
            Value::Text(text) => Text::new("value-text").with("text", text.as_str()),
            Value::Number(Some(n)) => Text::new("value-number").with("number", n.to_string()),
            Value::Flag(Some(true)) => Text::new("value-yes"),
            Value::Flag(Some(false)) => Text::new("value-no"),
            Value::Date(Some(date)) => Text::new("value-date").with("date", date.to_string()),
            Value::Number(None) | Value::Flag(None) | Value::Date(None) => Text::new("value-blank"),
            Value::Role(role) => Text::new("value-role").with("role", role.key()),
            Value::Category(category) => category.label(),
            Value::Quadrant(quadrant) => {
                Text::new("value-quadrant").with("quadrant", quadrant.key())
            }
            Value::List(list) => list.label(),
            Value::Element(id) => Text::new("describe-element").with("id", id.short()),
            Value::Formula(formula) => formula.describe(),
            Value::Axes(axes) => {
                let side = |axis: &Option<super::Axis>| match axis {
                    Some(a) => Text::new("value-axis")
                        .with("low", a.low_pole.as_str())
                        .with("high", a.high_pole.as_str()),
                    None => Text::new("value-no-axis"),
                };
                Text::new("value-axes")
                    .with("horizontal", side(&axes.horizontal))
                    .with("vertical", side(&axes.vertical))
            }
            Value::Present => Text::new("value-kept"),
            Value::Removed => Text::new("value-removed"),
        }
    }
}

/// English, as the command line and the merge report print it.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.words().fmt(f)
    }
}

/// `records` sorted by element and field (stably), those of one field joined
/// into the first, with each of their values once, in the order met.
fn joined_by_field<T>(
    mut records: Vec<T>,
    key: impl Fn(&T) -> (Id, Field),
    values: impl Fn(&mut T) -> &mut Vec<Alternative>,
) -> Vec<T> {
    records.sort_by_key(&key);
    let mut joined: Vec<T> = Vec::with_capacity(records.len());
    for mut record in records {
        match joined.last_mut() {
            Some(last) if key(last) == key(&record) => {
                let kept = values(last);
                for value in std::mem::take(values(&mut record)) {
                    if !kept.contains(&value) {
                        kept.push(value);
                    }
                }
            }
            _ => joined.push(record),
        }
    }
    joined
}

#[cfg(test)]
mod tests;
