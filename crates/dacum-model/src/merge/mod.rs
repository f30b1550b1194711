//! Merging partner sessions into one consolidated profile, without losing anything.
//!
//! # The n-way merge ([`merge`])
//!
//! - **Same id, same element.** Elements with the same UUID in several inputs are
//!   one element of the result (partners often start from one template). An id
//!   recorded in a consolidated input as merged into another counts as that one.
//! - **Same text, same element.** Duties, tasks, supporting-list items (within one
//!   list), acronyms (term and meaning) and drivers (within one category) with
//!   different ids but the same text (equal
//!   [`same_text_key`](crate::text::same_text_key)s: case, diacritics and
//!   punctuation aside, as the chart's duplicate check compares) are merged automatically —
//!   unless they come from the same input (a partner who wrote a statement twice
//!   meant two cards) or were declared distinct. People, participants, votes,
//!   ratings, groups and scenarios are only ever matched by id: a panel member of
//!   one session is never taken for someone of another.
//! - **The kept id** is the smallest id of the merged elements; the others are
//!   recorded in `provenance.merged`, and every reference (a rating's task, a
//!   vote's driver, a scenario link) is renamed to it.
//! - **The kept wording.** Texts equal after normalisation are one value, but
//!   no wording is lost: the plainest stands for the value and every other is
//!   recorded with the sources that wrote it (`provenance.variants`, "also
//!   written as …"). The plainest wording is the one, in this order of
//!   precedence,
//!   1. with the fewest control, format (bidi overrides and marks, zero-width
//!      spaces and joiners, soft hyphens), line-separator and emoji characters;
//!   2. with the most diacritics and letters such as ß, ł, ø ("Efectuează
//!      percheziții" over "Efectueaza perchezitii"): kept rather than stripped;
//!   3. in sentence case rather than beginning in lower case, and either rather
//!      than all in capitals ("Conduct cell searches" over "CONDUCT CELL
//!      SEARCHES");
//!   4. with the fewest spaces at either end or doubled;
//!   5. in composed form (NFC) rather than decomposed;
//!
//!   then, as for any value, the one held by the most sources, then the one
//!   whose sorted source ids come first, then the first by its text. The rule
//!   looks only at the wordings and their sources, so the choice does not
//!   depend on the order of the inputs.
//! - **Nearly the same text is only proposed** ([`proposals()`], measure and
//!   threshold in [`text::similarity`](crate::text::similarity)): never merged silently. The
//!   search does not compare every pair: an index of word beginnings finds the
//!   only pairs that can reach the threshold (`candidates`), so that 100,000
//!   tasks take seconds, and it provably proposes exactly what comparing every
//!   pair proposes.
//! - **Conflicts.** Each field of an element (a task's statement and its duty, a
//!   driver's title, a vote's scores …) is decided on its own. Values equal after
//!   normalisation count as one value (its wording chosen as above). If the
//!   sources disagree, the value held
//!   by the most sources is kept; a tie goes to the value whose sorted source ids
//!   come first (the smallest source session id). Every other value is recorded
//!   in `provenance.conflicts` with the sources that hold it. So the template
//!   wording shared by seven countries stays, and the two national rewordings
//!   wait for the coordinator. Scenario links and a group's drivers are united.
//! - **Decisions stand.** Resolving a conflict records a decision
//!   (`provenance.decisions`): the values set aside, with the sources that hold
//!   them. When a consolidated input carries a decision, a value it set aside is
//!   not contested again — its sources (a partner's file merged once more, or a
//!   late partner who wrote the same) join the set-aside value; a new value is
//!   a conflict as usual, and so are two decisions that kept different values.
//! - **Votes and ratings** are elements of their own, each belonging to its
//!   participant (or rater) and session, so all of them are kept and the means
//!   reflect every partner. The priority formula and the axes are decided like a
//!   field, among the inputs that set them.
//! - **Provenance.** Every element of the result records the sources that hold
//!   it (`provenance.elements`); `provenance.sources` lists the source sessions
//!   (id, title, country …). A consolidated input contributes its own sources, so
//!   merges can be repeated and chained; an element added to it after its merge
//!   (no recorded sources) counts as the consolidated session's own.
//! - **The result** is a new session whose id and details ([`Meta`]) follow from
//!   the set of sources only: the most common occupation, the countries, the
//!   earliest start and latest end, a note listing the sources.
//!
//! # What is guaranteed (and property-tested in `tests/integration/merge.rs`)
//!
//! - **Nothing is lost:** every element of every input is in the result — as
//!   itself, merged into an element with an equal (normalised) value, or with its
//!   differing value recorded as an alternative (or, once decided, as set aside)
//!   naming its source; every wording of every value is there exactly as
//!   written, as the value or as a variant naming its source; and every detail
//!   of every source session (title, organisation, sponsor, venue, notes …) is
//!   in `provenance.sources`.
//! - **Merging a session with itself changes nothing:** `merge([s, s])` equals
//!   `merge([s])`, whose people, chart, PESTLE map and ratings equal `s`'s
//!   (for a session whose ids are unique, as `check` demands).
//! - **Order independence:** the *content* of the result — its id, details,
//!   elements with their values, the duty of every task, alternatives and
//!   provenance — is the same for every order of the inputs. Only the *layout*
//!   depends on the order: elements follow the first input's order, then the new
//!   elements of the second input in its order, and so on (and so do the ids in
//!   a scenario's links or a group's drivers).
//! - **Idempotence:** merging the result again with any of its inputs gives the
//!   result back, unchanged, byte for byte — also after the coordinator has
//!   resolved its conflicts, whose values then live on as set aside.
//!
//! # The three-way merge ([`merge3`])
//!
//! For git: one file changed on two branches, matched by id, merged field by
//! field against the common ancestor; see the `three_way` module.
//!
//! # Editing a merged session
//!
//! [`Edit::MergeDuplicate`](crate::Edit::MergeDuplicate) accepts a
//! proposal, [`Edit::SetDistinct`](crate::Edit::SetDistinct) rejects one,
//! [`Edit::ResolveConflict`](crate::Edit::ResolveConflict) keeps a value
//! and records the decision,
//! [`Edit::ReopenDecision`](crate::Edit::ReopenDecision) makes the
//! decision an open conflict again; all go through `Session::apply` and can be
//! undone.
//!
//! [`Meta`]: crate::Meta

mod apply;
mod candidates;
mod cluster;
mod describe;
mod element;
mod found;
mod id_map;
mod languages;
mod nway;
mod proposals;
mod report;
mod resolve;
mod sources;
mod survey;
mod three_way;
mod wording;

pub use describe::describe;
pub use element::Kind;
pub use found::Places;
pub use proposals::{Proposal, proposals};
pub use report::{InputSummary, MergeReport, unresolved_conflicts};
pub use three_way::{ThreeWay, merge3};

use dacum_i18n::Text;

use crate::id::Id;
use crate::provenance::{Field, Value};
use crate::session::Session;

/// The value an element holds for a field (for a session-level field, pass the
/// session's own id): the kept value of a conflict. `None` when there is no such
/// element or field.
pub fn field_value(session: &Session, element: Id, field: Field) -> Option<Value> {
    found::field_value(session, element, field)
}

/// An element's kind and the fields a merge compares, with their values.
pub fn element_fields(session: &Session, element: Id) -> Option<(Kind, Vec<(Field, Value)>)> {
    let at = found::find(session, element)?;
    Some((at.kind(), found::fields(session, at)))
}

/// A value in words, naming referenced elements ("duty B \"Supervise …\""),
/// as a message.
pub fn describe_value(session: &Session, value: &Value) -> Text {
    match value {
        Value::Element(id) => describe(session, *id),
        other => other.words(),
    }
}

/// The consolidated session and what the merge did.
#[derive(Clone, Debug)]
pub struct Merged {
    pub session: Session,
    pub report: MergeReport,
}

/// Merges any number of sessions into one consolidated session: see the module
/// documentation for the rules. Never panics; an empty list gives an empty
/// consolidated session.
pub fn merge(inputs: &[Session]) -> Merged {
    let language = languages::result_language(inputs);
    let one_language = inputs
        .iter()
        .all(|s| crate::translation::same_language(&s.meta.language, &language));
    let prepared;
    let inputs_in_language = if one_language {
        inputs
    } else {
        prepared = languages::into_language(inputs, &language);
        &prepared
    };
    let (mut session, counts) = nway::merge_sessions(inputs_in_language);
    if !one_language {
        session.meta.language = language;
    }
    session.translations = languages::merged_translations(inputs_in_language, &session);
    let report = MergeReport::new(inputs, &session, counts.text_merges);
    Merged { session, report }
}
