//! The word rules of German, Czech, Slovenian and Romanian, driven by one
//! description of each language ([`Grammar`], in `de.rs`, `cs.rs`, `sl.rs`,
//! `ro.rs`): where the action verb stands, how the task form of a verb ends, the
//! verbs a facilitator steers the panel away from, and the words joining two
//! actions.
//!
//! Words are compared folded by [`text::fold_char`](crate::text::fold_char):
//! lower case and without diacritics, because partners type "Provadet" for
//! "Provádět" and "Efectueaza" for "Efectuează". The lists are written folded.
//!
//! Where the form of a word cannot tell a verb from a noun, the rules lean
//! towards silence: a missed warning costs the facilitator a second look, a
//! false one costs the tool the panel's trust.

use dacum_i18n::Text;

use super::{Finding, Rule, StatementKind, Token, capitalised};
use crate::text::fold_char;

/// Where a language puts the action verb of a task statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum VerbPlace {
    /// Czech, Slovenian, Romanian: "Provádět prohlídky cel".
    First,
    /// German: "Zellen durchsuchen".
    Last,
}

/// A verb or phrase to avoid, with the advice a facilitator would give for it.
pub(super) struct Avoid {
    /// The phrase, folded, one entry a word.
    pub(super) words: &'static [&'static str],
    pub(super) rule: Rule,
    /// The message id of the advice, given the phrase as `words`: "“Znát”
    /// cannot be observed …".
    pub(super) advice: &'static str,
    /// False for nouns ("Kenntnisse", "znalost", "cunoștințe"): they are looked
    /// for where a statement begins, never as a second action after "and".
    pub(super) verb: bool,
}

pub(super) const fn unseen(words: &'static [&'static str], advice: &'static str) -> Avoid {
    Avoid {
        words,
        rule: Rule::NotObservable,
        advice,
        verb: true,
    }
}

pub(super) const fn vague(words: &'static [&'static str], advice: &'static str) -> Avoid {
    Avoid {
        words,
        rule: Rule::VagueVerb,
        advice,
        verb: true,
    }
}

/// Marks a phrase that is a noun, not a verb.
pub(super) const fn noun(phrase: Avoid) -> Avoid {
    Avoid {
        verb: false,
        ..phrase
    }
}

/// What the word rules need to know of one language. Every word list is folded
/// and sorted (the tests hold that), so lookups are binary searches.
pub(super) struct Grammar {
    pub(super) place: VerbPlace,
    /// Verbs in the forms a task statement uses, including those whose ending
    /// alone would not tell (Czech "vést", Romanian "verifică").
    pub(super) verbs: &'static [&'static str],
    /// Endings of the task form of a verb that is not listed (Czech "-ovat").
    pub(super) verb_endings: &'static [&'static str],
    /// Words with such an ending that are not verbs (Czech "počet", "deset").
    pub(super) not_verbs: &'static [&'static str],
    /// Endings that rule a word out despite a verb ending (Czech "-osti").
    pub(super) not_verb_endings: &'static [&'static str],
    /// German: a capitalised word is never the verb, and an unlisted word is one
    /// only when typed in lower case, since German nouns are capitalised
    /// ("Zellen" is not a verb, "kontrollieren" is).
    pub(super) lowercase_verbs: bool,
    /// Endings of the verbal nouns a duty may begin with ("Durchsuchung",
    /// "Zajištění", "Izvajanje", "Supravegherea"): a facilitator accepts a duty
    /// named by its action as a noun.
    pub(super) nominal_endings: &'static [&'static str],
    /// Words with such an ending that name no action (German "Ordnung").
    pub(super) not_nominal: &'static [&'static str],
    /// Words a statement may open with before its verb ("Pravidelně", "a").
    pub(super) lead_ins: &'static [&'static str],
    /// Romanian "a", which marks an infinitive ("A efectua"): after it, any word
    /// ending in a vowel is the verb. Empty for the other languages.
    pub(super) infinitive_marker: &'static str,
    pub(super) avoid: &'static [Avoid],
    /// Words joining two actions: "und", "a", "in", "și" …
    pub(super) conjunctions: &'static [&'static str],
    /// Words that may stand between such a word and the second verb ("pak",
    /// "apoi", Romanian pronouns "le", "îi").
    pub(super) after_conjunction: &'static [&'static str],
    /// The message naming the form wanted ("the infinitive"): a `check-form-*` id.
    pub(super) verb_form: &'static str,
    /// Endings (lower case, as typed) of a form a panel uses instead of the task
    /// form, with the ending of the task form, for the message to offer it:
    /// Czech "Kontroluje" → "Kontrolovat". Only endings that lead back reliably.
    pub(super) task_form_hints: &'static [(&'static str, &'static str)],
    /// Two examples of good statements each, quoted in messages.
    pub(super) task_example: [&'static str; 2],
    pub(super) duty_example: [&'static str; 2],
}

/// A word as the lists write it: folded, apostrophes dropped, typographic hyphens
/// made plain.
pub(super) fn fold_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '\'' | '\u{2019}' | '\u{02BC}' => {}
            '\u{2010}' | '\u{2011}' => out.push('-'),
            other => fold_char(other, &mut |f| out.push(f)),
        }
    }
    out
}

fn listed(list: &[&str], key: &str) -> bool {
    list.binary_search(&key).is_ok()
}

impl Grammar {
    /// A listed verb: the strict test, where a false alarm is likely otherwise.
    fn is_listed_verb(&self, key: &str) -> bool {
        listed(self.verbs, key)
    }

    /// A listed verb, or a word with the ending of a task-form verb that is not
    /// known to be something else.
    fn is_verb(&self, word: &Token, key: &str) -> bool {
        // German: a capitalised word is a noun, "Berichten" as "Zellen"; a word
        // in capitals throughout ("DURCHSUCHEN") says nothing either way.
        let mut letters = word.core.chars().filter(|c| c.is_alphabetic());
        let capitalised =
            letters.next().is_some_and(char::is_uppercase) && letters.any(char::is_lowercase);
        if self.lowercase_verbs && capitalised {
            return false;
        }
        if self.is_listed_verb(key) {
            return true;
        }
        if listed(self.not_verbs, key) || self.not_verb_endings.iter().any(|e| key.ends_with(e)) {
            return false;
        }
        if self.lowercase_verbs && !word.core.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        has_ending(key, self.verb_endings)
    }

    fn is_nominal(&self, key: &str) -> bool {
        !listed(self.not_nominal, key) && has_ending(key, self.nominal_endings)
    }

    fn is_lead_in(&self, key: &str) -> bool {
        listed(self.lead_ins, key)
    }

    /// The longest phrase to avoid that `keys` begins with, among those `which`
    /// accepts.
    fn avoid_at(&self, keys: &[String], which: impl Fn(&Avoid) -> bool) -> Option<&'static Avoid> {
        self.avoid
            .iter()
            .filter(|phrase| which(phrase) && starts_with(keys, phrase.words))
            .max_by_key(|phrase| phrase.words.len())
    }

    /// The longest verb phrase to avoid that `keys` ends with (German puts the
    /// verb last: "Die Hausordnung kennen", "Über Notfallpläne Bescheid wissen").
    fn avoid_ending(&self, keys: &[String]) -> Option<&'static Avoid> {
        self.avoid
            .iter()
            .filter(|phrase| {
                let n = phrase.words.len();
                phrase.verb && n <= keys.len() && starts_with(&keys[keys.len() - n..], phrase.words)
            })
            .max_by_key(|phrase| phrase.words.len())
    }

    fn not_action_verb(&self, text: &str, word: &Token, kind: StatementKind) -> Finding {
        let example = match kind {
            StatementKind::Duty => self.duty_example,
            StatementKind::Task => self.task_example,
        };
        let form = Text::new(self.verb_form);
        let typed = capitalised(word.quote_to(text, word));
        let message = match self.task_form(word.core) {
            Some(verb) => Text::new("check-use-task-form")
                .with("form", form)
                .with("verb", verb)
                .with("typed", typed),
            None => Text::new(match self.place {
                VerbPlace::First => "check-not-action-verb-first",
                VerbPlace::Last => "check-not-action-verb-last",
            })
            .with("typed", typed)
            .with("form", form)
            .with("first", example[0])
            .with("second", example[1]),
        };
        Finding {
            rule: Rule::NotActionVerb,
            message,
            span: word.core_span(),
        }
    }

    /// The task form of a word in another form of the same verb ("Kontroluje" →
    /// "Kontrolovat"), by [`Grammar::task_form_hints`].
    fn task_form(&self, typed: &str) -> Option<String> {
        let lower = typed.to_lowercase();
        self.task_form_hints
            .iter()
            .find_map(|(ending, task_ending)| {
                let stem = lower.strip_suffix(ending)?;
                (stem.chars().count() >= 3).then(|| capitalised(&format!("{stem}{task_ending}")))
            })
    }
}

fn has_ending(key: &str, endings: &[&str]) -> bool {
    endings
        .iter()
        .any(|e| key.len() >= e.len() + 2 && key.ends_with(e))
}

fn starts_with(keys: &[String], phrase: &[&str]) -> bool {
    phrase.len() <= keys.len() && phrase.iter().zip(keys).all(|(a, b)| *a == b.as_str())
}

fn avoided(text: &str, words: &[&Token], start: usize, phrase: &Avoid) -> Finding {
    let (from, to) = (words[start], words[start + phrase.words.len() - 1]);
    Finding {
        rule: phrase.rule,
        message: Text::new(phrase.advice).with("words", capitalised(from.quote_to(text, to))),
        span: from.core_start..to.core_end,
    }
}

/// The statement must name its action with a verb where the language puts it,
/// and not with a verb or phrase to avoid.
pub(super) fn verb_rule(
    grammar: &Grammar,
    text: &str,
    words: &[&Token],
    kind: StatementKind,
    findings: &mut Vec<Finding>,
) {
    if words.is_empty() {
        return;
    }
    let keys: Vec<String> = words.iter().map(|w| fold_word(w.core)).collect();
    let finding = match grammar.place {
        VerbPlace::First => first_verb(grammar, text, words, &keys, kind),
        VerbPlace::Last => last_verb(grammar, text, words, &keys, kind),
    };
    findings.extend(finding);
}

/// Czech, Slovenian, Romanian: the verb comes first, after at most two lead-ins.
fn first_verb(
    grammar: &Grammar,
    text: &str,
    words: &[&Token],
    keys: &[String],
    kind: StatementKind,
) -> Option<Finding> {
    let mut start = 0;
    loop {
        if let Some(phrase) = grammar.avoid_at(&keys[start..], |_| true) {
            return Some(avoided(text, words, start, phrase));
        }
        if start < 2 && start + 1 < keys.len() && grammar.is_lead_in(&keys[start]) {
            start += 1;
        } else {
            break;
        }
    }
    let nominal_duty = kind == StatementKind::Duty && grammar.is_nominal(&keys[start]);
    let marked_infinitive = start > 0
        && !grammar.infinitive_marker.is_empty()
        && keys[start - 1] == grammar.infinitive_marker
        && keys[start].len() >= 2
        && keys[start].ends_with(['a', 'e', 'i']);
    if grammar.is_verb(words[start], &keys[start]) || nominal_duty || marked_infinitive {
        return None;
    }
    Some(grammar.not_action_verb(text, words[start], kind))
}

/// German: the infinitive comes last; a duty may instead begin with a verbal noun.
fn last_verb(
    grammar: &Grammar,
    text: &str,
    words: &[&Token],
    keys: &[String],
    kind: StatementKind,
) -> Option<Finding> {
    let last = last_word(text, words, keys);
    let keys = &keys[..=last];
    if let Some(phrase) = grammar.avoid_ending(keys) {
        return Some(avoided(text, words, last + 1 - phrase.words.len(), phrase));
    }
    if grammar.is_verb(words[last], &keys[last]) {
        return None;
    }
    // A duty may be named by a verbal noun: "Durchsuchung der Hafträume",
    // "Durchführen von Kontrollen".
    let first = &keys[0];
    if kind == StatementKind::Duty && (grammar.is_nominal(first) || grammar.is_listed_verb(first)) {
        return None;
    }
    // Without a verb, a statement opening with "Kenntnisse" or "Wissen" names
    // knowledge; with one ("Kenntnisse dokumentieren") it is a task about it.
    if let Some(phrase) = grammar.avoid_at(keys, |p| !p.verb) {
        return Some(avoided(text, words, 0, phrase));
    }
    Some(grammar.not_action_verb(text, words[last], kind))
}

/// The index of the word that stands last in German word order: the last one
/// before a parenthesis that ends the statement or a trailing abbreviation, so
/// "Zellen durchsuchen (täglich)" and "Post und Pakete prüfen usw." end with their
/// verbs.
fn last_word(text: &str, words: &[&Token], keys: &[String]) -> usize {
    let mut end = words.len();
    let trimmed = text.trim_end();
    if trimmed.ends_with(')')
        && let Some(open) = trimmed.rfind('(')
    {
        let open = trimmed[..open].chars().count();
        let before = words.iter().take_while(|w| w.core_start < open).count();
        if before > 0 {
            end = before;
        }
    }
    while end > 1 && super::ABBREVIATIONS.contains(&keys[end - 1].as_str()) {
        end -= 1;
    }
    end - 1
}

/// A word joining two actions: in Czech, Slovenian and Romanian a verb follows
/// it ("Kontrolovat cely a zapisovat nálezy"), in German a listed infinitive
/// stands before it and a verb follows somewhere ("Zellen durchsuchen und Befunde
/// dokumentieren"). Nouns joined ("Zellen und Flure durchsuchen", "Kontrolovat
/// cely a chodby") are one action.
pub(super) fn joined_actions(
    grammar: &Grammar,
    text: &str,
    tokens: &[Token],
    findings: &mut Vec<Finding>,
) {
    for (index, token) in tokens.iter().enumerate() {
        let is_conjunction = |t: &Token| listed(grammar.conjunctions, &fold_word(t.core));
        if !is_conjunction(token) {
            continue;
        }
        // "și apoi" is one joint, reported at "și".
        let previous = index.checked_sub(1).and_then(|i| tokens.get(i));
        if previous.is_some_and(is_conjunction) {
            continue;
        }
        let mut after = tokens[index + 1..].iter().filter(|t| t.is_word);
        let second = match grammar.place {
            VerbPlace::First => {
                let mut candidate = after.next();
                while candidate
                    .is_some_and(|t| listed(grammar.after_conjunction, &fold_word(t.core)))
                {
                    candidate = after.next();
                }
                candidate.filter(|candidate| {
                    let keys: Vec<String> = std::iter::once(*candidate)
                        .chain(after.clone().take(3))
                        .map(|t| fold_word(t.core))
                        .collect();
                    grammar.is_verb(candidate, &keys[0])
                        || grammar.avoid_at(&keys, |p| p.verb).is_some()
                })
            }
            VerbPlace::Last => {
                // A listed infinitive before the conjunction, in lower case, since a
                // capitalised one is a noun ("Zahlen und Fakten prüfen"); opening the
                // statement it may be capitalised, when a verb follows at once
                // ("Durchsuchen und sichern").
                let Some(at) = tokens[..index].iter().rposition(|t| t.is_word) else {
                    continue;
                };
                let before = &tokens[at];
                let lower = before.core.chars().next().is_some_and(char::is_lowercase);
                let opens = tokens[..at].iter().all(|t| !t.is_word);
                if !grammar.is_listed_verb(&fold_word(before.core)) {
                    continue;
                }
                let next = after.clone().next();
                let second = after.find(|t| grammar.is_verb(t, &fold_word(t.core)));
                let at_once =
                    next.is_some() && next.map(|t| t.core_start) == second.map(|t| t.core_start);
                if !(lower || !grammar.lowercase_verbs || (opens && at_once)) {
                    continue;
                }
                second
            }
        };
        let Some(second) = second else { continue };
        findings.push(Finding {
            rule: Rule::TwoActions,
            message: Text::new("check-may-join-two").with("words", token.quote_to(text, second)),
            span: token.core_start..second.core_end,
        });
    }
}

/// Advice shared by the languages, as message ids (assets/i18n/*/checks.ftl):
/// they say what to do without quoting a word of the statement's language.
pub(super) const KNOW: &str = "check-know";
pub(super) const AWARE: &str = "check-aware";
pub(super) const FAMILIAR: &str = "check-familiar";
pub(super) const KNOWLEDGE: &str = "check-knowledge";
pub(super) const QUALITY: &str = "check-quality";
pub(super) const ABILITY: &str = "check-ability";
pub(super) const RESOLVE: &str = "check-resolve";
pub(super) const PART: &str = "check-part";
pub(super) const OVERSEE: &str = "check-oversee";
pub(super) const CHARGE: &str = "check-charge";
pub(super) const HELP: &str = "check-help";
pub(super) const RESULT: &str = "check-result";
pub(super) const ATTEMPT: &str = "check-attempt";

/// Tests every language's description: lists sorted, folded and consistent.
#[cfg(test)]
pub(super) fn check_grammar(name: &str, grammar: &Grammar) {
    let lists = [
        ("verbs", grammar.verbs),
        ("not_verbs", grammar.not_verbs),
        ("not_nominal", grammar.not_nominal),
        ("lead_ins", grammar.lead_ins),
        ("conjunctions", grammar.conjunctions),
        ("after_conjunction", grammar.after_conjunction),
    ];
    for (list_name, list) in lists {
        for pair in list.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{name} {list_name}: {:?} must come before {:?}, once",
                pair[0],
                pair[1]
            );
        }
        for word in list {
            assert_eq!(
                fold_word(word),
                *word,
                "{name} {list_name}: write it folded"
            );
        }
    }
    let endings = [
        grammar.verb_endings,
        grammar.not_verb_endings,
        grammar.nominal_endings,
    ];
    for ending in endings.into_iter().flatten() {
        assert_eq!(fold_word(ending), *ending, "{name}: write endings folded");
    }
    for phrase in grammar.avoid {
        for word in phrase.words {
            assert_eq!(fold_word(word), *word, "{name} avoid: write it folded");
        }
        if let [word] = phrase.words {
            assert!(
                !grammar.is_listed_verb(word),
                "{name}: {word:?} is both listed and to avoid"
            );
        }
    }
    for verb in grammar.verbs {
        assert!(
            !listed(grammar.not_verbs, verb),
            "{name}: {verb:?} is a verb and not one"
        );
    }
}
