//! Applying the merge edits — accept a proposed duplicate, reject one, resolve a
//! conflict — and the provenance edits their inverses are made of. The
//! high-level edits expand into a `Batch` of smaller edits, so their inverse is
//! that batch's inverse and undo restores everything exactly.

use std::collections::BTreeSet;

use super::element::Kind;
use super::found::{Found, field_value, fields, find, set_field_edits};
use super::resolve::{Contribution, set_aside_except};
use crate::edit::{Edit, EditError};
use crate::id::Id;
use crate::pestle::AxisSubject;
use crate::provenance::{Alternative, Conflict, Decision, Field, Value, Variants, ordered};
use crate::session::Session;
use crate::text::same_text_key;

impl Session {
    /// Applies one of the merge and provenance edits; called by `Session::apply`.
    pub(crate) fn apply_merge_edit(&mut self, edit: Edit) -> Result<Edit, EditError> {
        let provenance = &mut self.provenance;
        Ok(match edit {
            Edit::MergeDuplicate { .. }
            | Edit::ResolveConflict { .. }
            | Edit::ReopenDecision { .. } => {
                return self.apply_merge_batch(edit);
            }
            Edit::SetDistinct { a, b, distinct } => {
                let pair = ordered(a, b);
                let was = if distinct {
                    !provenance.distinct.insert(pair)
                } else {
                    provenance.distinct.remove(&pair)
                };
                Edit::SetDistinct {
                    a,
                    b,
                    distinct: was,
                }
            }
            Edit::SetSources { element, sources } => {
                let old = if sources.is_empty() {
                    provenance.elements.remove(&element)
                } else {
                    provenance.elements.insert(element, sources)
                };
                Edit::SetSources {
                    element,
                    sources: old.unwrap_or_default(),
                }
            }
            Edit::SetMergedInto { absorbed, kept } => {
                let old = match kept {
                    Some(kept) => provenance.merged.insert(absorbed, kept),
                    None => provenance.merged.remove(&absorbed),
                };
                Edit::SetMergedInto {
                    absorbed,
                    kept: old,
                }
            }
            Edit::InsertConflict { index, conflict } => {
                let (element, field) = (conflict.element, conflict.field);
                if provenance.conflict(element, field).is_some() {
                    return Err(EditError::DuplicateConflict(element));
                }
                let conflicts = &mut provenance.conflicts;
                conflicts.insert(index.min(conflicts.len()), conflict);
                Edit::RemoveConflict { element, field }
            }
            Edit::RemoveConflict { element, field } => {
                let conflicts = &mut provenance.conflicts;
                let index = conflicts
                    .iter()
                    .position(|c| c.element == element && c.field == field)
                    .ok_or(EditError::NotFound {
                        what: "conflict",
                        id: element,
                    })?;
                let conflict = conflicts.remove(index);
                Edit::InsertConflict { index, conflict }
            }
            Edit::SetDecision {
                element,
                field,
                set_aside,
            } => {
                let decisions = &mut provenance.decisions;
                let at =
                    decisions.binary_search_by_key(&(element, field), |d| (d.element, d.field));
                let old = match (at, set_aside) {
                    (Ok(i), Some(set_aside)) => {
                        Some(std::mem::replace(&mut decisions[i].set_aside, set_aside))
                    }
                    (Ok(i), None) => Some(decisions.remove(i).set_aside),
                    (Err(i), Some(set_aside)) => {
                        let decision = Decision {
                            element,
                            field,
                            set_aside,
                        };
                        decisions.insert(i, decision);
                        None
                    }
                    (Err(_), None) => None,
                };
                Edit::SetDecision {
                    element,
                    field,
                    set_aside: old,
                }
            }
            Edit::SetVariants {
                element,
                field,
                variants,
            } => {
                let records = &mut provenance.variants;
                let at = records.binary_search_by_key(&(element, field), |v| (v.element, v.field));
                let old = match (at, variants) {
                    (Ok(i), Some(variants)) => {
                        Some(std::mem::replace(&mut records[i].variants, variants))
                    }
                    (Ok(i), None) => Some(records.remove(i).variants),
                    (Err(i), Some(variants)) => {
                        let record = Variants {
                            element,
                            field,
                            variants,
                        };
                        records.insert(i, record);
                        None
                    }
                    (Err(_), None) => None,
                };
                Edit::SetVariants {
                    element,
                    field,
                    variants: old,
                }
            }
            other => return self.apply(other),
        })
    }

    /// The two edits that expand into a batch of smaller ones.
    fn apply_merge_batch(&mut self, edit: Edit) -> Result<Edit, EditError> {
        let steps = match edit {
            Edit::MergeDuplicate { keep, absorb } => merge_duplicate_edits(self, keep, absorb)?,
            Edit::ResolveConflict {
                element,
                field,
                value,
            } => {
                if self.provenance.conflict(element, field).is_none() {
                    return Err(EditError::NotFound {
                        what: "conflict",
                        id: element,
                    });
                }
                let set_aside = set_aside_by(self, element, field, &value);
                // A value naming an element merged since (a duty absorbed by a
                // duplicate) means the element it was merged into.
                let value = match value {
                    Value::Element(id) => Value::Element(self.provenance.current_id(id)),
                    other => other,
                };
                let mut steps = set_field_edits(self, element, field, value)?;
                steps.push(Edit::RemoveConflict { element, field });
                steps.push(Edit::SetDecision {
                    element,
                    field,
                    set_aside: Some(set_aside),
                });
                steps
            }
            Edit::ReopenDecision { element, field } => {
                let provenance = &self.provenance;
                let decision = provenance
                    .decision(element, field)
                    .ok_or(EditError::NotFound {
                        what: "decision",
                        id: element,
                    })?;
                // A conflict may have arisen on the field since (a duplicate
                // accepted into the element): the values set aside join it.
                let open = provenance.conflict(element, field);
                let contributions = decision
                    .set_aside
                    .iter()
                    .chain(open.into_iter().flat_map(|c| &c.alternatives))
                    .map(Contribution::of)
                    .collect();
                let alternatives = match field_value(self, element, field) {
                    Some(current) => set_aside_except(contributions, &current),
                    None => set_aside_except(contributions, &Value::Present),
                };
                let conflicts = &provenance.conflicts;
                let index = conflicts.partition_point(|c| (c.element, c.field) < (element, field));
                let mut steps = vec![Edit::SetDecision {
                    element,
                    field,
                    set_aside: None,
                }];
                if open.is_some() {
                    steps.push(Edit::RemoveConflict { element, field });
                }
                if !alternatives.is_empty() {
                    let conflict = Conflict {
                        element,
                        field,
                        alternatives,
                    };
                    steps.push(Edit::InsertConflict { index, conflict });
                }
                steps
            }
            other => return self.apply(other),
        };
        self.apply(Edit::Batch(steps))
    }
}

/// The values a resolution of the conflict on `element`'s `field` sets aside,
/// with the sources that hold them: the conflict's alternatives, the value the
/// field holds now (with the sources of the element that hold no alternative),
/// and what an earlier decision set aside — all but `chosen`.
fn set_aside_by(session: &Session, element: Id, field: Field, chosen: &Value) -> Vec<Alternative> {
    let provenance = &session.provenance;
    let alternatives = provenance
        .conflict(element, field)
        .map(|c| c.alternatives.as_slice())
        .unwrap_or_default();
    let earlier = provenance
        .decision(element, field)
        .map(|d| d.set_aside.as_slice())
        .unwrap_or_default();
    let mut contributions: Vec<Contribution> = alternatives
        .iter()
        .chain(earlier)
        .map(Contribution::of)
        .collect();
    if let Some(current) = field_value(session, element, field) {
        let mut holders: BTreeSet<Id> = if element == session.id {
            provenance.sources.iter().map(|s| s.id).collect()
        } else {
            provenance
                .elements
                .get(&element)
                .cloned()
                .unwrap_or_default()
        };
        for alternative in alternatives {
            for source in &alternative.sources {
                holders.remove(source);
            }
        }
        contributions.push(Contribution {
            value: current,
            sources: holders,
            note: String::new(),
        });
    }
    set_aside_except(contributions, chosen)
}

/// The edits that merge `absorb` into `keep`: references move to `keep`,
/// provenance is united, `absorb`'s differing values become alternatives of
/// `keep`, and `absorb` is removed.
fn merge_duplicate_edits(session: &Session, keep: Id, absorb: Id) -> Result<Vec<Edit>, EditError> {
    let not_found = |id| EditError::NotFound {
        what: "element",
        id,
    };
    let kept_at = find(session, keep).ok_or(not_found(keep))?;
    let absorbed_at = find(session, absorb).ok_or(not_found(absorb))?;
    if keep == absorb {
        return Err(EditError::CannotMerge(
            "an element cannot be merged into itself",
        ));
    }
    if kept_at.kind() != absorbed_at.kind() {
        return Err(EditError::CannotMerge(
            "only elements of one kind can be merged",
        ));
    }
    let pestle = &session.pestle;
    let mut edits = Vec::new();
    let relink = |links: &[Id]| -> Vec<Id> {
        let mut out: Vec<Id> = Vec::with_capacity(links.len());
        for &l in links {
            let l = if l == absorb { keep } else { l };
            if !out.contains(&l) {
                out.push(l);
            }
        }
        out
    };
    match kept_at.kind() {
        Kind::Task => {
            for (index, rating) in session.verification.ratings.iter().enumerate() {
                if rating.task == absorb {
                    edits.push(Edit::RemoveRating(rating.id));
                    let mut moved = rating.clone();
                    moved.task = keep;
                    edits.push(Edit::InsertRating {
                        index,
                        rating: moved,
                    });
                }
            }
        }
        Kind::Duty => {
            if let Found::Duty(d) = absorbed_at {
                for task in &session.chart.duties[d].tasks {
                    edits.push(Edit::MoveTask {
                        id: task.id,
                        duty: keep,
                        to: usize::MAX,
                    });
                }
            }
        }
        Kind::Driver => {
            for (index, vote) in pestle.votes.iter().enumerate() {
                if vote.driver == absorb {
                    edits.push(Edit::RemoveVote(vote.id));
                    let mut moved = vote.clone();
                    moved.driver = keep;
                    edits.push(Edit::InsertVote { index, vote: moved });
                }
            }
            for group in pestle.groups.iter().filter(|g| g.drivers.contains(&absorb)) {
                let mut group = group.clone();
                group.drivers = relink(&group.drivers);
                edits.push(Edit::UpdateGroup(group));
            }
            let mut axes = pestle.axes.clone();
            let mut moved = false;
            for axis in [&mut axes.horizontal, &mut axes.vertical]
                .into_iter()
                .flatten()
            {
                if axis.subject == AxisSubject::Driver(absorb) {
                    axis.subject = AxisSubject::Driver(keep);
                    moved = true;
                }
            }
            if moved {
                edits.push(Edit::SetAxes(axes));
            }
        }
        Kind::ListItem => {}
        _ => {
            return Err(EditError::CannotMerge(
                "only duties, tasks, list items and drivers can be merged",
            ));
        }
    }
    for scenario in pestle
        .scenarios
        .iter()
        .filter(|s| s.links.contains(&absorb))
    {
        let mut scenario = scenario.clone();
        scenario.links = relink(&scenario.links);
        edits.push(Edit::UpdateScenario(scenario));
    }
    edits.extend(provenance_edits(
        session,
        keep,
        kept_at,
        absorb,
        absorbed_at,
    ));
    edits.extend(rename_in_conflicts(session, keep, absorb));
    edits.extend(translations_moved(session, keep, absorb));
    edits.push(super::found::remove_edit(absorbed_at, absorb));
    Ok(edits)
}

/// The absorbed element's translations, in the languages the kept one has none
/// in, become the kept one's (so a translator's work is not lost with the
/// duplicate); the rest go with it.
fn translations_moved(session: &Session, keep: Id, absorb: Id) -> Vec<Edit> {
    let translations = &session.translations;
    translations
        .of_slots(|slot| slot.element() == Some(absorb))
        .into_iter()
        .filter_map(|(language, slot, translation)| {
            let kept = slot.of_element(keep);
            (session.source_text(kept).is_some() && translations.get(language, kept).is_none())
                .then(|| Edit::SetTranslation {
                    language: language.to_owned(),
                    slot: kept,
                    translation: Some(translation.clone()),
                })
        })
        .collect()
}

/// Conflicts of other elements whose values name `absorb` (a task's duty, a
/// rating's task) are renamed to `keep`; alternatives that then say what the
/// element holds are dropped, and so is a record left with none.
fn rename_in_conflicts(session: &Session, keep: Id, absorb: Id) -> Vec<Edit> {
    let rename = |id: Id| if id == absorb { keep } else { id };
    let mut edits = Vec::new();
    for (index, conflict) in session.provenance.conflicts.iter().enumerate() {
        let names_absorbed = conflict
            .alternatives
            .iter()
            .any(|a| a.value == Value::Element(absorb));
        if !names_absorbed {
            continue;
        }
        let kept = super::found::field_value(session, conflict.element, conflict.field)
            .map(|v| v.remapped(&rename));
        let mut alternatives = Vec::new();
        for alternative in &conflict.alternatives {
            let renamed = Alternative {
                value: alternative.value.clone().remapped(&rename),
                ..alternative.clone()
            };
            // References, not wordings: nothing to record as a variant.
            let _ = add_alternative(&mut alternatives, kept.as_ref(), renamed);
        }
        edits.push(Edit::RemoveConflict {
            element: conflict.element,
            field: conflict.field,
        });
        if !alternatives.is_empty() {
            edits.push(Edit::InsertConflict {
                index,
                conflict: Conflict {
                    alternatives,
                    ..conflict.clone()
                },
            });
        }
    }
    edits
}

fn provenance_edits(
    session: &Session,
    keep: Id,
    kept_at: Found,
    absorb: Id,
    absorbed_at: Found,
) -> Vec<Edit> {
    let provenance = &session.provenance;
    let mut edits = Vec::new();
    let absorbed_sources = provenance
        .elements
        .get(&absorb)
        .cloned()
        .unwrap_or_default();
    if !absorbed_sources.is_empty() {
        let mut united = provenance.elements.get(&keep).cloned().unwrap_or_default();
        united.extend(absorbed_sources.iter().copied());
        edits.push(Edit::SetSources {
            element: keep,
            sources: united,
        });
        edits.push(Edit::SetSources {
            element: absorb,
            sources: BTreeSet::new(),
        });
    }
    for (&earlier, &into) in &provenance.merged {
        if into == absorb {
            edits.push(Edit::SetMergedInto {
                absorbed: earlier,
                kept: Some(keep),
            });
        }
    }
    edits.push(Edit::SetMergedInto {
        absorbed: absorb,
        kept: Some(keep),
    });
    // Every value of the absorbed element that differs from the kept one, and every
    // alternative recorded for it, becomes an alternative of the kept element;
    // another wording of a value the kept element has becomes a variant.
    let kept_values = fields(session, kept_at);
    let mut written: Vec<(Field, Vec<Alternative>)> = Vec::new();
    for (field, value) in fields(session, absorbed_at) {
        let mut extra = Vec::new();
        let kept_value = kept_values
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, v)| v);
        let mut alternatives: Vec<Alternative> = provenance
            .conflict(keep, field)
            .map(|c| c.alternatives.clone())
            .unwrap_or_default();
        let before = alternatives.clone();
        let absorbed_record = provenance.conflict(absorb, field);
        if let Some(record) = absorbed_record {
            edits.push(Edit::RemoveConflict {
                element: absorb,
                field,
            });
            for alternative in &record.alternatives {
                extra.extend(add_alternative(
                    &mut alternatives,
                    kept_value,
                    alternative.clone(),
                ));
            }
        }
        extra.extend(add_alternative(
            &mut alternatives,
            kept_value,
            Alternative {
                value,
                sources: absorbed_sources.clone(),
                note: "merged duplicate".to_owned(),
            },
        ));
        written.push((field, extra));
        if alternatives != before {
            let index = provenance
                .conflicts
                .iter()
                .position(|c| c.element == keep && c.field == field);
            if index.is_some() {
                edits.push(Edit::RemoveConflict {
                    element: keep,
                    field,
                });
            }
            edits.push(Edit::InsertConflict {
                index: index.unwrap_or(usize::MAX),
                conflict: Conflict {
                    element: keep,
                    field,
                    alternatives,
                },
            });
        }
    }
    edits.extend(variant_edits(session, keep, absorb, written));
    // What was set aside for the absorbed element stays set aside, now for the
    // kept one.
    for decision in provenance.decisions.iter().filter(|d| d.element == absorb) {
        let field = decision.field;
        let earlier = provenance.decision(keep, field);
        let contributions = decision
            .set_aside
            .iter()
            .chain(earlier.into_iter().flat_map(|d| &d.set_aside))
            .map(Contribution::of)
            .collect();
        let kept_value = field_value(session, keep, field).unwrap_or(Value::Present);
        let set_aside = set_aside_except(contributions, &kept_value);
        edits.push(Edit::SetDecision {
            element: absorb,
            field,
            set_aside: None,
        });
        edits.push(Edit::SetDecision {
            element: keep,
            field,
            set_aside: (!set_aside.is_empty()).then_some(set_aside),
        });
    }
    edits
}

/// The other wordings of the kept element after `absorb` is merged into it:
/// its own, the absorbed element's, and the wordings `written` that the merge
/// found equal after normalisation to a value the kept element holds.
fn variant_edits(
    session: &Session,
    keep: Id,
    absorb: Id,
    written: Vec<(Field, Vec<Alternative>)>,
) -> Vec<Edit> {
    let provenance = &session.provenance;
    let mut by_field: Vec<(Field, Vec<Alternative>)> = written;
    for record in provenance.variants.iter().filter(|v| v.element == absorb) {
        match by_field.iter_mut().find(|(f, _)| *f == record.field) {
            Some((_, list)) => list.extend(record.variants.iter().cloned()),
            None => by_field.push((record.field, record.variants.clone())),
        }
    }
    let mut edits = Vec::new();
    for (field, extra) in by_field {
        if extra.is_empty() {
            continue;
        }
        let mut variants: Vec<Alternative> = provenance.variants_of(keep, field).to_vec();
        for variant in extra {
            match variants.iter_mut().find(|v| v.value == variant.value) {
                Some(v) => v.sources.extend(variant.sources),
                None => variants.push(variant),
            }
        }
        if !provenance.variants_of(absorb, field).is_empty() {
            edits.push(Edit::SetVariants {
                element: absorb,
                field,
                variants: None,
            });
        }
        edits.push(Edit::SetVariants {
            element: keep,
            field,
            variants: Some(variants),
        });
    }
    edits
}

/// Adds an alternative unless the kept value or a recorded alternative already
/// says the same (then their sources are united). Returns the new wording when
/// it is the same after normalisation as a value already there but written
/// differently: another wording, to be recorded as a variant.
fn add_alternative(
    list: &mut Vec<Alternative>,
    kept: Option<&Value>,
    new: Alternative,
) -> Option<Alternative> {
    let same = |a: &Value, b: &Value| match (a, b) {
        (Value::Text(a), Value::Text(b)) => same_text_key(a) == same_text_key(b),
        (a, b) => a == b,
    };
    if let Some(kept) = kept.filter(|k| same(k, &new.value)) {
        return (*kept != new.value).then_some(new);
    }
    match list.iter_mut().find(|a| same(&a.value, &new.value)) {
        Some(existing) => {
            existing.sources.extend(new.sources.iter().copied());
            (existing.value != new.value).then_some(new)
        }
        None => {
            list.push(new);
            None
        }
    }
}
