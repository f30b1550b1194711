//! The guarantees of the n-way merge, property-tested over partner sessions that
//! start from a random template and each drop, reword and add elements: nothing
//! is lost, merging a session with itself changes nothing, the content does not
//! depend on the order of the inputs, and merging the result again with one of
//! its inputs gives the result back.

use std::collections::BTreeSet;
use std::path::Path;

use dacum_model::merge::{self, element_fields, field_value};
use dacum_model::text::same_text_key;
use dacum_model::*;
use proptest::prelude::*;

use dacum_model::strategies;

/// How one partner changes the template: (session id, country, which tasks to
/// drop, which to reword and how, extra elements of its own, copies of
/// template statements under new ids in another spelling).
type Change = (u128, usize, u64, u64, Session, u64);

const REWORDINGS: [&str; 3] = [
    "Conduct cell searches",
    "conduct  CELL searches",
    "Efectuează percheziții",
];
const COUNTRIES: [&str; 5] = ["RO", "CZ", "DE", "LT", "GR"];

fn partner(template: &Session, (id, country, drop, reword, extra, copy): Change) -> Session {
    let mut s = template.clone();
    s.id = Id::from_u128(id);
    s.meta.country = COUNTRIES[country % COUNTRIES.len()].to_owned();
    s.meta.title = format!("National DACUM {}", s.meta.country);
    let tasks: Vec<(Id, String)> = s
        .chart
        .tasks()
        .map(|(_, _, t)| (t.id, t.statement.clone()))
        .collect();
    for (i, (task, statement)) in tasks.iter().enumerate() {
        let bit = |mask: u64| mask >> (i % 64) & 1 == 1;
        if bit(drop) && i % 3 == 0 {
            let _ = s.apply(Edit::RemoveTask(*task));
        } else if bit(reword) && i % 2 == 0 {
            let statement = REWORDINGS[(reword as usize + i) % REWORDINGS.len()].to_owned();
            let _ = s.apply(Edit::SetTaskStatement {
                id: *task,
                statement,
            });
        } else if bit(copy)
            && let Some(duty) = s.chart.duties.first().map(|d| d.id)
        {
            // The same statement under a new id, written differently: merged by text.
            let seed = u128::from(copy) << 32 | (i as u128) << 16 | id;
            let task = Task {
                id: Id::from_u128(seed),
                statement: format!(" {} ", statement.to_uppercase()),
            };
            let _ = s.apply(Edit::InsertTask {
                duty,
                index: 0,
                task,
            });
        }
    }
    // The partner's own duties, people, participants, drivers and votes.
    for duty in extra.chart.duties {
        let _ = s.apply(Edit::InsertDuty {
            index: usize::MAX,
            duty,
        });
    }
    for person in extra.people {
        let _ = s.apply(Edit::InsertPerson {
            index: usize::MAX,
            person,
        });
    }
    for participant in extra.pestle.participants {
        let _ = s.apply(Edit::InsertParticipant {
            index: usize::MAX,
            participant,
        });
    }
    for driver in extra.pestle.drivers {
        let _ = s.apply(Edit::InsertDriver {
            index: usize::MAX,
            driver,
        });
    }
    for vote in extra.pestle.votes {
        let _ = s.apply(Edit::InsertVote {
            index: usize::MAX,
            vote,
        });
    }
    s
}

fn change() -> impl Strategy<Value = Change> {
    (
        any::<u128>(),
        0usize..5,
        any::<u64>(),
        any::<u64>(),
        strategies::session(),
        any::<u64>(),
    )
}

/// A template and one to four partner sessions made from it.
pub fn partners() -> impl Strategy<Value = Vec<Session>> {
    (
        strategies::session(),
        proptest::collection::vec(change(), 1..5),
    )
        .prop_map(|(template, changes)| {
            changes.into_iter().map(|c| partner(&template, c)).collect()
        })
}

/// Every element of every input is in the result: as itself or merged into an
/// element, each field's value exactly as the input wrote it, or recorded as
/// an alternative, a value set aside or another wording, from its source.
fn nothing_lost(inputs: &[Session], result: &Session) -> Result<(), TestCaseError> {
    let provenance = &result.provenance;
    let rename = |id: Id| provenance.current_id(id);
    for input in inputs {
        for id in input.element_ids() {
            let Some((kind, fields)) = element_fields(input, id) else {
                continue;
            };
            let kept = rename(id);
            let found = element_fields(result, kept);
            prop_assert!(
                found.as_ref().is_some_and(|(k, _)| *k == kind),
                "{kind:?} {id:?} is missing"
            );
            let sources = provenance.elements.get(&kept);
            prop_assert!(
                sources.is_some_and(|s| s.contains(&input.id)),
                "{id:?} lost its source"
            );
            for (field, value) in fields {
                let value = match value {
                    Value::Element(r) => Value::Element(rename(r)),
                    v => v,
                };
                let now = field_value(result, kept, field);
                let held = |alternatives: &[Alternative]| {
                    alternatives
                        .iter()
                        .any(|a| a.value == value && a.sources.contains(&input.id))
                };
                let alternative = provenance
                    .conflict(kept, field)
                    .is_some_and(|c| held(&c.alternatives));
                let set_aside = provenance
                    .decision(kept, field)
                    .is_some_and(|d| held(&d.set_aside));
                let variant = held(provenance.variants_of(kept, field));
                prop_assert!(
                    now.as_ref() == Some(&value) || alternative || set_aside || variant,
                    "{kind:?} {id:?} {field:?}: {value:?} is neither kept ({now:?}) nor an \
                     alternative nor set aside nor another wording"
                );
            }
        }
        for scenario in &input.pestle.scenarios {
            let merged = result
                .pestle
                .scenarios
                .iter()
                .find(|s| s.id == rename(scenario.id));
            let links: BTreeSet<Id> = merged
                .map(|s| s.links.iter().copied().collect())
                .unwrap_or_default();
            prop_assert!(scenario.links.iter().all(|l| links.contains(&rename(*l))));
        }
        if input.pestle.axes != Axes::default() {
            let axes = Value::Axes(Box::new(input.pestle.axes.clone()));
            let kept = field_value(result, result.id, Field::Axes).map(|v| v == axes);
            let alternative = provenance
                .conflict(result.id, Field::Axes)
                .is_some_and(|c| c.alternatives.iter().any(|a| a.value == axes));
            let set_aside = provenance
                .decision(result.id, Field::Axes)
                .is_some_and(|d| d.set_aside.iter().any(|a| a.value == axes));
            prop_assert!(kept == Some(true) || alternative || set_aside, "axes lost");
        }
    }
    Ok(())
}

/// The content of a session without its layout: every list sorted by id.
fn content(session: &Session) -> Session {
    let mut s = session.clone();
    s.people.sort_by_key(|p| p.id);
    s.chart.duties.sort_by_key(|d| d.id);
    for duty in &mut s.chart.duties {
        duty.tasks.sort_by_key(|t| t.id);
    }
    for list in ListKind::ALL {
        s.chart.list_mut(list).sort_by_key(|i| i.id);
    }
    s.chart.acronyms.sort_by_key(|a| a.id);
    s.verification.ratings.sort_by_key(|r| r.id);
    let p = &mut s.pestle;
    p.participants.sort_by_key(|x| x.id);
    p.drivers.sort_by_key(|x| x.id);
    p.votes.sort_by_key(|x| x.id);
    p.groups.sort_by_key(|x| x.id);
    p.scenarios.sort_by_key(|x| x.id);
    for group in &mut p.groups {
        group.drivers.sort();
    }
    for scenario in &mut p.scenarios {
        scenario.links.sort();
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn nothing_is_lost(inputs in partners()) {
        let merged = merge::merge(&inputs).session;
        nothing_lost(&inputs, &merged)?;
        // The conflicts, alternatives and provenance survive saving.
        let text = dacum_store::to_ron(&merged).expect("serialises");
        let loaded = dacum_store::parse_session(text.as_bytes(), Path::new("merged.ron"));
        prop_assert_eq!(loaded.ok(), Some(merged));
    }

    #[test]
    fn merging_a_session_with_itself_changes_nothing(session in strategies::session()) {
        let alone = merge::merge(std::slice::from_ref(&session)).session;
        let twice = merge::merge(&[session.clone(), session.clone()]).session;
        prop_assert_eq!(&twice, &alone);
        prop_assert_eq!(&alone.people, &session.people);
        prop_assert_eq!(&alone.chart, &session.chart);
        prop_assert_eq!(&alone.pestle, &session.pestle);
        prop_assert_eq!(&alone.verification, &session.verification);
        prop_assert!(alone.provenance.conflicts.is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn the_content_does_not_depend_on_the_order_of_the_inputs(
        inputs in partners(),
        rotate in 0usize..4,
    ) {
        let merged = merge::merge(&inputs).session;
        let mut others = inputs.clone();
        others.rotate_left(rotate % inputs.len());
        others.reverse();
        let reordered = merge::merge(&others).session;
        prop_assert_eq!(content(&reordered), content(&merged));
        // The layout: the first input's duties in its order, then the new duties
        // of the next input, and so on.
        let mut expected: Vec<Id> = Vec::new();
        for input in &inputs {
            for duty in &input.chart.duties {
                let id = merged.provenance.current_id(duty.id);
                if !expected.contains(&id) {
                    expected.push(id);
                }
            }
        }
        let duties: Vec<Id> = merged.chart.duties.iter().map(|d| d.id).collect();
        prop_assert_eq!(duties, expected);
    }

    #[test]
    fn merging_the_result_again_with_an_input_changes_nothing(
        inputs in partners(),
        which in any::<usize>(),
    ) {
        let merged = merge::merge(&inputs).session;
        let input = &inputs[which % inputs.len()];
        let again = merge::merge(&[merged.clone(), input.clone()]).session;
        prop_assert_eq!(&again, &merged);
        prop_assert_eq!(dacum_store::to_ron(&again).ok(), dacum_store::to_ron(&merged).ok());
        let before = merge::merge(&[input.clone(), merged.clone()]).session;
        prop_assert_eq!(content(&before), content(&merged));
        let alone = merge::merge(std::slice::from_ref(&merged)).session;
        prop_assert_eq!(&alone, &merged);
    }
}

/// The merge of the inputs with every conflict resolved: `picks` choose, per
/// conflict, the value held now (0) or one of the alternatives.
fn resolved(inputs: &[Session], picks: &[usize]) -> Result<Session, TestCaseError> {
    let unique = |ids: &[Id]| ids.iter().collect::<BTreeSet<_>>().len() == ids.len();
    if !inputs.iter().all(|input| unique(&input.element_ids())) {
        return Err(TestCaseError::reject("an input's ids are not unique"));
    }
    let mut session = merge::merge(inputs).session;
    let ids = session.element_ids();
    if ids.contains(&session.id) || !unique(&ids) {
        // Ids are unique in a real session (`check` demands it); random ones
        // can collide, and then an edit cannot tell the elements apart.
        return Err(TestCaseError::reject("ids are not unique"));
    }
    let twins_before = twins(&session);
    let conflicts = session.provenance.conflicts.clone();
    for (i, conflict) in conflicts.iter().enumerate() {
        let pick = picks.get(i).copied().unwrap_or(0) % (conflict.alternatives.len() + 1);
        let value = match pick {
            0 => field_value(&session, conflict.element, conflict.field),
            n => Some(conflict.alternatives[n - 1].value.clone()),
        };
        let Some(value) = value else {
            return Err(TestCaseError::fail(format!("no value for {conflict:?}")));
        };
        let edit = Edit::ResolveConflict {
            element: conflict.element,
            field: conflict.field,
            value,
        };
        session
            .apply(edit)
            .map_err(|e| TestCaseError::fail(format!("{conflict:?}: {e}")))?;
    }
    if twins(&session) > twins_before {
        // A wording chosen for one element is another's: a later merge joins
        // the two by their text, as it joins any two elements written alike.
        return Err(TestCaseError::reject("a resolution wrote an existing text"));
    }
    Ok(session)
}

/// How many elements share their normalised text with another of their kind
/// (the texts a merge joins elements by).
fn twins(session: &Session) -> usize {
    let chart = &session.chart;
    let mut keys: Vec<String> = Vec::new();
    keys.extend(
        chart
            .duties
            .iter()
            .map(|d| format!("duty {}", same_text_key(&d.title))),
    );
    keys.extend(
        chart
            .tasks()
            .map(|(_, _, t)| format!("task {}", same_text_key(&t.statement))),
    );
    for list in ListKind::ALL {
        let items = chart.list(list).iter();
        keys.extend(items.map(|i| format!("{list:?} {}", same_text_key(&i.text))));
    }
    keys.extend(chart.acronyms.iter().map(|a| {
        format!(
            "acronym {} {}",
            same_text_key(&a.term),
            same_text_key(&a.meaning)
        )
    }));
    let drivers = session.pestle.drivers.iter();
    keys.extend(drivers.map(|d| format!("{:?} {}", d.category, same_text_key(&d.title))));
    let distinct: BTreeSet<&String> = keys.iter().collect();
    keys.len() - distinct.len()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn decisions_lose_nothing_and_stand_when_an_input_is_merged_again(
        inputs in partners(),
        picks in proptest::collection::vec(any::<usize>(), 0..16),
        which in any::<usize>(),
    ) {
        let session = resolved(&inputs, &picks)?;
        prop_assert!(session.provenance.conflicts.is_empty());
        nothing_lost(&inputs, &session)?;
        let input = &inputs[which % inputs.len()];
        let again = merge::merge(&[session.clone(), input.clone()]).session;
        // A resolved wording can make the input's copy of another element read
        // like it, and then the merge joins the two by their text, as it joins
        // any elements written alike; that is not a decision's doing.
        prop_assume!(again.provenance.merged.len() == session.provenance.merged.len());
        prop_assert_eq!(&again, &session, "a decision was reopened or changed");
        let before = merge::merge(&[input.clone(), session.clone()]).session;
        prop_assert_eq!(content(&before), content(&session));
        let text = dacum_store::to_ron(&session).expect("serialises");
        let loaded = dacum_store::parse_session(text.as_bytes(), Path::new("resolved.ron"));
        prop_assert_eq!(loaded.ok(), Some(session));
    }
}

/// A session whose provenance is random (dangling sources, merged-id cycles,
/// conflicts on missing elements) and whose first duty may appear twice.
fn odd_session() -> impl Strategy<Value = Session> {
    (
        strategies::session(),
        strategies::provenance(),
        any::<bool>(),
    )
        .prop_map(|(mut session, provenance, duplicate)| {
            session.provenance = provenance;
            if duplicate && let Some(duty) = session.chart.duties.first().cloned() {
                session.chart.duties.push(duty);
            }
            session
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn merging_odd_sessions_never_panics(inputs in proptest::collection::vec(odd_session(), 1..4)) {
        let merged = merge::merge(&inputs);
        let _ = merged.report.details(&merged.session);
        let _ = merge::merge(&[merged.session.clone(), inputs[0].clone()]);
        let last = &inputs[inputs.len() - 1];
        let three = merge::merge3(&inputs[0], last, &merged.session);
        let _ = merge::unresolved_conflicts(&three.session);
    }
}

/// The details of a source session as the consolidated session keeps them,
/// field by field: a field added to `Meta` must be added here too.
fn meta_of(source: &SourceSession) -> Meta {
    Meta {
        title: source.title.clone(),
        occupation: source.occupation.clone(),
        organisation: source.organisation.clone(),
        sponsor: source.sponsor.clone(),
        venue: source.venue.clone(),
        country: source.country.clone(),
        language: source.language.clone(),
        start: source.start,
        end: source.end,
        notes: source.notes.clone(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Every detail of every source (organisation, sponsor, venue, notes …) is in
    /// the consolidated session's provenance, survives saving, and is still there
    /// when the consolidated session is merged again with another session.
    #[test]
    fn every_source_keeps_all_its_details(
        inputs in proptest::collection::vec(strategies::session(), 1..4),
        late in strategies::session(),
    ) {
        let ids: BTreeSet<Id> = inputs.iter().chain([&late]).map(|s| s.id).collect();
        prop_assume!(ids.len() == inputs.len() + 1);
        let merged = merge::merge(&inputs).session;
        let text = dacum_store::to_ron(&merged).expect("serialises");
        let loaded = dacum_store::parse_session(text.as_bytes(), Path::new("merged.ron"));
        prop_assert_eq!(loaded.as_ref().ok(), Some(&merged));
        let again = merge::merge(&[merged.clone(), late.clone()]).session;
        for session in [&merged, &again] {
            for input in inputs.iter().chain(std::iter::once(&late)) {
                if std::ptr::eq(session, &merged) && input.id == late.id {
                    continue;
                }
                let source = session.provenance.sources.iter().find(|s| s.id == input.id);
                prop_assert_eq!(source.map(meta_of), Some(input.meta.clone()));
            }
        }
    }
}
