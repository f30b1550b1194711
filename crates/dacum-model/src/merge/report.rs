//! What a merge did, in numbers and in words: the summary the `merge` command
//! prints and the fuller report it can write.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use dacum_i18n::Text;

use super::describe::describe;
use super::describe_value;
use super::element::Kind;
use super::proposals::{Proposal, proposals};
use crate::id::Id;
use crate::problem::{Problem, Severity};
use crate::provenance::Value;
use crate::session::Session;

/// One input of a merge.
#[derive(Clone, Debug, PartialEq)]
pub struct InputSummary {
    pub id: Id,
    pub title: String,
    pub country: String,
    /// Its working language.
    pub language: String,
    /// How many elements (people, duties, tasks, list items, votes …) it holds.
    pub elements: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MergeReport {
    pub inputs: Vec<InputSummary>,
    /// Elements in the result.
    pub elements: usize,
    /// Elements merged into another because their normalised text was the same.
    pub merged_by_text: BTreeMap<Kind, usize>,
    /// Conflicts recorded in the result.
    pub conflicts: usize,
    /// Decisions the result carries over from consolidated inputs.
    pub decisions: usize,
    /// Near-duplicates proposed for the coordinator to accept or reject.
    pub proposals: Vec<Proposal>,
    /// The result's working language.
    pub language: String,
    /// Translations the result holds, per language.
    pub translations: BTreeMap<String, usize>,
    /// The inputs are in several languages and those of different languages
    /// share no element id, so nothing could be matched across languages.
    pub languages_unmatched: bool,
}

impl MergeReport {
    pub(crate) fn new(
        inputs: &[Session],
        session: &Session,
        merged_by_text: BTreeMap<Kind, usize>,
    ) -> Self {
        MergeReport {
            inputs: inputs
                .iter()
                .map(|s| InputSummary {
                    id: s.id,
                    title: s.meta.title.clone(),
                    country: s.meta.country.clone(),
                    language: s.working_language(),
                    elements: s.element_ids().len(),
                })
                .collect(),
            elements: session.element_ids().len(),
            merged_by_text,
            conflicts: session.provenance.conflicts.len(),
            decisions: session.provenance.decisions.len(),
            proposals: proposals(session),
            language: session.working_language(),
            translations: session
                .translations
                .0
                .iter()
                .map(|(l, texts)| (l.clone(), texts.len()))
                .collect(),
            languages_unmatched: super::languages::languages_of(inputs).1,
        }
    }

    /// Whether the inputs are in more than one language.
    pub fn several_languages(&self) -> bool {
        let first = self.inputs.first().map(|i| i.language.as_str());
        self.inputs
            .iter()
            .any(|i| Some(i.language.as_str()) != first)
    }

    /// Why text matching could not help, when the inputs are in several
    /// languages with no id in common.
    pub fn language_warning(&self) -> Option<String> {
        if !self.languages_unmatched {
            return None;
        }
        let mut by_language: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for (i, input) in self.inputs.iter().enumerate() {
            by_language
                .entry(input.language.as_str())
                .or_default()
                .push(format!("input {}", i + 1));
        }
        let listed: Vec<String> = by_language
            .iter()
            .map(|(language, inputs)| format!("{language}: {}", inputs.join(", ")))
            .collect();
        Some(format!(
            "the inputs are in different languages ({}) and share no element ids, so no statement could be matched across languages (text matching works within one language); derive the national sessions from one chart so they share ids, or translate them into one language first",
            listed.join("; ")
        ))
    }

    pub fn merged_total(&self) -> usize {
        self.merged_by_text.values().sum()
    }

    /// A few lines: the inputs, what was merged, proposed and in conflict.
    pub fn summary(&self) -> String {
        let mut out = String::new();
        for (i, input) in self.inputs.iter().enumerate() {
            let country = match input.country.as_str() {
                "" => String::new(),
                c => format!(" ({c})"),
            };
            let _ = writeln!(
                out,
                "input {}: {}{country}, in {}: {} elements",
                i + 1,
                input.title,
                input.language,
                input.elements
            );
        }
        if self.several_languages() {
            let translations: Vec<String> = self
                .translations
                .iter()
                .map(|(l, n)| format!("{n} into {l}"))
                .collect();
            let _ = writeln!(
                out,
                "result in {}; texts of other languages kept as translations: {}",
                self.language,
                if translations.is_empty() {
                    "none".to_owned()
                } else {
                    translations.join(", ")
                }
            );
        }
        if let Some(warning) = self.language_warning() {
            let _ = writeln!(out, "warning: {warning}");
        }
        let by_kind: Vec<String> = self
            .merged_by_text
            .iter()
            .map(|(kind, n)| format!("{n} {}", plural(&kind.label().to_string(), *n)))
            .collect();
        let _ = writeln!(
            out,
            "result: {} elements; merged by same text: {}{}",
            self.elements,
            self.merged_total(),
            if by_kind.is_empty() {
                String::new()
            } else {
                format!(" ({})", by_kind.join(", "))
            }
        );
        let _ = writeln!(out, "proposed duplicates: {}", self.proposals.len());
        let _ = writeln!(out, "conflicts: {}", self.conflicts);
        if self.decisions > 0 {
            let _ = writeln!(
                out,
                "decisions kept from earlier merges: {}",
                self.decisions
            );
        }
        out
    }

    /// The summary, then every conflict with its values and sources, then every
    /// proposed duplicate.
    pub fn details(&self, session: &Session) -> String {
        let mut out = self.summary();
        let provenance = &session.provenance;
        let name = |sources: &BTreeSet<Id>, note: &str| -> String {
            let mut names: Vec<String> = sources
                .iter()
                .map(|id| match provenance.sources.iter().find(|s| s.id == *id) {
                    Some(s) if !s.country.is_empty() => s.country.clone(),
                    Some(s) => s.title.clone(),
                    None if !note.is_empty() => note.to_owned(),
                    None => id.short(),
                })
                .collect();
            names.sort();
            names.dedup();
            names.join(", ")
        };
        let settled = provenance
            .decisions
            .iter()
            .map(|d| (d.element, d.field, &d.set_aside));
        let open = provenance
            .conflicts
            .iter()
            .map(|c| (c.element, c.field, &c.alternatives));
        for (heading, others, records) in [
            (
                "Conflicts (the kept value first)",
                "or",
                open.collect::<Vec<_>>(),
            ),
            (
                "Decisions (the kept value first)",
                "set aside",
                settled.collect(),
            ),
        ] {
            if !records.is_empty() {
                let _ = writeln!(out, "\n{heading}:");
            }
            for (element, field, alternatives) in records {
                let kept = current_value(session, element, field);
                let _ = writeln!(
                    out,
                    "- {}: {}: kept {}",
                    describe(session, element),
                    field.label(),
                    kept.map_or_else(
                        || "?".to_owned(),
                        |v| describe_value(session, &v).to_string()
                    )
                );
                for alternative in alternatives {
                    let _ = writeln!(
                        out,
                        "    {others} {} ({})",
                        describe_value(session, &alternative.value),
                        name(&alternative.sources, &alternative.note)
                    );
                }
            }
        }
        if !self.proposals.is_empty() {
            let _ = writeln!(out, "\nProposed duplicates (similarity):");
        }
        for p in &self.proposals {
            let _ = writeln!(
                out,
                "- {:.2}: {} \"{}\" ({}) and \"{}\" ({})",
                p.similarity,
                p.kind.label(),
                p.keep_text,
                name(
                    provenance.elements.get(&p.keep).unwrap_or(&BTreeSet::new()),
                    ""
                ),
                p.absorb_text,
                name(
                    provenance
                        .elements
                        .get(&p.absorb)
                        .unwrap_or(&BTreeSet::new()),
                    ""
                ),
            );
        }
        out
    }
}

/// A warning for every conflict a session still records, for `check` and the
/// findings list.
pub fn unresolved_conflicts(session: &Session) -> Vec<Problem> {
    session
        .provenance
        .conflicts
        .iter()
        .map(|c| {
            let values = c
                .alternatives
                .iter()
                .map(|a| describe_value(session, &a.value));
            let kept = current_value(session, c.element, c.field).map_or_else(
                || Text::new("value-unknown"),
                |v| describe_value(session, &v),
            );
            Problem {
                severity: Severity::Warning,
                place: String::new(),
                message: Text::new("check-unresolved-conflict")
                    .with("field", c.field.label())
                    .with("element", describe(session, c.element))
                    .with("kept", kept)
                    .with("values", listed(values)),
                element: (c.element != session.id).then_some(c.element),
            }
        })
        .collect()
}

/// The value a session holds for a field (the kept value of a conflict).
pub(crate) fn current_value(
    session: &Session,
    element: Id,
    field: crate::provenance::Field,
) -> Option<Value> {
    super::found::field_value(session, element, field)
}

/// Values one after another ("\"a\", \"b\", \"c\""), as one message: each
/// `value-several` holds the first and the rest.
fn listed(values: impl DoubleEndedIterator<Item = Text>) -> Text {
    let mut values = values.rev();
    let last = values.next().unwrap_or_else(|| Text::new("value-unknown"));
    values.fold(last, |rest, first| {
        Text::new("value-several")
            .with("first", first)
            .with("rest", rest)
    })
}

/// The English plural of a kind's name, for the command line's summary.
fn plural(word: &str, n: usize) -> String {
    match (n, word) {
        (1, w) => w.to_owned(),
        (_, "person") => "people".to_owned(),
        (_, w) => format!("{w}s"),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use dacum_i18n::{Arg, Catalogue, Language};

    use super::*;
    use crate::chart::{Duty, Task};
    use crate::provenance::{Alternative, Conflict, Field};

    /// A task whose statement two other partners wrote otherwise.
    fn disputed() -> Session {
        let mut session = Session::default();
        let mut duty = Duty::new("Maintain security");
        duty.tasks.push(Task::new("Escort prisoners to court"));
        let task = duty.tasks[0].id;
        session.chart.duties.push(duty);
        let other = |text: &str| Alternative {
            value: Value::Text(text.to_owned()),
            sources: BTreeSet::new(),
            note: String::new(),
        };
        session.provenance.conflicts.push(Conflict {
            element: task,
            field: Field::TaskStatement,
            alternatives: vec![other("Escort inmates"), other("Accompany prisoners")],
        });
        session
    }

    #[test]
    fn an_unresolved_conflict_names_its_field_element_and_values_as_messages() {
        let session = disputed();
        let problems = unresolved_conflicts(&session);
        let [problem] = problems.as_slice() else {
            panic!("one conflict, one warning: {problems:?}");
        };
        assert_eq!(
            problem.message.to_string(),
            "unresolved merge conflict on the task statement of task A-1 \"Escort prisoners \
             to court\": kept \"Escort prisoners to court\", also \"Escort inmates\", \
             \"Accompany prisoners\""
        );
        // Nothing in it is English words made by the model: the reader's
        // catalogue words the field, the element and every value.
        for name in ["field", "element", "kept", "values"] {
            assert!(
                matches!(problem.message.arg(name), Some(Arg::Text(_))),
                "{name}"
            );
        }
        let czech = Catalogue::new(Language::Czech).text(&problem.message);
        assert_eq!(
            czech,
            "nevyřešený konflikt ze sloučení (znění úkolu – úkol A-1 „Escort prisoners to \
             court“): ponecháno „Escort prisoners to court“, další hodnoty: „Escort inmates“, \
             „Accompany prisoners“"
        );
    }
}
