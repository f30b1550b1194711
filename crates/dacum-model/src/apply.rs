//! Applying edits: the one function that changes a session. Each application
//! returns the inverse edit, which is how undo and redo work.

use super::apply_bulk::Bulk;
use super::edit::{Edit, EditError};
use super::id::{HasId, Id};
use super::pestle::{Axes, AxisSubject};
use super::session::Session;
use super::translation::{
    AxisSide, TextSlot, Translation, canonical_language, is_language_tag, same_language,
};
use super::verification::SCALE;

impl Session {
    /// Applies an edit and returns the edit that undoes it. On error the session is
    /// left exactly as it was.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        use Edit::{
            Batch, InsertAcronym, InsertConflict, InsertDriver, InsertDuty, InsertGroup,
            InsertListItem, InsertParticipant, InsertPerson, InsertRating, InsertRound,
            InsertScenario, InsertTask, InsertVote, MergeDuplicate, MoveAcronym, MoveDriver,
            MoveDuty, MoveListItem, MoveParticipant, MovePerson, MoveTask, PutRating, PutVote,
            RemoveAcronym, RemoveConflict, RemoveDriver, RemoveDuty, RemoveGroup, RemoveListItem,
            RemoveParticipant, RemovePerson, RemoveRating, RemoveRound, RemoveScenario, RemoveTask,
            RemoveVote, ReopenDecision, ResolveConflict, SetAxes, SetDecision, SetDistinct,
            SetDutyTitle, SetListItemText, SetMergedInto, SetMeta, SetPriorityFormula, SetSources,
            SetTaskStatement, SetTranslation, SetVariants, UpdateAcronym, UpdateDriver,
            UpdateGroup, UpdateParticipant, UpdatePerson, UpdateRound, UpdateScenario,
        };
        let inverse = match edit {
            SetMeta(meta) => SetMeta(std::mem::replace(&mut self.meta, meta)),

            InsertPerson { index, person } => {
                self.ensure_new_id(person.id)?;
                let id = person.id;
                insert_at(&mut self.people, index, person);
                RemovePerson(id)
            }
            UpdatePerson(person) => UpdatePerson(replace(&mut self.people, person, "person")?),
            RemovePerson(id) => {
                let (index, person) = remove(&mut self.people, id, "person")?;
                let mut undo = vec![InsertPerson { index, person }];
                undo.extend(self.remove_ratings_where(|r| r.rater == id));
                batch(undo)
            }
            MovePerson { id, to } => MovePerson {
                id,
                to: move_to(&mut self.people, id, to, "person")?,
            },

            InsertDuty { index, duty } => {
                // The duty's and its tasks' ids must be new to the session and
                // differ from each other.
                let mut own = std::collections::BTreeSet::new();
                for id in std::iter::once(duty.id).chain(duty.tasks.iter().map(|t| t.id)) {
                    self.ensure_new_id(id)?;
                    if !own.insert(id) {
                        return Err(EditError::DuplicateId(id));
                    }
                }
                let id = duty.id;
                insert_at(&mut self.chart.duties, index, duty);
                RemoveDuty(id)
            }
            SetDutyTitle { id, title } => {
                let duty = self.chart.duties.iter_mut().find(|d| d.id == id);
                let duty = duty.ok_or(EditError::NotFound { what: "duty", id })?;
                SetDutyTitle {
                    id,
                    title: std::mem::replace(&mut duty.title, title),
                }
            }
            RemoveDuty(id) => {
                let (index, duty) = remove(&mut self.chart.duties, id, "duty")?;
                let task_ids: Vec<Id> = duty.tasks.iter().map(|t| t.id).collect();
                let mut undo = vec![InsertDuty { index, duty }];
                undo.extend(self.remove_references_to_tasks(&task_ids));
                undo.extend(self.remove_translations_of(&[id]));
                batch(undo)
            }
            MoveDuty { id, to } => MoveDuty {
                id,
                to: move_to(&mut self.chart.duties, id, to, "duty")?,
            },

            InsertTask { duty, index, task } => {
                self.ensure_new_id(task.id)?;
                let id = task.id;
                let duty = self.duty_mut(duty)?;
                insert_at(&mut duty.tasks, index, task);
                RemoveTask(id)
            }
            SetTaskStatement { id, statement } => {
                let (d, t) = self
                    .chart
                    .find_task(id)
                    .ok_or(EditError::NotFound { what: "task", id })?;
                let old =
                    std::mem::replace(&mut self.chart.duties[d].tasks[t].statement, statement);
                SetTaskStatement { id, statement: old }
            }
            RemoveTask(id) => {
                let (d, index) = self
                    .chart
                    .find_task(id)
                    .ok_or(EditError::NotFound { what: "task", id })?;
                let duty = &mut self.chart.duties[d];
                let task = duty.tasks.remove(index);
                let mut undo = vec![InsertTask {
                    duty: duty.id,
                    index,
                    task,
                }];
                undo.extend(self.remove_references_to_tasks(&[id]));
                batch(undo)
            }
            MoveTask { id, duty, to } => {
                let (from_d, from_t) = self
                    .chart
                    .find_task(id)
                    .ok_or(EditError::NotFound { what: "task", id })?;
                let target = self.chart.find_duty(duty).ok_or(EditError::NotFound {
                    what: "duty",
                    id: duty,
                })?;
                let from_duty = self.chart.duties[from_d].id;
                let task = self.chart.duties[from_d].tasks.remove(from_t);
                insert_at(&mut self.chart.duties[target].tasks, to, task);
                MoveTask {
                    id,
                    duty: from_duty,
                    to: from_t,
                }
            }

            InsertListItem { list, index, item } => {
                self.ensure_new_id(item.id)?;
                let id = item.id;
                insert_at(self.chart.list_mut(list), index, item);
                RemoveListItem(id)
            }
            SetListItemText { id, text } => {
                let (list, index) = self.find_list_item(id)?;
                let old = std::mem::replace(&mut self.chart.list_mut(list)[index].text, text);
                SetListItemText { id, text: old }
            }
            RemoveListItem(id) => {
                let (list, index) = self.find_list_item(id)?;
                let item = self.chart.list_mut(list).remove(index);
                let mut undo = vec![InsertListItem { list, index, item }];
                undo.extend(self.remove_scenario_links(&[id]));
                undo.extend(self.remove_translations_of(&[id]));
                batch(undo)
            }
            MoveListItem { id, to } => {
                let (list, _) = self.find_list_item(id)?;
                MoveListItem {
                    id,
                    to: move_to(self.chart.list_mut(list), id, to, "list item")?,
                }
            }

            InsertAcronym { index, acronym } => {
                self.ensure_new_id(acronym.id)?;
                let id = acronym.id;
                insert_at(&mut self.chart.acronyms, index, acronym);
                RemoveAcronym(id)
            }
            UpdateAcronym(acronym) => {
                UpdateAcronym(replace(&mut self.chart.acronyms, acronym, "acronym")?)
            }
            RemoveAcronym(id) => {
                let (index, acronym) = remove(&mut self.chart.acronyms, id, "acronym")?;
                let mut undo = vec![InsertAcronym { index, acronym }];
                undo.extend(self.remove_translations_of(&[id]));
                batch(undo)
            }
            MoveAcronym { id, to } => MoveAcronym {
                id,
                to: move_to(&mut self.chart.acronyms, id, to, "acronym")?,
            },

            SetPriorityFormula(formula) => {
                SetPriorityFormula(std::mem::replace(&mut self.verification.priority, formula))
            }
            PutRating(rating) => {
                for (what, score) in [
                    ("importance", rating.importance),
                    ("frequency", rating.frequency),
                    ("difficulty", rating.difficulty),
                ] {
                    check_score(what, score)?;
                }
                let ratings = &self.verification.ratings;
                if ratings
                    .iter()
                    .any(|r| r.id != rating.id && r.task == rating.task && r.rater == rating.rater)
                {
                    return Err(EditError::DuplicateRating(rating.task));
                }
                if ratings.iter().any(|r| r.id == rating.id) {
                    PutRating(replace(&mut self.verification.ratings, rating, "rating")?)
                } else {
                    self.ensure_new_id(rating.id)?;
                    let id = rating.id;
                    self.verification.ratings.push(rating);
                    RemoveRating(id)
                }
            }
            InsertRating { index, rating } => {
                self.ensure_new_id(rating.id)?;
                let id = rating.id;
                insert_at(&mut self.verification.ratings, index, rating);
                RemoveRating(id)
            }
            RemoveRating(id) => {
                let (index, rating) = remove(&mut self.verification.ratings, id, "rating")?;
                InsertRating { index, rating }
            }

            InsertParticipant { index, participant } => {
                self.ensure_new_id(participant.id)?;
                let id = participant.id;
                insert_at(&mut self.pestle.participants, index, participant);
                RemoveParticipant(id)
            }
            UpdateParticipant(p) => {
                UpdateParticipant(replace(&mut self.pestle.participants, p, "participant")?)
            }
            RemoveParticipant(id) => {
                let (index, participant) =
                    remove(&mut self.pestle.participants, id, "participant")?;
                let mut undo = vec![InsertParticipant { index, participant }];
                undo.extend(self.remove_votes_where(|v| v.participant == id));
                batch(undo)
            }
            MoveParticipant { id, to } => MoveParticipant {
                id,
                to: move_to(&mut self.pestle.participants, id, to, "participant")?,
            },

            InsertDriver { index, driver } => {
                self.ensure_new_id(driver.id)?;
                let id = driver.id;
                insert_at(&mut self.pestle.drivers, index, driver);
                RemoveDriver(id)
            }
            UpdateDriver(driver) => {
                UpdateDriver(replace(&mut self.pestle.drivers, driver, "driver")?)
            }
            RemoveDriver(id) => {
                let (index, driver) = remove(&mut self.pestle.drivers, id, "driver")?;
                let mut undo = vec![InsertDriver { index, driver }];
                undo.extend(self.remove_votes_where(|v| v.driver == id));
                for group in &mut self.pestle.groups {
                    if group.drivers.contains(&id) {
                        undo.push(UpdateGroup(group.clone()));
                        group.drivers.retain(|d| *d != id);
                    }
                }
                undo.extend(self.clear_axes_on(AxisSubject::Driver(id)));
                undo.extend(self.remove_translations_of(&[id]));
                batch(undo)
            }
            MoveDriver { id, to } => MoveDriver {
                id,
                to: move_to(&mut self.pestle.drivers, id, to, "driver")?,
            },

            PutVote(vote) => {
                check_score("uncertainty", Some(vote.uncertainty))?;
                check_score("impact", Some(vote.impact))?;
                let votes = &self.pestle.votes;
                if votes.iter().any(|v| {
                    v.id != vote.id && v.driver == vote.driver && v.participant == vote.participant
                }) {
                    return Err(EditError::DuplicateVote(vote.driver));
                }
                if votes.iter().any(|v| v.id == vote.id) {
                    PutVote(replace(&mut self.pestle.votes, vote, "vote")?)
                } else {
                    self.ensure_new_id(vote.id)?;
                    let id = vote.id;
                    self.pestle.votes.push(vote);
                    RemoveVote(id)
                }
            }
            InsertVote { index, vote } => {
                self.ensure_new_id(vote.id)?;
                let id = vote.id;
                insert_at(&mut self.pestle.votes, index, vote);
                RemoveVote(id)
            }
            RemoveVote(id) => {
                let (index, vote) = remove(&mut self.pestle.votes, id, "vote")?;
                InsertVote { index, vote }
            }

            InsertGroup { index, group } => {
                self.ensure_new_id(group.id)?;
                let id = group.id;
                insert_at(&mut self.pestle.groups, index, group);
                RemoveGroup(id)
            }
            UpdateGroup(group) => {
                UpdateGroup(replace(&mut self.pestle.groups, group, "driver group")?)
            }
            RemoveGroup(id) => {
                let (index, group) = remove(&mut self.pestle.groups, id, "driver group")?;
                let mut undo = vec![InsertGroup { index, group }];
                undo.extend(self.clear_axes_on(AxisSubject::Group(id)));
                batch(undo)
            }

            SetAxes(axes) => {
                let gone: Vec<AxisSide> = AxisSide::BOTH
                    .into_iter()
                    .filter(|side| side.of(&axes).is_none())
                    .collect();
                let mut undo = vec![SetAxes(std::mem::replace(&mut self.pestle.axes, axes))];
                undo.extend(self.remove_translations_where(|slot| {
                    slot.axis().is_some_and(|side| gone.contains(&side))
                }));
                batch(undo)
            }

            InsertScenario { index, scenario } => {
                self.ensure_new_id(scenario.id)?;
                let id = scenario.id;
                insert_at(&mut self.pestle.scenarios, index, scenario);
                RemoveScenario(id)
            }
            UpdateScenario(s) => {
                UpdateScenario(replace(&mut self.pestle.scenarios, s, "scenario")?)
            }
            RemoveScenario(id) => {
                let (index, scenario) = remove(&mut self.pestle.scenarios, id, "scenario")?;
                let mut undo = vec![InsertScenario { index, scenario }];
                undo.extend(self.remove_translations_of(&[id]));
                batch(undo)
            }

            SetTranslation {
                language,
                slot,
                translation,
            } => self.set_translation(&language, slot, translation)?,

            InsertRound { index, round } => {
                if self.survey.round(round.id).is_some() {
                    return Err(EditError::DuplicateId(round.id));
                }
                let id = round.id;
                insert_at(&mut self.survey.rounds, index, *round);
                RemoveRound(id)
            }
            UpdateRound(round) => UpdateRound(Box::new(replace(
                &mut self.survey.rounds,
                *round,
                "survey round",
            )?)),
            RemoveRound(id) => {
                let (index, round) = remove(&mut self.survey.rounds, id, "survey round")?;
                InsertRound {
                    index,
                    round: Box::new(round),
                }
            }

            edit @ (MergeDuplicate { .. }
            | SetDistinct { .. }
            | ResolveConflict { .. }
            | ReopenDecision { .. }
            | SetSources { .. }
            | SetMergedInto { .. }
            | InsertConflict { .. }
            | RemoveConflict { .. }
            | SetDecision { .. }
            | SetVariants { .. }) => self.apply_merge_edit(edit)?,

            Batch(edits) => self.apply_batch(edits)?,
        };
        Ok(inverse)
    }

    /// Applies edits in order; if one fails, the ones already applied are undone.
    fn apply_batch(&mut self, edits: Vec<Edit>) -> Result<Edit, EditError> {
        // A CSV import of thousands of rows, and its undo, in one pass.
        let edits = match self.apply_bulk(edits) {
            Bulk::Done(result) => return result,
            Bulk::NotBulk(edits) => edits,
        };
        let mut inverses = Vec::with_capacity(edits.len());
        for edit in edits {
            match self.apply(edit) {
                Ok(inverse) => inverses.push(inverse),
                Err(error) => {
                    for inverse in inverses.into_iter().rev() {
                        // Each inverse was produced by a successful edit on this very
                        // state, so applying it cannot fail.
                        let _ = self.apply(inverse);
                    }
                    return Err(error);
                }
            }
        }
        inverses.reverse();
        Ok(Edit::Batch(inverses))
    }

    fn ensure_new_id(&self, id: Id) -> Result<(), EditError> {
        if self.element_ids().contains(&id) {
            Err(EditError::DuplicateId(id))
        } else {
            Ok(())
        }
    }

    fn duty_mut(&mut self, id: Id) -> Result<&mut super::chart::Duty, EditError> {
        self.chart
            .duties
            .iter_mut()
            .find(|d| d.id == id)
            .ok_or(EditError::NotFound { what: "duty", id })
    }

    fn find_list_item(&self, id: Id) -> Result<(super::chart::ListKind, usize), EditError> {
        self.chart.find_list_item(id).ok_or(EditError::NotFound {
            what: "list item",
            id,
        })
    }

    /// Removes the ratings of removed tasks, their scenario links and
    /// translations; returns the edits that put them back.
    fn remove_references_to_tasks(&mut self, tasks: &[Id]) -> Vec<Edit> {
        let mut undo = self.remove_ratings_where(|r| tasks.contains(&r.task));
        undo.extend(self.remove_scenario_links(tasks));
        undo.extend(self.remove_translations_of(tasks));
        undo
    }

    /// Removes every translation of the texts of removed elements; returns the
    /// edits that put them back (after the elements themselves).
    fn remove_translations_of(&mut self, elements: &[Id]) -> Vec<Edit> {
        self.remove_translations_where(|slot| slot.element().is_some_and(|e| elements.contains(&e)))
    }

    fn remove_translations_where(&mut self, doomed: impl Fn(TextSlot) -> bool) -> Vec<Edit> {
        let gone: Vec<(String, TextSlot)> = self
            .translations
            .of_slots(doomed)
            .into_iter()
            .map(|(language, slot, _)| (language.to_owned(), slot))
            .collect();
        gone.into_iter()
            .filter_map(|(language, slot)| {
                let old = self.translations.put(&language, slot, None)?;
                Some(Edit::SetTranslation {
                    language,
                    slot,
                    translation: Some(old),
                })
            })
            .collect()
    }

    fn set_translation(
        &mut self,
        language: &str,
        slot: TextSlot,
        translation: Option<Translation>,
    ) -> Result<Edit, EditError> {
        if !is_language_tag(language) {
            return Err(EditError::NotALanguage(language.to_owned()));
        }
        let language = canonical_language(language);
        if translation.is_some() {
            if same_language(&language, &self.meta.language) {
                return Err(EditError::WorkingLanguage(language));
            }
            if self.source_text(slot).is_none() {
                return Err(EditError::NoSuchText(slot.key()));
            }
        }
        let old = self.translations.put(&language, slot, translation);
        Ok(Edit::SetTranslation {
            language,
            slot,
            translation: old,
        })
    }

    fn remove_ratings_where(
        &mut self,
        doomed: impl Fn(&super::verification::Rating) -> bool,
    ) -> Vec<Edit> {
        remove_where(&mut self.verification.ratings, doomed)
            .into_iter()
            .map(|(index, rating)| Edit::InsertRating { index, rating })
            .collect()
    }

    fn remove_votes_where(&mut self, doomed: impl Fn(&super::pestle::Vote) -> bool) -> Vec<Edit> {
        remove_where(&mut self.pestle.votes, doomed)
            .into_iter()
            .map(|(index, vote)| Edit::InsertVote { index, vote })
            .collect()
    }

    fn remove_scenario_links(&mut self, targets: &[Id]) -> Vec<Edit> {
        let mut undo = Vec::new();
        for scenario in &mut self.pestle.scenarios {
            if scenario.links.iter().any(|l| targets.contains(l)) {
                undo.push(Edit::UpdateScenario(scenario.clone()));
                scenario.links.retain(|l| !targets.contains(l));
            }
        }
        undo
    }

    fn clear_axes_on(&mut self, subject: AxisSubject) -> Vec<Edit> {
        let axes = &mut self.pestle.axes;
        let old: Axes = axes.clone();
        let mut cleared = Vec::new();
        for (side, axis) in AxisSide::BOTH
            .into_iter()
            .zip([&mut axes.horizontal, &mut axes.vertical])
        {
            if axis.as_ref().is_some_and(|a| a.subject == subject) {
                *axis = None;
                cleared.push(side);
            }
        }
        if cleared.is_empty() {
            return Vec::new();
        }
        let mut undo = vec![Edit::SetAxes(old)];
        undo.extend(self.remove_translations_where(|slot| {
            slot.axis().is_some_and(|side| cleared.contains(&side))
        }));
        undo
    }
}

fn check_score(what: &'static str, score: Option<u8>) -> Result<(), EditError> {
    match score {
        Some(value) if !SCALE.contains(&value) => Err(EditError::OutOfRange { what, value }),
        _ => Ok(()),
    }
}

/// A single inverse stays itself; several become one batch applied in order.
fn batch(mut edits: Vec<Edit>) -> Edit {
    if edits.len() == 1 {
        edits.remove(0)
    } else {
        Edit::Batch(edits)
    }
}

fn insert_at<T>(list: &mut Vec<T>, index: usize, item: T) {
    let index = index.min(list.len());
    list.insert(index, item);
}

fn remove<T: HasId>(
    list: &mut Vec<T>,
    id: Id,
    what: &'static str,
) -> Result<(usize, T), EditError> {
    let index = list
        .iter()
        .position(|x| x.id() == id)
        .ok_or(EditError::NotFound { what, id })?;
    Ok((index, list.remove(index)))
}

/// Replaces the element with the same id and returns the old one.
fn replace<T: HasId>(list: &mut [T], item: T, what: &'static str) -> Result<T, EditError> {
    let id = item.id();
    let slot = list
        .iter_mut()
        .find(|x| x.id() == id)
        .ok_or(EditError::NotFound { what, id })?;
    Ok(std::mem::replace(slot, item))
}

/// Moves an element to position `to` (clamped) and returns where it was.
fn move_to<T: HasId>(
    list: &mut Vec<T>,
    id: Id,
    to: usize,
    what: &'static str,
) -> Result<usize, EditError> {
    let (from, item) = remove(list, id, what)?;
    insert_at(list, to, item);
    Ok(from)
}

/// Removes matching elements; returns them with their original positions, in
/// ascending order, so inserting them back in that order restores the list.
fn remove_where<T>(list: &mut Vec<T>, doomed: impl Fn(&T) -> bool) -> Vec<(usize, T)> {
    let mut removed = Vec::new();
    let mut kept = Vec::with_capacity(list.len());
    for (index, item) in std::mem::take(list).into_iter().enumerate() {
        if doomed(&item) {
            removed.push((index, item));
        } else {
            kept.push(item);
        }
    }
    *list = kept;
    removed
}
