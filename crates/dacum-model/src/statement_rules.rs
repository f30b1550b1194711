//! Statement checks for duties and tasks: the rules a DACUM facilitator enforces while
//! the panel dictates (start with an action verb, one action per statement, observable
//! and specific verbs, short tasks, no duplicates), reported as warnings that never
//! block anything.
//!
//! Word rules (action verb, verbs that cannot be observed or are vague, two actions
//! joined by "and") need word lists of the statement's language: English (`en`),
//! German, Czech, Slovenian and Romanian (`de`, `cs`, `sl`, `ro`, described for the
//! engine in `grammar`). Every language gets the language-neutral checks here
//! (empty, too long, two statements joined, duplicates), and [`RuleSet`] says which
//! rules a language gets, so that nothing switches off silently. Spans count
//! characters, not bytes, so an editor underlines the right letters of "Efectuează
//! percheziții" as of "Search cells".

use std::collections::HashMap;
use std::ops::Range;

use dacum_i18n::Text;

use super::chart::{Chart, duty_code, task_code};
use super::id::Id;
use super::text::Words;
use super::text::same_text_key;

mod cs;
mod de;
mod en;
mod grammar;
mod language;
mod ro;
mod sl;
#[cfg(test)]
mod tests_cs;
#[cfg(test)]
mod tests_de;
#[cfg(test)]
mod tests_ro;
#[cfg(test)]
mod tests_sl;

pub use language::{RuleSet, WordRules, rules_for};

/// What a statement names: a duty title or a task statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatementKind {
    Duty,
    Task,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    Empty,
    NotActionVerb,
    NotObservable,
    VagueVerb,
    TooLong,
    TwoActions,
    Duplicate,
    /// The same words as another statement of the same kind with other endings
    /// ("Supraveghează deținuții" / "Supravegherea deținuților"): what the merge
    /// would propose as a duplicate, in every word.
    NearDuplicate,
}

impl Rule {
    pub const ALL: [Rule; 8] = [
        Rule::Empty,
        Rule::NotActionVerb,
        Rule::NotObservable,
        Rule::VagueVerb,
        Rule::TooLong,
        Rule::TwoActions,
        Rule::Duplicate,
        Rule::NearDuplicate,
    ];

    /// A stable kebab-case id, for the command line and for anything that stores
    /// which rules a user silenced; it never changes when messages are reworded.
    pub fn id(self) -> &'static str {
        match self {
            Rule::Empty => "empty",
            Rule::NotActionVerb => "not-action-verb",
            Rule::NotObservable => "not-observable",
            Rule::VagueVerb => "vague-verb",
            Rule::TooLong => "too-long",
            Rule::TwoActions => "two-actions",
            Rule::Duplicate => "duplicate",
            Rule::NearDuplicate => "near-duplicate",
        }
    }
}

/// One warning about one statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    /// Plain words a facilitator can read aloud to the panel, as a catalogue
    /// message (`check-*`), worded where it is shown.
    pub message: Text,
    /// Character offsets (not bytes) into the statement text.
    pub span: Range<usize>,
}

/// A finding placed on the chart: which element, under which code ("B" or "B-3").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartFinding {
    pub element: Id,
    pub code: String,
    pub finding: Finding,
}

/// DACUM practice: a task of more than about eight words usually carries two tasks, or
/// detail that belongs in the supporting lists.
const MAX_TASK_WORDS: usize = 8;

/// Words that end in a full stop without ending a sentence, in the partner languages
/// (Romanian "nr.", "art."; German "bzw.", "usw."; Czech "tj."; Lithuanian "pvz.";
/// Turkish "vb."; English "etc."). Only needed where a capital may follow, as German
/// nouns do: a lowercase word after a full stop never starts a new statement.
const ABBREVIATIONS: &[&str] = &[
    "abs", "alin", "apod", "approx", "art", "atd", "bzw", "ca", "cf", "dr", "etc", "evtl", "ex",
    "ggf", "incl", "inkl", "jud", "kt", "lit", "max", "min", "mr", "mrs", "ms", "např", "no", "nr",
    "örn", "par", "pct", "pvz", "resp", "sec", "sog", "st", "str", "tj", "tzv", "usw", "vb", "vgl",
    "vol", "vs",
];

/// Checks one statement by the rules of its language: the word rules where `rules`
/// has them, the others in every language. Findings come in reading order.
pub fn check_statement(text: &str, kind: StatementKind, rules: RuleSet) -> Vec<Finding> {
    if text.trim().is_empty() {
        let message = match kind {
            StatementKind::Duty => "check-empty-duty",
            StatementKind::Task => "check-empty-task",
        };
        let span = 0..text.chars().count();
        return vec![Finding {
            rule: Rule::Empty,
            message: Text::new(message),
            span,
        }];
    }
    let tokens = tokenize(text);
    let words: Vec<&Token> = tokens.iter().filter(|t| t.is_word).collect();
    let mut findings = Vec::new();
    if rules.word_rules() == Some(WordRules::English) {
        en::leading_verb(text, &words, kind, &mut findings);
        en::joined_actions(text, &tokens, &words, &mut findings);
    } else if let Some(grammar) = rules.word_rules().and_then(grammar_of) {
        grammar::verb_rule(grammar, text, &words, kind, &mut findings);
        grammar::joined_actions(grammar, text, &tokens, &mut findings);
    }
    if kind == StatementKind::Task {
        too_long(text, &words, &mut findings);
    }
    joined_statements(text, &tokens, &words, &mut findings);
    findings.sort_by_key(|f| (f.span.start, f.rule));
    findings
}

/// The description of a language for the shared word-rule engine; `None` for
/// English, whose rules (`en`) came first and read inflected verbs their own way.
fn grammar_of(language: WordRules) -> Option<&'static grammar::Grammar> {
    match language {
        WordRules::English => None,
        WordRules::German => Some(&de::GRAMMAR),
        WordRules::Czech => Some(&cs::GRAMMAR),
        WordRules::Slovenian => Some(&sl::GRAMMAR),
        WordRules::Romanian => Some(&ro::GRAMMAR),
    }
}

/// Checks every duty title and task statement of the chart, and finds statements that
/// say the same thing twice anywhere in it: with equal [`same_text_key`]s, the rule
/// by which a merge takes two statements for one. Findings come in chart order: a duty, then
/// its tasks.
pub fn check_chart(chart: &Chart, rules: RuleSet) -> Vec<ChartFinding> {
    let mut statements = Vec::new();
    for (d, duty) in chart.duties.iter().enumerate() {
        statements.push((
            duty.id,
            duty_code(d),
            duty.title.as_str(),
            StatementKind::Duty,
        ));
        for (t, task) in duty.tasks.iter().enumerate() {
            statements.push((
                task.id,
                task_code(d, t),
                task.statement.as_str(),
                StatementKind::Task,
            ));
        }
    }
    let keys: Vec<String> = statements.iter().map(|s| same_text_key(s.2)).collect();
    let mut same_text: HashMap<&str, Vec<usize>> = HashMap::new();
    for (index, text) in keys.iter().enumerate() {
        if !text.is_empty() {
            same_text.entry(text).or_default().push(index);
        }
    }

    // Statements of one kind whose every word matches the other's, inflection
    // and a typing slip aside (`text::similarity` of 1), but whose keys differ.
    let words: Vec<Words> = keys.iter().map(|k| Words::of(k)).collect();
    let mut alike: Vec<Vec<usize>> = vec![Vec::new(); statements.len()];
    for a in 0..statements.len() {
        for b in a + 1..statements.len() {
            if statements[a].3 == statements[b].3
                && !keys[a].is_empty()
                && keys[a] != keys[b]
                && words[a].similarity_at_least(&words[b], 1.0) >= 1.0
            {
                alike[a].push(b);
                alike[b].push(a);
            }
        }
    }

    let mut findings = Vec::new();
    for (index, (id, code, text, kind)) in statements.iter().enumerate() {
        let mut own = check_statement(text, *kind, rules);
        let others: Vec<&str> = same_text
            .get(keys[index].as_str())
            .into_iter()
            .flatten()
            .filter(|&&other| other != index)
            .map(|&other| statements[other].1.as_str())
            .collect();
        if !others.is_empty() {
            let message = Text::new("check-same-as").with("codes", join_codes(&others));
            own.push(Finding {
                rule: Rule::Duplicate,
                message,
                span: trimmed_span(text),
            });
        }
        let near: Vec<&str> = alike[index]
            .iter()
            .map(|&other| statements[other].1.as_str())
            .collect();
        if !near.is_empty() {
            let message = Text::new("check-nearly-same-as").with("codes", join_codes(&near));
            own.push(Finding {
                rule: Rule::NearDuplicate,
                message,
                span: trimmed_span(text),
            });
        }
        let placed = own.into_iter().map(|finding| ChartFinding {
            element: *id,
            code: code.clone(),
            finding,
        });
        findings.extend(placed);
    }
    findings
}

/// A whitespace-separated piece of a statement. For a word, `core` is the piece without
/// the punctuation around it ("cells," → "cells"); a piece of punctuation only ("&",
/// "–", "/") is its own core and is not a word, so it does not count towards length.
struct Token<'a> {
    raw: &'a str,
    core: &'a str,
    is_word: bool,
    /// The punctuation after the core: the "." of "cells.".
    after: &'a str,
    /// Byte range of the core in the statement, for quoting a phrase as typed.
    core_bytes: Range<usize>,
    /// Character offsets, for spans.
    core_start: usize,
    core_end: usize,
}

impl Token<'_> {
    /// The core in the form the word lists use: lowercase, with typographic hyphens
    /// and apostrophes made plain.
    fn key(&self) -> String {
        self.core
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| match c {
                '\u{2010}' | '\u{2011}' => '-',
                '\u{2019}' | '\u{02BC}' => '\'',
                other => other,
            })
            .collect()
    }

    fn core_span(&self) -> Range<usize> {
        self.core_start..self.core_end
    }

    /// The statement as typed from this token's core to the end of `last`'s core.
    fn quote_to<'t>(&self, text: &'t str, last: &Token) -> &'t str {
        text.get(self.core_bytes.start..last.core_bytes.end)
            .unwrap_or_default()
    }
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    for (chars, (byte, c)) in text.char_indices().enumerate() {
        if c.is_whitespace() {
            if let Some((byte_start, char_start)) = start.take() {
                tokens.push(token(text, byte_start..byte, char_start));
            }
        } else if start.is_none() {
            start = Some((byte, chars));
        }
    }
    if let Some((byte_start, char_start)) = start {
        tokens.push(token(text, byte_start..text.len(), char_start));
    }
    tokens
}

fn token(text: &str, bytes: Range<usize>, char_start: usize) -> Token<'_> {
    let raw = &text[bytes.clone()];
    let after_lead = raw.trim_start_matches(|c| !is_word_char(c));
    let trimmed = after_lead.trim_end_matches(|c| !is_word_char(c));
    let is_word = !trimmed.is_empty();
    let (core, lead_bytes) = if is_word {
        (trimmed, raw.len() - after_lead.len())
    } else {
        (raw, 0)
    };
    let core_start = char_start + raw[..lead_bytes].chars().count();
    Token {
        raw,
        core,
        is_word,
        after: &raw[lead_bytes + core.len()..],
        core_bytes: bytes.start + lead_bytes..bytes.start + lead_bytes + core.len(),
        core_start,
        core_end: core_start + core.chars().count(),
    }
}

/// Letters and digits of any script, and combining marks, so that a Romanian "ș"
/// typed as "s" plus a combining comma stays one word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}')
        || matches!(c, '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The text's span without surrounding whitespace, in characters.
fn trimmed_span(text: &str) -> Range<usize> {
    let start = text.chars().take_while(|c| c.is_whitespace()).count();
    start..text.trim_end().chars().count()
}

/// "A-1", "A-1, B-2": codes read the same in every language.
fn join_codes(codes: &[&str]) -> String {
    codes.join(", ")
}

/// "search" → "Search", for quoting and for example statements in messages.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Every language: a task of more than eight words, with the words beyond the eighth
/// marked.
fn too_long(text: &str, words: &[&Token], findings: &mut Vec<Finding>) {
    let Some(ninth) = words.get(MAX_TASK_WORDS) else {
        return;
    };
    let message = Text::new("check-too-long")
        .with("count", words.len())
        .with("max", MAX_TASK_WORDS);
    let span = ninth.core_start..trimmed_span(text).end;
    findings.push(Finding {
        rule: Rule::TooLong,
        message,
        span,
    });
}

/// Every language: two statements in one, joined by ";", by a free-standing "/", or by
/// a full stop (or "!", "?") and a capitalised word. Abbreviations ("etc.", "nr.",
/// "z. B.", "e.g."), initials and numbers ("3.") do not end a sentence.
fn joined_statements(text: &str, tokens: &[Token], words: &[&Token], findings: &mut Vec<Finding>) {
    // Character positions of separators, with the message for each kind.
    const SEMICOLON: &str = "check-joined-semicolon";
    const SLASH: &str = "check-joined-slash";
    const SENTENCES: &str = "check-joined-sentences";
    let mut separators: Vec<(usize, &str)> = Vec::new();
    for (position, c) in text.chars().enumerate() {
        if c == ';' {
            separators.push((position, SEMICOLON));
        }
    }
    for token in tokens {
        if token.raw == "/" {
            separators.push((token.core_start, SLASH));
        } else if ends_sentence(token) {
            let next = words.iter().find(|w| w.core_start > token.core_end);
            if next.is_some_and(|w| w.core.chars().next().is_some_and(char::is_uppercase)) {
                separators.push((token.core_end, SENTENCES));
            }
        }
    }
    separators.sort_unstable();
    for (position, name) in separators {
        let before = words.iter().any(|w| w.core_end <= position);
        let next = words.iter().find(|w| w.core_start > position);
        if let (true, Some(next)) = (before, next) {
            findings.push(Finding {
                rule: Rule::TwoActions,
                message: Text::new(name),
                span: position..next.core_end,
            });
        }
    }
}

fn ends_sentence(token: &Token) -> bool {
    let Some(mark) = token.after.chars().next() else {
        return false;
    };
    if !token.is_word || !matches!(mark, '.' | '!' | '?') || token.after.starts_with("..") {
        return false;
    }
    let key = token.key();
    let initial = key.chars().count() == 1;
    let dotted = key.contains('.');
    let number = key.chars().all(|c| c.is_ascii_digit());
    !(initial || dotted || number || ABBREVIATIONS.contains(&key.as_str()))
}

#[cfg(test)]
mod tests;
