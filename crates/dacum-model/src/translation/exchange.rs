//! Translations that come back from a translator (an XLIFF file, the two-column
//! form): the units read from the file, checked against the session as a whole,
//! and turned into one edit, or refused with the first unit that does not fit,
//! so nothing is imported from a file with a mistake in it.

use std::collections::{BTreeMap, BTreeSet};

use super::{SourceHash, Status, TextSlot, Translation, canonical_language, same_language};
use crate::edit::Edit;
use crate::session::Session;

/// Where a unit stands in the file it came from (line and column, from 1).
pub type Position = (usize, usize);

/// One translated text as a file holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// The slot's key ([`TextSlot::key`]): an element id, "….description",
    /// "axis.horizontal.low".
    pub key: String,
    /// The source text the translator saw.
    pub source: String,
    /// The translation; empty when the translator left the unit alone.
    pub target: String,
    /// Marked as checked (XLIFF `state="final"`, `approved="yes"`).
    pub reviewed: bool,
    pub position: Position,
}

/// Why a file's translations cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitError {
    pub position: Option<Position>,
    pub message: String,
}

/// What an import will do, before it is applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    pub language: String,
    /// One `Batch` of `SetTranslation`s: one undo step. Empty when nothing changes.
    pub edit: Edit,
    /// Translations added or changed.
    pub imported: usize,
    /// Units the same as the session's translations already.
    pub unchanged: usize,
    /// Units with no translation in them.
    pub empty: usize,
    /// Units whose source text has changed since the file was made: imported as
    /// drafts and shown as stale, by their code (or key).
    pub source_changed: Vec<String>,
}

/// Which of the two languages a file names an error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Source,
    Target,
}

/// Checks the languages a file names: the target must be a language tag other
/// than the session's working language, and the source, when the file names
/// one, must be the working language. The error says which of the two is wrong,
/// so a reader that knows where the file names them (the form's header cells)
/// can point there.
pub fn check_languages(
    session: &Session,
    source_language: Option<&str>,
    language: &str,
) -> Result<(), (Side, String)> {
    if !super::is_language_tag(language) {
        return Err((
            Side::Target,
            format!("\"{language}\" is not a language tag (such as \"cs\" or \"de-AT\")"),
        ));
    }
    let working = session.working_language();
    if same_language(language, &working) {
        return Err((
            Side::Target,
            format!(
                "the file translates into {language}, which is the session's working language: there is nothing to translate into"
            ),
        ));
    }
    if let Some(source) = source_language.filter(|s| !same_language(s, &working)) {
        return Err((
            Side::Source,
            format!(
                "the file translates from {source}, but the session's working language is {working}"
            ),
        ));
    }
    Ok(())
}

/// Checks every unit against the session and plans the import into `language`.
/// `source_language`, when the file names one, must be the session's working
/// language ([`check_languages`]; its errors come without a position).
pub fn plan_import(
    session: &Session,
    source_language: Option<&str>,
    language: &str,
    units: &[Unit],
) -> Result<Import, UnitError> {
    let refuse = |position, message: String| UnitError { position, message };
    check_languages(session, source_language, language)
        .map_err(|(_, message)| refuse(None, message))?;
    let language = canonical_language(language);
    let slots: BTreeMap<String, (TextSlot, String)> = session
        .text_slots()
        .into_iter()
        .map(|s| (s.slot.key(), (s.slot, s.code)))
        .collect();
    let mut seen = BTreeSet::new();
    let mut plan = Import {
        language: language.clone(),
        edit: Edit::Batch(Vec::new()),
        imported: 0,
        unchanged: 0,
        empty: 0,
        source_changed: Vec::new(),
    };
    let mut edits = Vec::new();
    for unit in units {
        let Some((slot, code)) = slots.get(unit.key.trim()) else {
            return Err(refuse(
                Some(unit.position),
                format!(
                    "no text of this session has the id \"{}\" (was the file made from another session?)",
                    unit.key
                ),
            ));
        };
        if !seen.insert(*slot) {
            return Err(refuse(
                Some(unit.position),
                format!("the id \"{}\" appears twice in the file", unit.key),
            ));
        }
        if unit.target.trim().is_empty() {
            plan.empty += 1;
            continue;
        }
        let current = session.source_text(*slot).unwrap_or_default();
        let changed = SourceHash::of(current) != SourceHash::of(&unit.source);
        let status = if unit.reviewed && !changed {
            Status::Reviewed
        } else {
            Status::Draft
        };
        let translation = Translation {
            text: unit.target.clone(),
            status,
            source: SourceHash::of(&unit.source),
        };
        if changed {
            plan.source_changed.push(if code.is_empty() {
                unit.key.clone()
            } else {
                code.clone()
            });
        }
        if session.translations.get(&language, *slot) == Some(&translation) {
            plan.unchanged += 1;
            continue;
        }
        plan.imported += 1;
        edits.push(Edit::SetTranslation {
            language: language.clone(),
            slot: *slot,
            translation: Some(translation),
        });
    }
    plan.edit = Edit::Batch(edits);
    Ok(plan)
}

/// The units of a session for a translator: every text with its translation into
/// `language` (empty where there is none).
pub fn units_for(session: &Session, language: &str) -> Vec<(super::Slot, Unit, super::State)> {
    session
        .text_slots()
        .into_iter()
        .map(|slot| {
            let source = session
                .source_text(slot.slot)
                .unwrap_or_default()
                .to_owned();
            let state = session.translation_state(language, slot.slot);
            let translation = session.translations.get(language, slot.slot);
            let unit = Unit {
                key: slot.slot.key(),
                source,
                target: translation.map(|t| t.text.clone()).unwrap_or_default(),
                reviewed: state == super::State::Reviewed,
                position: (0, 0),
            };
            (slot, unit, state)
        })
        .collect()
}
