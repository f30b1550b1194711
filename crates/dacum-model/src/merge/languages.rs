//! Merging sessions in different languages. The result has one working language:
//! the one most inputs are in (a tie goes to English, the partnerships' working
//! language, if it is among the tied, else to the first tag alphabetically).
//!
//! Before the merge, an input in another language is brought into the result's:
//! a text whose element an input in the result's language also holds (by id —
//! a national session derived from the same chart) takes that input's text, and
//! its own text becomes its translation (reviewed: the partner's panel wrote it);
//! a text with no such counterpart but a translation into the result's language
//! takes that translation the same way. So a translated partner file gives
//! translations, not conflicts. Text matching cannot work across languages; a
//! merge of inputs in several languages that share no id says so.
//!
//! After the merge, the result keeps one translation per language and text:
//! a translation of the text as it reads in the result before a stale one, a
//! reviewed one before a draft, then the one most inputs hold, then the one of
//! the input with the smallest id — so the result does not depend on the
//! inputs' order.

use std::collections::{BTreeMap, BTreeSet};

use crate::id::Id;
use crate::session::Session;
use crate::translation::{SourceHash, Status, TextSlot, Translation, Translations, same_language};

/// The working language of the merge's result.
pub(crate) fn result_language(inputs: &[Session]) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for input in inputs {
        *counts.entry(input.working_language()).or_default() += 1;
    }
    let most = counts.values().copied().max().unwrap_or(0);
    let mut tied = counts
        .into_iter()
        .filter(|(_, n)| *n == most)
        .map(|(l, _)| l);
    let tied: Vec<String> = tied.by_ref().collect();
    if tied.iter().any(|l| l == "en") {
        return "en".to_owned();
    }
    tied.into_iter().next().unwrap_or_else(|| "en".to_owned())
}

/// The inputs with every input in another language brought into `language`
/// where it can be (see the module's documentation). Inputs already in it are
/// returned as they are.
pub(crate) fn into_language(inputs: &[Session], language: &str) -> Vec<Session> {
    let mut home_inputs: Vec<&Session> = inputs
        .iter()
        .filter(|s| same_language(&s.meta.language, language))
        .collect();
    home_inputs.sort_by_key(|s| s.id);
    let mut home: BTreeMap<TextSlot, &str> = BTreeMap::new();
    for input in &home_inputs {
        for slot in input.text_slots() {
            if let Some(text) = input.source_text(slot.slot) {
                home.entry(slot.slot).or_insert(text);
            }
        }
    }
    inputs
        .iter()
        .map(|input| {
            if same_language(&input.meta.language, language) {
                input.clone()
            } else {
                brought_into(input, language, &home)
            }
        })
        .collect()
}

fn brought_into(input: &Session, language: &str, home: &BTreeMap<TextSlot, &str>) -> Session {
    let mut session = input.clone();
    let own_language = input.working_language();
    for slot in input.text_slots().into_iter().map(|s| s.slot) {
        let own = input.source_text(slot).unwrap_or_default();
        let translated = input
            .translations
            .get(language, slot)
            .map(|t| t.text.as_str())
            .filter(|t| !t.trim().is_empty());
        let Some(text) = home.get(&slot).copied().or(translated) else {
            continue;
        };
        if let Some(target) = session.source_text_mut(slot) {
            text.clone_into(target);
        }
        session.translations.put(
            &own_language,
            slot,
            Some(Translation {
                text: own.to_owned(),
                status: Status::Reviewed,
                source: SourceHash::of(text),
            }),
        );
    }
    // Translations into the result's language were used above or are of texts
    // the result's language already has.
    session
        .translations
        .0
        .retain(|l, _| !same_language(l, language));
    session
}

/// The result's translations from every (prepared) input, one per language and
/// text, on the result's ids (see the module's documentation for the choice).
pub(crate) fn merged_translations(inputs: &[Session], result: &Session) -> Translations {
    type Candidate<'a> = (&'a Translation, BTreeSet<Id>);
    let mut candidates: BTreeMap<(String, TextSlot), Vec<Candidate<'_>>> = BTreeMap::new();
    for input in inputs {
        for (language, slot, translation) in input.translations.of_slots(|_| true) {
            if same_language(language, &result.meta.language) {
                continue;
            }
            let slot = match slot.element() {
                Some(id) => slot.of_element(result.provenance.current_id(id)),
                None => slot,
            };
            if result.source_text(slot).is_none() {
                continue;
            }
            let list = candidates.entry((language.to_owned(), slot)).or_default();
            match list.iter_mut().find(|(t, _)| *t == translation) {
                Some((_, holders)) => {
                    holders.insert(input.id);
                }
                None => list.push((translation, BTreeSet::from([input.id]))),
            }
        }
    }
    let mut merged = Translations::default();
    for ((language, slot), list) in candidates {
        let current = SourceHash::of(result.source_text(slot).unwrap_or_default());
        let best = list.into_iter().min_by_key(|(t, holders)| {
            (
                t.source != current,
                t.status != Status::Reviewed,
                std::cmp::Reverse(holders.len()),
                holders.iter().next().copied(),
                t.text.clone(),
            )
        });
        if let Some((translation, _)) = best {
            merged.put(&language, slot, Some(translation.clone()));
        }
    }
    merged
}

/// Which inputs are in which language, by position (from 1), when there is more
/// than one language; and whether inputs of different languages share no id,
/// so that nothing could be matched across them.
pub(crate) fn languages_of(inputs: &[Session]) -> (BTreeMap<String, Vec<usize>>, bool) {
    let mut languages: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, input) in inputs.iter().enumerate() {
        languages
            .entry(input.working_language())
            .or_default()
            .push(i + 1);
    }
    if languages.len() < 2 {
        return (languages, false);
    }
    let ids: Vec<(String, BTreeSet<Id>)> = inputs
        .iter()
        .map(|s| (s.working_language(), s.element_ids().into_iter().collect()))
        .collect();
    let shared = ids.iter().enumerate().any(|(i, (la, a))| {
        ids.iter()
            .skip(i + 1)
            .any(|(lb, b)| la != lb && !a.is_disjoint(b))
    });
    (languages, !shared)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merge::merge;
    use crate::translation::State;
    use crate::{Chart, Duty, Id, Task};

    /// An English chart and its Czech version (same ids, as a national session
    /// derived from it would have).
    fn pair() -> (Session, Session) {
        let mut duty = Duty::new("Maintain security");
        duty.tasks.push(Task::new("Search cells"));
        duty.tasks.push(Task::new("Escort prisoners"));
        let en = Session {
            id: Id::from_u128(1),
            chart: Chart {
                duties: vec![duty],
                ..Chart::default()
            },
            ..Session::default()
        };
        let mut cs = en.clone();
        cs.id = Id::from_u128(2);
        cs.meta.language = "cs".to_owned();
        cs.meta.country = "CZ".to_owned();
        let duty = &mut cs.chart.duties[0];
        duty.title = "Zajišťovat bezpečnost".to_owned();
        duty.tasks[0].statement = "Provádět prohlídky cel".to_owned();
        duty.tasks[1].statement = "Doprovázet vězně".to_owned();
        (en, cs)
    }

    #[test]
    fn a_translated_partner_file_gives_translations_not_conflicts() {
        let (en, cs) = pair();
        let merged = merge(&[en.clone(), cs.clone()]);
        let result = &merged.session;
        assert!(
            result.provenance.conflicts.is_empty(),
            "{:?}",
            result.provenance.conflicts
        );
        assert_eq!(result.meta.language, "en");
        assert_eq!(result.chart.duties[0].tasks[0].statement, "Search cells");
        for slot in cs.text_slots() {
            let shown = result.text_in("cs", slot.slot).expect("in the result");
            assert_eq!(Some(shown.text), cs.source_text(slot.slot));
            assert_eq!(shown.state, State::Reviewed);
        }
        // The same whichever order the files come in.
        let reversed = merge(&[cs, en]).session;
        assert_eq!(reversed.translations, result.translations);
        assert_eq!(reversed.chart, result.chart);
        let summary = merged.report.summary();
        assert!(summary.contains("in cs: "), "{summary}");
        assert!(
            summary.contains("texts of other languages kept as translations: 3 into cs"),
            "{summary}"
        );
        assert_eq!(merged.report.language_warning(), None);
    }

    #[test]
    fn a_text_only_the_partner_has_takes_its_translation_into_the_result_language() {
        let (en, mut cs) = pair();
        let extra = Task::new("Vést rozhovory s vězni");
        let slot = TextSlot::TaskStatement(extra.id);
        cs.chart.duties[0].tasks.push(extra);
        cs.translations.put(
            "en",
            slot,
            Some(Translation::of(
                "Vést rozhovory s vězni",
                "Interview prisoners",
                Status::Draft,
            )),
        );
        let result = merge(&[en, cs]).session;
        assert_eq!(result.source_text(slot), Some("Interview prisoners"));
        assert_eq!(
            result.text_in("cs", slot).unwrap().text,
            "Vést rozhovory s vězni"
        );
        assert!(result.translations.get("en", slot).is_none());
    }

    #[test]
    fn inputs_in_languages_that_share_no_id_are_warned_about() {
        let (en, mut cs) = pair();
        cs.chart.duties[0].id = Id::from_u128(10);
        for (i, task) in cs.chart.duties[0].tasks.iter_mut().enumerate() {
            task.id = Id::from_u128(11 + i as u128);
        }
        let merged = merge(&[en, cs]);
        let warning = merged.report.language_warning().expect("a warning");
        assert!(warning.contains("(cs: input 2; en: input 1)"), "{warning}");
        assert!(
            merged
                .report
                .summary()
                .contains("warning: the inputs are in different languages")
        );
        // Nothing became a translation: the Czech texts stay elements of their own.
        assert!(merged.session.translations.is_empty());
    }

    #[test]
    fn the_result_is_in_the_language_most_inputs_are_in_english_winning_a_tie() {
        let (en, cs) = pair();
        let mut cs2 = cs.clone();
        cs2.id = Id::from_u128(3);
        assert_eq!(result_language(&[en.clone(), cs.clone(), cs2]), "cs");
        assert_eq!(result_language(&[cs.clone(), en]), "en");
        let mut de = cs.clone();
        de.meta.language = "de".to_owned();
        assert_eq!(result_language(&[de, cs]), "cs");
    }
}
