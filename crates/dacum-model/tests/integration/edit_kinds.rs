//! Every kind of `Edit`, named, so the edit property test can check that it
//! generates them all.
//!
//! The coverage is checked by the compiler and by a test: `kind_of` matches every
//! `Edit` variant with no wildcard, so a new variant does not compile until it has
//! a `Kind`; `random_edits::build` matches every `Kind` with no wildcard, so a new
//! kind has a generator; and `every_kind_is_generated_applied_and_refused` (in
//! `every_edit.rs`) fails if a kind is never generated and applied.

use dacum_model::Edit;

/// Declares `Kind` (one per `Edit` variant, same names) and `ALL`, its list.
macro_rules! kinds {
    ($($kind:ident),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
        pub enum Kind { $($kind),* }
        pub const ALL: &[Kind] = &[$(Kind::$kind),*];
    };
}

kinds!(
    SetMeta,
    InsertPerson,
    UpdatePerson,
    RemovePerson,
    MovePerson,
    InsertDuty,
    SetDutyTitle,
    RemoveDuty,
    MoveDuty,
    InsertTask,
    SetTaskStatement,
    RemoveTask,
    MoveTask,
    InsertListItem,
    SetListItemText,
    RemoveListItem,
    MoveListItem,
    InsertAcronym,
    UpdateAcronym,
    RemoveAcronym,
    MoveAcronym,
    SetPriorityFormula,
    PutRating,
    InsertRating,
    RemoveRating,
    InsertParticipant,
    UpdateParticipant,
    RemoveParticipant,
    MoveParticipant,
    InsertDriver,
    UpdateDriver,
    RemoveDriver,
    MoveDriver,
    PutVote,
    InsertVote,
    RemoveVote,
    InsertGroup,
    UpdateGroup,
    RemoveGroup,
    SetAxes,
    InsertScenario,
    UpdateScenario,
    RemoveScenario,
    MergeDuplicate,
    SetDistinct,
    ResolveConflict,
    ReopenDecision,
    SetSources,
    SetMergedInto,
    InsertConflict,
    RemoveConflict,
    SetDecision,
    SetVariants,
    SetTranslation,
    InsertRound,
    UpdateRound,
    RemoveRound,
    Batch,
);

/// The kind of an edit. No wildcard: a new `Edit` variant must be added here.
pub fn kind_of(edit: &Edit) -> Kind {
    match edit {
        Edit::SetMeta(_) => Kind::SetMeta,
        Edit::InsertPerson { .. } => Kind::InsertPerson,
        Edit::UpdatePerson(_) => Kind::UpdatePerson,
        Edit::RemovePerson(_) => Kind::RemovePerson,
        Edit::MovePerson { .. } => Kind::MovePerson,
        Edit::InsertDuty { .. } => Kind::InsertDuty,
        Edit::SetDutyTitle { .. } => Kind::SetDutyTitle,
        Edit::RemoveDuty(_) => Kind::RemoveDuty,
        Edit::MoveDuty { .. } => Kind::MoveDuty,
        Edit::InsertTask { .. } => Kind::InsertTask,
        Edit::SetTaskStatement { .. } => Kind::SetTaskStatement,
        Edit::RemoveTask(_) => Kind::RemoveTask,
        Edit::MoveTask { .. } => Kind::MoveTask,
        Edit::InsertListItem { .. } => Kind::InsertListItem,
        Edit::SetListItemText { .. } => Kind::SetListItemText,
        Edit::RemoveListItem(_) => Kind::RemoveListItem,
        Edit::MoveListItem { .. } => Kind::MoveListItem,
        Edit::InsertAcronym { .. } => Kind::InsertAcronym,
        Edit::UpdateAcronym(_) => Kind::UpdateAcronym,
        Edit::RemoveAcronym(_) => Kind::RemoveAcronym,
        Edit::MoveAcronym { .. } => Kind::MoveAcronym,
        Edit::SetPriorityFormula(_) => Kind::SetPriorityFormula,
        Edit::PutRating(_) => Kind::PutRating,
        Edit::InsertRating { .. } => Kind::InsertRating,
        Edit::RemoveRating(_) => Kind::RemoveRating,
        Edit::InsertParticipant { .. } => Kind::InsertParticipant,
        Edit::UpdateParticipant(_) => Kind::UpdateParticipant,
        Edit::RemoveParticipant(_) => Kind::RemoveParticipant,
        Edit::MoveParticipant { .. } => Kind::MoveParticipant,
        Edit::InsertDriver { .. } => Kind::InsertDriver,
        Edit::UpdateDriver(_) => Kind::UpdateDriver,
        Edit::RemoveDriver(_) => Kind::RemoveDriver,
        Edit::MoveDriver { .. } => Kind::MoveDriver,
        Edit::PutVote(_) => Kind::PutVote,
        Edit::InsertVote { .. } => Kind::InsertVote,
        Edit::RemoveVote(_) => Kind::RemoveVote,
        Edit::InsertGroup { .. } => Kind::InsertGroup,
        Edit::UpdateGroup(_) => Kind::UpdateGroup,
        Edit::RemoveGroup(_) => Kind::RemoveGroup,
        Edit::SetAxes(_) => Kind::SetAxes,
        Edit::InsertScenario { .. } => Kind::InsertScenario,
        Edit::UpdateScenario(_) => Kind::UpdateScenario,
        Edit::RemoveScenario(_) => Kind::RemoveScenario,
        Edit::MergeDuplicate { .. } => Kind::MergeDuplicate,
        Edit::SetDistinct { .. } => Kind::SetDistinct,
        Edit::ResolveConflict { .. } => Kind::ResolveConflict,
        Edit::ReopenDecision { .. } => Kind::ReopenDecision,
        Edit::SetSources { .. } => Kind::SetSources,
        Edit::SetMergedInto { .. } => Kind::SetMergedInto,
        Edit::InsertConflict { .. } => Kind::InsertConflict,
        Edit::RemoveConflict { .. } => Kind::RemoveConflict,
        Edit::SetDecision { .. } => Kind::SetDecision,
        Edit::SetVariants { .. } => Kind::SetVariants,
        Edit::SetTranslation { .. } => Kind::SetTranslation,
        Edit::InsertRound { .. } => Kind::InsertRound,
        Edit::UpdateRound(_) => Kind::UpdateRound,
        Edit::RemoveRound(_) => Kind::RemoveRound,
        Edit::Batch(_) => Kind::Batch,
    }
}
