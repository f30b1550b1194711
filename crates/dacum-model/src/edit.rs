//! Edits: every change to a session is one `Edit` value, applied by
//! [`Session::apply`](super::Session::apply), which returns the edit that undoes it.
//! The UI, the CLI, undo/redo, autosave and tests all go through this one path.

use std::collections::BTreeSet;

use thiserror::Error;

use super::chart::{Acronym, Duty, ListItem, ListKind, Task};
use super::id::Id;
use super::person::Person;
use super::pestle::{Axes, Driver, DriverGroup, Participant, Scenario, Vote};
use super::provenance::{Alternative, Conflict, Field, Value};
use super::session::Meta;
use super::survey::Round;
use super::translation::{TextSlot, Translation};
use super::verification::{PriorityFormula, Rating};

/// One change to a session. `index`/`to` positions are clamped to the list.
///
/// Removing an element also removes every reference to it (its ratings and votes,
/// its place in groups, axes and scenario links); the returned inverse restores them.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    SetMeta(Meta),

    InsertPerson {
        index: usize,
        person: Person,
    },
    UpdatePerson(Person),
    RemovePerson(Id),
    MovePerson {
        id: Id,
        to: usize,
    },

    InsertDuty {
        index: usize,
        duty: Duty,
    },
    SetDutyTitle {
        id: Id,
        title: String,
    },
    RemoveDuty(Id),
    MoveDuty {
        id: Id,
        to: usize,
    },

    InsertTask {
        duty: Id,
        index: usize,
        task: Task,
    },
    SetTaskStatement {
        id: Id,
        statement: String,
    },
    RemoveTask(Id),
    /// Moves a task to position `to` of `duty` (its own duty or another).
    MoveTask {
        id: Id,
        duty: Id,
        to: usize,
    },

    InsertListItem {
        list: ListKind,
        index: usize,
        item: ListItem,
    },
    SetListItemText {
        id: Id,
        text: String,
    },
    RemoveListItem(Id),
    MoveListItem {
        id: Id,
        to: usize,
    },

    InsertAcronym {
        index: usize,
        acronym: Acronym,
    },
    UpdateAcronym(Acronym),
    RemoveAcronym(Id),
    MoveAcronym {
        id: Id,
        to: usize,
    },

    SetPriorityFormula(PriorityFormula),
    /// Replaces the rating with the same id, or adds it at the end.
    PutRating(Rating),
    InsertRating {
        index: usize,
        rating: Rating,
    },
    RemoveRating(Id),

    InsertParticipant {
        index: usize,
        participant: Participant,
    },
    UpdateParticipant(Participant),
    RemoveParticipant(Id),
    MoveParticipant {
        id: Id,
        to: usize,
    },

    InsertDriver {
        index: usize,
        driver: Driver,
    },
    UpdateDriver(Driver),
    RemoveDriver(Id),
    MoveDriver {
        id: Id,
        to: usize,
    },

    /// Replaces the vote with the same id, or adds it at the end.
    PutVote(Vote),
    InsertVote {
        index: usize,
        vote: Vote,
    },
    RemoveVote(Id),

    InsertGroup {
        index: usize,
        group: DriverGroup,
    },
    UpdateGroup(DriverGroup),
    RemoveGroup(Id),

    SetAxes(Axes),

    InsertScenario {
        index: usize,
        scenario: Scenario,
    },
    UpdateScenario(Scenario),
    RemoveScenario(Id),

    /// Accepts a proposed duplicate: `absorb` (a duty, task, list item or driver)
    /// is merged into `keep`, of the same kind. Its ratings, votes, tasks, group
    /// places, axis and scenario links move to `keep`; its sources join `keep`'s;
    /// its differing text becomes an alternative of `keep` (so no wording is lost);
    /// `provenance.merged` records it.
    MergeDuplicate {
        keep: Id,
        absorb: Id,
    },
    /// Rejects a proposed duplicate (`distinct: true`): the pair is never proposed
    /// or merged automatically again. `false` forgets the rejection.
    SetDistinct {
        a: Id,
        b: Id,
        distinct: bool,
    },
    /// Resolves a conflict: the field gets `value` (usually one of the recorded
    /// alternatives, or the kept value), the conflict record is dropped and a
    /// decision records the values set aside with their sources.
    /// `element` is the session's own id for a session-level field.
    ResolveConflict {
        element: Id,
        field: Field,
        value: Value,
    },
    /// Turns a decision back into an open conflict: the values set aside become
    /// its alternatives again; the field keeps its value.
    ReopenDecision {
        element: Id,
        field: Field,
    },
    /// Sets the sources recorded for an element; an empty set removes the entry.
    SetSources {
        element: Id,
        sources: BTreeSet<Id>,
    },
    /// Records that `absorbed` was merged into `kept`; `None` forgets it.
    SetMergedInto {
        absorbed: Id,
        kept: Option<Id>,
    },
    InsertConflict {
        index: usize,
        conflict: Conflict,
    },
    RemoveConflict {
        element: Id,
        field: Field,
    },
    /// Sets the values set aside by the decision on a field (the list stays
    /// ordered by element and field); `None` removes the decision.
    SetDecision {
        element: Id,
        field: Field,
        set_aside: Option<Vec<Alternative>>,
    },
    /// Sets the other wordings recorded for a field (the list stays ordered by
    /// element and field); `None` removes the record.
    SetVariants {
        element: Id,
        field: Field,
        variants: Option<Vec<Alternative>>,
    },

    /// Sets one text's translation into `language` (a BCP 47 tag, stored in its
    /// usual spelling), or removes it with `None`. The working language has no
    /// translations; a text that does not exist cannot get one.
    SetTranslation {
        language: String,
        slot: TextSlot,
        translation: Option<Translation>,
    },

    /// Adds a survey round, with its respondents and answers, at `index`.
    InsertRound {
        index: usize,
        round: Box<Round>,
    },
    /// Replaces the survey round with the same id: how an import adds its
    /// respondents as one undo step. (Rounds are boxed: they are large, and
    /// every edit would otherwise be as large as one.)
    UpdateRound(Box<Round>),
    RemoveRound(Id),

    /// Several edits as one step; all or nothing.
    Batch(Vec<Edit>),
}

/// What a run of typing edits changes: consecutive typing edits with the same
/// target merge into one undo step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypingTarget {
    Meta,
    /// The poles and rationale of the axes of uncertainty.
    Axes,
    Element(Id),
    /// One text's translation into one language.
    Translation(TextSlot),
}

impl Edit {
    /// The catalogue message naming the edit for the Undo/Redo menu items
    /// (`edit-delete-task`: "delete task"; assets/i18n/*/edits.ftl).
    pub fn label(&self) -> &'static str {
        use Edit::{
            Batch, InsertAcronym, InsertConflict, InsertDriver, InsertDuty, InsertGroup,
            InsertListItem, InsertParticipant, InsertPerson, InsertRating, InsertScenario,
            InsertTask, InsertVote, MergeDuplicate, MoveAcronym, MoveDriver, MoveDuty,
            MoveListItem, MoveParticipant, MovePerson, MoveTask, PutRating, PutVote, RemoveAcronym,
            RemoveConflict, RemoveDriver, RemoveDuty, RemoveGroup, RemoveListItem,
            RemoveParticipant, RemovePerson, RemoveRating, RemoveScenario, RemoveTask, RemoveVote,
            ReopenDecision, ResolveConflict, SetAxes, SetDecision, SetDistinct, SetDutyTitle,
            SetListItemText, SetMergedInto, SetMeta, SetPriorityFormula, SetSources,
            SetTaskStatement, SetVariants, UpdateAcronym, UpdateDriver, UpdateGroup,
            UpdateParticipant, UpdatePerson, UpdateScenario,
        };
        match self {
            SetMeta(_) => "edit-session-details",
            InsertPerson { .. } => "edit-add-person",
            UpdatePerson(_) => "edit-edit-person",
            RemovePerson(_) => "edit-delete-person",
            MovePerson { .. } => "edit-move-person",
            InsertDuty { .. } => "edit-add-duty",
            SetDutyTitle { .. } => "edit-edit-duty",
            RemoveDuty(_) => "edit-delete-duty",
            MoveDuty { .. } => "edit-move-duty",
            InsertTask { .. } => "edit-add-task",
            SetTaskStatement { .. } => "edit-edit-task",
            RemoveTask(_) => "edit-delete-task",
            MoveTask { .. } => "edit-move-task",
            InsertListItem { .. } => "edit-add-list-item",
            SetListItemText { .. } => "edit-edit-list-item",
            RemoveListItem(_) => "edit-delete-list-item",
            MoveListItem { .. } => "edit-move-list-item",
            InsertAcronym { .. } => "edit-add-acronym",
            UpdateAcronym(_) => "edit-edit-acronym",
            RemoveAcronym(_) => "edit-delete-acronym",
            MoveAcronym { .. } => "edit-move-acronym",
            SetPriorityFormula(_) => "edit-priority-formula",
            PutRating(_) | InsertRating { .. } => "edit-rate-task",
            RemoveRating(_) => "edit-delete-rating",
            InsertParticipant { .. } => "edit-add-participant",
            UpdateParticipant(_) => "edit-edit-participant",
            RemoveParticipant(_) => "edit-delete-participant",
            MoveParticipant { .. } => "edit-move-participant",
            InsertDriver { .. } => "edit-add-driver",
            UpdateDriver(_) => "edit-edit-driver",
            RemoveDriver(_) => "edit-delete-driver",
            MoveDriver { .. } => "edit-move-driver",
            PutVote(_) | InsertVote { .. } => "edit-vote",
            RemoveVote(_) => "edit-delete-vote",
            InsertGroup { .. } => "edit-group-drivers",
            UpdateGroup(_) => "edit-edit-group",
            RemoveGroup(_) => "edit-delete-group",
            SetAxes(_) => "edit-axes",
            InsertScenario { .. } => "edit-add-scenario",
            UpdateScenario(_) => "edit-edit-scenario",
            RemoveScenario(_) => "edit-delete-scenario",
            MergeDuplicate { .. } => "edit-merge-duplicates",
            SetDistinct { distinct: true, .. } => "edit-mark-distinct",
            SetDistinct {
                distinct: false, ..
            } => "edit-unmark-distinct",
            ResolveConflict { .. } => "edit-resolve-conflict",
            ReopenDecision { .. } => "edit-reopen-conflict",
            SetSources { .. } | SetMergedInto { .. } => "edit-provenance",
            InsertConflict { .. } | RemoveConflict { .. } => "edit-conflicts",
            SetDecision { .. } => "edit-decisions",
            SetVariants { .. } => "edit-variants",
            Edit::SetTranslation {
                translation: None, ..
            } => "edit-remove-translation",
            Edit::SetTranslation { .. } => "edit-edit-translation",
            Edit::InsertRound { .. } => "edit-add-round",
            Edit::UpdateRound(_) => "edit-edit-round",
            Edit::RemoveRound(_) => "edit-delete-round",
            Batch(edits) => match edits.as_slice() {
                [only] => only.label(),
                _ => "edit-several",
            },
        }
    }

    /// The field a typing edit changes; `None` for edits that are never merged.
    pub fn typing_target(&self) -> Option<TypingTarget> {
        use Edit::{
            SetAxes, SetDutyTitle, SetListItemText, SetMeta, SetTaskStatement, UpdateAcronym,
            UpdateDriver, UpdateGroup, UpdateParticipant, UpdatePerson, UpdateScenario,
        };
        let id = match self {
            SetMeta(_) => return Some(TypingTarget::Meta),
            SetAxes(_) => return Some(TypingTarget::Axes),
            UpdatePerson(p) => p.id,
            SetDutyTitle { id, .. } | SetTaskStatement { id, .. } | SetListItemText { id, .. } => {
                *id
            }
            UpdateAcronym(a) => a.id,
            UpdateParticipant(p) => p.id,
            UpdateDriver(d) => d.id,
            UpdateGroup(g) => g.id,
            UpdateScenario(s) => s.id,
            Edit::SetTranslation {
                slot,
                translation: Some(_),
                ..
            } => return Some(TypingTarget::Translation(*slot)),
            _ => return None,
        };
        Some(TypingTarget::Element(id))
    }
}

/// Why an edit could not be applied. The session is unchanged when this is returned.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EditError {
    #[error("no {what} with id {id}")]
    NotFound { what: &'static str, id: Id },
    #[error("id {0} is already used by another element")]
    DuplicateId(Id),
    #[error("{what} must be between 1 and 5, not {value}")]
    OutOfRange { what: &'static str, value: u8 },
    #[error("{0} already has a rating from this rater")]
    DuplicateRating(Id),
    #[error("this participant has already voted on driver {0}")]
    DuplicateVote(Id),
    #[error("that value does not fit the {}", .field.label())]
    WrongValue { field: Field },
    #[error("cannot merge: {0}")]
    CannotMerge(&'static str),
    #[error("a conflict on this field of {0} is already recorded")]
    DuplicateConflict(Id),
    #[error("\"{0}\" is not a language tag (such as \"cs\" or \"de-AT\")")]
    NotALanguage(String),
    #[error(
        "\"{0}\" is the session's working language: its texts are the sources, not translations"
    )]
    WorkingLanguage(String),
    #[error("there is no text {0} to translate")]
    NoSuchText(String),
}
