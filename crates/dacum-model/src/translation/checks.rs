//! What `check` says about a session's translations: translations of texts that
//! are not there or into the working language (only a hand-edited file has them),
//! and how many are stale per language.

use super::{State, canonical_language, is_language_tag, same_language};
use crate::problem::Problem;
use crate::session::Session;

pub(crate) fn translation_problems(session: &Session, problems: &mut Vec<Problem>) {
    for (language, texts) in &session.translations.0 {
        if !is_language_tag(language) || canonical_language(language) != *language {
            problems.push(Problem::error(
                format!("translations are filed under \"{language}\", which is not a language tag in its usual spelling (such as \"cs\" or \"de-AT\")"),
                None,
            ));
            continue;
        }
        if same_language(language, &session.meta.language) {
            problems.push(Problem::error(
                format!("there are translations into {language}, the session's working language"),
                None,
            ));
            continue;
        }
        let mut stale = 0;
        for slot in texts.keys() {
            if session.source_text(*slot).is_none() {
                problems.push(Problem::error(
                    format!(
                        "a translation into {language} is of a text that is not in the session ({})",
                        slot.key()
                    ),
                    slot.element(),
                ));
            } else if session.translation_state(language, *slot) == State::Stale {
                stale += 1;
            }
        }
        if stale > 0 {
            let (count, verb) = if stale == 1 {
                ("1 translation".to_owned(), "was")
            } else {
                (format!("{stale} translations"), "were")
            };
            problems.push(Problem::warning(
                format!("{count} into {language} {verb} made from a text that has changed since: review them in the Translate view"),
                None,
            ));
        }
    }
}
