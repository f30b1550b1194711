//! What `check` says about a session's translations: translations of texts that
//! are not there or into the working language (only a hand-edited file has them),
//! how many are stale per language, and the statement rules of each language on
//! the translated duties and tasks (a Czech translation is held to the Czech
//! rules), placed as "A-1 (cs)".

use dacum_i18n::Text;

use super::{State, TextSlot, canonical_language, is_language_tag, same_language};
use crate::problem::{Problem, Severity};
use crate::session::Session;
use crate::statement_rules::{check_chart, rules_for};

pub(crate) fn translation_problems(session: &Session, problems: &mut Vec<Problem>) {
    for (language, texts) in &session.translations.0 {
        if !is_language_tag(language) || canonical_language(language) != *language {
            problems.push(Problem::error(
                Text::new("check-translations-bad-tag").with("language", language.as_str()),
                None,
            ));
            continue;
        }
        if same_language(language, &session.meta.language) {
            problems.push(Problem::error(
                Text::new("check-translations-into-working").with("language", language.as_str()),
                None,
            ));
            continue;
        }
        let mut stale = 0_usize;
        for slot in texts.keys() {
            if session.source_text(*slot).is_none() {
                problems.push(Problem::error(
                    Text::new("check-translation-orphan")
                        .with("language", language.as_str())
                        .with("key", slot.key()),
                    slot.element(),
                ));
            } else if session.translation_state(language, *slot) == State::Stale {
                stale += 1;
            }
        }
        if stale > 0 {
            problems.push(Problem::warning(
                Text::new("check-translations-stale")
                    .with("count", stale)
                    .with("language", language.as_str()),
                None,
            ));
        }
    }
}

/// The statement findings of every language's translated duties and tasks, by
/// that language's rules; texts not translated into it are not judged again.
pub(crate) fn translated_statement_problems(session: &Session, problems: &mut Vec<Problem>) {
    for language in session.translations.languages() {
        if !is_language_tag(language) || same_language(language, &session.meta.language) {
            continue;
        }
        let (shown, fallbacks) = session.shown_in(language);
        for finding in check_chart(&shown.chart, rules_for(language)) {
            let slot = if shown.chart.find_duty(finding.element).is_some() {
                TextSlot::DutyTitle(finding.element)
            } else {
                TextSlot::TaskStatement(finding.element)
            };
            if fallbacks.contains(&slot) {
                continue;
            }
            problems.push(Problem {
                severity: Severity::Warning,
                place: format!("{} ({language})", finding.code),
                message: finding.finding.message,
                element: Some(finding.element),
            });
        }
    }
}
