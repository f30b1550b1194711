//! A session's texts in a display language: where each stands, the text shown
//! (its translation, or the source marked as a fallback), and the whole session
//! as a report in that language shows it.

use super::{SourceHash, State, Status, TextSlot, canonical_language, same_language};
use crate::session::Session;

/// A text as shown in a display language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a str,
    pub state: State,
    /// The source text is shown because there is no translation (or it is empty):
    /// views mark it.
    pub fallback: bool,
}

impl Session {
    /// The working language of the session's texts, in its usual spelling.
    pub fn working_language(&self) -> String {
        canonical_language(&self.meta.language)
    }

    /// The languages a session can be shown in: its working language first, then
    /// every language it holds translations in.
    pub fn display_languages(&self) -> Vec<String> {
        let working = self.working_language();
        let mut languages = vec![working.clone()];
        languages.extend(
            self.translations
                .languages()
                .filter(|l| *l != working)
                .map(str::to_owned),
        );
        languages
    }

    /// Where a text stands in `language`. The working language is always reviewed.
    pub fn translation_state(&self, language: &str, slot: TextSlot) -> State {
        let Some(source) = self.source_text(slot) else {
            return State::Missing;
        };
        if same_language(language, &self.meta.language) {
            return State::Reviewed;
        }
        match self.translations.get(language, slot) {
            None => State::Missing,
            Some(t) if t.source != SourceHash::of(source) => State::Stale,
            Some(t) if t.status == Status::Reviewed => State::Reviewed,
            Some(_) => State::Draft,
        }
    }

    /// A text in `language`: its translation (stale or not), or the source text
    /// marked as a fallback where there is none. `None` when the slot names
    /// nothing in the session.
    pub fn text_in(&self, language: &str, slot: TextSlot) -> Option<Shown<'_>> {
        let source = self.source_text(slot)?;
        let state = self.translation_state(language, slot);
        let translated = self
            .translations
            .get(language, slot)
            .map(|t| t.text.as_str())
            .filter(|t| !t.trim().is_empty() && state != State::Missing);
        Some(match translated {
            Some(text) if !same_language(language, &self.meta.language) => Shown {
                text,
                state,
                fallback: false,
            },
            _ => Shown {
                text: source,
                state,
                fallback: !same_language(language, &self.meta.language),
            },
        })
    }

    /// The session with every translatable text replaced by its text in
    /// `language` (missing ones keep the source), the working language set to it
    /// and the translations kept: what a report in that language is made from.
    /// Returns the texts that fell back to the source.
    pub fn shown_in(&self, language: &str) -> (Session, Vec<TextSlot>) {
        let mut shown = self.clone();
        let mut fallbacks = Vec::new();
        if same_language(language, &self.meta.language) {
            return (shown, fallbacks);
        }
        for slot in self.text_slots().into_iter().map(|s| s.slot) {
            match self.text_in(language, slot) {
                Some(text) if !text.fallback => {
                    if let Some(target) = shown.source_text_mut(slot) {
                        text.text.clone_into(target);
                    }
                }
                Some(_) => fallbacks.push(slot),
                None => {}
            }
        }
        shown.meta.language = canonical_language(language);
        (shown, fallbacks)
    }

    /// The session as a report in `language` shows it: [`Session::shown_in`], with
    /// every text that has no translation marked by its language in brackets
    /// (`[en] Search cells`), so a reader sees what is not translated yet.
    pub fn for_report_in(&self, language: &str) -> Session {
        let (mut shown, fallbacks) = self.shown_in(language);
        let working = self.working_language();
        for slot in fallbacks {
            if let Some(text) = shown.source_text_mut(slot) {
                *text = format!("[{working}] {text}");
            }
        }
        shown
    }
}
